// Node server: choose the database, migrate under an advisory lock, seed the demo on first start
// (embedded PGlite only), serve, and run the background jobs on an interval (docs/architectuur.md §1). On
// SIGTERM or SIGINT it shuts down gracefully (src/afsluiten.ts).
import { chmod, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { count } from 'drizzle-orm';
import { createApp } from './app.js';
import { parseConfig } from './config.js';
import { randomIds, systemClock, type AppDeps } from './context.js';
import { DatabaseInGebruik } from './db/ingebouwd.js';
import { openDatabase } from './db/openen.js';
import { sluitGracieus, volgVerzoeken, type Herhaling } from './afsluiten.js';
import { expectedMigrationCount, migrate } from './db/migrate.js';
import { organisaties } from './db/schema.js';
import { voerJobsUit } from './jobs/index.js';
import { webhookAflevering } from './jobs/webhook-aflevering.js';
import { veiligeFoutmelding } from './observability/foutmelding.js';
import { maakDemoOrganisaties } from './seed/demo.js';
import { jwtInstellingen } from './access/jwt.js';

const config = parseConfig(process.env);
const logger = pino({ level: config.LOG_LEVEL, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });

/** First start on PGlite: demo organisations and one key per fitting role, in data/demo-keys.json (mode 600). */
async function zaaiDemo(deps: AppDeps): Promise<string | null> {
  const bestand = path.resolve(config.DATA_DIR, 'demo-keys.json');
  const [{ aantal }] = await deps.db.select({ aantal: count() }).from(organisaties) as [{ aantal: number }];
  if (aantal > 0) return bestand;
  const { sleutels } = await maakDemoOrganisaties(deps);
  const inhoud = sleutels.map(({ organisatie, organisatieType, rol, sleutel }) => ({ organisatie, organisatieType, rol, sleutel }));
  await writeFile(bestand, `${JSON.stringify(inhoud, null, 2)}\n`, { mode: 0o600 });
  await chmod(bestand, 0o600);
  logger.info({ organisaties: new Set(sleutels.map((s) => s.organisatie)).size, sleutels: sleutels.length }, 'demo-organisaties aangemaakt');
  return bestand;
}

/** Runs `werk` now and every `seconden`, never overlapping itself; logs the report or the error. */
function herhaal(naam: string, seconden: number, werk: () => Promise<unknown>): Herhaling {
  let lopend: Promise<void> | null = null;
  let gestopt = false;
  const draai = () => {
    if (lopend || gestopt) return;
    lopend = (async () => {
      try {
        logger.debug({ [naam]: await werk() }, `${naam} uitgevoerd`);
      } catch (err) {
        logger.error({ fout: veiligeFoutmelding(err) }, `${naam} mislukt`);
      }
    })().finally(() => { lopend = null; });
  };
  draai();
  const timer = setInterval(draai, seconden * 1000);
  return {
    naam,
    stop() {
      gestopt = true;
      clearInterval(timer);
      return lopend ?? Promise.resolve();
    },
  };
}

async function main() {
  const database = await openDatabase(config, 'server');
  await migrate(database);
  const afsluitvlag = { bezig: false };
  const deps: AppDeps = {
    afsluiten: afsluitvlag,
    db: database.db, asynchroon: database.asynchroon, clock: systemClock, ids: randomIds, config, logger, migrationsExpected: await expectedMigrationCount(),
    jwt: jwtInstellingen(config),
    // The demo sign-in page only with the embedded database and its demo data (docs/architectuur.md §7).
    demoAanmelding: database.engine === 'pglite' && config.NODE_ENV !== 'production',
  };
  const sleutelbestand = database.engine === 'pglite' ? await zaaiDemo(deps) : null;

  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.PORT }, (info) => {
    const basis = `http://localhost:${info.port}`;
    void database.slot?.meldPoort(info.port).catch(() => {});
    console.log([
      '',
      `NRM-service draait op ${basis} (database: ${database.plek})`,
      `  Webapplicatie:    ${basis}/${deps.demoAanmelding ? '  (aanmelden met een demo-account)' : ''}`,
      `  API-documentatie: ${basis}/v1/docs`,
      `  OpenAPI:          ${basis}/v1/openapi.json`,
      ...(sleutelbestand ? [`  Demo-API-sleutels (één per organisatie en rol): ${sleutelbestand}`] : []),
      '',
    ].join('\n'));
  });

  // Jobs run once at start and then on an interval; each run is idempotent and safe on several
  // instances. Webhook delivery also runs on its own faster loop.
  const jobs = herhaal('jobs', config.JOB_INTERVAL_SECONDS, () => voerJobsUit(deps));
  const webhooks = herhaal('webhook-aflevering', config.WEBHOOK_INTERVAL_SECONDS, () => webhookAflevering(deps));

  const verzoeken = volgVerzoeken(server as Server);
  let afsluiten: Promise<void> | null = null;
  const stop = (signaal: NodeJS.Signals) => {
    if (afsluiten) {
      // A second Ctrl-C: the operator does not want to wait.
      logger.warn({ signaal }, 'tweede stopsignaal: direct gestopt');
      process.exit(130);
    }
    afsluiten = sluitGracieus({
      signaal, server: server as Server, verzoeken, vlag: afsluitvlag, herhalingen: [jobs, webhooks], database, logger,
      tijdslimietMs: config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    }).then((netjes) => process.exit(netjes ? 0 : 1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  if (err instanceof DatabaseInGebruik) {
    // Not a crash: tell the operator, in one line, what to do.
    logger.fatal({ houder: err.houder }, err.message);
  } else {
    logger.fatal({ fout: veiligeFoutmelding(err) }, 'starten mislukt');
  }
  process.exit(1);
});
