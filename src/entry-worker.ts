// Cloudflare Workers: `fetch` for the API and a cron `scheduled` handler for the jobs, against
// PostgreSQL through a Hyperdrive binding. Migrations are applied by a Node script, never here.
import journal from '../drizzle/meta/_journal.json' with { type: 'json' };
import { createApp } from './app.js';
import { parseConfig } from './config.js';
import { randomIds, systemClock, type AppDeps, type Logger } from './context.js';
import { connectPostgres } from './db/client.js';
import { voerJobsUit } from './jobs/index.js';
import { jwtInstellingen } from './access/jwt.js';
import { dnsOpzoeker } from './webhooks/naamopzoeking.js';
import { fetchTransport } from './webhooks/transport.js';

interface Env {
  HYPERDRIVE: { connectionString: string };
  [key: string]: unknown;
}
interface ExecutionContext { waitUntil(p: Promise<unknown>): void }

const logger: Logger = {
  info: (obj, msg) => console.log(JSON.stringify({ niveau: 'info', msg, ...obj })),
  warn: (obj, msg) => console.warn(JSON.stringify({ niveau: 'warn', msg, ...obj })),
  error: (obj, msg) => console.error(JSON.stringify({ niveau: 'error', msg, ...obj })),
};

// Hyperdrive pools connections itself; a Worker opens a small client per invocation.
async function depsVoor(env: Env): Promise<{ deps: AppDeps; close: () => Promise<void> }> {
  const textEnv = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const config = parseConfig({ ...textEnv, DATABASE_URL: env.HYPERDRIVE.connectionString });
  const database = await connectPostgres(env.HYPERDRIVE.connectionString, { max: 2 });
  return {
    deps: {
      db: database.db, asynchroon: database.asynchroon, clock: systemClock, ids: randomIds, config, logger, migrationsExpected: journal.entries.length, jwt: jwtInstellingen(config),
      // Workers have no getaddrinfo and no sockets to pin: DNS queries for the address check, and fetch.
      opzoeker: dnsOpzoeker, webhookTransport: fetchTransport(fetch),
    },
    close: () => database.close(),
  };
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { deps, close } = await depsVoor(env);
    try {
      return await createApp(deps).fetch(request);
    } finally {
      ctx.waitUntil(close());
    }
  },
  async scheduled(_event: unknown, env: Env, ctx: ExecutionContext): Promise<void> {
    const { deps, close } = await depsVoor(env);
    ctx.waitUntil(voerJobsUit(deps).finally(close));
  },
};
