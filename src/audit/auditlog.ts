// Append-only, hash-chained audit log (design.md §6). One chain per dossier (or per organisation
// for actions without a dossier): a writer locks only its own chain's head row, so requests on
// different dossiers never queue behind one global last row.
import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { auditKetens, auditregels } from '../db/schema.js';
import type { UseCaseContext } from '../context.js';

export interface AuditGebeurtenis {
  actie: string;
  objectType: string;
  objectId?: string | null;
  dossierId?: string | null;
  resultaat?: 'geslaagd' | 'geweigerd';
}

type RegelInhoud = Omit<typeof auditregels.$inferSelect, 'id' | 'hash'>;

/** The hash covers every field of the row and the previous row's hash. */
export function berekenHash(r: RegelInhoud): string {
  const inhoud = JSON.stringify([
    r.keten, r.positie, r.tijdstip.toISOString(), r.organisatieId, r.sleutelId, r.rol, r.actie,
    r.objectType, r.objectId, r.dossierId, r.resultaat, r.requestId, r.vorigeHash,
  ]);
  return createHash('sha256').update(inhoud, 'utf8').digest('hex');
}

export const ketenVoor = (g: AuditGebeurtenis, organisatieId: string | null) =>
  g.dossierId ? `dossier:${g.dossierId}` : `organisatie:${organisatieId ?? 'systeem'}`;

export interface AuditActor { organisatieId: string | null; sleutelId: string | null; rol: string | null; requestId: string | null }

export function actorVan(ctx: Pick<UseCaseContext, 'principal' | 'requestId'>): AuditActor {
  return { organisatieId: ctx.principal.organisatieId, sleutelId: ctx.principal.sleutelId, rol: ctx.principal.rol, requestId: ctx.requestId };
}

/** Appends one audit row; call it inside the use case's transaction. */
export async function schrijfAudit(tx: Queryable, actor: AuditActor, tijdstip: Date, g: AuditGebeurtenis): Promise<void> {
  const keten = ketenVoor(g, actor.organisatieId);
  await tx.insert(auditKetens).values({ keten, lengte: 0, laatsteHash: '' }).onConflictDoNothing();
  const [kop] = await tx.select().from(auditKetens).where(eq(auditKetens.keten, keten)).for('update');
  const regel: RegelInhoud = {
    keten, positie: kop!.lengte + 1, tijdstip, organisatieId: actor.organisatieId, sleutelId: actor.sleutelId,
    rol: actor.rol, actie: g.actie, objectType: g.objectType, objectId: g.objectId ?? null, dossierId: g.dossierId ?? null,
    resultaat: g.resultaat ?? 'geslaagd', requestId: actor.requestId, vorigeHash: kop!.laatsteHash,
  };
  const hash = berekenHash(regel);
  await tx.insert(auditregels).values({ ...regel, hash });
  await tx.update(auditKetens).set({ lengte: regel.positie, laatsteHash: hash }).where(eq(auditKetens.keten, keten));
}

export interface VerificatieBevinding { keten: string; positie: number | null; probleem: string }

/**
 * Recomputes every chain. Reports a modified row (hash differs), a deleted or inserted row (broken
 * link or gap) and a removed tail (chain head says the chain is longer than what is left).
 */
export async function verifieerAudit(db: Queryable): Promise<{ gecontroleerd: number; ketens: number; bevindingen: VerificatieBevinding[] }> {
  const bevindingen: VerificatieBevinding[] = [];
  const koppen = new Map((await db.select().from(auditKetens)).map((k) => [k.keten, k]));
  const stand = new Map<string, { positie: number; hash: string }>();
  let gecontroleerd = 0;
  const PAGINA = 5000;
  for (let vanaf = 0; ; vanaf += PAGINA) {
    const regels = await db.select().from(auditregels)
      .orderBy(asc(auditregels.keten), asc(auditregels.positie)).limit(PAGINA).offset(vanaf);
    for (const r of regels) {
      gecontroleerd++;
      const vorige = stand.get(r.keten) ?? { positie: 0, hash: '' };
      if (r.positie !== vorige.positie + 1) {
        bevindingen.push({ keten: r.keten, positie: r.positie, probleem: `Regel(s) ontbreken vóór positie ${r.positie} (verwacht ${vorige.positie + 1}).` });
      } else if (r.vorigeHash !== vorige.hash) {
        bevindingen.push({ keten: r.keten, positie: r.positie, probleem: 'Koppeling met de vorige regel klopt niet.' });
      }
      const { id: _id, hash, ...inhoud } = r;
      if (berekenHash(inhoud) !== hash) {
        bevindingen.push({ keten: r.keten, positie: r.positie, probleem: 'Inhoud van de regel is gewijzigd (hash klopt niet).' });
      }
      stand.set(r.keten, { positie: r.positie, hash });
    }
    if (regels.length < PAGINA) break;
  }
  for (const [keten, kop] of koppen) {
    const laatste = stand.get(keten);
    if (!laatste || laatste.positie !== kop.lengte || laatste.hash !== kop.laatsteHash) {
      bevindingen.push({ keten, positie: null, probleem: `Keten eindigt bij positie ${laatste?.positie ?? 0}, maar de kop verwacht ${kop.lengte}: regels verwijderd of gewijzigd.` });
    }
  }
  for (const keten of stand.keys()) {
    if (!koppen.has(keten)) bevindingen.push({ keten, positie: null, probleem: 'Keten zonder kop.' });
  }
  return { gecontroleerd, ketens: koppen.size, bevindingen };
}

