// Production sign-in: OpenID Connect, authorization code flow with PKCE (openid-client). The ID
// token's claims name the organisation (its id in this service) and the role; a claim that does not
// map to a known organisation and a role its type may have is refused, and nothing is created.
import * as client from 'openid-client';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../../config.js';
import { rollenPerOrganisatieType } from '../../access/permissiematrix.js';
import { ROLLEN, type Rol } from '../../domain/catalogus.js';
import { leesOrganisatie } from '../../modules/organisaties/organisaties.service.js';
import type { WebEnv } from '../omgeving.js';
import { isLokaleHttp, type Aanmelding } from '../sessie/sessies.js';

const POGING_COOKIE = 'nrm-oidc-poging';

export const oidcIngericht = (config: Config) => Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_REDIRECT_URL);

const configuraties = new WeakMap<Config, Promise<client.Configuration>>();

function configuratie(config: Config): Promise<client.Configuration> {
  let cfg = configuraties.get(config);
  if (!cfg) {
    const issuer = new URL(config.OIDC_ISSUER!);
    // A plain-http identity provider only on loopback and outside production (a local test IdP).
    const lokaal = issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname) && config.NODE_ENV !== 'production';
    cfg = client.discovery(issuer, config.OIDC_CLIENT_ID!, config.OIDC_CLIENT_SECRET, undefined, lokaal ? { execute: [client.allowInsecureRequests] } : undefined);
    // A failed discovery is retried at the next sign-in, not cached.
    cfg.catch(() => configuraties.delete(config));
    configuraties.set(config, cfg);
  }
  return cfg;
}

interface Poging { state: string; nonce: string; verifier: string; terug: string }

/** Starts the sign-in: PKCE verifier, state and nonce in a short-lived HttpOnly cookie; off to the IdP. */
export async function startOidc(c: Context<WebEnv>, terug: string): Promise<string> {
  const config = c.var.deps.config;
  const cfg = await configuratie(config);
  const poging: Poging = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier(), terug };
  const url = client.buildAuthorizationUrl(cfg, {
    redirect_uri: config.OIDC_REDIRECT_URL!, scope: config.OIDC_SCOPES,
    code_challenge: await client.calculatePKCECodeChallenge(poging.verifier), code_challenge_method: 'S256',
    state: poging.state, nonce: poging.nonce,
  });
  setCookie(c, POGING_COOKIE, Buffer.from(JSON.stringify(poging)).toString('base64url'), {
    httpOnly: true, sameSite: 'Lax', secure: !isLokaleHttp(c.var.deps, c.req.url), path: '/aanmelden/oidc', maxAge: 600,
  });
  return url.href;
}

export type OidcUitkomst =
  | { soort: 'aangemeld'; aanmelding: Aanmelding; terug: string }
  | { soort: 'geweigerd'; reden: string }
  | { soort: 'mislukt'; reden: string };

/** The IdP's answer: exchange the code (PKCE, state, nonce checked), then map the claims. */
export async function rondOidcAf(c: Context<WebEnv>): Promise<OidcUitkomst> {
  const config = c.var.deps.config;
  const ruw = getCookie(c, POGING_COOKIE);
  deleteCookie(c, POGING_COOKIE, { path: '/aanmelden/oidc', secure: !isLokaleHttp(c.var.deps, c.req.url) });
  let poging: Poging;
  try {
    poging = JSON.parse(Buffer.from(ruw ?? '', 'base64url').toString('utf8')) as Poging;
    if (!poging.state || !poging.verifier || !poging.nonce) throw new Error('onvolledig');
  } catch {
    return { soort: 'mislukt', reden: 'De aanmelding is verlopen of in een ander venster begonnen. Begin opnieuw.' };
  }
  const huidig = new URL(config.OIDC_REDIRECT_URL!);
  huidig.search = new URL(c.req.url).search;
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(await configuratie(config), huidig, {
      pkceCodeVerifier: poging.verifier, expectedState: poging.state, expectedNonce: poging.nonce, idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (err) {
    c.var.deps.logger.warn({ requestId: c.var.requestId, fout: (err as Error).name ?? 'fout' }, 'oidc-aanmelding mislukt');
    return { soort: 'mislukt', reden: 'De identiteitsprovider gaf geen geldige aanmelding terug. Begin opnieuw; lukt het niet, neem contact op met de functioneel beheerder.' };
  }
  if (!claims) return { soort: 'mislukt', reden: 'De identiteitsprovider gaf geen ID-token terug.' };
  const organisatieId = claims[config.OIDC_ORGANISATIE_CLAIM];
  const rol = claims[config.OIDC_ROL_CLAIM];
  const organisatie = typeof organisatieId === 'string' ? await leesOrganisatie(c.var.deps.db, organisatieId) : undefined;
  if (!organisatie) {
    c.var.deps.logger.warn({ requestId: c.var.requestId }, 'oidc-aanmelding geweigerd: onbekende organisatie');
    return { soort: 'geweigerd', reden: 'Uw account is niet gekoppeld aan een organisatie die aan het NRM deelneemt.' };
  }
  if (typeof rol !== 'string' || !(ROLLEN as readonly string[]).includes(rol) || !rollenPerOrganisatieType[organisatie.type].includes(rol as Rol)) {
    c.var.deps.logger.warn({ requestId: c.var.requestId, organisatieId: organisatie.id }, 'oidc-aanmelding geweigerd: rol past niet');
    return { soort: 'geweigerd', reden: `Uw account heeft geen rol die bij ${organisatie.naam} past.` };
  }
  const naam = claims[config.OIDC_NAAM_CLAIM];
  return {
    soort: 'aangemeld', terug: poging.terug,
    aanmelding: {
      organisatieId: organisatie.id, rol: rol as Rol, gebruiker: `oidc:${claims.iss}#${claims.sub}`,
      weergavenaam: typeof naam === 'string' && naam.length <= 200 ? naam : null,
      // Only a literal true in the certification claim counts, as for bearer tokens (src/access/jwt.ts).
      gecertificeerd: rol === 'intaker' && claims[config.OAUTH_CERTIFICERING_CLAIM] === true,
    },
  };
}
