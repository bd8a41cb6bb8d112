// Idempotency-Key on POST (design.md §3): a replay returns the stored response; the same key with
// another body is 422; a replay while the first request still runs is 409.
import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { idempotentieSleutels } from '../db/schema.js';
import { problemen } from './problem.js';

const BEWAARDE_HEADERS = ['content-type', 'location', 'etag', 'link'];

export const idempotentie = createMiddleware<AppEnv>(async (c, next) => {
  const sleutel = c.req.header('idempotency-key');
  if (!sleutel) return next();
  if (sleutel.length > 200) {
    throw problemen.ongeldigeInvoer([{ name: 'Idempotency-Key', code: 'too_big', reason: 'Maximaal 200 tekens.' }]);
  }
  const { db, clock, config } = c.var.deps;
  const credential = c.var.principal.credential;
  const verzoekHash = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n`)
    .update(await c.req.text())
    .digest('hex');
  const nu = clock.now();
  const verlopen = new Date(nu.getTime() - config.IDEMPOTENCY_TTL_HOURS * 3600_000);
  const waar = and(eq(idempotentieSleutels.credential, credential), eq(idempotentieSleutels.sleutel, sleutel));
  await db.delete(idempotentieSleutels).where(and(waar, lt(idempotentieSleutels.tijdstipAangemaakt, verlopen)));

  const [geclaimd] = await db
    .insert(idempotentieSleutels)
    .values({ credential, sleutel, methode: c.req.method, pad: c.req.path, verzoekHash, tijdstipAangemaakt: nu })
    .onConflictDoNothing()
    .returning({ sleutel: idempotentieSleutels.sleutel });

  if (!geclaimd) {
    const [eerder] = await db.select().from(idempotentieSleutels).where(waar);
    if (!eerder) throw problemen.conflict('Dit verzoek met dezelfde Idempotency-Key wordt al verwerkt; probeer het zo opnieuw.');
    if (eerder.verzoekHash !== verzoekHash) {
      throw problemen.regelOvertreden('Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel voor een nieuw verzoek.');
    }
    if (eerder.status === null) {
      throw problemen.conflict('Dit verzoek met dezelfde Idempotency-Key wordt al verwerkt; probeer het zo opnieuw.');
    }
    for (const [k, v] of Object.entries(eerder.antwoordHeaders ?? {})) c.header(k, v);
    c.header('Idempotent-Replayed', 'true');
    return c.body(eerder.antwoord as string, eerder.status as never);
  }

  await next();
  if (c.res.status >= 500) {
    await db.delete(idempotentieSleutels).where(waar);
    return;
  }
  const headers: Record<string, string> = {};
  for (const naam of BEWAARDE_HEADERS) {
    const waarde = c.res.headers.get(naam);
    if (waarde) headers[naam] = waarde;
  }
  await db
    .update(idempotentieSleutels)
    .set({ status: c.res.status, antwoord: await c.res.clone().text(), antwoordHeaders: headers })
    .where(waar);
});
