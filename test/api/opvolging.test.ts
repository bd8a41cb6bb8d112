// The follow-up duties of the report, recorded and visible (issue 20; docs/regels.md R5–R8):
// - only a certified intaker records an assessment made in an informatief gesprek (API key attribute,
//   CLI `--gecertificeerd`, JWT claim); the officer's duties in the interview are recorded fields;
// - enrichment deadlines by the weight of a signal (24 hours very strong, a week weak or strong) and
//   the alert list GET /v1/signalen-zonder-opvolging per organisation;
// - the referral purposes lcc, nla_opsporing and nla_toezicht; missing and runaway minors as a signal context.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voerUit } from '../../src/cli/beheer.js';
import { principalVoorJwt } from '../../src/access/jwt.js';
import { principalVoorSleutel } from '../../src/access/authenticatie.js';
import { maakSleutel, OngeldigeRol } from '../../src/beheer/beheer.js';
import { connectPglite } from '../../src/db/client.js';
import { ingebouwdeDatabaseMap } from '../../src/db/ingebouwd.js';
import { apiSleutels } from '../../src/db/schema.js';
import { geweigerd, ongeldigeNamen } from '../support/weigering.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
const START = '2026-11-20T10:00:00Z';
beforeAll(async () => { t = await startTestApp({ nu: START }); });
afterAll(async () => { await t.close(); });

const intaker = (org: 'politie' | 'politie2' | 'kmar' | 'nla' = 'politie') => t.sleutel(org, 'intaker');
const UUR = 3_600_000;

