// Logboek Dataverwerkingen (the Dutch government standard for logging data processing): for every
// request that processes a possible victim's data, one record per processing activity naming every
// data subject it touched — the dossiers, pseudonymised — with the processing activity, trace and span ids (W3C traceparent accepted and
// passed on), the legal basis and no sampling. Separate from the audit log, which records who did it.
import { createHmac, randomBytes } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { isUuid } from '../access/dossiertoegang.js';
import type { AppDeps, AppEnv, Principal } from '../context.js';
import { verwerkingen } from '../db/schema.js';
import { activiteitVoor, type Verwerkingsactiviteit } from './verwerkingsregister.js';

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

/** Trace and span of a request: the caller's W3C traceparent continued, or a new trace. */
export function traceVoor(traceparent: string | undefined) {
  const inkomend = TRACEPARENT.exec(traceparent ?? '');
  return { traceId: inkomend?.[1] ?? randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex'), parentSpanId: inkomend?.[2] ?? null };
}

export interface Verwerkingsverzoek {
  trace: ReturnType<typeof traceVoor>;
  principal: Principal;
  requestId: string;
  /** e.g. `GET /v1/dossiers/:dossierId`, or for a page `GET /dossiers/:dossierId`. */
  handeling: string;
  start: Date;
  einde: Date;
}

/**
 * One record per processing: per request and processing activity, with every dossier it touched as
 * pseudonymised data subjects (issue 17; AVG art. 30). A feed page of 100 notifications is one
 * record naming its dossiers, not 100. Shared by the API middleware and the web pages; awaited before
 * the response leaves, so no processing goes unlogged.
 */
export async function legVerwerkingenVast(deps: Pick<AppDeps, 'db' | 'ids' | 'config'>, v: Verwerkingsverzoek, items: Array<{ activiteit: Verwerkingsactiviteit; dossierId: string }>) {
  if (items.length === 0) return;
  const perActiviteit = new Map<string, { activiteit: Verwerkingsactiviteit; pseudoniemen: Set<string> }>();
  for (const { activiteit, dossierId } of items) {
    const groep = perActiviteit.get(activiteit.id) ?? { activiteit, pseudoniemen: new Set<string>() };
    groep.pseudoniemen.add(pseudoniem(dossierId, deps.config.VERWERKINGSLOG_SLEUTEL));
    perActiviteit.set(activiteit.id, groep);
  }
  await deps.db.insert(verwerkingen).values([...perActiviteit.values()].map(({ activiteit, pseudoniemen }) => ({
    id: deps.ids.uuid(), traceId: v.trace.traceId, spanId: v.trace.spanId, parentSpanId: v.trace.parentSpanId, verwerkingsactiviteitId: activiteit.id,
    betrokkenePseudoniemen: [...pseudoniemen], organisatieId: v.principal.organisatieId,
    rol: v.principal.rol, rechtsgrond: activiteit.rechtsgrond, handeling: v.handeling,
    status: 'geslaagd', requestId: v.requestId, tijdstipStart: v.start, tijdstipEinde: v.einde,
  })));
}

export const verwerkingslog = createMiddleware<AppEnv>(async (c, next) => {
  const trace = traceVoor(c.req.header('traceparent'));
  const start = c.var.deps.clock.now();
  await next();
  c.header('traceparent', `00-${trace.traceId}-${trace.spanId}-01`);
  const activiteit = activiteitVoor(c.var.permissie);
  // A replayed Idempotency-Key answer repeats a processing already logged; it is not a new one.
  if (!activiteit || c.res.status >= 400 || !c.var.principal || c.res.headers.get('idempotent-replayed')) return;
  let body: unknown;
  if (c.res.headers.get('content-type')?.includes('json')) {
    try { body = await c.res.clone().json(); } catch { body = undefined; }
  }
  const dossierIds = betrokkenDossiers(c.req.param('dossierId'), body);
  await legVerwerkingenVast(c.var.deps, {
    trace, principal: c.var.principal, requestId: c.var.requestId, handeling: `${c.req.method} ${c.req.routePath}`, start, einde: c.var.deps.clock.now(),
  }, dossierIds.map((dossierId) => ({ activiteit, dossierId })));
});
