// Beheer (issue 15): run the background jobs once — the same voerJobsUit as `npm run beheer --
// jobs-uitvoeren` and the scheduler — and the state of the webhook deliveries: notifications that
// could not be delivered (lijstVerzonden, which shows the beheerder kinds, organisations and states,
// never which dossier: docs/toegangsmodel.md) and every organisation's subscriptions with their state.
// Every job audits what it changes itself.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { kennisgevingSoorten } from '../../domain/catalogus.js';
import { voerJobsUit } from '../../jobs/index.js';
import { lijstVerzonden } from '../../modules/abonnementen/afleveringen.service.js';
import { abonnementenVoorBeheer } from '../../modules/abonnementen/abonnementen.service.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Formulier, Knop, Knoppen, Kop, Melding, Tabel } from '../opmaak/componenten.js';
import { Layout, toon } from '../opmaak/layout.js';
import { tijdstipTekst } from '../opmaak/tekst.js';
import { pagina, useCase } from '../pagina.js';

const JOBNAMEN: Record<string, string> = {
  'bedenktijd-verlopen': 'Verlopen bedenktijden afsluiten', 'bedenktijd-herinneringen': 'Herinneringen aflopende bedenktijden',
  'leeftijd-bijwerken': 'Leeftijdscategorie bijwerken', 'idempotentie-opruimen': 'Oude idempotentiesleutels opruimen',
  'snelheidsvensters-opruimen': 'Oude snelheidstellers opruimen', 'verwerkingslog-opruimen': 'Oud logboek dataverwerkingen opruimen', bewaartermijn: 'Bewaartermijnen (wissen na afloop)',
  'webhook-aflevering': 'Webhooks afleveren', 'audit-anker': 'Audittrail verankeren',
};

/** A job's report in words: its counts as "name: value", a failure as its message. */
function rapportTekst(r: unknown): string {
  if (r === null || typeof r !== 'object') return String(r ?? '—');
  const o = r as Record<string, unknown>;
  if ('fout' in o) return `Mislukt: ${String(o.fout)}`;
  const delen = Object.entries(o).filter(([, v]) => typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean').map(([k, v]) => `${k}: ${String(v)}`);
  return delen.length > 0 ? delen.join(', ') : 'Uitgevoerd';
}

async function toonJobs(c: Context<WebEnv>, rapport?: Record<string, unknown>) {
  const sessie = c.var.sessie!;
  const abonnementen = await abonnementenVoorBeheer(useCase(c, 'beheer.jobs'));
  const onafleverbaar = await lijstVerzonden(useCase(c, 'afleveringen.lezen'), { status: 'niet_afleverbaar' }, 200);
  const mislukt = rapport ? Object.values(rapport).filter((r) => typeof r === 'object' && r !== null && 'fout' in r).length : 0;
  return toon(c, (
    <Layout titel="Jobs en webhooks" sessie={sessie} menu="jobs">
      <Kop>Jobs en webhooks</Kop>
      <Alinea>De achtergrondjobs lopen vanzelf. Hier voert u ze één keer direct uit, bijvoorbeeld na een storing. Hetzelfde kan met <code>npm run beheer -- jobs-uitvoeren</code>.</Alinea>
      <Formulier actie="/beheer/jobs" csrf={sessie.csrfToken} label="Jobs uitvoeren">
        <Knoppen><Knop>Alle jobs één keer uitvoeren</Knop></Knoppen>
      </Formulier>
      {rapport ? (
        <section class="nrm-sectie" aria-labelledby="rapport-kop">
          <Kop niveau={2} id="rapport-kop">Rapport</Kop>
          {mislukt === 0 ? <Melding soort="ok" rol="status" titel="Alle jobs zijn uitgevoerd" /> : <Melding soort="error" rol="alert" titel={`${mislukt} job(s) mislukt`}>De volgende run probeert ze opnieuw.</Melding>}
          <Tabel bijschrift="Rapport per job" koppen={['Job', 'Uitkomst']} leeg="" rijen={Object.entries(rapport).map(([naam, r]) => [JOBNAMEN[naam] ?? naam, rapportTekst(r)])} />
        </section>
      ) : null}
      <section class="nrm-sectie" aria-labelledby="abonnementen-kop">
        <Kop niveau={2} id="abonnementen-kop">Webhook-abonnementen</Kop>
        <Tabel bijschrift="Webhook-abonnementen van alle organisaties" koppen={['Organisatie', 'Adres', 'Soorten', 'Stand']}
          leeg="Geen organisatie heeft een webhook-abonnement."
          rijen={abonnementen.map((a) => [
            a.organisatie, a.callbackUrl, a.soorten.map((s) => kennisgevingSoorten[s as keyof typeof kennisgevingSoorten] ?? s).join(', '),
            <AbonnementStand status={a.status} redenGestopt={a.redenGestopt} bevestigingsfout={a.bevestigingsfout} />,
          ])} />
      </section>
      <section class="nrm-sectie" aria-labelledby="webhooks-kop">
        <Kop niveau={2} id="webhooks-kop">Niet afleverbare kennisgevingen</Kop>
        <Tabel bijschrift="Kennisgevingen waarvan een webhook-aflevering opgaf" koppen={['Kennisgeving', 'Aan', 'Verstuurd', 'Afleveringen']}
          leeg="Alle webhook-afleveringen zijn gelukt of lopen nog."
          rijen={onafleverbaar.slice(0, 200).map((k) => [
            kennisgevingSoorten[k.soort], k.ontvangerOrganisatieNaam, tijdstipTekst(k.tijdstipAangemaakt),
            `${k.afleveringen.afgeleverd} afgeleverd, ${k.afleveringen.nietAfleverbaar} niet afleverbaar, ${k.afleveringen.wachtend} wachtend`,
          ])} />
      </section>
    </Layout>
  ));
}

export const jobRoutes = new Hono<WebEnv>()
  .get('/beheer/jobs', pagina('beheer.jobs'), (c) => toonJobs(c))
  .post('/beheer/jobs', pagina('beheer.jobs'), async (c) => {
    const { db, clock, config, logger, ids, opzoeker } = c.var.deps;
    return toonJobs(c, await voerJobsUit({ db, clock, config, logger, ids, ...(opzoeker ? { opzoeker } : {}) }));
  });

/** A subscription's state for the beheerder: active, waiting for its receiver's handshake (and why), or stopped (and why). */
function AbonnementStand({ status, redenGestopt, bevestigingsfout }: { status: string; redenGestopt: string | null; bevestigingsfout: string | null }) {
  if (status === 'actief') return <span class="nrm-label">Actief</span>;
  if (status === 'wacht_op_bevestiging') {
    return <span class="nrm-label nrm-label--let-op">Wacht op bevestiging door de ontvanger{bevestigingsfout ? `: ${bevestigingsfout}` : ''}</span>;
  }
  return <span class="nrm-label nrm-label--let-op">Gestopt{redenGestopt ? `: ${redenGestopt}` : ''}</span>;
}
