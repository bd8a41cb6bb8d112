// The expiry job (docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md; README.md "Benchmark" third budget): one call of bedenktijdVerlopen, the same function
// Node runs on an interval and Workers from cron, over N running bedenktijden whose end date has
// passed. Each expiry writes the status, an audit row and `bedenktijd_verlopen` for IND and COA.
import type { Database } from '../../src/db/client.js';
import { bedenktijdVerlopen } from '../../src/jobs/bedenktijd-verlopen.js';
import type { AppDeps } from '../../src/context.js';
import type { RuweSql } from './omgeving.js';
import { sinds } from './statistiek.js';

export interface VerloopResultaat {
  seconden: number;
  gemeld: number;
  verlopenInDatabase: number;
  kennisgevingenIndCoa: number;
}

export async function meetVerloopjob(database: Database, ruw: RuweSql, deps: AppDeps): Promise<VerloopResultaat> {
  const start = performance.now();
  const rapport = await bedenktijdVerlopen({ db: database.db, clock: deps.clock, config: deps.config, logger: deps.logger, ids: deps.ids });
  const seconden = sinds(start) / 1000;
  // Check that the work was really done: every seeded bedenktijd verlopen, two notifications each.
  const [telling] = await ruw`
    select
      (select count(*) from bedenktijden b join bench_verlopen v on v.dossier_id = b.dossier_id where b.status = 'verlopen')::int as verlopen,
      (select count(*) from kennisgevingen k join bench_verlopen v on v.dossier_id = k.dossier_id where k.soort = 'bedenktijd_verlopen')::int as kennisgevingen`;
  return { seconden, gemeld: rapport.verlopen, verlopenInDatabase: telling!.verlopen as number, kennisgevingenIndCoa: telling!.kennisgevingen as number };
}
