// The outbox: notifications are rows written in the use case's transaction. Nothing is sent to
// the outside here; the feed and (later) webhook delivery read these rows after commit.
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { kennisgevingen, kennisgevingTellers } from '../db/schema.js';
import { verleenToegang, type Toegangsreden } from '../access/dossiertoegang.js';
import type { IdGenerator } from '../context.js';

export interface NieuweKennisgeving {
  ontvangerOrganisatieId: string;
  soort: string;
  dossierId: string | null;
  afzenderOrganisatieId: string | null;
  inhoud: Record<string, unknown>;
  /** Identifies the event; a recipient gets at most one notification per key (exactly once). */
  gebeurtenisSleutel: string;
  /**
   * The access to the dossier this notification gives its recipient (design.md §6). A referral
   * limited to pseudonymous facts passes `verwijzing_beperkt`, so the notice cannot open the identity.
   */
  toegangsreden?: Toegangsreden;
}

/**
 * Writes one notification for one recipient. The recipient's counter row is locked first, so
 * volgnummers are assigned and committed in order per recipient (design.md §6a) and the
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
  const { toegangsreden = 'kennisgeving', ...rij } = k;
  await tx.insert(kennisgevingen).values({ id, volgnummer, tijdstipAangemaakt: tijdstip, ...rij });
  await tx.update(kennisgevingTellers).set({ laatsteVolgnummer: volgnummer })
    .where(eq(kennisgevingTellers.organisatieId, k.ontvangerOrganisatieId));
  // A notification about a dossier is a reason to see that dossier (design.md §6).
  if (k.dossierId) await verleenToegang(tx, k.dossierId, k.ontvangerOrganisatieId, toegangsreden, tijdstip);
  return id;
}
