// API keys: only the SHA-256 hash is stored; a key belongs to one organisation and one role (SECURITY.md).
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { apiSleutels, organisaties } from '../db/schema.js';
import type { OrganisatieType, Rol } from '../domain/catalogus.js';
import type { Principal } from '../context.js';

export function hashSleutel(sleutel: string): string {
  return createHash('sha256').update(sleutel, 'utf8').digest('hex');
}

/** A new random key: `nrm_` + 32 random bytes, base64url. */
export function nieuweSleutel(): string {
  return `nrm_${randomBytes(32).toString('base64url')}`;
}

export async function principalVoorSleutel(db: Queryable, sleutel: string): Promise<Principal | null> {
  const [row] = await db
    .select({
      sleutelId: apiSleutels.id, rol: apiSleutels.rol, gecertificeerd: apiSleutels.gecertificeerd, organisatieId: organisaties.id,
      organisatieNaam: organisaties.naam, organisatieType: organisaties.type,
    })
    .from(apiSleutels)
    .innerJoin(organisaties, eq(organisaties.id, apiSleutels.organisatieId))
    .where(and(eq(apiSleutels.hash, hashSleutel(sleutel)), isNull(apiSleutels.tijdstipIngetrokken)))
    .limit(1);
  if (!row) return null;
  return { ...row, rol: row.rol as Rol, organisatieType: row.organisatieType as OrganisatieType, credential: `sleutel:${row.sleutelId}` };
}
