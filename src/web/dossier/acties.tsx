// The actions on a dossier, each the page form of one API use case: add a signal or assessment,
// advise (NLA), offer the bedenktijd, record the victim's answer, end it early, record a
// criminal-track event, refer. Whether a role may act is the permission matrix; the rules are the
// use case's, whose refusals are shown at the field they concern.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { organisatieTypen, redenenGeenOpsporing, type OrganisatieType } from '../../domain/catalogus.js';
import { BEEINDIGINGSREDENEN, REACTIES } from '../../domain/bedenktijd.js';
import { soortenPerRol, strafrechtelijkeSoortLabels } from '../../domain/strafrecht.js';
import { GRONDSLAGEN, TOESTEMMINGEN, URGENTIES, VERWIJZING_DOELEN } from '../../domain/verwijzing.js';
import {
  beeindigingsredenen, grondslagen, reacties, toestemmingen, urgenties, verwijzingDoelen,
} from '../../domain/labels.js';
import { leesDossier } from '../../modules/dossiers/dossiers.service.js';
import { legSignaalVast } from '../../modules/signalen/signalen.service.js';
import { legBeoordelingVast, lijstBeoordelingen } from '../../modules/beoordelingen/beoordelingen.service.js';
import { adviezenVanDossier, legAdviesVast } from '../../modules/bedenktijd-adviezen/bedenktijd-adviezen.service.js';
import { AdviesInvoerSchema } from '../../modules/bedenktijd-adviezen/bedenktijd-adviezen.schemas.js';
import { beeindigBedenktijd, biedBedenktijdAan, leesBedenktijd, legReactieVast } from '../../modules/bedenktijden/bedenktijden.service.js';
import { AanbiedingSchema, BeeindigingSchema, ReactieSchema } from '../../modules/bedenktijden/bedenktijden.schemas.js';
import { legGebeurtenisVast } from '../../modules/strafrechtelijke-gebeurtenissen/strafrechtelijke-gebeurtenissen.service.js';
import { StrafrechtelijkeGebeurtenisVastleggenSchema } from '../../modules/strafrechtelijke-gebeurtenissen/strafrechtelijke-gebeurtenissen.schemas.js';
import { maakVerwijzing } from '../../modules/verwijzingen/verwijzingen.service.js';
import { VerwijzingAanmakenSchema } from '../../modules/verwijzingen/verwijzingen.schemas.js';
import { lijstOrganisaties, type Organisatie } from '../../modules/organisaties/organisaties.service.js';
import type { WebEnv } from '../omgeving.js';
import { Datumveld, Keuzegroep, Keuzelijst, Tekstvak, type Keuze } from '../opmaak/componenten.js';
import { lijst, ofNull, ofWeg, tekst, type Waarden } from '../opmaak/formulier.js';
import { datumTekst, naarInvoerDatum, naarIsoDatum } from '../opmaak/tekst.js';
import { beoordelingDeel, BeoordelingVelden, signaalDeel, SignaalVelden } from '../formulieren/intake.js';
import { useCase } from '../pagina.js';
import { vandaag } from '../werk/werk.js';
import { registreerActie } from './actie.js';

const keuzes = <K extends string>(codes: readonly K[], labels: Readonly<Record<K, string>>): Keuze[] => codes.map((k) => ({ waarde: k, label: labels[k] }));
const datum = (w: Waarden, naam: string) => { const t = ofWeg(w, naam); return t === undefined ? undefined : naarIsoDatum(t); };
const vandaagInvoer = (c: Context<WebEnv>) => naarInvoerDatum(vandaag(c));

async function dossierVan(c: Context<WebEnv>) {
  const d = await leesDossier(useCase(c, 'dossiers.lezen'), c.req.param('dossierId') ?? '');
  return { dossierId: d.id, dossiernummer: d.dossiernummer, dossier: d };
}

async function bedenktijdVan(c: Context<WebEnv>) {
  const b = await leesBedenktijd(useCase(c, 'bedenktijden.lezen'), c.req.param('bedenktijdId') ?? '');
  const d = await leesDossier(useCase(c, 'dossiers.lezen'), b.dossierId);
  return { dossierId: d.id, dossiernummer: d.dossiernummer, bedenktijd: b };
}

