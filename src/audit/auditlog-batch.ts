// Batch append to the hash-chained audit log (docs/architectuur.md §4), for jobs that write many rows in one
// transaction. The rows are exactly those schrijfAudit would write one after another in the same
// order (same positie, vorigeHash and berekenHash), but with a handful of statements instead of four
// per row: the chain heads are locked with one SELECT … FOR UPDATE, the rows are computed here and
// inserted in bulk, and the heads are moved with one UPDATE.
import { asc, sql } from 'drizzle-orm';
import { arrayParam, jsonRijen } from '../db/bulk.js';
import type { Queryable } from '../db/client.js';
import { auditKetens } from '../db/schema.js';
import { berekenHash, ketenVoor, type AuditActor, type AuditGebeurtenis } from './auditlog.js';

/**
 * Appends one audit row per event, in the given order, all by the same actor at the same time; call
 * it inside the job's transaction. Several events may share a chain: they get consecutive positions.
 *
 * Lock order: the heads of all chains involved are locked in one statement ordered by keten, so two
 * batch writers always lock them in the same order; a request locks only its own chain's head (after
 * its dossier), and a batch writer holds the dossiers of its chains, so neither can wait for the other
 * in a cycle.
 */
export async function schrijfAuditBatch(tx: Queryable, actor: AuditActor, tijdstip: Date, gebeurtenissen: readonly AuditGebeurtenis[]): Promise<void> {
  if (gebeurtenissen.length === 0) return;
  const ketenVan = gebeurtenissen.map((g) => ketenVoor(g, actor.organisatieId));
  const ketens = [...new Set(ketenVan)].sort();
  await tx.execute(sql`
    insert into audit_ketens (keten, lengte, laatste_hash)
    select keten, 0, '' from unnest(${arrayParam(ketens, 'text')}) as keten
    on conflict do nothing`);
  const koppen = await tx.select().from(auditKetens).where(sql`${auditKetens.keten} = any(${arrayParam(ketens, 'text')})`)
    .orderBy(asc(auditKetens.keten)).for('update');
  const stand = new Map(koppen.map((k) => [k.keten, { lengte: k.lengte, laatsteHash: k.laatsteHash }]));

  const regels = gebeurtenissen.map((g, i) => {
    const keten = ketenVan[i]!;
    const kop = stand.get(keten);
    if (!kop) throw new Error(`Auditketen ${keten} ontbreekt na het aanmaken.`);
    const regel = {
      keten, positie: kop.lengte + 1, tijdstip, organisatieId: actor.organisatieId, sleutelId: actor.sleutelId,
      rol: actor.rol, actie: g.actie, objectType: g.objectType, objectId: g.objectId ?? null, dossierId: g.dossierId ?? null,
      resultaat: g.resultaat ?? 'geslaagd', requestId: actor.requestId, vorigeHash: kop.laatsteHash, ketensleutel: actor.ketensleutel.id,
    };
    const hash = berekenHash(regel, actor.ketensleutel);
    kop.lengte = regel.positie;
    kop.laatsteHash = hash;
    return {
      keten, positie: regel.positie, tijdstip: tijdstip.toISOString(), organisatie_id: regel.organisatieId, sleutel_id: regel.sleutelId,
      rol: regel.rol, actie: regel.actie, object_type: regel.objectType, object_id: regel.objectId, dossier_id: regel.dossierId,
      resultaat: regel.resultaat, request_id: regel.requestId, vorige_hash: regel.vorigeHash, hash, ketensleutel: regel.ketensleutel,
    };
  });
  // All rows as one JSON parameter, inserted in the given order (jsonb_to_recordset keeps the array order).
  await tx.execute(sql`
    insert into auditregels (keten, positie, tijdstip, organisatie_id, sleutel_id, rol, actie, object_type, object_id, dossier_id, resultaat, request_id, vorige_hash, hash, ketensleutel)
    select keten, positie, tijdstip, organisatie_id, sleutel_id, rol, actie, object_type, object_id, dossier_id, resultaat, request_id, vorige_hash, hash, ketensleutel
    from ${jsonRijen(regels)} as v(keten text, positie integer, tijdstip timestamptz, organisatie_id uuid, sleutel_id uuid, rol text, actie text,
      object_type text, object_id text, dossier_id uuid, resultaat text, request_id text, vorige_hash text, hash text, ketensleutel text)`);
  // One UPDATE for every head.
  const nieuweKoppen = ketens.map((keten) => ({ keten, lengte: stand.get(keten)!.lengte, laatste_hash: stand.get(keten)!.laatsteHash }));
  await tx.execute(sql`
    update audit_ketens as k set lengte = v.lengte, laatste_hash = v.laatste_hash
    from ${jsonRijen(nieuweKoppen)} as v(keten text, lengte integer, laatste_hash text)
    where k.keten = v.keten`);
}
