// API keys: only the SHA-256 hash is stored; a key belongs to one organisation and one role (SECURITY.md).
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { apiSleutels, organisaties } from '../db/schema.js';
import type { OrganisatieType, Rol } from '../domain/catalogus.js';
import type { Clock, Principal } from '../context.js';

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

// ---- A short cache of key lookups (issue 17: fewer round trips on every request) ----
// A valid key's principal is reused for SLEUTEL_CACHE_SECONDEN (by the injected clock), so most
// requests skip the lookup. Revocation stays effective within that bound: another instance or the
// command-line tool revokes in the database, and this instance looks the key up again at the latest
// when its entry expires; a revocation through this instance (trekSleutelIn) removes the entry at
// once. Unknown or revoked keys are never cached: a new key works immediately, and every failure
// still counts against the rate limit of authentication failures (SECURITY.md).
const MAX_IN_CACHE = 10_000;

interface Ingang { principal: Principal; verlooptOm: number }

const caches = new WeakMap<object, Map<string, Ingang>>();

function cacheVan(db: object): Map<string, Ingang> {
  let cache = caches.get(db);
  if (!cache) { cache = new Map(); caches.set(db, cache); }
  return cache;
}

/** principalVoorSleutel with the cache above; `seconden` 0 disables it. */
export async function principalVoorSleutelGecachet(db: Queryable, sleutel: string, clock: Clock, seconden: number): Promise<Principal | null> {
  if (seconden <= 0) return principalVoorSleutel(db, sleutel);
  const cache = cacheVan(db);
  const hash = hashSleutel(sleutel);
  const nu = clock.now().getTime();
  const ingang = cache.get(hash);
  if (ingang && ingang.verlooptOm > nu) return ingang.principal;
  if (ingang) cache.delete(hash);
  const principal = await principalVoorSleutel(db, sleutel);
  if (principal) {
    if (cache.size >= MAX_IN_CACHE) cache.clear();
    cache.set(hash, { principal, verlooptOm: nu + seconden * 1000 });
  }
  return principal;
}

/** Forgets a revoked key on this instance at once (the other instances: within the bound above). */
export function vergeetSleutel(db: object, sleutelId: string): void {
  const cache = caches.get(db);
  if (!cache) return;
  for (const [hash, { principal }] of cache) if (principal.sleutelId === sleutelId) cache.delete(hash);
}
