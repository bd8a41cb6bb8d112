// Idempotency-Key on POST (docs/beslissingen/0006-idempotentie.md): a replay returns the stored response; the same key with
// another body is 422; a replay while the first request still runs is 409.
//
// A running request holds its key under a lease (IDEMPOTENCY_LEASE_SECONDS) that it renews every third
// of that time. If the process dies (kill -9, power loss, OOM) the renewals stop, and a retry after the
// lease takes the key over and runs the request: its transaction was rolled back with the connection.
// Left open: a process that dies in the milliseconds between its COMMIT and storing the answer; a retry
// then runs the use case a second time (the window a one-transaction-with-the-answer design would close).
import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, lte, or } from 'drizzle-orm';
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
  // The claim and its lease are written without waiting for the disk (src/db/client.ts `asynchroon`):
  // the request's own transaction commits after them and flushes them with it. The answer waits.
  const { db, asynchroon, clock, config } = c.var.deps;
  const credential = c.var.principal.credential;
  const verzoekHash = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n`)
    .update(await c.req.text())
    .digest('hex');
  const nu = clock.now();
  const verlopen = new Date(nu.getTime() - config.IDEMPOTENCY_TTL_HOURS * 3600_000);
  const waar = and(eq(idempotentieSleutels.credential, credential), eq(idempotentieSleutels.sleutel, sleutel));

  const leaseMs = config.IDEMPOTENCY_LEASE_SECONDS * 1000;
  const leaseTot = () => new Date(clock.now().getTime() + leaseMs);
  // One statement claims the key: a new key is inserted, and a key stored longer ago than
  // IDEMPOTENCY_TTL_HOURS is forgotten and claimed afresh in the same upsert (one round trip and one
  // commit instead of a delete and an insert). A key still within its time returns no row.
  const claim = { methode: c.req.method, pad: c.req.path, verzoekHash, tijdstipAangemaakt: nu, tijdstipLeaseTot: leaseTot() };
  const [geclaimd] = await asynchroon
    .insert(idempotentieSleutels)
    .values({ credential, sleutel, ...claim })
    .onConflictDoUpdate({
      target: [idempotentieSleutels.credential, idempotentieSleutels.sleutel],
      set: { ...claim, status: null, antwoord: null, antwoordHeaders: null },
      setWhere: lt(idempotentieSleutels.tijdstipAangemaakt, verlopen),
    })
    .returning({ sleutel: idempotentieSleutels.sleutel });

  if (!geclaimd) {
    const [eerder] = await db.select().from(idempotentieSleutels).where(waar);
    if (!eerder) throw problemen.conflict('idempotency-key-in-behandeling', 'Dit verzoek met dezelfde Idempotency-Key wordt al verwerkt; probeer het zo opnieuw.');
    if (eerder.verzoekHash !== verzoekHash) {
      throw problemen.regelOvertreden('idempotency-key-hergebruikt', 'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel voor een nieuw verzoek.');
    }
    if (eerder.status === null) {
      // Still running, or its process died: only a claim whose lease ran out may be taken over, and
      // only by one retry (the update is conditional on the lease it saw having expired).
      const [overgenomen] = await asynchroon.update(idempotentieSleutels)
        .set({ tijdstipLeaseTot: leaseTot() })
        .where(and(waar, isNull(idempotentieSleutels.status),
          or(isNull(idempotentieSleutels.tijdstipLeaseTot), lte(idempotentieSleutels.tijdstipLeaseTot, nu))))
        .returning({ sleutel: idempotentieSleutels.sleutel });
      if (!overgenomen) {
        const seconden = Math.max(1, Math.ceil(((eerder.tijdstipLeaseTot?.getTime() ?? nu.getTime()) - nu.getTime()) / 1000));
        throw problemen.conflict('idempotency-key-in-behandeling', `Dit verzoek met dezelfde Idempotency-Key wordt al verwerkt; probeer het over ${seconden} seconde(n) opnieuw.`);
      }
      c.var.deps.logger.warn({ requestId: c.var.requestId }, 'Idempotency-Key overgenomen van een verzoek waarvan de lease verliep');
    } else {
      for (const [k, v] of Object.entries(eerder.antwoordHeaders ?? {})) c.header(k, v);
      c.header('Idempotent-Replayed', 'true');
      return c.body(eerder.antwoord as string, eerder.status as never);
    }
  }

  // Renew the lease while the request runs, so a slow request is never taken over by a retry.
  const verlenging = setInterval(() => {
    asynchroon.update(idempotentieSleutels).set({ tijdstipLeaseTot: leaseTot() }).where(and(waar, isNull(idempotentieSleutels.status)))
      .catch(() => { /* the database is away; the request itself will fail and answer */ });
  }, Math.max(100, leaseMs / 3));
  try {
    await next();
  } finally {
    clearInterval(verlenging);
  }
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
    .set({ status: c.res.status, antwoord: await c.res.clone().text(), antwoordHeaders: headers, tijdstipLeaseTot: null })
    .where(waar);
});
