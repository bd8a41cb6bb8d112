// Server-side sessions of the web application: the cookie carries a random token (32 bytes), the
// database its SHA-256. Idle and absolute time-outs are checked on every request; the id is new at
// every sign-in (the old session, if any, is ended), and signing out ends the session for good.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppDeps } from '../../context.js';
import { organisaties, websessies } from '../../db/schema.js';
import { schrijfAudit } from '../../audit/auditlog.js';
import { auditSleutels } from '../../audit/sleutels.js';
import type { OrganisatieType, Rol } from '../../domain/catalogus.js';
import type { WebEnv, WebSessie } from '../omgeving.js';

/**
 * The cookie. Over HTTPS (and always in production) it is `__Host-nrm-sessie`: Secure, Path=/, no
 * Domain, so no other host or path can set or read it. Browsers accept a Secure cookie only over
 * HTTPS, so on plain http://localhost (development, the demo, the browser tests) the cookie is
 * `nrm-sessie` without Secure — still HttpOnly and SameSite=Lax. The two names never mix: each
 * mode reads only its own.
 */
export const COOKIE_VEILIG = '__Host-nrm-sessie';
export const COOKIE_LOKAAL = 'nrm-sessie';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLokaleHttp(deps: Pick<AppDeps, 'config'>, url: string): boolean {
  if (deps.config.NODE_ENV === 'production') return false;
  const u = new URL(url);
  return u.protocol === 'http:' && LOOPBACK.has(u.hostname);
}

export function cookieNaam(deps: Pick<AppDeps, 'config'>, url: string) {
  return isLokaleHttp(deps, url) ? COOKIE_LOKAAL : COOKIE_VEILIG;
}

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const nieuwToken = () => randomBytes(32).toString('base64url');