/** The assessments that can carry an offer or advice: established and not replaced. */
async function vastgesteldeBeoordelingen(c: Context<WebEnv>, dossierId: string) {
  const rijen = await lijstBeoordelingen(useCase(c, 'beoordelingen.lezen'), dossierId, 100);
  return rijen.filter((r) => r.beoordeling.resultaat === 'vastgesteld' && !r.vervangenDoor).map((r) => r.beoordeling);
}

export const actieRoutes = new Hono<WebEnv>();

registreerActie(actieRoutes, {
  pad: '/dossiers/:dossierId/signalen/nieuw', permissie: 'signalen.vastleggen', titel: 'Signaal toevoegen', gedaan: 'signaal', sectie: 'signalen', knop: 'Signaal opslaan',
  laad: dossierVan, deel: () => signaalDeel(''),
  standaard: (c) => ({ ontvangstdatum: vandaagInvoer(c) }),
  Velden: ({ w, f, c }) => <SignaalVelden w={w} f={f} voorvoegsel="" organisatieType={c.var.sessie!.principal.organisatieType} />,
  voerUit: (ctx, invoer, o) => legSignaalVast(ctx, o.dossierId, invoer),
});

registreerActie(actieRoutes, {
  pad: '/dossiers/:dossierId/beoordelingen/nieuw', permissie: 'beoordelingen.vastleggen', titel: 'Beoordeling vastleggen', gedaan: 'beoordeling', sectie: 'beoordelingen', knop: 'Beoordeling opslaan',
  uitleg: 'Een nieuwe beoordeling bepaalt de identificatiestatus; een eerdere blijft bewaard.',
  laad: dossierVan, deel: () => beoordelingDeel(''),
  standaard: (c) => ({ beoordelingsdatum: vandaagInvoer(c) }),
  Velden: ({ w, f }) => <BeoordelingVelden w={w} f={f} voorvoegsel="" />,
  voerUit: (ctx, invoer, o) => legBeoordelingVast(ctx, o.dossierId, invoer),
});

registreerActie(actieRoutes, {
  pad: '/dossiers/:dossierId/bedenktijden/nieuw', permissie: 'bedenktijden.aanbieden', titel: 'Bedenktijd aanbieden', gedaan: 'aangeboden', sectie: 'bedenktijd', knop: 'Bedenktijd aanbieden',
  uitleg: 'Het aanbod wordt vastgelegd; de bedenktijd gaat in op de dag dat het slachtoffer het aanbod aanvaardt (B8/3 Vc 2000).',
  laad: async (c) => {
    const o = await dossierVan(c);
    const beoordelingen = await vastgesteldeBeoordelingen(c, o.dossierId);
    const adviezen = (await adviezenVanDossier(useCase(c, 'bedenktijdadviezen.lezen'), o.dossierId)).filter((a) => a.status === 'open');
    return { ...o, beoordelingen, adviezen };
  },
  deel: () => ({
    velden: ['aanbiedingsdatum', 'grondslag'], labels: { aanbiedingsdatum: 'Datum van het aanbod', grondslag: 'Op grond van' }, schema: AanbiedingSchema,
    lees: (w: Waarden) => {
      const [soort, id] = tekst(w, 'grondslag').split(':');
      return { aanbiedingsdatum: datum(w, 'aanbiedingsdatum'), ...(soort === 'advies' ? { adviesId: id } : { beoordelingId: id || undefined }) };
    },
  }),
  standaard: (c, o) => ({
    aanbiedingsdatum: vandaagInvoer(c),
    grondslag: o.adviezen[0] ? `advies:${o.adviezen[0].id}` : o.beoordelingen.at(-1) ? `beoordeling:${o.beoordelingen.at(-1)!.id}` : '',
  }),
  Velden: ({ w, f, o }) => (
    <>
      <Datumveld naam="aanbiedingsdatum" label="Datum van het aanbod" verplicht waarde={tekst(w, 'aanbiedingsdatum')} fout={f.aanbiedingsdatum} />
      <Keuzegroep soort="radio" naam="grondslag" label="Op grond van" verplicht fout={f.grondslag ?? f.beoordelingId ?? f.adviesId} waarden={[tekst(w, 'grondslag')]}
        beschrijving={o.beoordelingen.length + o.adviezen.length === 0 ? 'Er is geen vastgestelde geringste aanwijzing en geen open advies van de NLA: leg eerst een beoordeling vast.' : undefined}
        keuzes={[
          ...o.beoordelingen.map((b) => ({ waarde: `beoordeling:${b.id}`, label: `Geringste aanwijzing vastgesteld op ${datumTekst(b.beoordelingsdatum)}` })),
          ...o.adviezen.map((a) => ({ waarde: `advies:${a.id}`, label: `Bedenktijd-advies van de NLA van ${datumTekst(a.tijdstipAangemaakt.toISOString().slice(0, 10))}` })),
        ]} />
    </>
  ),
  voerUit: (ctx, invoer, o) => biedBedenktijdAan(ctx, o.dossierId, invoer),
});

