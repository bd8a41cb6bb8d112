// OAuth 2.0 bearer JWTs as the production alternative to API keys, after the NL GOV Assurance
// profile for OAuth 2.0: signature checked against the issuer's JWKS, `iss` on an allowlist, our
// `aud`, `exp`/`nbf` with a small leeway, and only asymmetric algorithms (no `none`, no HS256).
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config.js';
import { eq } from 'drizzle-orm';
import type { Principal } from '../context.js';
import type { Queryable } from '../db/client.js';
import { organisaties } from '../db/schema.js';
import { ROLLEN, type OrganisatieType, type Rol } from '../domain/catalogus.js';
import { isUuid } from './dossiertoegang.js';
import { rollenPerOrganisatieType } from './permissiematrix.js';

export const TOEGESTANE_ALGORITMEN = ['RS256', 'PS256', 'ES256'];
const SPELING_SECONDEN = 30;

export interface JwtInstellingen {
  issuers: string[];
  audience: string;
  organisatieClaim: string;
  rolClaim: string;
  /** Claim that says the holder is a certified trafficking intaker (boolean true); absent: not certified. */
  certificeringClaim?: string;
  /** Resolves the signing key for a token (a remote JWKS in production, a local set in tests). */
  sleutels: JWTVerifyGetKey;
}

/** A JWT looks like three base64url parts; an API key never does (it starts with `nrm_`). */
export const lijktOpJwt = (token: string) => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);

/** The principal of a valid token, or null for any invalid one (the caller answers 401). */
export async function principalVoorJwt(db: Queryable, token: string, instellingen: JwtInstellingen, nu: Date): Promise<Principal | null> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, instellingen.sleutels, {
      issuer: instellingen.issuers,
      audience: instellingen.audience,
      algorithms: TOEGESTANE_ALGORITMEN,
      clockTolerance: SPELING_SECONDEN,
      currentDate: nu,
      requiredClaims: ['exp', 'sub'],
    }));
  } catch (err) {
    if (err instanceof errors.JOSEError || err instanceof TypeError) return null;
    throw err;
  }
  const organisatieId = payload[instellingen.organisatieClaim];
  const rol = payload[instellingen.rolClaim];
  if (typeof organisatieId !== 'string' || typeof rol !== 'string' || !(ROLLEN as readonly string[]).includes(rol)) return null;
  // A real UUID: the claim is compared with a uuid column, and a value such as 36 dashes used to end
  // in a database error (500) instead of 401 (issue 11).
  if (!isUuid(organisatieId)) return null;
  const [org] = await db.select().from(organisaties).where(eq(organisaties.id, organisatieId));
  if (!org) return null;
  // The role must fit the organisation, exactly as for API keys.
  if (!rollenPerOrganisatieType[org.type as OrganisatieType].includes(rol as Rol)) return null;
  return {
    organisatieId: org.id, organisatieNaam: org.naam, organisatieType: org.type as OrganisatieType, rol: rol as Rol,
    // Only a literal true certifies (docs/regels.md, R6): a string "true" or a missing claim does not.
    gecertificeerd: payload[instellingen.certificeringClaim ?? 'nrm_gecertificeerd'] === true,
    sleutelId: null, credential: `jwt:${payload.iss}#${payload.sub}`,
  };
}

/** The JWT settings from configuration, or undefined when no JWKS is configured (API keys only). */
export function jwtInstellingen(config: Config): JwtInstellingen | undefined {
  if (!config.OAUTH_JWKS_URL) return undefined;
  if (config.OAUTH_ISSUERS.length === 0) throw new Error('OAUTH_ISSUERS is verplicht naast OAUTH_JWKS_URL.');
  return {
    issuers: config.OAUTH_ISSUERS, audience: config.OAUTH_AUDIENCE,
    organisatieClaim: config.OAUTH_ORGANISATIE_CLAIM, rolClaim: config.OAUTH_ROL_CLAIM, certificeringClaim: config.OAUTH_CERTIFICERING_CLAIM,
    // jose caches the key set and refetches it on an unknown `kid` (key rotation).
    sleutels: createRemoteJWKSet(new URL(config.OAUTH_JWKS_URL)),
  };
}