export function zelfdeToken(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export function zetSessieCookie(c: Context<WebEnv>, waarde: string) {
  const lokaal = isLokaleHttp(c.var.deps, c.req.url);
  setCookie(c, lokaal ? COOKIE_LOKAAL : COOKIE_VEILIG, waarde, { httpOnly: true, sameSite: 'Lax', secure: !lokaal, path: '/' });
}

export function wisSessieCookie(c: Context<WebEnv>) {
  const lokaal = isLokaleHttp(c.var.deps, c.req.url);
  deleteCookie(c, lokaal ? COOKIE_LOKAAL : COOKIE_VEILIG, { path: '/', secure: !lokaal });
}

export interface Aanmelding { organisatieId: string; rol: Rol; gebruiker: string; weergavenaam: string | null; gecertificeerd?: boolean }

/**
 * Creates a session (and ends the one the browser still had: an id is never reused, so no session
 * fixation), audited in one transaction. Returns the token for the cookie.
 */
export async function maakSessie(deps: Pick<AppDeps, 'db' | 'clock' | 'ids' | 'config'>, a: Aanmelding, requestId: string | null, oudToken?: string): Promise<string> {
  const { db, clock, ids } = deps;
  const nu = clock.now();
  const token = nieuwToken();
  const id = ids.uuid();
  await db.transaction(async (tx) => {
    if (oudToken) {
      await tx.update(websessies).set({ tijdstipBeeindigd: nu, beeindigingsreden: 'nieuwe_aanmelding' })
        .where(and(eq(websessies.tokenHash, hashToken(oudToken)), isNull(websessies.tijdstipBeeindigd)));
    }
    await tx.insert(websessies).values({
      id, tokenHash: hashToken(token), organisatieId: a.organisatieId, rol: a.rol, gebruiker: a.gebruiker, weergavenaam: a.weergavenaam,
      gecertificeerd: a.gecertificeerd ?? false,
      csrfToken: nieuwToken(), tijdstipAangemaakt: nu, tijdstipLaatstGebruikt: nu,
    });
    await schrijfAudit(tx, { organisatieId: a.organisatieId, sleutelId: null, rol: a.rol, requestId, ketensleutel: auditSleutels(deps.config).huidig }, nu,
      { actie: 'websessie.aangemeld', objectType: 'websessie', objectId: id });
  });
  return token;
}

/** Signs in: a new session (the old one ended), its token in the cookie. */
export async function startSessie(c: Context<WebEnv>, a: Aanmelding): Promise<string> {
  const token = await maakSessie(c.var.deps, a, c.var.requestId, getCookie(c, cookieNaam(c.var.deps, c.req.url)));
  zetSessieCookie(c, token);
  return token;
}

/** The CSRF token of a session (for tests and tools that post forms on behalf of a signed-in user). */
export async function csrfTokenVan(deps: Pick<AppDeps, 'db'>, token: string): Promise<string | undefined> {
  const [rij] = await deps.db.select({ csrf: websessies.csrfToken }).from(websessies).where(eq(websessies.tokenHash, hashToken(token)));
  return rij?.csrf;
}

/** The session of this request, or undefined (none, unknown, ended or expired — expiry ends it). */
export async function laadSessie(c: Context<WebEnv>): Promise<WebSessie | undefined> {
  const token = getCookie(c, cookieNaam(c.var.deps, c.req.url));
  if (!token || token.length > 100) return undefined;
  const { db, clock, config } = c.var.deps;
  const [rij] = await db.select({ s: websessies, org: organisaties }).from(websessies)
    .innerJoin(organisaties, eq(organisaties.id, websessies.organisatieId))
    .where(and(eq(websessies.tokenHash, hashToken(token)), isNull(websessies.tijdstipBeeindigd)));
  if (!rij) {
    wisSessieCookie(c);
    return undefined;
  }
  const nu = clock.now();
  const inactief = nu.getTime() - rij.s.tijdstipLaatstGebruikt.getTime() > config.SESSIE_INACTIEF_MINUTEN * 60_000;
  const teOud = nu.getTime() - rij.s.tijdstipAangemaakt.getTime() > config.SESSIE_MAXIMAAL_UREN * 3_600_000;
  if (inactief || teOud) {
    await db.update(websessies).set({ tijdstipBeeindigd: nu, beeindigingsreden: inactief ? 'inactief' : 'maximale_duur' })
      .where(and(eq(websessies.id, rij.s.id), isNull(websessies.tijdstipBeeindigd)));
    wisSessieCookie(c);
    return undefined;
  }
  // The idle clock restarts with every request; written at most every 30 seconds.
  if (nu.getTime() - rij.s.tijdstipLaatstGebruikt.getTime() > 30_000) {
    await db.update(websessies).set({ tijdstipLaatstGebruikt: nu }).where(eq(websessies.id, rij.s.id));
  }
  return {
    id: rij.s.id,
    csrfToken: rij.s.csrfToken,
    weergavenaam: rij.s.weergavenaam,
    principal: {
      organisatieId: rij.org.id, organisatieNaam: rij.org.naam, organisatieType: rij.org.type as OrganisatieType,
      rol: rij.s.rol as Rol, sleutelId: null, credential: `websessie:${rij.s.id}`, gecertificeerd: rij.s.gecertificeerd,
    },
  };
}

/** Signs out: the session ends in the database (an old cookie is refused from now on). */
export async function beeindigSessie(c: Context<WebEnv>, sessie: WebSessie) {
  const { db, clock } = c.var.deps;
  const nu = clock.now();
  await db.transaction(async (tx) => {
    await tx.update(websessies).set({ tijdstipBeeindigd: nu, beeindigingsreden: 'afgemeld' })
      .where(and(eq(websessies.id, sessie.id), isNull(websessies.tijdstipBeeindigd)));
    await schrijfAudit(tx, { organisatieId: sessie.principal.organisatieId, sleutelId: null, rol: sessie.principal.rol, requestId: c.var.requestId, ketensleutel: auditSleutels(c.var.deps.config).huidig }, nu,
      { actie: 'websessie.afgemeld', objectType: 'websessie', objectId: sessie.id });
  });
  wisSessieCookie(c);
}
