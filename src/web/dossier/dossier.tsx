// The dossier page: overview, signals, assessments, bedenktijd, criminal track, residence track,
// referrals and timeline — each section read through its own use case, shown only to the roles the
// permission matrix allows it; actions where the role may act. Every read is logged as through the API.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { Hono } from 'hono';
import {
  bronnen, identificatiestatussen, indicatoren, leeftijdscategorieen, locaties, nationaliteitCategorieen, redenenGeenOpsporing,
  redenenNietVastgesteld, resultatenBeoordeling, uitbuitingsvormen, verblijfssituaties, wegingsschalen, type Wegingsschaal,
} from '../../domain/catalogus.js';
import { magBedenktijdAanbieden, magBedenktijdAdviseren, OPEN_STATUSSEN, type BedenktijdStatus } from '../../domain/bedenktijd.js';
import { BELEIDSREGELS } from '../../domain/beleidsregels.js';
import { strafrechtelijkeSoortLabels, type StrafrechtelijkeSoort } from '../../domain/strafrecht.js';
import { verblijfsbesluitLabels, type VerblijfsbesluitSoort } from '../../domain/verblijf.js';
import {
  adviesStatussen, bedenktijdStatussen, beeindigingsredenen, geslachten, landnaam, reacties, taalnaam, toestemmingen, urgenties,
  verwijzingDoelen, verwijzingStatussen,
} from '../../domain/labels.js';
import { leesDossier } from '../../modules/dossiers/dossiers.service.js';
import { leesPersoonsgegevens } from '../../modules/persoonsgegevens/persoonsgegevens.service.js';
import { lijstSignalen } from '../../modules/signalen/signalen.service.js';
import { lijstBeoordelingen } from '../../modules/beoordelingen/beoordelingen.service.js';
import { bedenktijdenVanDossier } from '../../modules/bedenktijden/bedenktijden.service.js';
import { adviezenVanDossier } from '../../modules/bedenktijd-adviezen/bedenktijd-adviezen.service.js';
import { lijstGebeurtenissen } from '../../modules/strafrechtelijke-gebeurtenissen/strafrechtelijke-gebeurtenissen.service.js';
import { lijstVerblijfsbesluiten } from '../../modules/verblijfsbesluiten/verblijfsbesluiten.service.js';
import { verwijzingenVanDossier, achterstalligVoor } from '../../modules/verwijzingen/verwijzingen.service.js';
import { tijdlijn } from '../../modules/tijdlijn/tijdlijn.service.js';
import { lijstOrganisaties } from '../../modules/organisaties/organisaties.service.js';
import { Probleem } from '../../http/problem.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Gegevens, Kop, KnopKoppeling, Knoppen, Melding, Tabel } from '../opmaak/componenten.js';
import { Layout, toon } from '../opmaak/layout.js';
import { datumTekst, tijdstipTekst } from '../opmaak/tekst.js';
import { mag, pagina, useCase, verwerkt } from '../pagina.js';
import { Termijn, vandaag } from '../werk/werk.js';

const MAX = 200;
const lbl = (c: Readonly<Record<string, string>>, code: string | null | undefined) => (code ? c[code] ?? code : '—');
const lbls = (c: Readonly<Record<string, string>>, codes: readonly string[]) => (codes.length ? codes.map((x) => lbl(c, x)).join(', ') : '—');
const jaNee = (b: boolean | null | undefined) => (b === true ? 'Ja' : b === false ? 'Nee' : 'Onbekend');

/** After an action the dossier page says what was done (a code in the URL, never data). */
const GEDAAN: Record<string, string> = {
  geregistreerd: 'Het dossier is geregistreerd met de persoonsgegevens, het signaal en de beoordeling.',
  signaal: 'Het signaal is vastgelegd.', beoordeling: 'De beoordeling is vastgelegd.', aangeboden: 'Het aanbod van de bedenktijd is vastgelegd.',
  reactie: 'De reactie op het aanbod is vastgelegd.', beeindigd: 'De bedenktijd is beëindigd.', advies: 'Het bedenktijd-advies is verstuurd.',
  strafrecht: 'De gebeurtenis in het strafrechtelijk spoor is vastgelegd.', verwezen: 'De verwijzing is verstuurd.',
  verblijf: 'Het verblijfsbesluit is vastgelegd.',
};

