// "Mijn werk", the start page: what ends soon and what waits for the signed-in organisation, each row
// linking to its dossier. Every list comes from the use case the API uses for it; what a role sees
// follows from the permission matrix.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { Hono } from 'hono';
import { addDays, format, parseISO } from 'date-fns';
import { kennisgevingSoorten, rollen } from '../../domain/catalogus.js';
import { amsterdamseDatum } from '../../domain/kalender.js';
import { verwijzingDoelen } from '../../domain/labels.js';
import { leesDossier } from '../../modules/dossiers/dossiers.service.js';
import { werklijst, nietAangebodenSignaleringen } from '../../modules/bedenktijden/bedenktijden.service.js';
import { adviezenVoorOrganisatie } from '../../modules/bedenktijd-adviezen/bedenktijd-adviezen.service.js';
import { lijstVerzonden } from '../../modules/abonnementen/afleveringen.service.js';
import { openVerzondenVerwijzingen } from '../../modules/verwijzingen/verzonden-verwijzingen.service.js';
import type { UseCaseContext } from '../../context.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Kop, Koppeling, Tabel } from '../opmaak/componenten.js';
import { Layout, toon } from '../opmaak/layout.js';
import { dagenTot, datumTekst, resterendTekst, tijdstipTekst } from '../opmaak/tekst.js';
import { mag, pagina, useCase, verwerkt } from '../pagina.js';

/** docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: the first reminder comes 14 days before the end; the list looks as far ahead. */
const VENSTER_DAGEN = 14;
/** At three days or fewer a deadline is shown as urgent (the second reminder, docs/beslissingen/0016-kennisgevingen-per-ontvanger.md). */
const DRINGEND_DAGEN = 3;
const MAX_RIJEN = 100;

export const vandaag = (c: Context<WebEnv>) => amsterdamseDatum(c.var.deps.clock.now());

const DossierLink = (p: { id: string; nummer: string }) => <a class="nl-link" href={`/dossiers/${p.id}`}>{p.nummer}</a>;

/** The dossier numbers of dossiers the caller may see (each read through the use case, so access holds). */
async function dossiernummers(ctx: UseCaseContext, ids: Array<string | null>): Promise<Map<string, string>> {
  const nummers = new Map<string, string>();
  for (const id of new Set(ids.filter((i): i is string => Boolean(i)))) {
    try {
      nummers.set(id, (await leesDossier(ctx, id)).dossiernummer);
    } catch { /* no longer visible: the row links nowhere */ }
  }
  return nummers;
}

export const Termijn = (p: { vandaag: string; einddatum: string }) => {
  const dagen = dagenTot(p.vandaag, p.einddatum);
  const dringend = dagen <= DRINGEND_DAGEN;
  return (
    <span class={`nrm-termijn${dringend ? ' nrm-termijn--dringend' : ''}`}>
      {dringend ? <span class="nrm-verborgen">Dringend: </span> : null}{resterendTekst(p.vandaag, p.einddatum)}
    </span>
  );
};

