// One referral's page (issue 15; docs/beslissingen/0017-verwijzing-en-opvang.md): what was asked, and what the receiver can do with
// it — accept or refuse (a refusal needs a reason), place the person in one of the own locations (the
// free places shown), end the placement with its reason, record that the person declines shelter.
// Every form calls the API's use case (neemBesluit, plaats, beeindigPlaatsing, legOpvangweigeringVast)
// with the API's schema; a refusal is shown at its field and nothing is written. For anyone who did
// not send or receive the referral it does not exist (404), as in the API.
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { z } from 'zod';
import {
  afwijzingsredenen, opvanglocatieSoorten, plaatsingBeeindigingsredenen, toestemmingen, urgenties, verwijzingDoelen, verwijzingStatussen,
} from '../../domain/labels.js';
import {
  AFWIJZINGSREDENEN, PLAATSING_BEEINDIGINGSREDENEN, type OpvanglocatieSoort, type PlaatsingBeeindigingsreden, type Toestemming,
  type Urgentie, type VerwijzingDoel, type VerwijzingStatus,
} from '../../domain/verwijzing.js';
import { leesOrganisatie } from '../../modules/organisaties/organisaties.service.js';
import { lijstOpvanglocaties } from '../../modules/opvanglocaties/opvanglocaties.service.js';
import { beeindigPlaatsing, leesPlaatsing, plaats } from '../../modules/plaatsingen/plaatsingen.service.js';
import { PlaatsingAanmakenSchema, PlaatsingBeeindigingSchema } from '../../modules/plaatsingen/plaatsingen.schemas.js';
import {
  achterstalligVoor, legOpvangweigeringVast, leesVerwijzing, lopendePlaatsingVan, neemBesluit,
} from '../../modules/verwijzingen/verwijzingen.service.js';
import { OpvangweigeringSchema, VerwijzingBesluitSchema } from '../../modules/verwijzingen/verwijzingen.schemas.js';
import type { Permissie } from '../../access/permissiematrix.js';
import { problemen } from '../../http/problem.js';
import type { WebEnv } from '../omgeving.js';
import {
  Alinea, Datumveld, Foutoverzicht, Formulier, Gegevens, Keuzegroep, Keuzelijst, Knop, Knoppen, Kop, Koppeling, Melding, Tekstvak,
} from '../opmaak/componenten.js';
import { foutenUitProbleem, foutenUitZod, naarWaarden, ofNull, ofWeg, tekst, type Fouten, type Waarden } from '../opmaak/formulier.js';
import { Layout, toon } from '../opmaak/layout.js';
import { datumTekst, naarInvoerDatum, naarIsoDatum, tijdstipTekst } from '../opmaak/tekst.js';
import { formulierTekst } from '../formulieren/velden.js';
import { mag, pagina, useCase, verwerkt } from '../pagina.js';
import { vandaag } from '../werk/werk.js';

type Formuliernaam = 'besluit' | 'plaatsing' | 'beeindiging' | 'weigering';
interface Invulling { formulier: Formuliernaam; w: Waarden; f: Fouten }

const LABELS: Record<string, string> = {
  besluit: 'Besluit', afwijzingsreden: 'Reden van afwijzing', toelichting: 'Toelichting', opvanglocatieId: 'Opvanglocatie',
  startdatum: 'Startdatum', einddatum: 'Einddatum', reden: 'Reden',
};

const GEDAAN: Record<string, string> = {
  aanvaard: 'De verwijzing is aanvaard. De verwijzer is op de hoogte gebracht.',
  afgewezen: 'De verwijzing is afgewezen. De verwijzer is op de hoogte gebracht, met de reden.',
  geplaatst: 'De persoon is geplaatst.', beeindigd: 'De plaatsing is beëindigd.', geweigerd: 'Vastgelegd dat de persoon geen opvang wil.',
};

/** The referral through the use case (404 for anyone not involved); with its running placement. */
async function laad(c: Context<WebEnv>) {
  const ctx = useCase(c, 'verwijzingen.lezen');
  const v = await leesVerwijzing(ctx, c.req.param('verwijzingId')!);
  const plaatsingId = await lopendePlaatsingVan(ctx.db, v.verwijzing.id);
  const plaatsing = plaatsingId ? await leesPlaatsing(ctx, plaatsingId) : null;
  verwerkt(c, 'verwijzingen.lezen', [v.verwijzing.dossierId]);
  return { ...v, plaatsing, achterstallig: achterstalligVoor(ctx, v.verwijzing) };
}
type Geladen = Awaited<ReturnType<typeof laad>>;