registreerActie(actieRoutes, {
  pad: '/bedenktijden/:bedenktijdId/reactie', permissie: 'bedenktijden.reactie', titel: 'Reactie op het aanbod vastleggen', gedaan: 'reactie', sectie: 'bedenktijd', knop: 'Reactie opslaan',
  uitleg: 'Aanvaardt het slachtoffer het aanbod, dan gaat de bedenktijd die dag in; de IND (en voor asielzoekers het COA) krijgt de M55-kennisgeving.',
  laad: bedenktijdVan,
  deel: () => ({
    velden: ['reactie', 'datum', 'opvangGewenst'], labels: { reactie: 'Reactie', datum: 'Datum van de reactie', opvangGewenst: 'Opvang' }, schema: ReactieSchema,
    lees: (w: Waarden) => {
      const opvang = tekst(w, 'opvangGewenst');
      return { reactie: ofWeg(w, 'reactie'), datum: datum(w, 'datum'), opvangGewenst: opvang === 'ja' ? true : opvang === 'nee' ? false : null };
    },
  }),
  standaard: (c) => ({ datum: vandaagInvoer(c) }),
  Velden: ({ w, f }) => (
    <>
      <Keuzegroep soort="radio" naam="reactie" label="Reactie van het slachtoffer" verplicht fout={f.reactie} waarden={[tekst(w, 'reactie')]} keuzes={keuzes(REACTIES, reacties)} />
      <Datumveld naam="datum" label="Datum van de reactie" verplicht waarde={tekst(w, 'datum')} fout={f.datum} />
      <Keuzegroep soort="radio" naam="opvangGewenst" label="Wil het slachtoffer opvang?" fout={f.opvangGewenst} waarden={[tekst(w, 'opvangGewenst')]}
        keuzes={[{ waarde: 'ja', label: 'Ja' }, { waarde: 'nee', label: 'Nee' }, { waarde: 'onbekend', label: 'Nog niet bekend' }]} />
    </>
  ),
  voerUit: (ctx, invoer, o) => legReactieVast(ctx, o.bedenktijd.id, invoer),
});

registreerActie(actieRoutes, {
  pad: '/bedenktijden/:bedenktijdId/beeindiging', permissie: 'bedenktijden.beeindigen', titel: 'Bedenktijd vroegtijdig beëindigen', gedaan: 'beeindigd', sectie: 'bedenktijd', knop: 'Bedenktijd beëindigen',
  uitleg: 'De IND (en voor asielzoekers het COA) krijgt hiervan een kennisgeving.',
  laad: bedenktijdVan,
  deel: () => ({
    velden: ['reden', 'datum', 'toelichting'], labels: { reden: 'Reden', datum: 'Datum van het einde', toelichting: 'Toelichting' }, schema: BeeindigingSchema,
    lees: (w: Waarden) => ({ reden: ofWeg(w, 'reden'), datum: datum(w, 'datum'), toelichting: ofNull(w, 'toelichting') }),
  }),
  standaard: (c) => ({ datum: vandaagInvoer(c) }),
  Velden: ({ w, f }) => (
    <>
      <Keuzegroep soort="radio" naam="reden" label="Reden" verplicht fout={f.reden} waarden={[tekst(w, 'reden')]} keuzes={keuzes(BEEINDIGINGSREDENEN, beeindigingsredenen)} />
      <Datumveld naam="datum" label="Datum van het einde" verplicht waarde={tekst(w, 'datum')} fout={f.datum} />
      <Tekstvak naam="toelichting" label="Toelichting" waarde={tekst(w, 'toelichting')} fout={f.toelichting} />
    </>
  ),
  voerUit: (ctx, invoer, o) => beeindigBedenktijd(ctx, o.bedenktijd.id, invoer),
});

const politieEnKmar = async (c: Context<WebEnv>) => (await lijstOrganisaties(c.var.deps.db)).filter((o) => o.type === 'politie' || o.type === 'kmar');

