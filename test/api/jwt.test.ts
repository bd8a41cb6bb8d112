// OAuth 2.0 / JWT next to API keys (issue 6, NL GOV Assurance profile): tokens signed with keys the
// test generates, validated against a local JWKS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
let rsa: CryptoKey;
let ec: CryptoKey;
let vreemd: CryptoKey;
const ISSUER = 'https://login.example.nl';

beforeAll(async () => {
  const rsaPaar = await generateKeyPair('RS256');
  const ecPaar = await generateKeyPair('ES256');
  rsa = rsaPaar.privateKey;
  ec = ecPaar.privateKey;
  vreemd = (await generateKeyPair('RS256')).privateKey;
  const keys: JWK[] = [
    { ...(await exportJWK(rsaPaar.publicKey)), kid: 'rsa', alg: 'RS256' },
    { ...(await exportJWK(ecPaar.publicKey)), kid: 'ec', alg: 'ES256' },
  ];
  t = await startTestApp({
    jwt: { issuers: [ISSUER], audience: 'nrm-api', organisatieClaim: 'nrm_organisatie_id', rolClaim: 'nrm_rol', sleutels: createLocalJWKSet({ keys }) },
  });
});
afterAll(async () => { await t.close(); });

interface Opties { alg?: string; kid?: string; sleutel?: CryptoKey; iss?: string; aud?: string; exp?: number; nbf?: number; org?: string; rol?: string }

async function token(o: Opties = {}) {
  const nu = Math.floor(t.klok.now().getTime() / 1000);
  const jwt = new SignJWT({ nrm_organisatie_id: o.org ?? t.organisatieIds.politie, nrm_rol: o.rol ?? 'intaker' })
    .setProtectedHeader({ alg: o.alg ?? 'RS256', kid: o.kid ?? 'rsa' })
    .setIssuer(o.iss ?? ISSUER).setAudience(o.aud ?? 'nrm-api').setSubject('medewerker-42')
    .setIssuedAt(nu).setExpirationTime(o.exp ?? nu + 300);
  if (o.nbf !== undefined) jwt.setNotBefore(o.nbf);
  return jwt.sign(o.sleutel ?? rsa);
}

const dossier = { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf' };

describe('JWT-bearer', () => {
  it('geeft dezelfde resultaten als een API-sleutel van dezelfde organisatie en rol', async () => {
    const metJwt = await t.verzoek('POST', '/v1/dossiers', { sleutel: await token(), body: dossier });
    expect(metJwt.status).toBe(201);
    expect(metJwt.body.registrerendeOrganisatieId).toBe(t.organisatieIds.politie);
    const viaSleutel = await t.verzoek('GET', `/v1/dossiers/${metJwt.body.id}`, { sleutel: t.sleutel('politie', 'intaker') });
    const viaJwt = await t.verzoek('GET', `/v1/dossiers/${metJwt.body.id}`, { sleutel: await token() });
    expect(viaJwt.status).toBe(200);
    expect(viaJwt.body).toEqual(viaSleutel.body);
    expect((await t.verzoek('GET', `/v1/dossiers/${metJwt.body.id}`, { sleutel: await token({ org: t.organisatieIds.politie2 }) })).status).toBe(404);
    expect((await t.verzoek('POST', '/v1/dossiers', { sleutel: await token({ org: t.organisatieIds.ind, rol: 'ind_medewerker' }), body: dossier })).status).toBe(403);
  });

  it('accepteert ES256', async () => {
    expect((await t.verzoek('GET', '/v1/dossiers', { sleutel: await token({ alg: 'ES256', kid: 'ec', sleutel: ec }) })).status).toBe(200);
  });

  it.each<[string, () => Promise<string>]>([
    ['een verkeerde aud', () => token({ aud: 'ander-systeem' })],
    ['een verlopen token (buiten de speling van 30 s)', () => token({ exp: Math.floor(t.klok.now().getTime() / 1000) - 31 })],
    ['een token dat nog niet geldig is (nbf)', () => token({ nbf: Math.floor(t.klok.now().getTime() / 1000) + 120 })],
    ['een issuer buiten de allowlist', () => token({ iss: 'https://kwaad.example' })],
    ['een handtekening van een onbekende sleutel', () => token({ sleutel: vreemd })],
    ['een rol die niet bij het organisatietype past', () => token({ org: t.organisatieIds.ind, rol: 'intaker' })],
    ['een onbekende organisatie', () => token({ org: '00000000-0000-4000-8000-000000000000' })],
    // Issue 11: these reached the uuid column and ended in a 500.
    ['een organisatieclaim van 36 streepjes', () => token({ org: '-'.repeat(36) })],
    ['een organisatieclaim met een niet-hexadecimaal teken', () => token({ org: '0000000g-0000-4000-8000-000000000000' })],
    ['een organisatieclaim zonder streepjes op de juiste plaats', () => token({ org: '000000000000-4000-8000-0000-00000000' })],
    ['een organisatieclaim met SQL', () => token({ org: "' or 1=1 --" })],
    ['alg: none', async () => {
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const nu = Math.floor(t.klok.now().getTime() / 1000);
      return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: ISSUER, aud: 'nrm-api', sub: 'x', exp: nu + 300, nrm_organisatie_id: t.organisatieIds.politie, nrm_rol: 'intaker' })}.`;
    }],
    ['HS256 met de publieke sleutel als geheim', async () => {
      const geheim = new TextEncoder().encode('nrm-geheim-dat-niemand-kent-0123456789');
      return new SignJWT({ nrm_organisatie_id: t.organisatieIds.politie, nrm_rol: 'intaker' }).setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER).setAudience('nrm-api').setSubject('x').setExpirationTime(Math.floor(t.klok.now().getTime() / 1000) + 300).sign(geheim);
    }],
  ])('weigert %s met 401', async (_naam, maak) => {
    const r = await t.verzoek('GET', '/v1/dossiers', { sleutel: await maak() });
    expect(r.status).toBe(401);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });

  it('API-sleutels blijven werken naast JWT', async () => {
    expect((await t.verzoek('GET', '/v1/dossiers', { sleutel: t.sleutel('kmar', 'intaker') })).status).toBe(200);
  });
});