async function mijnWerk(c: Context<WebEnv>) {
  const sessie = c.var.sessie!;
  const p = sessie.principal;
  const dag = vandaag(c);
  const secties: Child[] = [];

  // 1. Running bedenktijden of my organisation that end within 14 days.
  if (mag(c, 'bedenktijden.aanbieden') && mag(c, 'bedenktijden.lezen')) {
    const ctx = useCase(c, 'bedenktijden.lezen');
    const tot = format(addDays(parseISO(dag), VENSTER_DAGEN), 'yyyy-MM-dd');
    const rijen = (await werklijst(ctx, { status: 'lopend', uiterlijkeEinddatumTot: tot, organisatieId: p.organisatieId }, MAX_RIJEN)).slice(0, MAX_RIJEN);
    const nummers = await dossiernummers(useCase(c, 'dossiers.lezen'), rijen.map((b) => b.dossierId));
    verwerkt(c, 'bedenktijden.lezen', rijen.map((b) => b.dossierId));
    secties.push(
      <section class="nrm-sectie" aria-labelledby="bedenktijden-kop">
        <Kop niveau={2} id="bedenktijden-kop">Bedenktijden die binnen {VENSTER_DAGEN} dagen eindigen</Kop>
        <Tabel bijschrift={`Lopende bedenktijden van ${p.organisatieNaam} die binnen ${VENSTER_DAGEN} dagen eindigen`}
          koppen={['Dossier', 'Loopt tot en met', 'Resterend', 'Ingegaan op']}
          leeg={`Geen lopende bedenktijden die binnen ${VENSTER_DAGEN} dagen eindigen.`}
          rijen={rijen.map((b) => [
            <DossierLink id={b.dossierId} nummer={nummers.get(b.dossierId) ?? 'Dossier'} />,
            datumTekst(b.uiterlijkeEinddatum), <Termijn vandaag={dag} einddatum={b.uiterlijkeEinddatum!} />, datumTekst(b.ingangsdatum),
          ])} />
      </section>,
    );
  }

  // 2. The alert list: established geringste aanwijzing, no offer yet (docs/beslissingen/0014-wie-biedt-aan.md).
  if (mag(c, 'bedenktijdsignaleringen.lezen')) {
    const { signaleringen } = await nietAangebodenSignaleringen(useCase(c, 'bedenktijdsignaleringen.lezen'), MAX_RIJEN);
    verwerkt(c, 'bedenktijdsignaleringen.lezen', signaleringen.map((s) => s.dossierId));
    secties.push(
      <section class="nrm-sectie" aria-labelledby="signaleringen-kop">
        <Kop niveau={2} id="signaleringen-kop">Geringste aanwijzing vastgesteld, nog geen bedenktijd aangeboden</Kop>
        <Tabel bijschrift="Dossiers met een vastgestelde geringste aanwijzing zonder aanbod van de bedenktijd"
          koppen={['Dossier', 'Vastgesteld op', 'Dagen zonder aanbod']}
          leeg="Geen dossiers die op een aanbod wachten."
          rijen={signaleringen.map((s) => [
            <DossierLink id={s.dossierId} nummer={s.dossiernummer} />, datumTekst(s.beoordelingsdatum),
            <span class="nrm-label nrm-label--let-op">{s.dagenZonderAanbod} dagen</span>,
          ])} />
        {signaleringen.length > 0 ? <Alinea klein>Zaakskansen of uitbuiting in het buitenland zijn geen reden om af te zien van een aanbod (B8/3 Vc 2000).</Alinea> : null}
      </section>,
    );
  }

  // 3. Open NLA advice: to take over (police, KMar) or still open (NLA, the adviser).
  if (mag(c, 'bedenktijdadviezen.lezen')) {
    const ctx = useCase(c, 'bedenktijdadviezen.lezen');
    const adviezen = (await adviezenVoorOrganisatie(ctx, { status: 'open' }, MAX_RIJEN)).slice(0, MAX_RIJEN);
    const ontvangen = adviezen.filter((a) => a.ontvangendeOrganisatieId === p.organisatieId);
    const gegeven = adviezen.filter((a) => a.organisatieId === p.organisatieId);
    const lijst = p.organisatieType === 'nla' ? gegeven : ontvangen;
    const nummers = await dossiernummers(useCase(c, 'dossiers.lezen'), lijst.map((a) => a.dossierId));
    verwerkt(c, 'bedenktijdadviezen.lezen', lijst.map((a) => a.dossierId));
    if (p.organisatieType !== 'nla' || gegeven.length > 0) {
      secties.push(
        <section class="nrm-sectie" aria-labelledby="adviezen-kop">
          <Kop niveau={2} id="adviezen-kop">{p.organisatieType === 'nla' ? 'Mijn open bedenktijd-adviezen' : 'Open bedenktijd-adviezen van de NLA'}</Kop>
          <Tabel bijschrift="Open bedenktijd-adviezen" koppen={['Dossier', 'Advies van', 'Sinds']}
            leeg="Geen open adviezen."
            rijen={lijst.map((a) => [
              <DossierLink id={a.dossierId} nummer={nummers.get(a.dossierId) ?? 'Dossier'} />,
              p.organisatieType === 'nla' ? 'Uw organisatie' : 'NLA Opsporing', tijdstipTekst(a.tijdstipAangemaakt),
            ])} />
        </section>,
      );
    }
  }

  // 4. My referrals still unanswered, overdue ones marked.
  if (mag(c, 'verwijzingen.aanmaken')) {
    const rijen = await openVerzondenVerwijzingen(useCase(c, 'verwijzingen.lezen'), MAX_RIJEN);
    verwerkt(c, 'verwijzingen.lezen', rijen.map((r) => r.verwijzing.dossierId));
    secties.push(
      <section class="nrm-sectie" aria-labelledby="verwijzingen-kop">
        <Kop niveau={2} id="verwijzingen-kop">Mijn verwijzingen zonder antwoord</Kop>
        <Tabel bijschrift="Verwijzingen van uw organisatie die nog open staan" koppen={['Dossier', 'Naar', 'Doel', 'Verwezen op', 'Stand']}
          leeg="Alle verwijzingen zijn beantwoord."
          rijen={rijen.map((r) => [
            <DossierLink id={r.verwijzing.dossierId} nummer={r.dossiernummer} />, r.ontvanger, verwijzingDoelen[r.verwijzing.doel as keyof typeof verwijzingDoelen],
            tijdstipTekst(r.verwijzing.tijdstipVerwezen),
            r.achterstallig ? <span class="nrm-label nrm-label--let-op">Achterstallig</span> : <span class="nrm-label">Wacht op antwoord</span>,
          ])} />
      </section>,
    );
  }

  // 5. My M55s that the IND has not acknowledged in time (the sender's escalation list).
  if (mag(c, 'afleveringen.lezen') && mag(c, 'bedenktijden.aanbieden')) {
    const ctx = useCase(c, 'afleveringen.lezen');
    const rijen = await lijstVerzonden(ctx, { status: 'onbevestigd' }, MAX_RIJEN);
    const nummers = await dossiernummers(useCase(c, 'dossiers.lezen'), rijen.map((r) => r.dossierId));
    verwerkt(c, 'afleveringen.lezen', rijen.map((r) => r.dossierId));
    secties.push(
      <section class="nrm-sectie" aria-labelledby="m55-kop">
        <Kop niveau={2} id="m55-kop">M55-kennisgevingen die de IND nog niet heeft bevestigd</Kop>
        <Tabel bijschrift="Onbevestigde M55-kennisgevingen van uw organisatie" koppen={['Dossier', 'Kennisgeving', 'Aan', 'Verstuurd']}
          leeg="Alle M55-kennisgevingen zijn op tijd bevestigd."
          rijen={rijen.slice(0, MAX_RIJEN).map((r) => [
            r.dossierId && nummers.has(r.dossierId) ? <DossierLink id={r.dossierId} nummer={nummers.get(r.dossierId)!} /> : '—',
            kennisgevingSoorten[r.soort], r.ontvangerOrganisatieNaam, tijdstipTekst(r.tijdstipAangemaakt),
          ])} />
      </section>,
    );
  }

  return toon(c, (
    <Layout titel="Mijn werk" sessie={sessie} menu="werk">
      <Kop>Mijn werk</Kop>
      <Alinea>Vandaag is het {datumTekst(dag)}. U werkt als {rollen[p.rol]} van {p.organisatieNaam}.</Alinea>
      {secties.length > 0 ? secties : (
        <Alinea>Voor uw rol zijn er hier nog geen werklijsten. Zie <Koppeling href="/help">Help en rollen</Koppeling> voor wat uw rol kan doen.</Alinea>
      )}
    </Layout>
  ));
}

export const werkRoutes = new Hono<WebEnv>().get('/', pagina('web.werkoverzicht'), (c) => mijnWerk(c));
