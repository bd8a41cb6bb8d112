// Sessions and forms of the web application (issue 14): idle and absolute time-outs, sign-out,
// rotation at sign-in, CSRF token and Origin check (403, nothing written), the demo sign-in absent in
// production, cookie attributes, the pages' headers, and the processing log of a page.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { rowsOf } from '../../src/db/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
let app: ReturnType<typeof createApp>;
const BASIS = 'http://localhost';

beforeAll(async () => {
  t = await startTestApp({ nu: '2026-11-20T10:00:00Z' });
  app = createApp({ ...t.deps, demoAanmelding: true });
});
afterAll(async () => { await t?.close(); });

/** A tiny cookie jar: what the browser would keep between requests. */
class Browser {
  cookies = new Map<string, string>();
  constructor(readonly basis = BASIS, readonly origin = BASIS) {}
  async vraag(pad: string, opties: { methode?: string; form?: Record<string, string>; origin?: string | null } = {}) {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const methode = opties.methode ?? (opties.form ? 'POST' : 'GET');
    if (methode === 'POST') {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      const origin = opties.origin === undefined ? this.origin : opties.origin;
      if (origin) headers.Origin = origin;
    }
    const res = await app.request(`${this.basis}${pad}`, { method: methode, headers, body: opties.form ? new URLSearchParams(opties.form).toString() : undefined });
    for (const c of res.headers.getSetCookie()) {
      const [paar] = c.split(';');
      const [naam, ...rest] = paar!.split('=');
      const waarde = rest.join('=');
      if (/Max-Age=0/i.test(c) || waarde === '') this.cookies.delete(naam!); else this.cookies.set(naam!, waarde);
    }
    return { status: res.status, headers: res.headers, text: await res.text(), setCookie: res.headers.getSetCookie() };
  }
  /** The hidden _csrf of the first form on a page (or of the first form posting to `actie`). */
  static csrf(html: string, actie?: string) {
    const vanaf = actie ? html.indexOf(`action="${actie}"`) : 0;
    return /name="_csrf" value="([^"]+)"/.exec(html.slice(Math.max(0, vanaf)))?.[1] ?? '';
  }
}

async function aanmelden(b: Browser, org = t.organisatieIds.politie, rol = 'intaker') {
  const pagina = await b.vraag('/aanmelden');
  expect(pagina.status).toBe(200);
  const r = await b.vraag('/aanmelden/demo', { form: { _csrf: Browser.csrf(pagina.text, '/aanmelden/demo'), organisatieId: org, rol, terug: '/' } });
  expect(r.status, r.text.slice(0, 300)).toBe(303);
  return r;
}

async function sessieRij(token: string) {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(token).digest('hex');
  return rowsOf<{ tijdstip_beeindigd: Date | null; beeindigingsreden: string | null }>(await t.db.execute(sql`select tijdstip_beeindigd, beeindigingsreden from websessies where token_hash = ${hash}`))[0];
}

