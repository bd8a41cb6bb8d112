// Liveness and readiness for the platform; outside /v1 and outside the API document.
import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../../context.js';
import { rowsOf } from '../../db/client.js';

export const systeemRouter = new Hono<AppEnv>()
  .get('/health', (c) => c.json({ status: 'ok' }))
  .get('/ready', async (c) => {
    try {
      const result = await c.var.deps.db.execute(sql`select count(*)::int as aantal from drizzle.__drizzle_migrations`);
      const aantal = rowsOf<{ aantal: number }>(result)[0]?.aantal ?? 0;
      const verwacht = c.var.deps.migrationsExpected;
      if (aantal < verwacht) return c.json({ status: 'niet_gereed', reden: `migraties ${aantal} van ${verwacht}` }, 503);
      return c.json({ status: 'gereed', migraties: aantal });
    } catch {
      return c.json({ status: 'niet_gereed', reden: 'database niet bereikbaar' }, 503);
    }
  });
