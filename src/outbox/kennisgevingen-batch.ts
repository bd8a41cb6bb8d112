// The outbox for batch writers (jobs): many notifications in one transaction with the guarantees of
// plaatsKennisgeving (src/outbox/kennisgevingen.ts), in a few statements instead of five per row.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { arrayParam, jsonRijen } from '../db/bulk.js';
import type { Queryable } from '../db/client.js';
import { kennisgevingen, kennisgevingTellers } from '../db/schema.js';
import type { IdGenerator } from '../context.js';
import type { NieuweKennisgeving } from './kennisgevingen.js';

/**
 * Writes the notifications as plaatsKennisgeving would, one after another in the given order:
 * - every recipient's counter row is locked once, all of them with one SELECT … FOR UPDATE ordered
 *   by organisation id — the order in which every writer locks counter rows (organisatiesVanType) —
 *   so volgnummers are assigned and committed in order per recipient (docs/beslissingen/0003-feed-per-ontvanger.md);
 * - an event a recipient already received (same gebeurtenisSleutel, also twice in the list) is
 *   skipped: exactly once per recipient per event;
 * - the others get consecutive volgnummers per recipient, in list order, and are inserted in bulk.
 * As with plaatsKennisgeving, a notification grants no access.
 * Returns the ids in list order, null for a skipped event.
 */
export async function plaatsKennisgevingen(
  tx: Queryable, ids: IdGenerator, tijdstip: Date, lijst: readonly NieuweKennisgeving[],
): Promise<Array<string | null>> {
  if (lijst.length === 0) return [];
  const ontvangers = [...new Set(lijst.map((k) => k.ontvangerOrganisatieId))].sort();
  await tx.insert(kennisgevingTellers).values(ontvangers.map((organisatieId) => ({ organisatieId, laatsteVolgnummer: 0 }))).onConflictDoNothing();
  const tellers = await tx.select().from(kennisgevingTellers)
    .where(inArray(kennisgevingTellers.organisatieId, ontvangers)).orderBy(asc(kennisgevingTellers.organisatieId)).for('update');
  const volgnummer = new Map(tellers.map((t) => [t.organisatieId, t.laatsteVolgnummer]));

  // Under the counter locks no other writer can add these events for these recipients.
  const sleutel = (ontvanger: string, gebeurtenis: string) => `${ontvanger}\u0000${gebeurtenis}`;
  const gezien = new Set<string>();
  const gebeurtenissen = [...new Set(lijst.map((k) => k.gebeurtenisSleutel))];
  const bestaand = await tx.select({ ontvanger: kennisgevingen.ontvangerOrganisatieId, gebeurtenis: kennisgevingen.gebeurtenisSleutel })
    .from(kennisgevingen).where(and(
      inArray(kennisgevingen.ontvangerOrganisatieId, ontvangers),
      sql`${kennisgevingen.gebeurtenisSleutel} = any(${arrayParam(gebeurtenissen, 'text')})`,
    ));
  for (const b of bestaand) gezien.add(sleutel(b.ontvanger, b.gebeurtenis));

  const rijen: Array<NieuweKennisgeving & { id: string; volgnummer: number }> = [];
  const resultaat = lijst.map((k) => {
    const s = sleutel(k.ontvangerOrganisatieId, k.gebeurtenisSleutel);
    if (gezien.has(s)) return null;
    gezien.add(s);
    const nummer = volgnummer.get(k.ontvangerOrganisatieId)! + 1;
    volgnummer.set(k.ontvangerOrganisatieId, nummer);
    const id = ids.uuid();
    rijen.push({ id, volgnummer: nummer, ...k });
    return id;
  });
  if (rijen.length === 0) return resultaat;

  // All rows as one JSON parameter (src/db/bulk.ts), in list order.
  await tx.execute(sql`
    insert into kennisgevingen (id, ontvanger_organisatie_id, volgnummer, soort, dossier_id, afzender_organisatie_id, inhoud, gebeurtenis_sleutel, tijdstip_aangemaakt)
    select id, ontvanger_organisatie_id, volgnummer, soort, dossier_id, afzender_organisatie_id, inhoud, gebeurtenis_sleutel, ${tijdstip.toISOString()}::timestamptz
    from ${jsonRijen(rijen.map((r) => ({
      id: r.id, ontvanger_organisatie_id: r.ontvangerOrganisatieId, volgnummer: r.volgnummer, soort: r.soort, dossier_id: r.dossierId,
      afzender_organisatie_id: r.afzenderOrganisatieId, inhoud: r.inhoud, gebeurtenis_sleutel: r.gebeurtenisSleutel,
    })))} as v(id uuid, ontvanger_organisatie_id uuid, volgnummer bigint, soort text, dossier_id uuid, afzender_organisatie_id uuid, inhoud jsonb, gebeurtenis_sleutel text)`);
  for (const t of tellers) {
    const laatste = volgnummer.get(t.organisatieId)!;
    if (laatste !== t.laatsteVolgnummer) {
      await tx.update(kennisgevingTellers).set({ laatsteVolgnummer: laatste }).where(eq(kennisgevingTellers.organisatieId, t.organisatieId));
    }
  }

  return resultaat;
}
