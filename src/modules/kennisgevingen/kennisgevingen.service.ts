// Use cases on the notification feed (docs/beslissingen/0003-feed-per-ontvanger.md): list the caller's organisation's
// notifications in volgnummer order, read one (audited), acknowledge receipt.
import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { kennisgevingen, organisaties } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { isUuid } from '../../access/dossiertoegang.js';
import { problemen } from '../../http/problem.js';
import type { KennisgevingListQuery, OntvangstbevestigingSchema } from './kennisgevingen.schemas.js';

type Filters = Omit<z.output<typeof KennisgevingListQuery>, 'naVolgnummer'>;

// The feed never selects `inhoud` (docs/integratie-ind-coa.md §6, §8): it is not returned and, for a page of 200
// M55 notifications, it is most of the bytes (README.md "Benchmark" budget for the feed page).
const feedKolommen = {
  id: kennisgevingen.id,
  volgnummer: kennisgevingen.volgnummer,
  soort: kennisgevingen.soort,
  dossierId: kennisgevingen.dossierId,
  tijdstipAangemaakt: kennisgevingen.tijdstipAangemaakt,
  tijdstipBevestigd: kennisgevingen.tijdstipBevestigd,
  referentieOntvanger: kennisgevingen.referentieOntvanger,
};

/**
 * One page of the caller's organisation's feed, rows after volgnummer `na`, ascending; fetches
 * limit+1 so the route knows whether another page follows. Volgnummers are assigned under a lock
 * on the recipient's counter and so commit in order (docs/beslissingen/0003-feed-per-ontvanger.md, outbox/kennisgevingen.ts):
 * a reader that has seen N never misses a row ≤ N that commits later. The order is served by the
 * unique index (ontvanger, volgnummer).
 */
export function lijstKennisgevingen(ctx: UseCaseContext, filters: Filters, na: number, limit: number) {
  const voorwaarden: SQL[] = [
    eq(kennisgevingen.ontvangerOrganisatieId, ctx.principal.organisatieId),
    gt(kennisgevingen.volgnummer, na),
  ];
  if (filters.soort) voorwaarden.push(eq(kennisgevingen.soort, filters.soort));
  return ctx.db.select(feedKolommen).from(kennisgevingen).where(and(...voorwaarden))
    .orderBy(asc(kennisgevingen.volgnummer)).limit(limit + 1);
}

/**
 * The notification, only for its receiving organisation; anything else (another organisation's,
 * unknown, malformed id) is 404 so existence is not revealed (docs/architectuur.md §3).
 */
async function eigenKennisgeving(db: Queryable, ctx: UseCaseContext, kennisgevingId: string, opties: { voorWijziging?: boolean } = {}) {
  if (!isUuid(kennisgevingId)) throw problemen.nietGevonden('Kennisgeving niet gevonden.');
  const query = db.select().from(kennisgevingen).where(and(
    eq(kennisgevingen.id, kennisgevingId),
    eq(kennisgevingen.ontvangerOrganisatieId, ctx.principal.organisatieId),
  ));
  const [kennisgeving] = opties.voorWijziging ? await query.for('update') : await query;
  if (!kennisgeving) throw problemen.nietGevonden('Kennisgeving niet gevonden.');
  return kennisgeving;
}

/**
 * Reads one notification with its inhoud. The inhoud can hold personal data (the M55), so the read
 * is audited in the same transaction (docs/architectuur.md §4) — as JSON or as the printable M55 alike.
 * `controle` may refuse the read (e.g. no document form for this kind) before anything is written.
 */
export async function leesKennisgeving(ctx: UseCaseContext, kennisgevingId: string, controle?: (k: typeof kennisgevingen.$inferSelect) => void) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const kennisgeving = await eigenKennisgeving(tx, ctx, kennisgevingId);
    controle?.(kennisgeving);
    await schrijfAudit(tx, actorVan(ctx), nu, {
      actie: 'kennisgeving.gelezen', objectType: 'kennisgeving', objectId: kennisgeving.id, dossierId: kennisgeving.dossierId,
    });
    return kennisgeving;
  });
}

type Bevestiging = z.output<typeof OntvangstbevestigingSchema>;

/**
 * Acknowledges receipt. Idempotent: acknowledging again with the same reference changes nothing
 * and writes nothing (a receiving system may retry after a lost answer). Another reference is a
 * 409: the first acknowledgement is what the sender relies on. The row lock makes two concurrent
 * acknowledgements with different references end in one success and one 409.
 */
export async function bevestigOntvangst(ctx: UseCaseContext, kennisgevingId: string, bevestiging: Bevestiging) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const kennisgeving = await eigenKennisgeving(tx, ctx, kennisgevingId, { voorWijziging: true });
    if (kennisgeving.tijdstipBevestigd) {
      if (kennisgeving.referentieOntvanger === bevestiging.referentieOntvanger) return kennisgeving;
      throw problemen.conflict('kennisgeving-al-bevestigd', 
        `Deze kennisgeving is al op ${kennisgeving.tijdstipBevestigd.toISOString()} bevestigd met referentie ` +
        `'${kennisgeving.referentieOntvanger}'. Een ontvangstbevestiging kan niet worden gewijzigd; gebruik die referentie.`,
      );
    }
    const [bijgewerkt] = await tx.update(kennisgevingen)
      .set({ tijdstipBevestigd: nu, referentieOntvanger: bevestiging.referentieOntvanger })
      .where(eq(kennisgevingen.id, kennisgeving.id)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, {
      actie: 'kennisgeving.bevestigd', objectType: 'kennisgeving', objectId: kennisgeving.id, dossierId: kennisgeving.dossierId,
    });
    return bijgewerkt!;
  });
}

/** Names of organisations by id (for the printable M55: sender and receiver). */
export async function organisatieNamen(db: Queryable, ids: Array<string | null>): Promise<Map<string, string>> {
  const bekend = ids.filter((id): id is string => id !== null);
  if (bekend.length === 0) return new Map();
  const rijen = await db.select({ id: organisaties.id, naam: organisaties.naam }).from(organisaties).where(inArray(organisaties.id, bekend));
  return new Map(rijen.map((r) => [r.id, r.naam]));
}
