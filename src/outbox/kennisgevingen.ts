// The outbox: notifications are rows written in the use case's transaction. Nothing is sent to
// the outside here; the feed and webhook delivery read these rows after commit. A notification
// gives its recipient no access to the dossier: access is a grant that the use case decides on its
// own (src/access/dossiertoegang.ts verleenToegang; docs/toegangsmodel.md).
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { kennisgevingen, kennisgevingTellers } from '../db/schema.js';
import type { IdGenerator } from '../context.js';

export interface NieuweKennisgeving {
  ontvangerOrganisatieId: string;
  soort: string;
  dossierId: string | null;
  afzenderOrganisatieId: string | null;
  inhoud: Record<string, unknown>;
  /** Identifies the event; a recipient gets at most one notification per key (exactly once). */
  gebeurtenisSleutel: string;
}

/**
 * Writes one notification for one recipient. The recipient's counter row is locked first, so
 * volgnummers are assigned and committed in order per recipient (docs/beslissingen/0003-feed-per-ontvanger.md) and the
 * duplicate check below cannot race. Returns the id, or null when the event was already sent.
 */
export async function plaatsKennisgeving(
  tx: Queryable, ids: IdGenerator, tijdstip: Date, k: NieuweKennisgeving,
): Promise<string | null> {
  await tx.insert(kennisgevingTellers).values({ organisatieId: k.ontvangerOrganisatieId, laatsteVolgnummer: 0 }).onConflictDoNothing();
  const [teller] = await tx.select().from(kennisgevingTellers)
    .where(eq(kennisgevingTellers.organisatieId, k.ontvangerOrganisatieId)).for('update');
  const [bestaand] = await tx.select({ id: kennisgevingen.id }).from(kennisgevingen).where(and(
    eq(kennisgevingen.ontvangerOrganisatieId, k.ontvangerOrganisatieId),
    eq(kennisgevingen.gebeurtenisSleutel, k.gebeurtenisSleutel),
  ));
  if (bestaand) return null;
  const volgnummer = teller!.laatsteVolgnummer + 1;
  const id = ids.uuid();
  await tx.insert(kennisgevingen).values({ id, volgnummer, tijdstipAangemaakt: tijdstip, ...k });
  await tx.update(kennisgevingTellers).set({ laatsteVolgnummer: volgnummer })
    .where(eq(kennisgevingTellers.organisatieId, k.ontvangerOrganisatieId));
  return id;
}