registreerActie(actieRoutes, {
  pad: '/dossiers/:dossierId/bedenktijd-adviezen/nieuw', permissie: 'bedenktijdadviezen.vastleggen', titel: 'Bedenktijd adviseren', gedaan: 'advies', sectie: 'bedenktijd', knop: 'Advies versturen',
  uitleg: 'De politie of KMar biedt de bedenktijd aan op voorspraak van de NLA (B8/3 Vc 2000).',
  laad: async (c) => ({ ...(await dossierVan(c)), beoordelingen: await vastgesteldeBeoordelingen(c, c.req.param('dossierId') ?? ''), eenheden: await politieEnKmar(c) }),
  deel: () => ({
    velden: ['beoordelingId', 'ontvangendeOrganisatieId', 'toelichting'], labels: { beoordelingId: 'Beoordeling', ontvangendeOrganisatieId: 'Eenheid', toelichting: 'Toelichting' }, schema: AdviesInvoerSchema,
    lees: (w: Waarden) => ({ beoordelingId: ofWeg(w, 'beoordelingId'), ontvangendeOrganisatieId: ofWeg(w, 'ontvangendeOrganisatieId'), toelichting: ofNull(w, 'toelichting') }),
  }),
  standaard: (_c, o) => ({ beoordelingId: o.beoordelingen.at(-1)?.id ?? '' }),
  Velden: ({ w, f, o }) => (
    <>
      <Keuzegroep soort="radio" naam="beoordelingId" label="Op grond van de beoordeling" verplicht fout={f.beoordelingId} waarden={[tekst(w, 'beoordelingId')]}
        keuzes={o.beoordelingen.map((b) => ({ waarde: b.id, label: `Geringste aanwijzing vastgesteld op ${datumTekst(b.beoordelingsdatum)}` }))} />
      <Keuzelijst naam="ontvangendeOrganisatieId" label="Aan de politie- of KMar-eenheid" verplicht waarde={tekst(w, 'ontvangendeOrganisatieId')} fout={f.ontvangendeOrganisatieId}
        leeg="Kies een eenheid" keuzes={o.eenheden.map((e: Organisatie) => ({ waarde: e.id, label: e.naam }))} />
      <Tekstvak naam="toelichting" label="Toelichting" waarde={tekst(w, 'toelichting')} fout={f.toelichting} />
    </>
  ),
  voerUit: (ctx, invoer, o) => legAdviesVast(ctx, o.dossierId, invoer),
});

registreerActie(actieRoutes, {
  pad: '/dossiers/:dossierId/strafrechtelijke-gebeurtenissen/nieuw', permissie: 'strafrecht.vastleggen', titel: 'Strafrechtelijke gebeurtenis vastleggen', gedaan: 'strafrecht', sectie: 'strafrecht', knop: 'Gebeurtenis opslaan',
  uitleg: 'Het strafrechtelijk spoor verandert de identificatiestatus nooit. Een aangifte of medewerking beëindigt een lopende bedenktijd.',
  laad: dossierVan,
  deel: () => ({
    velden: ['soort', 'datum', 'redenen', 'toelichting'], labels: { soort: 'Gebeurtenis', datum: 'Datum', redenen: 'Redenen', toelichting: 'Toelichting' }, schema: StrafrechtelijkeGebeurtenisVastleggenSchema,
    lees: (w: Waarden) => ({ soort: ofWeg(w, 'soort'), datum: datum(w, 'datum'), redenen: lijst(w, 'redenen'), toelichting: ofNull(w, 'toelichting') }),
  }),
  standaard: (c) => ({ datum: vandaagInvoer(c) }),
  Velden: ({ w, f, c }) => {
    const soorten = soortenPerRol[c.var.sessie!.principal.rol] ?? [];
    return (
      <>
        <Keuzegroep soort="radio" naam="soort" label="Gebeurtenis" verplicht fout={f.soort} waarden={[tekst(w, 'soort')]} keuzes={keuzes(soorten, strafrechtelijkeSoortLabels)} />
        <Datumveld naam="datum" label="Datum" verplicht waarde={tekst(w, 'datum')} fout={f.datum} />
        {c.var.sessie!.principal.rol === 'officier' ? (
          <Keuzegroep soort="checkbox" naam="redenen" label="Redenen" fout={f.redenen} waarden={lijst(w, 'redenen')}
            beschrijving="Verplicht bij geen opsporingsonderzoek; mogelijk bij sepot en een beëindigd onderzoek." keuzes={Object.entries(redenenGeenOpsporing).map(([waarde, label]) => ({ waarde, label }))} />
        ) : null}
        <Tekstvak naam="toelichting" label="Toelichting" waarde={tekst(w, 'toelichting')} fout={f.toelichting} />
      </>
    );
  },
  voerUit: (ctx, invoer, o) => legGebeurtenisVast(ctx, o.dossierId, invoer),
});