const keuzes = <T extends string>(codes: readonly T[], labels: Readonly<Record<T, string>>) => codes.map((waarde) => ({ waarde, label: labels[waarde] }));

async function toonVerwijzing(c: Context<WebEnv>, o: Geladen, invulling?: Invulling, status = 200) {
  const sessie = c.var.sessie!;
  const v = o.verwijzing;
  const ontvanger = o.partij === 'ontvanger';
  const status_ = v.status as VerwijzingStatus;
  const [verwijzer, ontvangerOrg] = await Promise.all([leesOrganisatie(c.var.deps.db, v.verwijzendeOrganisatieId), leesOrganisatie(c.var.deps.db, v.ontvangendeOrganisatieId)]);
  const locaties = ontvanger && mag(c, 'opvanglocaties.lezen')
    ? await lijstOpvanglocaties(useCase(c, 'opvanglocaties.lezen'), { organisatieId: sessie.principal.organisatieId }, 200) : [];
  const plaatsingLocatie = o.plaatsing ? locaties.find((l) => l.locatie.id === o.plaatsing!.opvanglocatieId)?.locatie.naam : undefined;
  const f = (naam: Formuliernaam) => (invulling?.formulier === naam ? invulling.f : {});
  const w = (naam: Formuliernaam, standaard: Waarden = {}) => (invulling?.formulier === naam ? invulling.w : standaard);
  const gedaan = GEDAAN[c.req.query('gedaan') ?? ''];
  const vandaagInvoer = naarInvoerDatum(vandaag(c));
  const magPlaatsen = ontvanger && status_ === 'aanvaard' && !o.plaatsing && !v.opvangGeweigerd && mag(c, 'plaatsingen.vastleggen') && locaties.length > 0;
  const magWeigeringVastleggen = mag(c, 'verwijzingen.besluiten') && ['open', 'aanvaard'].includes(status_) && !v.opvangGeweigerd && !o.plaatsing
    && ['cosm', 'zorgcoordinator'].includes(v.doel);
  return toon(c, (
    <Layout titel={`Verwijzing ${o.dossiernummer}`} sessie={sessie} menu="verwijzingen" fout={Boolean(invulling)}>
      <Alinea><Koppeling href="/verwijzingen">Terug naar Verwijzingen</Koppeling></Alinea>
      <Kop>Verwijzing {o.dossiernummer}</Kop>
      {gedaan ? <Melding soort="ok" rol="status" titel="Opgeslagen">{gedaan}</Melding> : null}
      {invulling ? <Foutoverzicht fouten={invulling.f} labels={LABELS} /> : null}
      <Gegevens rijen={[
        ['Dossier', <a class="nl-link" href={`/dossiers/${v.dossierId}`}>{o.dossiernummer}</a>],
        ['Doel', verwijzingDoelen[v.doel as VerwijzingDoel]],
        ['Van', verwijzer?.naam ?? '—'], ['Aan', ontvangerOrg?.naam ?? '—'],
        ['Reden en vraag', v.reden], ['Urgentie', urgenties[v.urgentie as Urgentie]],
        ['Toestemming', toestemmingen[v.toestemming as Toestemming]],
        ['Verwezen op', tijdstipTekst(v.tijdstipVerwezen)],
        ['Stand', o.achterstallig ? <span class="nrm-label nrm-label--let-op">Achterstallig: nog geen antwoord</span> : verwijzingStatussen[status_]],
        ...(v.afwijzingsreden ? [['Reden van afwijzing', afwijzingsredenen[v.afwijzingsreden as keyof typeof afwijzingsredenen]] as [string, string]] : []),
        ...(v.besluitToelichting ? [['Toelichting bij het besluit', v.besluitToelichting] as [string, string]] : []),
        ...(v.opvangGeweigerd ? [['Opvang geweigerd', v.opvangWeigeringReden ?? 'Ja'] as [string, string]] : []),
      ]} />

      {ontvanger && status_ === 'open' && mag(c, 'verwijzingen.besluiten') ? (
        <section class="nrm-sectie" aria-labelledby="besluit-kop">
          <Kop niveau={2} id="besluit-kop">Aanvaarden of afwijzen</Kop>
          <Formulier actie={`/verwijzingen/${v.id}/besluit`} csrf={sessie.csrfToken} label="Besluit op de verwijzing">
            <Keuzegroep soort="radio" naam="besluit" label="Besluit" verplicht fout={f('besluit').besluit} waarden={[tekst(w('besluit'), 'besluit')]}
              keuzes={[{ waarde: 'aanvaard', label: 'Aanvaarden' }, { waarde: 'afgewezen', label: 'Afwijzen' }]} />
            <Keuzelijst naam="afwijzingsreden" label="Reden van afwijzing" fout={f('besluit').afwijzingsreden} waarde={tekst(w('besluit'), 'afwijzingsreden')}
              leeg="Geen (bij aanvaarden)" keuzes={keuzes(AFWIJZINGSREDENEN, afwijzingsredenen)}
              beschrijving="Verplicht bij afwijzen: de verwijzer moet weten waarom, en wat nu." />
            <Tekstvak naam="toelichting" label="Toelichting" waarde={tekst(w('besluit'), 'toelichting')} fout={f('besluit').toelichting}
              beschrijving="Verplicht bij de reden 'Overige reden'." />
            <Knoppen><Knop>Besluit opslaan</Knop></Knoppen>
          </Formulier>
        </section>
      ) : null}

      {o.plaatsing ? (
        <section class="nrm-sectie" aria-labelledby="plaatsing-kop">
          <Kop niveau={2} id="plaatsing-kop">Plaatsing</Kop>
          <Alinea>Geplaatst in {plaatsingLocatie ?? 'een opvanglocatie'} sinds {datumTekst(o.plaatsing.startdatum)}.</Alinea>
          {ontvanger && mag(c, 'plaatsingen.vastleggen') ? (
            <Formulier actie={`/verwijzingen/${v.id}/plaatsing/beeindiging`} csrf={sessie.csrfToken} label="Plaatsing beëindigen">
              <Datumveld naam="einddatum" label="Laatste dag" verplicht waarde={tekst(w('beeindiging', { einddatum: vandaagInvoer }), 'einddatum')} fout={f('beeindiging').einddatum} />
              <Keuzegroep soort="radio" naam="reden" label="Reden van beëindiging" verplicht fout={f('beeindiging').reden} waarden={[tekst(w('beeindiging'), 'reden')]}
                keuzes={keuzes(PLAATSING_BEEINDIGINGSREDENEN, plaatsingBeeindigingsredenen)} />
              <Tekstvak naam="toelichting" label="Toelichting" waarde={tekst(w('beeindiging'), 'toelichting')} fout={f('beeindiging').toelichting}
                beschrijving="Verplicht bij 'Overige reden'." />
              <Knoppen><Knop>Plaatsing beëindigen</Knop></Knoppen>
            </Formulier>
          ) : null}
        </section>
      ) : magPlaatsen ? (
        <section class="nrm-sectie" aria-labelledby="plaatsen-kop">
          <Kop niveau={2} id="plaatsen-kop">Plaatsen</Kop>
          <Formulier actie={`/verwijzingen/${v.id}/plaatsing`} csrf={sessie.csrfToken} label="Plaatsen in een opvanglocatie">
            <Keuzegroep soort="radio" naam="opvanglocatieId" label="Opvanglocatie" verplicht fout={f('plaatsing').opvanglocatieId} waarden={[tekst(w('plaatsing'), 'opvanglocatieId')]}
              keuzes={locaties.map(({ locatie, bezetting }) => ({
                waarde: locatie.id,
                label: `${locatie.naam} (${opvanglocatieSoorten[locatie.soort as OpvanglocatieSoort]}): ${Math.max(0, locatie.capaciteit - bezetting)} van ${locatie.capaciteit} plaatsen vrij`,
              }))} />
            <Datumveld naam="startdatum" label="Eerste dag" verplicht waarde={tekst(w('plaatsing', { startdatum: vandaagInvoer }), 'startdatum')} fout={f('plaatsing').startdatum} />
            <Knoppen><Knop>Plaatsen</Knop></Knoppen>
          </Formulier>
        </section>
      ) : null}

      {magWeigeringVastleggen ? (
        <section class="nrm-sectie" aria-labelledby="weigering-kop">
          <Kop niveau={2} id="weigering-kop">Opvang geweigerd</Kop>
          <Alinea klein>Wil de persoon geen opvang? Leg dat hier vast. De bedenktijd loopt gewoon door.</Alinea>
          <Formulier actie={`/verwijzingen/${v.id}/opvangweigering`} csrf={sessie.csrfToken} label="Opvangweigering vastleggen">
            <Tekstvak naam="reden" label="Waarom wil de persoon geen opvang?" verplicht waarde={tekst(w('weigering'), 'reden')} fout={f('weigering').reden} />
            <Knoppen><Knop soort="secundair">Opvangweigering vastleggen</Knop></Knoppen>
          </Formulier>
        </section>
      ) : null}
    </Layout>
  ), status);
}