async function nieuwDossier(sleutel = intaker()) {
  const r = await t.verzoek('POST', '/v1/dossiers', { sleutel, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' } });
  expect(r.status, r.text).toBe(201);
  return r.body.id as string;
}

const BEOORDELING = {
  beoordelingsdatum: '2026-11-20', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' }, elementen: { handeling: true, middel: true, oogmerk: true },
  indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
};

describe('gecertificeerde intakers (rapport §5.3, §5.6, §6.3; docs/regels.md R6)', () => {
  it('een niet-gecertificeerde intaker legt geen beoordeling met informatief gesprek vast: 403 met uitleg, niets geschreven; zonder gesprek wel', async () => {
    const { sleutel } = await maakSleutel(t.deps, t.organisatieIds.politie, 'intaker', 'niet gecertificeerd');
    const dossierId = await nieuwDossier();
    const r = await geweigerd(t, 'POST', `/v1/dossiers/${dossierId}/beoordelingen`, { sleutel, body: BEOORDELING }, 403);
    expect(r.body.detail).toMatch(/Alleen een gecertificeerd intaker mensenhandel voert het informatief gesprek/);
    const zonderGesprek = await t.verzoek('POST', `/v1/dossiers/${dossierId}/beoordelingen`, { sleutel, body: { ...BEOORDELING, informatiefGesprek: { gevoerd: false, datum: null } } });
    expect(zonderGesprek.status, zonderGesprek.text).toBe(201);
  });

  it('een gecertificeerde sleutel mag het wel; de demo-intakers zijn gecertificeerd, andere rollen niet', async () => {
    const { sleutel } = await maakSleutel(t.deps, t.organisatieIds.kmar, 'intaker', 'OAMK', { gecertificeerd: true });
    const dossierId = await nieuwDossier(sleutel);
    expect((await t.verzoek('POST', `/v1/dossiers/${dossierId}/beoordelingen`, { sleutel, body: BEOORDELING })).status).toBe(201);
    for (const s of t.sleutels) expect((await principalVoorSleutel(t.db, s.sleutel))!.gecertificeerd, `${s.organisatie}/${s.rol}`).toBe(s.rol === 'intaker');
    await expect(maakSleutel(t.deps, t.organisatieIds.om, 'officier', undefined, { gecertificeerd: true })).rejects.toBeInstanceOf(OngeldigeRol);
  });

  it('CLI: sleutel-aanmaken --gecertificeerd zet het kenmerk; zonder de vlag niet; bij een andere rol dan intaker een fout', async () => {
    const map = await mkdtemp(path.join(tmpdir(), 'nrm-cert-'));
    try {
      const beheer = async (...argv: string[]) => {
        const out: string[] = [];
        const err: string[] = [];
        const code = await voerUit(argv, { DATA_DIR: map, LOG_LEVEL: 'silent' }, { log: (s) => out.push(s), fout: (s) => err.push(s) });
        return { code, json: out.length ? JSON.parse(out.join('\n')) : null, err: err.join('\n') };
      };
      expect((await beheer('organisatie-aanmaken', '--naam', 'KMar Schiphol', '--type', 'kmar')).code).toBe(0);
      const met = await beheer('sleutel-aanmaken', '--organisatie', 'KMar Schiphol', '--rol', 'intaker', '--gecertificeerd');
      expect(met.code, met.err).toBe(0);
      expect(met.json).toMatchObject({ rol: 'intaker', gecertificeerd: true });
      const zonder = await beheer('sleutel-aanmaken', '--organisatie', 'KMar Schiphol', '--rol', 'intaker');
      expect(zonder.json).toMatchObject({ gecertificeerd: false });
      const analist = await beheer('sleutel-aanmaken', '--organisatie', 'KMar Schiphol', '--rol', 'analist', '--gecertificeerd');
      expect(analist.code).toBe(1);
      expect(analist.err).toContain('Alleen een intaker kan gecertificeerd zijn');
      const lijst = await beheer('sleutels');
      expect(lijst.json.sleutels.map((s: { gecertificeerd: boolean }) => s.gecertificeerd).sort()).toEqual([false, true]);
      const db = await connectPglite(ingebouwdeDatabaseMap(map));
      try {
        const [rij] = await db.db.select().from(apiSleutels).where(eq(apiSleutels.id, met.json.id));
        expect(rij!.gecertificeerd).toBe(true);
      } finally { await db.close(); }
    } finally {
      await rm(map, { recursive: true, force: true });
    }
  }, 180_000);

  it('JWT: alleen de claim nrm_gecertificeerd: true certificeert (de claimnaam is instelbaar: OAUTH_CERTIFICERING_CLAIM)', async () => {
    const paar = await generateKeyPair('RS256');
    const instellingen = {
      issuers: ['https://login.example.nl'], audience: 'nrm-api', organisatieClaim: 'nrm_organisatie_id', rolClaim: 'nrm_rol',
      certificeringClaim: 'nrm_gecertificeerd', sleutels: createLocalJWKSet({ keys: [{ ...(await exportJWK(paar.publicKey)), kid: 'k', alg: 'RS256' }] }),
    };
    const nu = new Date(START);
    const token = (claims: Record<string, unknown>) => new SignJWT({ nrm_organisatie_id: t.organisatieIds.politie, nrm_rol: 'intaker', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' }).setIssuer('https://login.example.nl').setAudience('nrm-api').setSubject('intaker-7')
      .setIssuedAt(Math.floor(nu.getTime() / 1000)).setExpirationTime(Math.floor(nu.getTime() / 1000) + 300).sign(paar.privateKey);
    expect((await principalVoorJwt(t.db, await token({ nrm_gecertificeerd: true }), instellingen, nu))!.gecertificeerd).toBe(true);
    expect((await principalVoorJwt(t.db, await token({ nrm_gecertificeerd: 'true' }), instellingen, nu))!.gecertificeerd).toBe(false);
    expect((await principalVoorJwt(t.db, await token({}), instellingen, nu))!.gecertificeerd).toBe(false);
    const anders = { ...instellingen, certificeringClaim: 'oamk' };
    expect((await principalVoorJwt(t.db, await token({ oamk: true }), anders, nu))!.gecertificeerd).toBe(true);
  });
});

describe('de plichten in het informatief gesprek, vastgelegd en zichtbaar (Aanwijzing mensenhandel; docs/regels.md R5)', () => {
  it('worden met de beoordeling vastgelegd en teruggegeven', async () => {
    const dossierId = await nieuwDossier();
    const verplichtingen = { opsporingZonderAangifteMeegedeeld: true, opsporingsindicaties: 'vastgelegd_in_proces_verbaal', gewezenOpHulpverlening: true };
    const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/beoordelingen`, {
      sleutel: intaker(), body: { ...BEOORDELING, informatiefGesprek: { ...BEOORDELING.informatiefGesprek, verplichtingen } },
    });
    expect(r.status, r.text).toBe(201);
    const gelezen = await t.verzoek('GET', `/v1/dossiers/${dossierId}/beoordelingen/${r.body.id}`, { sleutel: intaker() });
    expect(gelezen.body.informatiefGesprek).toEqual({ gevoerd: true, datum: '2026-11-20', verplichtingen });
  });

  it('400: plichten bij een gesprek dat niet is gevoerd, en een onbekende waarde', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd(t, 'POST', `/v1/dossiers/${dossierId}/beoordelingen`, {
      sleutel: intaker(), body: { ...BEOORDELING, informatiefGesprek: { gevoerd: false, datum: null, verplichtingen: { opsporingZonderAangifteMeegedeeld: true, opsporingsindicaties: 'misschien', gewezenOpHulpverlening: true } } },
    }, 400);
    expect(ongeldigeNamen(r)).toEqual(['informatiefGesprek.verplichtingen.opsporingsindicaties']);
    const s = await geweigerd(t, 'POST', `/v1/dossiers/${dossierId}/beoordelingen`, {
      sleutel: intaker(), body: { ...BEOORDELING, informatiefGesprek: { gevoerd: false, datum: null, verplichtingen: { opsporingZonderAangifteMeegedeeld: true, opsporingsindicaties: 'geen_bruikbare', gewezenOpHulpverlening: true } } },
    }, 400);
    expect(ongeldigeNamen(s)).toEqual(['informatiefGesprek.verplichtingen']);
  });
});

describe('verrijkingstermijnen en signalen zonder opvolging (rapport §4.3, §4.6.2; docs/regels.md R7)', () => {
  async function signaal(dossierId: string, weging: { schaal: string; waarde: string } | null, sleutel = intaker(), extra: Record<string, unknown> = {}) {
    const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/signalen`, {
      sleutel, body: { ontvangstdatum: '2026-11-20', bron: 'politie_eigen', uitbuitingsvormen: ['seksueel'], locatie: 'nederland', weging, ...extra },
    });
    expect(r.status, r.text).toBe(201);
    return r.body;
  }
  async function lijst(sleutel = intaker()): Promise<Array<{ signaalId: string; urenOverschreden: number; contexten: string[]; melding: string }>> {
    const r = await t.verzoek('GET', '/v1/signalen-zonder-opvolging?limit=100', { sleutel });
    expect(r.status, r.text).toBe(200);
    return r.body.signalen;
  }
  const ids = async (sleutel = intaker()) => (await lijst(sleutel)).map((s) => s.signaalId);

  it('zeer sterk: 24 uur; zwak en sterk: een week; KMar-stoplicht en zonder weging: geen termijn', async () => {
    t.klok.zet(START);
    const dossierId = await nieuwDossier();
    const zeerSterk = await signaal(dossierId, { schaal: 'politie_digw', waarde: 'zeer_sterk' });
    const sterk = await signaal(dossierId, { schaal: 'politie_digw', waarde: 'sterk' });
    const zwak = await signaal(dossierId, { schaal: 'politie_digw', waarde: 'zwak' });
    const kmarDossier = await nieuwDossier(intaker('kmar'));
    const rood = await signaal(kmarDossier, { schaal: 'kmar_stoplicht', waarde: 'rood' }, intaker('kmar'));
    const ongewogen = await signaal(dossierId, null);
    expect(zeerSterk.uiterlijkeOpvolging).toBe('2026-11-21T10:00:00.000Z');
    expect(sterk.uiterlijkeOpvolging).toBe('2026-11-27T10:00:00.000Z');
    expect(zwak.uiterlijkeOpvolging).toBe('2026-11-27T10:00:00.000Z');
    expect(rood.uiterlijkeOpvolging).toBeNull();
    expect(ongewogen.uiterlijkeOpvolging).toBeNull();

    t.klok.zet(new Date(Date.parse(START) + 24 * UUR)); // precisely the deadline: not yet overdue
    expect(await ids()).not.toContain(zeerSterk.id);
    t.klok.zet(new Date(Date.parse(START) + 25 * UUR));
    expect(await ids()).toContain(zeerSterk.id);
    expect(await ids()).not.toContain(sterk.id);
    t.klok.zet(new Date(Date.parse(START) + 7 * 24 * UUR + 1000));
    const na = await ids();
    expect(na).toEqual(expect.arrayContaining([zeerSterk.id, sterk.id, zwak.id]));
    expect(na).not.toContain(ongewogen.id);
    // Most overdue first, per organisation: the KMar's list has no police signal and no deadline-less one.
    expect(na.indexOf(zeerSterk.id)).toBeLessThan(na.indexOf(sterk.id));
    expect(await ids(intaker('kmar'))).not.toContain(rood.id);
    expect(await ids(intaker('politie2'))).not.toContain(zeerSterk.id);
    const item = (await lijst()).find((s) => s.signaalId === zeerSterk.id)!;
    expect(item.urenOverschreden).toBe(7 * 24 - 24);
    expect(item.melding).toContain('zeer_sterk');
  });

  it('opgevolgd met een vastgelegde uitkomst of met een beoordeling sindsdien: niet meer op de lijst', async () => {
    t.klok.zet(START);
    const a = await nieuwDossier();
    const b = await nieuwDossier();
    const sa = await signaal(a, { schaal: 'politie_digw', waarde: 'zeer_sterk' });
    const sb = await signaal(b, { schaal: 'politie_digw', waarde: 'zeer_sterk' });
    t.klok.zet(new Date(Date.parse(START) + 48 * UUR));
    expect(await ids()).toEqual(expect.arrayContaining([sa.id, sb.id]));

    const o = await t.verzoek('POST', `/v1/dossiers/${a}/signalen/${sa.id}/opvolging`, {
      sleutel: intaker(), body: { uitkomst: 'niet_opvolgen', redenen: ['onvoldoende_opsporingsindicaties'], toelichting: 'Geen aanknopingspunten na verrijking.' },
    });
    expect(o.status, o.text).toBe(200);
    expect(o.body.opvolging).toEqual({
      uitkomst: 'niet_opvolgen', redenen: ['onvoldoende_opsporingsindicaties'], toelichting: 'Geen aanknopingspunten na verrijking.',
      organisatieId: t.organisatieIds.politie, tijdstip: t.klok.now().toISOString(),
    });
    const beoordeling = await t.verzoek('POST', `/v1/dossiers/${b}/beoordelingen`, { sleutel: intaker(), body: { ...BEOORDELING, beoordelingsdatum: '2026-11-22', informatiefGesprek: { gevoerd: true, datum: '2026-11-22' } } });
    expect(beoordeling.status, beoordeling.text).toBe(201);
    const na = await ids();
    expect(na).not.toContain(sa.id);
    expect(na).not.toContain(sb.id);
  });

  it('weigeringen: 409 tweemaal, 403 door een andere organisatie, 400 niet_opvolgen zonder redenen, 404 een signaal van een ander dossier', async () => {
    t.klok.zet(START);
    const dossierId = await nieuwDossier();
    const s = await signaal(dossierId, { schaal: 'politie_digw', waarde: 'sterk' });
    const pad = `/v1/dossiers/${dossierId}/signalen/${s.id}/opvolging`;
    const r400 = await geweigerd(t, 'POST', pad, { sleutel: intaker(), body: { uitkomst: 'niet_opvolgen' } }, 400);
    expect(ongeldigeNamen(r400)).toEqual(['redenen']);
    const r400b = await geweigerd(t, 'POST', pad, { sleutel: intaker(), body: { uitkomst: 'weegtafel', redenen: ['slachtoffer_onbereikbaar'] } }, 400);
    expect(ongeldigeNamen(r400b)).toEqual(['redenen']);
    // The police of Rotterdam see the dossier through a referral, but did not record the signal.
    const v = await t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, {
      sleutel: intaker(), body: { doel: 'politie', ontvangendeOrganisatieId: t.organisatieIds.politie2, reden: 'Overdracht.', urgentie: 'normaal', toestemming: 'ja' },
    });
    expect(v.status, v.text).toBe(201);
    const r403 = await geweigerd(t, 'POST', pad, { sleutel: intaker('politie2'), body: { uitkomst: 'weegtafel' } }, 403);
    expect(r403.body.detail).toContain('Alleen de organisatie die het signaal vastlegde');
    const ander = await nieuwDossier();
    await geweigerd(t, 'POST', `/v1/dossiers/${ander}/signalen/${s.id}/opvolging`, { sleutel: intaker(), body: { uitkomst: 'weegtafel' } }, 404);
    expect((await t.verzoek('POST', pad, { sleutel: intaker(), body: { uitkomst: 'informatief_gesprek' } })).status).toBe(200);
    const r409 = await geweigerd(t, 'POST', pad, { sleutel: intaker(), body: { uitkomst: 'weegtafel' } }, 409);
    expect(r409.body.detail).toContain('al vastgelegd');
  });
});

describe('verwijsdoelen en signaalcontexten uit het rapport (docs/regels.md R8)', () => {
  async function verwijs(dossierId: string, doel: string, ontvanger: 'politie2' | 'nla' | 'zorg') {
    return t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, {
      sleutel: intaker(), body: { doel, ontvangendeOrganisatieId: t.organisatieIds[ontvanger], reden: 'Doorverwijzing.', urgentie: 'normaal', toestemming: 'ja' },
    });
  }

  it.each([
    ['lcc naar de politie (het LCC is een politie-onderdeel)', 'lcc', 'politie2', 201],
    ['nla_opsporing naar de Arbeidsinspectie', 'nla_opsporing', 'nla', 201],
    ['nla_toezicht naar de Arbeidsinspectie', 'nla_toezicht', 'nla', 201],
    ['lcc naar de Arbeidsinspectie', 'lcc', 'nla', 422],
    ['nla_toezicht naar de politie', 'nla_toezicht', 'politie2', 422],
    ['nla_opsporing naar een zorgcoördinator', 'nla_opsporing', 'zorg', 422],
  ] as const)('%s (doel %s, ontvanger %s) → %i', async (_n, doel, ontvanger, status) => {
    const dossierId = await nieuwDossier();
    const r = await verwijs(dossierId, doel, ontvanger);
    expect(r.status, r.text).toBe(status);
    if (status === 422) expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'ontvangendeOrganisatieId' })]);
  });

  it('een weggelopen of vermiste minderjarige als context van een signaal: vastgelegd, zichtbaar, en op de lijst zonder opvolging', async () => {
    t.klok.zet(START);
    const dossierId = await nieuwDossier();
    const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/signalen`, {
      sleutel: intaker(), body: {
        ontvangstdatum: '2026-11-20', bron: 'hulpverlening', uitbuitingsvormen: ['seksueel'], locatie: 'nederland',
        weging: { schaal: 'politie_digw', waarde: 'zeer_sterk' }, contexten: ['weggelopen_minderjarige', 'vermissing'],
      },
    });
    expect(r.status, r.text).toBe(201);
    expect(r.body.contexten).toEqual(['weggelopen_minderjarige', 'vermissing']);
    t.klok.zet(new Date(Date.parse(START) + 30 * UUR));
    const item = (await t.verzoek('GET', '/v1/signalen-zonder-opvolging?limit=100', { sleutel: intaker() })).body.signalen.find((s: { signaalId: string }) => s.signaalId === r.body.id);
    expect(item.contexten).toEqual(['weggelopen_minderjarige', 'vermissing']);
    const onbekend = await geweigerd(t, 'POST', `/v1/dossiers/${dossierId}/signalen`, {
      sleutel: intaker(), body: { ontvangstdatum: '2026-11-20', bron: 'hulpverlening', uitbuitingsvormen: ['seksueel'], locatie: 'nederland', contexten: ['loverboy'] },
    }, 400);
    expect(ongeldigeNamen(onbekend)).toEqual(['contexten.0']);
    const catalogus = await t.verzoek('GET', '/v1/catalogus', { sleutel: intaker() });
    expect(catalogus.body.signaalcontexten.map((c: { code: string }) => c.code)).toEqual(['vermissing', 'weggelopen_minderjarige']);
  });
});
