// Background jobs (docs/architectuur.md §1): plain functions (deps) => report. Node calls voerJobsUit on an
// interval, Workers from cron, `npm run beheer -- jobs-uitvoeren` once, tests directly. Every job
// must be idempotent and safe while other instances run the same job.
import type { Config } from '../config.js';
import type { Clock, IdGenerator, Logger } from '../context.js';
import type { Db } from '../db/client.js';
import { auditAnker } from './audit-anker.js';
import type { Opzoeker } from '../webhooks/adresbeleid.js';
import type { Transport } from '../webhooks/transport.js';
import { bedenktijdHerinneringen } from './bedenktijd-herinneringen.js';
import { bedenktijdVerlopen } from './bedenktijd-verlopen.js';
import { bewaartermijn } from './bewaartermijn.js';
import { idempotentieOpruimen } from './idempotentie-opruimen.js';
import { leeftijdBijwerken } from './leeftijd-bijwerken.js';
import { veiligeFoutmelding } from '../observability/foutmelding.js';
import { snelheidsvenstersOpruimen } from './snelheidsvensters-opruimen.js';
import { verwerkingslogOpruimen } from './verwerkingslog-opruimen.js';
import { webhookAflevering } from './webhook-aflevering.js';

export interface JobDeps {
  db: Db; clock: Clock; config: Config; logger: Logger; ids: IdGenerator;
  /** Resolves webhook host names; default the operating system's resolver (tests inject one). */
  opzoeker?: Opzoeker;
  /** Sends a webhook POST to a checked address; default node:http(s) pinned to that address. */
  webhookTransport?: Transport;
}

export type Job = (deps: JobDeps) => Promise<Record<string, unknown>>;

/** Every job by name, run in this order. A new job is one line here. */
export const jobs: Readonly<Record<string, Job>> = {
  'bedenktijd-verlopen': bedenktijdVerlopen,
  'bedenktijd-herinneringen': bedenktijdHerinneringen,
  'leeftijd-bijwerken': leeftijdBijwerken,
  'idempotentie-opruimen': idempotentieOpruimen,
  'snelheidsvensters-opruimen': snelheidsvenstersOpruimen,
  'verwerkingslog-opruimen': verwerkingslogOpruimen,
  bewaartermijn,
  'webhook-aflevering': webhookAflevering,
  // Last: its anchors then include the audit rows the jobs above wrote.
  'audit-anker': auditAnker,
};

/** Runs every job once; returns each job's report, or `{ fout }` for a job that failed. */
export async function voerJobsUit(deps: JobDeps): Promise<Record<string, unknown>> {
  const rapport: Record<string, unknown> = {};
  // One after another, not in parallel: PGlite has a single connection, and on PostgreSQL the jobs
  // should not take several pool connections away from requests.
  for (const [naam, job] of Object.entries(jobs)) {
    try {
      rapport[naam] = await job(deps);
    } catch (err) {
      // One failing job must not stop the others; the next run tries it again.
      const fout = veiligeFoutmelding(err);
      deps.logger.error({ job: naam, fout }, 'Job mislukt');
      rapport[naam] = { fout };
    }
  }
  return rapport;
}
