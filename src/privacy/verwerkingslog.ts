// Logboek Dataverwerkingen (the Dutch government standard for logging data processing): for every
// request that processes a possible victim's data, one record per data subject — the dossier,
// pseudonymised — with the processing activity, trace and span ids (W3C traceparent accepted and
// passed on), the legal basis and no sampling. Separate from the audit log, which records who did it.
import { createHmac, randomBytes } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { isUuid } from '../access/dossiertoegang.js';
import type { AppEnv } from '../context.js';
import { verwerkingen } from '../db/schema.js';
import { activiteitVoor } from './verwerkingsregister.js';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;
const MAX_BETROKKENEN = 500;

export function pseudoniem(dossierId: string, sleutel: string): string {
  return createHmac('sha256', sleutel).update(dossierId).digest('hex');
}

/** Dossier ids a response is about: the path's dossier, and `dossierId` / dossier `id` fields in the body. */
export function betrokkenDossiers(padDossierId: string | undefined, body: unknown): string[] {
  const ids = new Set<string>();
  if (padDossierId && isUuid(padDossierId)) ids.add(padDossierId.toLowerCase());
  const bezoek = (waarde: unknown, diepte: number) => {
    if (ids.size >= MAX_BETROKKENEN || diepte > 4 || waarde === null || typeof waarde !== 'object') return;
    if (Array.isArray(waarde)) { for (const w of waarde) bezoek(w, diepte + 1); return; }
    const o = waarde as Record<string, unknown>;
    if (typeof o.dossierId === 'string') ids.add(o.dossierId);
    if (typeof o.dossiernummer === 'string' && typeof o.id === 'string') ids.add(o.id);
    for (const w of Object.values(o)) if (typeof w === 'object') bezoek(w, diepte + 1);
  };
  bezoek(body, 0);
  return [...ids];
}

export const verwerkingslog = createMiddleware<AppEnv>(async (c, next) => {
  const inkomend = TRACEPARENT.exec(c.req.header('traceparent') ?? '');
  const traceId = inkomend?.[1] ?? randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  const start = c.var.deps.clock.now();
  await next();
  c.header('traceparent', `00-${traceId}-${spanId}-01`);
  const activiteit = activiteitVoor(c.var.permissie);
  // A replayed Idempotency-Key answer repeats a processing already logged; it is not a new one.
  if (!activiteit || c.res.status >= 400 || !c.var.principal || c.res.headers.get('idempotent-replayed')) return;
  let body: unknown;
  if (c.res.headers.get('content-type')?.includes('json')) {
    try { body = await c.res.clone().json(); } catch { body = undefined; }
  }
  const dossierIds = betrokkenDossiers(c.req.param('dossierId'), body);
  if (dossierIds.length === 0) return;
  const { db, ids, config, clock } = c.var.deps;
  const einde = clock.now();
  await db.insert(verwerkingen).values(dossierIds.map((dossierId) => ({
    id: ids.uuid(), traceId, spanId, parentSpanId: inkomend?.[2] ?? null, verwerkingsactiviteitId: activiteit.id,
    betrokkenePseudoniem: pseudoniem(dossierId, config.VERWERKINGSLOG_SLEUTEL), organisatieId: c.var.principal.organisatieId,
    rol: c.var.principal.rol, rechtsgrond: activiteit.rechtsgrond, handeling: `${c.req.method} ${c.req.routePath}`,
    status: 'geslaagd', requestId: c.var.requestId, tijdstipStart: start, tijdstipEinde: einde,
  })));
});
