// The participating organisations: for addressing referrals and advice, and for signing in (the
// organisation named by an OpenID Connect claim, the demo accounts).
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { organisaties } from '../../db/schema.js';
import type { OrganisatieType } from '../../domain/catalogus.js';

export interface Organisatie { id: string; naam: string; type: OrganisatieType }

export async function lijstOrganisaties(db: Queryable): Promise<Organisatie[]> {
  const rijen = await db.select({ id: organisaties.id, naam: organisaties.naam, type: organisaties.type }).from(organisaties).orderBy(asc(organisaties.naam));
  return rijen as Organisatie[];
}

/** One organisation by id; undefined when the id is no UUID or unknown. */
export async function leesOrganisatie(db: Queryable, id: string): Promise<Organisatie | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const [rij] = await db.select({ id: organisaties.id, naam: organisaties.naam, type: organisaties.type }).from(organisaties).where(eq(organisaties.id, id));
  return rij as Organisatie | undefined;
}
