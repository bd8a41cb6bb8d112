// The outbox: notifications are rows written in the use case's transaction. Nothing is sent to
// the outside here; the feed and webhook delivery read these rows after commit. A notification
// gives its recipient no access to the dossier: access is a grant that the use case decides on its
// own (src/access/dossiertoegang.ts verleenToegang; docs/toegangsmodel.md).
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../db/client.js';
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
 * duplicate check below cannot race (two statements, see below). Returns the id, or null when the event was already sent.
 */
export async function plaatsKennisgeving(
  tx: Queryable, ids: IdGenerator, tijdstip: Date, k: NieuweKennisgeving,
): Promise<string | null> {
  // Statement 1 creates or locks the counter row and reads it (ON CONFLICT DO UPDATE locks the row it
  // finds and returns its newest version, as SELECT … FOR UPDATE would).
  const [teller] = await tx.insert(kennisgevingTellers).values({ organisatieId: k.ontvangerOrganisatieId, laatsteVolgnummer: 0 })
    .onConflictDoUpdate({ target: kennisgevingTellers.organisatieId, set: { laatsteVolgnummer: sql`${kennisgevingTellers.laatsteVolgnummer}` } })
    .returning({ laatsteVolgnummer: kennisgevingTellers.laatsteVolgnummer });
  // Statement 2 inserts the notification unless the recipient already has this event, and moves the
  // counter only if it did, so volgnummers have no gaps. Holding the counter lock, every earlier
  // writer of this recipient has committed, so ON CONFLICT sees its row.
  const volgnummer = teller!.laatsteVolgnummer + 1;
  const id = ids.uuid();
  const invoegen = tx.insert(kennisgevingen).values({ id, volgnummer, tijdstipAangemaakt: tijdstip, ...k })
    .onConflictDoNothing({ target: [kennisgevingen.ontvangerOrganisatieId, kennisgevingen.gebeurtenisSleutel] })
    .returning({ id: kennisgevingen.id }).getSQL();
  const tellerVerzetten = tx.update(kennisgevingTellers).set({ laatsteVolgnummer: volgnummer })
    .where(and(eq(kennisgevingTellers.organisatieId, k.ontvangerOrganisatieId), sql`exists (select 1 from nieuw)`)).getSQL();
  const geplaatst = rowsOf(await tx.execute(sql`with nieuw as (${invoegen}) ${tellerVerzetten} returning (select id from nieuw) as id`));
  return geplaatst.length > 0 ? id : null;
}
