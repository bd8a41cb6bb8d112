// OpenID Connect sign-in (authorization code + PKCE, openid-client) against a small identity
// provider on loopback: the claims map to an organisation and a role; an unknown organisation or a
// role that does not fit its type is refused with a Dutch page and nothing is created.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startTestIdp, type TestIdp } from '../support/identiteitsprovider.js';

let idp: TestIdp;
let t: TestApp;
const BASIS = 'http://localhost';

beforeAll(async () => {
  idp = await startTestIdp({ clientId: 'nrm-web', clientSecret: 'geheim-van-de-client' });
  t = await startTestApp({
    env: {
      OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: 'nrm-web', OIDC_CLIENT_SECRET: 'geheim-van-de-client',
      OIDC_REDIRECT_URL: `${BASIS}/aanmelden/oidc/terug`, OIDC_ORGANISATIE_CLAIM: 'nrm_organisatie_id', OIDC_ROL_CLAIM: 'nrm_rol',
    },
  });
});
afterAll(async () => { await t?.close(); await idp?.close(); });

/** The browser's round trip: app → IdP → app, carrying the cookies the app sets. */
async function meldAan() {
  const cookies = new Map<string, string>();
  const bewaar = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [paar] = c.split(';');
      const i = paar!.indexOf('=');
      const waarde = paar!.slice(i + 1);
      if (waarde === '' || /Max-Age=0/i.test(c)) cookies.delete(paar!.slice(0, i)); else cookies.set(paar!.slice(0, i), waarde);
    }
  };
  const kop = () => ({ Cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') });
  const start = await t.app.request(`${BASIS}/aanmelden/oidc?terug=%2F`);
  expect(start.status).toBe(303);
  bewaar(start);
  const naarIdp = new URL(start.headers.get('location')!);
  expect(naarIdp.origin).toBe(idp.issuer);
  expect(naarIdp.searchParams.get('code_challenge_method')).toBe('S256');
  const idpAntwoord = await fetch(naarIdp, { redirect: 'manual' });
  expect(idpAntwoord.status).toBe(302);
  const terug = new URL(idpAntwoord.headers.get('location')!);
  const klaar = await t.app.request(terug.href, { headers: kop() });
  bewaar(klaar);
  return { klaar, html: await klaar.text(), cookies, kop };
}

describe('aanmelden met OpenID Connect', () => {
  it('de aanmeldpagina biedt het organisatieaccount aan (en geen demo-accounts)', async () => {
    const html = await (await t.app.request(`${BASIS}/aanmelden`)).text();
    expect(html).toContain('Aanmelden met uw organisatieaccount');
    expect(html).not.toContain('Demo-accounts');
  });

  it('claims van een bekende organisatie en een passende rol: een sessie als die rol van die organisatie', async () => {
    idp.gebruiker = { sub: 'politie-123', nrm_organisatie_id: t.organisatieIds.kmar, nrm_rol: 'intaker', name: 'J. de Vries' };
    const { klaar, cookies, kop } = await meldAan();
    expect(klaar.status).toBe(303);
    expect(klaar.headers.get('location')).toBe('/');
    expect(cookies.has('nrm-sessie')).toBe(true);
    const werk = await t.app.request(`${BASIS}/`, { headers: kop() });
    expect(werk.status).toBe(200);
    const html = await werk.text();
    expect(html).toContain('J. de Vries, KMar Schiphol — Intaker');
    expect(html).toContain('Nieuw dossier');
  });

  it('een onbekende organisatie: weigeringspagina, geen sessie, niets aangemaakt', async () => {
    idp.gebruiker = { sub: 'onbekend-1', nrm_organisatie_id: '00000000-0000-4000-8000-000000000000', nrm_rol: 'intaker' };
    const voor = await t.tabeltellingen();
    const { klaar, html, cookies } = await meldAan();
    expect(klaar.status).toBe(403);
    expect(html).toContain('Aanmelden geweigerd');
    expect(html).toContain('niet gekoppeld aan een organisatie');
    expect(cookies.has('nrm-sessie')).toBe(false);
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it('een rol die niet bij het type organisatie past: geweigerd, niets aangemaakt', async () => {
    idp.gebruiker = { sub: 'politie-9', nrm_organisatie_id: t.organisatieIds.politie, nrm_rol: 'ind_medewerker' };
    const voor = await t.tabeltellingen();
    const { klaar, html } = await meldAan();
    expect(klaar.status).toBe(403);
    expect(html).toContain('geen rol die bij Politie Eenheid Amsterdam (TMM) past');
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it('zonder organisatieclaim: geweigerd', async () => {
    idp.gebruiker = { sub: 'zonder-claims' };
    const { klaar } = await meldAan();
    expect(klaar.status).toBe(403);
  });

  it('een antwoord met een andere state (of zonder de aanmeldcookie) wordt niet ingewisseld', async () => {
    idp.gebruiker = { sub: 'x', nrm_organisatie_id: t.organisatieIds.politie, nrm_rol: 'intaker' };
    const start = await t.app.request(`${BASIS}/aanmelden/oidc`);
    const cookie = start.headers.getSetCookie()[0]!.split(';')[0]!;
    const idpAntwoord = await fetch(new URL(start.headers.get('location')!), { redirect: 'manual' });
    const terug = new URL(idpAntwoord.headers.get('location')!);
    terug.searchParams.set('state', 'vervalst');
    const voorTokens = idp.tokenverzoeken;
    const r = await t.app.request(terug.href, { headers: { Cookie: cookie } });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain('Aanmelden niet gelukt');
    const zonderCookie = await t.app.request(new URL(idpAntwoord.headers.get('location')!).href);
    expect(zonderCookie.status).toBe(400);
    expect(idp.tokenverzoeken).toBe(voorTokens);
  });
});