describe('aanmelden en de sessie', () => {
  it('de demo-aanmelding geeft een sessiecookie: HttpOnly, SameSite=Lax, Path=/; op http://localhost zonder Secure en zonder __Host-', async () => {
    const b = new Browser();
    const r = await aanmelden(b);
    const cookie = r.setCookie.find((c) => c.startsWith('nrm-sessie='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect((await b.vraag('/')).status).toBe(200);
  });

  it('over https heet de cookie __Host-nrm-sessie en is hij Secure', async () => {
    const b = new Browser('https://nrm.example.org', 'https://nrm.example.org');
    const r = await aanmelden(b);
    const cookie = r.setCookie.find((c) => c.startsWith('__Host-nrm-sessie='))!;
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
    expect((await b.vraag('/')).status).toBe(200);
  });

  it('na 15 minuten zonder verzoek is de sessie verlopen: naar de aanmeldpagina, ook als de klok terug zou gaan', async () => {
    const b = new Browser();
    await aanmelden(b);
    const token = b.cookies.get('nrm-sessie')!;
    t.klok.verzet(14 * 60_000);
    expect((await b.vraag('/')).status).toBe(200);
    t.klok.verzet(14 * 60_000); // 28 minutes after sign-in, but only 14 after the last request
    expect((await b.vraag('/')).status).toBe(200);
    t.klok.verzet(15 * 60_000 + 1000);
    const r = await b.vraag('/');
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/aanmelden?terug=%2F');
    expect(await sessieRij(token)).toMatchObject({ beeindigingsreden: 'inactief' });
    t.klok.verzet(-20 * 60_000);
    b.cookies.set('nrm-sessie', token);
    expect((await b.vraag('/')).status).toBe(303);
  });

  it('na 8 uur is de sessie verlopen, ook bij steeds nieuwe verzoeken', async () => {
    const b = new Browser();
    await aanmelden(b);
    for (let i = 0; i < 8 * 6; i++) {
      t.klok.verzet(10 * 60_000);
      expect((await b.vraag('/')).status, `na ${(i + 1) * 10} minuten`).toBe(200);
    }
    t.klok.verzet(10 * 60_000);
    expect((await b.vraag('/')).status).toBe(303);
  });

  it('afmelden beëindigt de sessie: de oude cookie wordt daarna geweigerd', async () => {
    const b = new Browser();
    await aanmelden(b);
    const token = b.cookies.get('nrm-sessie')!;
    const werk = await b.vraag('/');
    const r = await b.vraag('/afmelden', { form: { _csrf: Browser.csrf(werk.text) } });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/aanmelden?afgemeld=1');
    expect(b.cookies.has('nrm-sessie')).toBe(false);
    expect(await sessieRij(token)).toMatchObject({ beeindigingsreden: 'afgemeld' });
    b.cookies.set('nrm-sessie', token);
    const oud = await b.vraag('/');
    expect(oud.status).toBe(303);
    expect(oud.headers.get('location')).toMatch(/^\/aanmelden/);
  });

  it('bij elke aanmelding een nieuwe sessie-id; de vorige sessie van die browser eindigt', async () => {
    const b = new Browser();
    await aanmelden(b);
    const eerste = b.cookies.get('nrm-sessie')!;
    await aanmelden(b, t.organisatieIds.kmar);
    const tweede = b.cookies.get('nrm-sessie')!;
    expect(tweede).not.toBe(eerste);
    expect(await sessieRij(eerste)).toMatchObject({ beeindigingsreden: 'nieuwe_aanmelding' });
    expect((await b.vraag('/')).text).toContain('KMar Schiphol');
  });

  it('een rol die niet bij de organisatie past wordt geweigerd; er wordt niets aangemaakt', async () => {
    const b = new Browser();
    const pagina = await b.vraag('/aanmelden');
    const voor = await t.tabeltellingen();
    const r = await b.vraag('/aanmelden/demo', { form: { _csrf: Browser.csrf(pagina.text), organisatieId: t.organisatieIds.politie, rol: 'ind_medewerker' } });
    expect(r.status).toBe(403);
    expect(r.text).toContain('Aanmelden geweigerd');
    expect(await t.tabeltellingen()).toEqual(voor);
  });
});

describe('formulieren: CSRF-token en Origin', () => {
  async function dossierMetSessie() {
    const d = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' } });
    const b = new Browser();
    await aanmelden(b);
    const formulier = await b.vraag(`/dossiers/${d.body.id}/signalen/nieuw`);
    expect(formulier.status).toBe(200);
    return { b, pad: `/dossiers/${d.body.id}/signalen/nieuw`, csrf: Browser.csrf(formulier.text) };
  }
  const signaal = { ontvangstdatum: '20-11-2026', bron: 'slachtoffer_zelf', 'uitbuitingsvormen[]': 'arbeid', locatie: 'nederland' };

  it('zonder token: 403 en niets geschreven', async () => {
    const { b, pad } = await dossierMetSessie();
    const voor = await t.tabeltellingen();
    const r = await b.vraag(pad, { form: signaal });
    expect(r.status).toBe(403);
    expect(r.text).toContain('Formulier geweigerd');
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it('met een verkeerd token: 403 en niets geschreven', async () => {
    const { b, pad } = await dossierMetSessie();
    const voor = await t.tabeltellingen();
    expect((await b.vraag(pad, { form: { ...signaal, _csrf: 'x'.repeat(43) } })).status).toBe(403);
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it('van een andere origin (met een geldig token): 403 en niets geschreven; zonder Origin ook', async () => {
    const { b, pad, csrf } = await dossierMetSessie();
    const voor = await t.tabeltellingen();
    expect((await b.vraag(pad, { form: { ...signaal, _csrf: csrf }, origin: 'https://aanvaller.example' })).status).toBe(403);
    expect((await b.vraag(pad, { form: { ...signaal, _csrf: csrf }, origin: null })).status).toBe(403);
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it('met token en eigen origin wordt het signaal wel vastgelegd (de weigeringen hierboven komen van de controle)', async () => {
    const { b, pad, csrf } = await dossierMetSessie();
    const voor = await t.tabeltellingen();
    const r = await b.vraag(pad, { form: { ...signaal, _csrf: csrf } });
    expect(r.status, r.text.slice(0, 500)).toBe(303);
    expect((await t.tabeltellingen()).signalen).toBe(voor.signalen! + 1);
  });

  it('ook het aanmeldformulier eist zijn token en de eigen origin', async () => {
    const b = new Browser();
    const pagina = await b.vraag('/aanmelden');
    const voor = await t.tabeltellingen();
    expect((await b.vraag('/aanmelden/demo', { form: { organisatieId: t.organisatieIds.politie, rol: 'intaker' } })).status).toBe(403);
    expect((await b.vraag('/aanmelden/demo', { form: { _csrf: Browser.csrf(pagina.text), organisatieId: t.organisatieIds.politie, rol: 'intaker' }, origin: 'https://aanvaller.example' })).status).toBe(403);
    expect(await t.tabeltellingen()).toEqual(voor);
  });
});

describe('de demo-aanmelding bestaat niet in productie', () => {
  it('NODE_ENV=production: geen demo-accounts op de aanmeldpagina, het formulier 404, ook als de demo aan zou staan', async () => {
    const productie = createApp({ ...t.deps, demoAanmelding: true, config: parseConfig({ ...process.env, NODE_ENV: 'production', DATABASE_URL: undefined, AUDIT_SLEUTEL: 'testsleutel-audit-0123456789abcdef0123456789' }) });
    const pagina = await productie.request('https://nrm.example.org/aanmelden');
    const html = await pagina.text();
    expect(pagina.status).toBe(200);
    expect(html).not.toContain('Demo-accounts');
    expect(html).not.toContain('/aanmelden/demo');
    const voor = await t.tabeltellingen();
    const r = await productie.request('https://nrm.example.org/aanmelden/demo', {
      method: 'POST', headers: { Origin: 'https://nrm.example.org', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ organisatieId: t.organisatieIds.politie, rol: 'intaker' }).toString(),
    });
    expect(r.status).toBe(404);
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it('zonder de embedded demogegevens (demoAanmelding uit) ook niet', async () => {
    const zonder = createApp({ ...t.deps, demoAanmelding: false });
    expect(await (await zonder.request(`${BASIS}/aanmelden`)).text()).not.toContain('Demo-accounts');
  });
});

describe('kopteksten en het verwerkingslog van pagina\'s', () => {
  it('pagina\'s: strikte CSP zonder unsafe-inline, nooit in een frame, niet bewaard; de NL Design System-CSS komt van de dienst zelf', async () => {
    const b = new Browser();
    await aanmelden(b);
    const r = await b.vraag('/');
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.text).not.toMatch(/<script|style="|https?:\/\/(?!localhost)/);
    for (const href of r.text.match(/\/statisch\/[^"]+/g)!) {
      const asset = await app.request(`${BASIS}${href.replace(/&amp;/g, '&')}`);
      expect(asset.status, href).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('max-age=31536000');
    }
    expect((await app.request(`${BASIS}/statisch/../package.json`)).status).toBe(404);
  });

  it('de API houdt haar eigen kopteksten', async () => {
    const r = await t.verzoek('GET', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker') });
    expect(r.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('het lezen van een dossier via de pagina komt in het verwerkingslog en de persoonsgegevens in de audittrail, zoals via de API', async () => {
    const sleutel = t.sleutel('politie', 'intaker');
    const d = await t.verzoek('POST', '/v1/dossiers', { sleutel, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' } });
    await t.verzoek('PUT', `/v1/dossiers/${d.body.id}/persoonsgegevens`, { sleutel, body: { voornamen: 'Kofi', geslachtsnaam: 'Asante', geboortedatum: '1990-01-01', nationaliteit: 'GH', vreemdelingennummer: null, geslacht: 'man', talen: [] } });
    const b = new Browser();
    await aanmelden(b);
    const tel = async () => rowsOf<{ v: number; a: number }>(await t.db.execute(sql`select
      (select count(*)::int from verwerkingen where handeling = 'GET /dossiers/:dossierId') as v,
      (select count(*)::int from auditregels where actie = 'persoonsgegevens.gelezen' and dossier_id = ${d.body.id}) as a`))[0]!;
    const voor = await tel();
    const r = await b.vraag(`/dossiers/${d.body.id}`);
    expect(r.status).toBe(200);
    expect(r.text).toContain('Kofi Asante');
    const na = await tel();
    expect(na.a).toBe(voor.a + 1);
    const activiteiten = rowsOf<{ verwerkingsactiviteit_id: string }>(await t.db.execute(sql`select distinct verwerkingsactiviteit_id from verwerkingen where handeling = 'GET /dossiers/:dossierId' order by 1`))
      .map((x) => x.verwerkingsactiviteit_id);
    expect(na.v).toBeGreaterThan(voor.v);
    expect(activiteiten).toEqual(expect.arrayContaining(['nrm-registratie', 'nrm-bedenktijd']));
  });

  it('aanmelden en afmelden staan in de audittrail', async () => {
    const tel = async () => rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from auditregels where actie in ('websessie.aangemeld', 'websessie.afgemeld')`))[0]!.n;
    const voor = await tel();
    const b = new Browser();
    await aanmelden(b);
    const werk = await b.vraag('/');
    await b.vraag('/afmelden', { form: { _csrf: Browser.csrf(werk.text) } });
    expect(await tel()).toBe(voor + 2);
  });
});
