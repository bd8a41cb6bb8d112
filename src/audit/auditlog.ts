// Append-only, hash-chained audit log (docs/architectuur.md §4). One chain per dossier (or per organisation
// for actions without a dossier): a writer locks only its own chain's head row, so requests on
// different dossiers never queue behind one global last row. The hash is an HMAC with a key the
// database does not hold (src/audit/sleutels.ts), and the chain heads are anchored outside the
// database (src/audit/anker.ts); src/audit/verificatie.ts checks both.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Queryable } from '../db/client.js';
import { auditKetens, auditregels } from '../db/schema.js';
import type { UseCaseContext } from '../context.js';
import { auditSleutels, type AuditSleutel } from './sleutels.js';

export interface AuditGebeurtenis {
  actie: string;
  objectType: string;
  objectId?: string | null;
  dossierId?: string | null;
  resultaat?: 'geslaagd' | 'geweigerd';
}

export type RegelInhoud = Omit<typeof auditregels.$inferSelect, 'id' | 'hash'>;

const velden = (r: RegelInhoud) => [
  r.keten, r.positie, r.tijdstip.toISOString(), r.organisatieId, r.sleutelId, r.rol, r.actie,
  r.objectType, r.objectId, r.dossierId, r.resultaat, r.requestId, r.vorigeHash,
];

/** The HMAC covers every field of the row, the key's id and the previous row's hash. */
export function berekenHash(r: RegelInhoud, sleutel: AuditSleutel): string {
  return sleutel.hmac(JSON.stringify([...velden(r), r.ketensleutel]));
}

/** Rows from before issue 11 (ketensleutel null): plain SHA-256, which anyone can recompute. */
export function berekenOngesleuteldeHash(r: RegelInhoud): string {
  return createHash('sha256').update(JSON.stringify(velden(r)), 'utf8').digest('hex');
}

export const ketenVoor = (g: AuditGebeurtenis, organisatieId: string | null) =>
  g.dossierId ? `dossier:${g.dossierId}` : `organisatie:${organisatieId ?? 'systeem'}`;

/** Who writes the row, and the audit key the writer signs it with (never serialised: see AuditSleutel). */
export interface AuditActor { organisatieId: string | null; sleutelId: string | null; rol: string | null; requestId: string | null; ketensleutel: AuditSleutel }

export function actorVan(ctx: Pick<UseCaseContext, 'principal' | 'requestId' | 'config'>): AuditActor {
  return {
    organisatieId: ctx.principal.organisatieId, sleutelId: ctx.principal.sleutelId, rol: ctx.principal.rol, requestId: ctx.requestId,
    ketensleutel: auditSleutels(ctx.config).huidig,
  };
}

/** A job or an operator command: no organisation, no API key, no request. */
export function systeemActor(config: Config, rol: 'systeem' | 'beheer-cli' = 'systeem'): AuditActor {
  return { organisatieId: null, sleutelId: null, rol, requestId: null, ketensleutel: auditSleutels(config).huidig };
}

/**
 * Appends one audit row; call it inside the use case's transaction. Two statements: the first creates
 * or locks the chain's head and reads it (ON CONFLICT DO UPDATE locks the row it finds and returns its
 * newest version, as SELECT … FOR UPDATE would), the second appends the row and moves the head.
 */
export async function schrijfAudit(tx: Queryable, actor: AuditActor, tijdstip: Date, g: AuditGebeurtenis): Promise<void> {
  const keten = ketenVoor(g, actor.organisatieId);
  const [kop] = await tx.insert(auditKetens).values({ keten, lengte: 0, laatsteHash: '' })
    .onConflictDoUpdate({ target: auditKetens.keten, set: { lengte: sql`${auditKetens.lengte}` } })
    .returning({ lengte: auditKetens.lengte, laatsteHash: auditKetens.laatsteHash });
  const regel: RegelInhoud = {
    keten, positie: kop!.lengte + 1, tijdstip, organisatieId: actor.organisatieId, sleutelId: actor.sleutelId,
    rol: actor.rol, actie: g.actie, objectType: g.objectType, objectId: g.objectId ?? null, dossierId: g.dossierId ?? null,
    resultaat: g.resultaat ?? 'geslaagd', requestId: actor.requestId, vorigeHash: kop!.laatsteHash, ketensleutel: actor.ketensleutel.id,
  };
  const hash = berekenHash(regel, actor.ketensleutel);
  const aanvullen = tx.insert(auditregels).values({ ...regel, hash }).getSQL();
  const kopVerplaatsen = tx.update(auditKetens).set({ lengte: regel.positie, laatsteHash: hash }).where(eq(auditKetens.keten, keten)).getSQL();
  await tx.execute(sql`with regel as (${aanvullen}) ${kopVerplaatsen}`);
}