/**
 * One form of the page: load the referral first (404 for anyone not involved, before anything else),
 * judge the input with the API's schema, call the use case; a refusal shows the page again with the
 * message at its field.
 */
function formulierRoute<S extends z.ZodType>(formulier: Formuliernaam, permissie: Permissie, schema: S,
  lees: (w: Waarden) => unknown, voerUit: (c: Context<WebEnv>, o: Geladen, invoer: z.output<S>) => Promise<unknown>, gedaan: (invoer: z.output<S>) => string) {
  return [pagina(permissie), async (c: Context<WebEnv>) => {
    const o = await laad(c);
    const w = naarWaarden(await c.req.parseBody({ all: true }));
    const invoer = schema.safeParse(lees(w));
    if (!invoer.success) return toonVerwijzing(c, o, { formulier, w, f: formulierTekst(foutenUitZod(invoer.error)) }, 400);
    try {
      await voerUit(c, o, invoer.data);
    } catch (err) {
      const { fouten, status } = foutenUitProbleem(err);
      return toonVerwijzing(c, o, { formulier, w, f: formulierTekst(fouten) }, status);
    }
    verwerkt(c, permissie, [o.verwijzing.dossierId]);
    return c.redirect(`/verwijzingen/${o.verwijzing.id}?gedaan=${gedaan(invoer.data)}`, 303);
  }] as const;
}