/** The timeline's lines carry ISO dates and policy-rule codes: written out for people. */
const leesbaar = (omschrijving: string) => omschrijving
  .replace(/\d{4}-\d{2}-\d{2}/g, (d) => datumTekst(d))
  .replace(/\((b8-3-[a-z-]+)\)/g, (_, code: string) => `(${BELEIDSREGELS.find((r) => r.code === code)?.omschrijving.toLowerCase() ?? code})`);

const Sectie = (p: { id: string; titel: string; children: Child }) => (
  <section class="nrm-sectie" aria-labelledby={`${p.id}-kop`} id={p.id}>
    <Kop niveau={2} id={`${p.id}-kop`}>{p.titel}</Kop>
    {p.children}
  </section>
);

async function dossierpagina(c: Context<WebEnv>) {
  const sessie = c.var.sessie!;
  const p = sessie.principal;
  const id = c.req.param('dossierId') ?? '';
  const dossier = await leesDossier(useCase(c, 'dossiers.lezen'), id);
  verwerkt(c, 'dossiers.lezen', [dossier.id]);
  const dag = vandaag(c);
  const namen = new Map((await lijstOrganisaties(c.var.deps.db)).map((o) => [o.id, o.naam]));
  const org = (orgId: string | null | undefined) => (orgId ? namen.get(orgId) ?? 'Onbekende organisatie' : '—');
  const secties: Array<{ id: string; titel: string; inhoud: Child }> = [];

  // ---- overview, with the identity when the role may see it (every read is audited) ----
  let persoon: Child = null;
  if (mag(c, 'persoonsgegevens.lezen')) {
    try {
      const pg = await leesPersoonsgegevens(useCase(c, 'persoonsgegevens.lezen'), dossier.id);
      verwerkt(c, 'persoonsgegevens.lezen', [dossier.id]);
      persoon = (
        <Gegevens rijen={[
          ['Naam', [pg.voornamen, pg.geslachtsnaam].filter(Boolean).join(' ') || '—'],
          ['Geboortedatum', datumTekst(pg.geboortedatum)],
          ['Nationaliteit (land)', landnaam(pg.nationaliteit)],
          ['V-nummer', pg.vreemdelingennummer ?? '—'],
          ['Geslacht', lbl(geslachten, pg.geslacht)],
          ['Talen', pg.talen.map(taalnaam).join(', ') || '—'],
        ]} />
      );
    } catch (err) {
      if (!(err instanceof Probleem) || (err.status !== 404 && err.status !== 403)) throw err;
      persoon = <Alinea>{err.status === 404 ? 'Er zijn nog geen persoonsgegevens vastgelegd.' : 'Uw organisatie mag de persoonsgegevens van dit dossier niet inzien.'}</Alinea>;
    }
  }
  secties.push({
    id: 'overzicht', titel: 'Overzicht', inhoud: (
      <>
        <Gegevens rijen={[
          ['Identificatiestatus', lbl(identificatiestatussen, dossier.identificatiestatus)],
          ['Nationaliteit', lbl(nationaliteitCategorieen, dossier.nationaliteitCategorie)],
          ...(dossier.nationaliteitCategorie === 'eu_eer_zwitserland' ? [['Rechten uit het Unierecht', jaNee(dossier.eurechtelijkeAanspraken)] as [string, Child]] : []),
          ['Verblijfssituatie', lbl(verblijfssituaties, dossier.verblijfssituatie)],
          ['Leeftijd', lbl(leeftijdscategorieen, dossier.leeftijdscategorie)],
          ['Geregistreerd door', org(dossier.registrerendeOrganisatieId)],
          ['Geregistreerd op', tijdstipTekst(dossier.tijdstipRegistratie)],
          ...(dossier.tijdstipGesloten ? [['Gesloten op', tijdstipTekst(dossier.tijdstipGesloten)] as [string, Child]] : []),
        ]} />
        {persoon ? <><Kop niveau={3}>Persoonsgegevens</Kop>{persoon}</> : null}
      </>
    ),
  });

  // ---- signals ----
  if (mag(c, 'signalen.lezen')) {
    const signalen = (await lijstSignalen(useCase(c, 'signalen.lezen'), dossier.id, MAX)).slice(0, MAX);
    verwerkt(c, 'signalen.lezen', [dossier.id]);
    secties.push({
      id: 'signalen', titel: 'Signalen', inhoud: (
        <>
          <Tabel bijschrift="Signalen" koppen={['Ontvangen', 'Bron', 'Vorm', 'Plaats', 'Indicatoren', 'Weging', 'Door']} leeg="Nog geen signalen."
            rijen={signalen.map((s) => {
              const schaal = s.weging ? wegingsschalen[s.weging.schaal as Wegingsschaal] : undefined;
              return [datumTekst(s.ontvangstdatum), lbl(bronnen, s.bron), lbls(uitbuitingsvormen, s.uitbuitingsvormen), lbl(locaties, s.locatie),
                lbls(indicatoren, s.indicatoren), schaal ? `${(schaal.waarden as Record<string, string>)[s.weging!.waarde] ?? s.weging!.waarde} (${schaal.label})` : '—', org(s.organisatieId)];
            })} />
          {mag(c, 'signalen.vastleggen') ? <Knoppen><KnopKoppeling soort="secundair" href={`/dossiers/${dossier.id}/signalen/nieuw`}>Signaal toevoegen</KnopKoppeling></Knoppen> : null}
        </>
      ),
    });
  }

  // ---- assessments ----
  if (mag(c, 'beoordelingen.lezen')) {
    const rijen = (await lijstBeoordelingen(useCase(c, 'beoordelingen.lezen'), dossier.id, MAX)).slice(0, MAX);
    verwerkt(c, 'beoordelingen.lezen', [dossier.id]);
    secties.push({
      id: 'beoordelingen', titel: 'Beoordelingen van de geringste aanwijzing', inhoud: (
        <>
          <Tabel bijschrift="Beoordelingen" koppen={['Datum', 'Geringste aanwijzing', 'Elementen', 'Informatief gesprek', 'Redenen en toelichting', 'Door']} leeg="Nog geen beoordeling."
            rijen={rijen.map(({ beoordeling: b, vervangenDoor }) => [
              datumTekst(b.beoordelingsdatum),
              <>{lbl(resultatenBeoordeling, b.resultaat)}{vervangenDoor ? <span class="nrm-label"> vervangen</span> : null}</>,
              [b.elementen.handeling ? 'handeling' : null, b.elementen.middel ? 'middel' : null, b.elementen.oogmerk ? 'oogmerk' : null].filter(Boolean).join(', ') || 'geen',
              b.informatiefGesprek.gevoerd ? `Gevoerd op ${datumTekst(b.informatiefGesprek.datum)}` : 'Niet gevoerd',
              b.resultaat === 'niet_vastgesteld' ? `${lbls(redenenNietVastgesteld, b.redenen)}${b.toelichting ? `. ${b.toelichting}` : ''}` : '—',
              org(b.organisatieId),
            ])} />
          {mag(c, 'beoordelingen.vastleggen') ? <Knoppen><KnopKoppeling soort="secundair" href={`/dossiers/${dossier.id}/beoordelingen/nieuw`}>Beoordeling vastleggen</KnopKoppeling></Knoppen> : null}
        </>
      ),
    });
  }

  // ---- bedenktijd ----
  if (mag(c, 'bedenktijden.lezen')) {
    const bedenktijden = await bedenktijdenVanDossier(useCase(c, 'bedenktijden.lezen'), dossier.id);
    verwerkt(c, 'bedenktijden.lezen', [dossier.id]);
    const adviezen = mag(c, 'bedenktijdadviezen.lezen') ? await adviezenVanDossier(useCase(c, 'bedenktijdadviezen.lezen'), dossier.id) : [];
    if (adviezen.length) verwerkt(c, 'bedenktijdadviezen.lezen', [dossier.id]);
    const open = bedenktijden.some((b) => OPEN_STATUSSEN.includes(b.status as BedenktijdStatus));
    const kanAanbieden = mag(c, 'bedenktijden.aanbieden') && !magBedenktijdAanbieden(p.organisatieType, p.rol) && !open;
    const kanAdviseren = mag(c, 'bedenktijdadviezen.vastleggen') && !magBedenktijdAdviseren(p.organisatieType, p.rol) && !open && !adviezen.some((a) => a.status === 'open');
    secties.push({
      id: 'bedenktijd', titel: 'Bedenktijd (B8/3)', inhoud: (
        <>
          {bedenktijden.length === 0 ? <p class="nl-paragraph nrm-leeg">Er is geen bedenktijd aangeboden.</p> : bedenktijden.map((b) => (
            <div class="nrm-bedenktijd">
              <Gegevens rijen={[
                ['Status', lbl(bedenktijdStatussen, b.status)],
                ['Aangeboden op', `${datumTekst(b.aanbiedingsdatum)} door ${org(b.aanbiedendeOrganisatieId)}`],
                ...(b.reactie ? [['Reactie', `${lbl(reacties, b.reactie)} op ${datumTekst(b.reactiedatum)}${b.opvangGewenst === true ? '; wil opvang' : b.opvangGewenst === false ? '; wil geen opvang' : ''}`] as [string, Child]] : []),
                ...(b.ingangsdatum ? [['Ingegaan op', datumTekst(b.ingangsdatum)] as [string, Child]] : []),
                ...(b.uiterlijkeEinddatum ? [['Loopt tot en met', <>{datumTekst(b.uiterlijkeEinddatum)}{b.status === 'lopend' ? <> — <Termijn vandaag={dag} einddatum={b.uiterlijkeEinddatum} /></> : null}</>] as [string, Child]] : []),
                ...(b.beleidsregel ? [['Beleidsregel', BELEIDSREGELS.find((r) => r.code === b.beleidsregel)?.omschrijving ?? b.beleidsregel] as [string, Child]] : []),
                ...(b.einddatum ? [['Geëindigd op', `${datumTekst(b.einddatum)}: ${lbl(beeindigingsredenen, b.beeindigingsreden)}`] as [string, Child]] : []),
              ]} />
              <Knoppen>
                {b.status === 'aangeboden' && mag(c, 'bedenktijden.reactie') ? <KnopKoppeling href={`/bedenktijden/${b.id}/reactie`}>Reactie vastleggen</KnopKoppeling> : null}
                {b.status === 'lopend' && mag(c, 'bedenktijden.beeindigen') ? <KnopKoppeling soort="secundair" href={`/bedenktijden/${b.id}/beeindiging`}>Vroegtijdig beëindigen</KnopKoppeling> : null}
              </Knoppen>
            </div>
          ))}
          {adviezen.length > 0 ? (
            <>
              <Kop niveau={3}>Bedenktijd-adviezen van de NLA</Kop>
              <Tabel bijschrift="Bedenktijd-adviezen" koppen={['Van', 'Aan', 'Op', 'Status']} leeg=""
                rijen={adviezen.map((a) => [org(a.organisatieId), org(a.ontvangendeOrganisatieId), tijdstipTekst(a.tijdstipAangemaakt), lbl(adviesStatussen, a.status)])} />
            </>
          ) : null}
          <Knoppen>
            {kanAanbieden ? <KnopKoppeling href={`/dossiers/${dossier.id}/bedenktijden/nieuw`}>Bedenktijd aanbieden</KnopKoppeling> : null}
            {kanAdviseren ? <KnopKoppeling href={`/dossiers/${dossier.id}/bedenktijd-adviezen/nieuw`}>Bedenktijd adviseren aan politie of KMar</KnopKoppeling> : null}
          </Knoppen>
        </>
      ),
    });
  }

  // ---- criminal track ----
  if (mag(c, 'strafrecht.lezen')) {
    const rijen = (await lijstGebeurtenissen(useCase(c, 'strafrecht.lezen'), dossier.id, MAX)).slice(0, MAX);
    verwerkt(c, 'strafrecht.lezen', [dossier.id]);
    secties.push({
      id: 'strafrecht', titel: 'Strafrechtelijk spoor', inhoud: (
        <>
          <Alinea klein>Het strafrechtelijk spoor verandert de identificatiestatus niet.</Alinea>
          <Tabel bijschrift="Strafrechtelijke gebeurtenissen" koppen={['Datum', 'Gebeurtenis', 'Redenen', 'Door']} leeg="Nog geen gebeurtenissen."
            rijen={rijen.map((g) => [datumTekst(g.datum), lbl(strafrechtelijkeSoortLabels, g.soort as StrafrechtelijkeSoort), lbls(redenenGeenOpsporing, g.redenen), org(g.organisatieId)])} />
          {mag(c, 'strafrecht.vastleggen') ? <Knoppen><KnopKoppeling soort="secundair" href={`/dossiers/${dossier.id}/strafrechtelijke-gebeurtenissen/nieuw`}>Gebeurtenis vastleggen</KnopKoppeling></Knoppen> : null}
        </>
      ),
    });
  }

  // ---- residence track ----
  if (mag(c, 'verblijf.lezen')) {
    const rijen = (await lijstVerblijfsbesluiten(useCase(c, 'verblijf.lezen'), dossier.id, MAX)).slice(0, MAX);
    verwerkt(c, 'verblijf.lezen', [dossier.id]);
    secties.push({
      id: 'verblijf', titel: 'Verblijfsspoor', inhoud: (<>
        <Tabel bijschrift="Verblijfsbesluiten van de IND" koppen={['Datum', 'Besluit', 'Geldig tot en met']} leeg="Nog geen verblijfsbesluiten van de IND."
          rijen={rijen.map((v) => [datumTekst(v.datum), lbl(verblijfsbesluitLabels, v.soort as VerblijfsbesluitSoort), datumTekst(v.geldigTot)])} />
        {mag(c, 'verblijf.vastleggen') ? <Knoppen><KnopKoppeling soort="secundair" href={`/dossiers/${dossier.id}/verblijfsbesluiten/nieuw`}>Verblijfsbesluit vastleggen</KnopKoppeling></Knoppen> : null}
      </>),
    });
  }

  // ---- referrals ----
  if (mag(c, 'verwijzingen.lezen')) {
    const rijen = (await verwijzingenVanDossier(useCase(c, 'verwijzingen.lezen'), dossier.id, MAX)).slice(0, MAX);
    verwerkt(c, 'verwijzingen.lezen', [dossier.id]);
    secties.push({
      id: 'verwijzingen', titel: 'Verwijzingen', inhoud: (
        <>
          <Tabel bijschrift="Verwijzingen" koppen={['Verwezen op', 'Doel', 'Van', 'Naar', 'Urgentie', 'Toestemming', 'Status']} leeg="Nog geen verwijzingen."
            rijen={rijen.map(({ verwijzing: v }) => [
              tijdstipTekst(v.tijdstipVerwezen), lbl(verwijzingDoelen, v.doel), org(v.verwijzendeOrganisatieId), org(v.ontvangendeOrganisatieId),
              lbl(urgenties, v.urgentie), lbl(toestemmingen, v.toestemming),
              <>{lbl(verwijzingStatussen, v.status)}{achterstalligVoor(c.var.deps, v) ? <span class="nrm-label nrm-label--let-op"> achterstallig</span> : null}</>,
            ])} />
          {mag(c, 'verwijzingen.aanmaken') ? <Knoppen><KnopKoppeling soort="secundair" href={`/dossiers/${dossier.id}/verwijzingen/nieuw`}>Verwijzen</KnopKoppeling></Knoppen> : null}
        </>
      ),
    });
  }

  // ---- timeline ----
  if (mag(c, 'tijdlijn.lezen')) {
    const regels = (await tijdlijn(useCase(c, 'tijdlijn.lezen'), dossier.id, MAX)).slice(0, MAX);
    verwerkt(c, 'tijdlijn.lezen', [dossier.id]);
    secties.push({
      id: 'tijdlijn', titel: 'Tijdlijn', inhoud: regels.length === 0 ? <p class="nl-paragraph nrm-leeg">Geen gebeurtenissen.</p> : (
        <ol class="nrm-tijdlijn">
          {regels.map(({ item }) => <li><strong>{datumTekst(item.datum)}</strong> — {leesbaar(item.omschrijving)}{item.organisatieNaam ? ` (${item.organisatieNaam})` : ''}</li>)}
        </ol>
      ),
    });
  }

  const gedaan = GEDAAN[c.req.query('gedaan') ?? ''];
  return toon(c, (
    <Layout titel={`Dossier ${dossier.dossiernummer}`} sessie={sessie} menu="dossier">
      <Kop>Dossier {dossier.dossiernummer}</Kop>
      <Alinea>{lbl(identificatiestatussen, dossier.identificatiestatus)}</Alinea>
      {gedaan ? <Melding soort="ok" rol="status">{gedaan}</Melding> : null}
      <nav aria-label="Onderdelen van het dossier">
        <ul class="nrm-inhoudsopgave">{secties.map((s) => <li><a class="nl-link" href={`#${s.id}`}>{s.titel}</a></li>)}</ul>
      </nav>
      {secties.map((s) => <Sectie id={s.id} titel={s.titel}>{s.inhoud}</Sectie>)}
    </Layout>
  ));
}

export const dossierRoutes = new Hono<WebEnv>().get('/dossiers/:dossierId', pagina('dossiers.lezen'), (c) => dossierpagina(c));