registreerActie(actieRoutes, {
  pad: '/dossiers/:dossierId/verwijzingen/nieuw', permissie: 'verwijzingen.aanmaken', titel: 'Verwijzen naar zorg of opvang', gedaan: 'verwezen', sectie: 'verwijzingen', knop: 'Verwijzing versturen',
  uitleg: 'Hulp hangt nooit af van een aangifte. De ontvanger ziet de identiteit alleen met toestemming van het slachtoffer of een wettelijke grondslag.',
  laad: async (c) => ({ ...(await dossierVan(c)), organisaties: (await lijstOrganisaties(c.var.deps.db)).filter((o) => o.id !== c.var.sessie!.principal.organisatieId && o.type !== 'beheer') }),
  deel: () => ({
    velden: ['doel', 'ontvangendeOrganisatieId', 'reden', 'urgentie', 'toestemming', 'grondslag'],
    labels: { doel: 'Doel', ontvangendeOrganisatieId: 'Organisatie', reden: 'Reden', urgentie: 'Urgentie', toestemming: 'Toestemming', grondslag: 'Wettelijke grondslag' },
    schema: VerwijzingAanmakenSchema,
    lees: (w: Waarden) => ({
      doel: ofWeg(w, 'doel'), ontvangendeOrganisatieId: ofWeg(w, 'ontvangendeOrganisatieId'), reden: tekst(w, 'reden'), urgentie: ofWeg(w, 'urgentie'),
      toestemming: ofWeg(w, 'toestemming'), grondslag: ofNull(w, 'grondslag') === 'geen' ? null : ofNull(w, 'grondslag'),
    }),
  }),
  standaard: () => ({ urgentie: 'normaal', grondslag: 'geen' }),
  Velden: ({ w, f, o }) => {
    const perType = new Map<OrganisatieType, Organisatie[]>();
    for (const org of o.organisaties) perType.set(org.type, [...(perType.get(org.type) ?? []), org]);
    return (
      <>
        <Keuzegroep soort="radio" naam="doel" label="Waarvoor verwijst u?" verplicht fout={f.doel} waarden={[tekst(w, 'doel')]} keuzes={keuzes(VERWIJZING_DOELEN, verwijzingDoelen)}
          beschrijving="COSM alleen voor een meerderjarige van buiten de EU; een minderjarige naar Veilig Thuis of de Raad voor de Kinderbescherming." />
        <Keuzelijst naam="ontvangendeOrganisatieId" label="Naar welke organisatie?" verplicht waarde={tekst(w, 'ontvangendeOrganisatieId')} fout={f.ontvangendeOrganisatieId}
          leeg="Kies een organisatie" keuzes={[]} groepen={[...perType.entries()].map(([type, orgs]) => ({ label: organisatieTypen[type], keuzes: orgs.map((x) => ({ waarde: x.id, label: x.naam })) }))} />
        <Tekstvak naam="reden" label="Reden en vraag aan de ontvanger" verplicht waarde={tekst(w, 'reden')} fout={f.reden} />
        <Keuzegroep soort="radio" naam="urgentie" label="Urgentie" verplicht fout={f.urgentie} waarden={[tekst(w, 'urgentie')]} keuzes={keuzes(URGENTIES, urgenties)} />
        <Keuzegroep soort="radio" naam="toestemming" label="Toestemming van het slachtoffer om gegevens te delen" verplicht fout={f.toestemming} waarden={[tekst(w, 'toestemming')]} keuzes={keuzes(TOESTEMMINGEN, toestemmingen)} />
        <Keuzegroep soort="radio" naam="grondslag" label="Wettelijke grondslag zonder toestemming" fout={f.grondslag} waarden={[tekst(w, 'grondslag')]}
          beschrijving="Verplicht als het slachtoffer geen toestemming gaf of die niet is gevraagd."
          keuzes={[{ waarde: 'geen', label: 'Geen (er is toestemming)' }, ...keuzes(GRONDSLAGEN, grondslagen)]} />
      </>
    );
  },
  voerUit: (ctx, invoer, o) => maakVerwijzing(ctx, o.dossierId, invoer),
});