const datum = (w: Waarden, naam: string) => { const t = ofWeg(w, naam); return t === undefined ? undefined : naarIsoDatum(t); };

export const verwijzingRoutes = new Hono<WebEnv>()
  .get('/verwijzingen/:verwijzingId', pagina('verwijzingen.lezen'), async (c) => toonVerwijzing(c, await laad(c)))
  .post('/verwijzingen/:verwijzingId/besluit', ...formulierRoute('besluit', 'verwijzingen.besluiten', VerwijzingBesluitSchema,
    (w) => ({ besluit: ofWeg(w, 'besluit'), afwijzingsreden: ofNull(w, 'afwijzingsreden'), toelichting: ofNull(w, 'toelichting') }),
    (c, o, invoer) => neemBesluit(useCase(c, 'verwijzingen.besluiten'), o.verwijzing.id, invoer), (invoer) => invoer.besluit))
  .post('/verwijzingen/:verwijzingId/plaatsing', ...formulierRoute('plaatsing', 'plaatsingen.vastleggen', PlaatsingAanmakenSchema,
    (w) => ({ opvanglocatieId: ofWeg(w, 'opvanglocatieId'), startdatum: datum(w, 'startdatum') }),
    (c, o, invoer) => plaats(useCase(c, 'plaatsingen.vastleggen'), o.verwijzing.id, invoer), () => 'geplaatst'))
  .post('/verwijzingen/:verwijzingId/plaatsing/beeindiging', ...formulierRoute('beeindiging', 'plaatsingen.vastleggen', PlaatsingBeeindigingSchema,
    (w) => ({ einddatum: datum(w, 'einddatum'), reden: ofWeg(w, 'reden') as PlaatsingBeeindigingsreden | undefined, toelichting: ofNull(w, 'toelichting') }),
    async (c, o, invoer) => {
      if (!o.plaatsing) throw problemen.conflict('geen-lopende-plaatsing', 'Er is geen lopende plaatsing op deze verwijzing.');
      return beeindigPlaatsing(useCase(c, 'plaatsingen.vastleggen'), o.plaatsing.id, invoer);
    }, () => 'beeindigd'))
  .post('/verwijzingen/:verwijzingId/opvangweigering', ...formulierRoute('weigering', 'verwijzingen.besluiten', OpvangweigeringSchema,
    (w) => ({ reden: tekst(w, 'reden') }),
    (c, o, invoer) => legOpvangweigeringVast(useCase(c, 'verwijzingen.besluiten'), o.verwijzing.id, invoer), () => 'geweigerd'));
