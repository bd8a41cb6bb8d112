// Issue 11: tamper-evidence that survives someone with write access to the database. The five edits
// of the issue, done with raw SQL as an insider would, each reported by `npm run beheer --
// audit-verify` with exit code 2; an untouched database verifies clean (exit 0). With the unkeyed
// SHA-256 chain and the heads in the same database all five verified clean (the last as "0 checked").
// The audit rows are written by the service's own writer (schrijfAudit) and anchored by the CLI's
// audit-anker; after each edit the two tables are put back, and the clean state is checked again.
import { verify } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { berekenOngesleuteldeHash, schrijfAudit, type AuditActor } from '../../src/audit/auditlog.js';
import { auditSleutels } from '../../src/audit/sleutels.js';
import { ANKER_LOCK_KEY, veranker, type AnkerRapport } from '../../src/audit/anker.js';
import type { Database } from '../../src/db/client.js';
import { auditKetens, auditregels } from '../../src/db/schema.js';
import { beheer, beheerMotoren, type BeheerDoel } from '../support/beheer-doel.js';
import { opPostgres, startTestApp, type TestApp, PRODUCTIEGEHEIMEN } from '../support/harness.js';

const AUDIT_SLEUTEL = 'knoeitest-auditsleutel-0123456789abcdefghijkl';
type Regel = typeof auditregels.$inferSelect;
type Bevinding = { keten: string | null; positie: number | null; probleem: string };

describe.each(beheerMotoren)('audit-verify tegen een insider met schrijfrechten op %s', (_motor, maakDoel) => {
  let doel: BeheerDoel;
  let env: Record<string, string | undefined>;
  let ankerbestand: string;
  let bewaard: { regels: Regel[]; koppen: Array<typeof auditKetens.$inferSelect> };
  const ketens = ['a', 'b', 'c', 'd', 'e'].map((_, i) => `dossier:00000000-0000-4000-8000-00000000000${i + 1}`);
  const [A, B, C, D] = ketens as [string, string, string, string, string];

  async function metDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
    const database = await doel.open();
    try { return await fn(database); } finally { await database.close(); }
  }

  /** The rows of a chain as written (every test starts from them). */
  const regelsVan = (keten: string) => bewaard.regels.filter((r) => r.keten === keten).sort((x, y) => x.positie - y.positie);

  /**
   * Puts the two audit tables back as they were written, then lets the insider edit them: every test
   * starts from the untouched trail and asserts its exact findings, so nothing carries over.
   */
  async function knoei<T>(bewerking: (db: Database['db']) => Promise<T>): Promise<T> {
    return metDatabase(async ({ db }) => {
      await db.execute(sql`delete from auditregels`);
      await db.execute(sql`delete from audit_ketens`);
      await db.insert(auditregels).values(bewaard.regels);
      await db.insert(auditKetens).values(bewaard.koppen);
      return bewerking(db);
    });
  }

  async function verifieer() {
    const r = await beheer(env, 'audit-verify');
    return { ...r, bevindingen: (r.json?.bevindingen ?? []) as Bevinding[] };
  }

  beforeAll(async () => {
    doel = await maakDoel();
    ankerbestand = path.join(doel.map, 'ankers', 'audit-ankers.jsonl');
    env = { ...doel.env, AUDIT_SLEUTEL, AUDIT_ANKER_PAD: ankerbestand };
    expect((await beheer(env, 'organisaties')).code).toBe(0); // migrates the empty database
    // Five dossier chains of four rows, written by the service's own writer with the configured key.
    const config = parseConfig(env);
    await metDatabase(async ({ db }) => {
      for (const [i, keten] of ketens.entries()) {
        const dossierId = keten.slice('dossier:'.length);
        const actor: AuditActor = {
          organisatieId: '10000000-0000-4000-8000-000000000001', sleutelId: null, rol: 'intaker', requestId: `verzoek-${i}`,
          ketensleutel: auditSleutels(config).huidig,
        };
        for (const [j, actie] of ['dossier.geregistreerd', 'persoonsgegevens.vastgelegd', 'persoonsgegevens.gelezen', 'persoonsgegevens.gelezen'].entries()) {
          await db.transaction((tx) => schrijfAudit(tx, actor, new Date(Date.UTC(2026, 10, 20, 10, i, j)), { actie, objectType: 'dossier', objectId: dossierId, dossierId }));
        }
      }
    });
    const anker = await beheer(env, 'audit-anker');
    expect(anker.code, anker.stderr).toBe(0);
    expect(anker.json).toMatchObject({ verankerd: 5, ankers: 1, teruggedraaid: 0, bestand: ankerbestand, ketensleutel: auditSleutels(config).huidig.id });
    bewaard = await metDatabase(async ({ db }) => ({
      regels: await db.select().from(auditregels).orderBy(asc(auditregels.id)),
      koppen: await db.select().from(auditKetens),
    }));
    expect(bewaard.regels).toHaveLength(20);
  });

  afterAll(async () => { await doel?.opruimen(); });

  it('een onaangeroerde database: exit 0, alle 20 regels vergeleken met het anker, geen waarschuwingen', async () => {
    // The database never holds the key: not in any column of any table.
    const inhoud = await knoei(async (db) => {
      const tabellen = (await db.execute(sql`select tablename from pg_tables where schemaname = 'public'`)) as unknown;
      const namen = ((tabellen as { rows?: unknown[] }).rows ?? (tabellen as unknown[])) as Array<{ tablename: string }>;
      let alles = '';
      for (const { tablename } of namen) alles += JSON.stringify(await db.execute(sql.raw(`select t::text from "${tablename}" t`)));
      return alles;
    });
    expect(inhoud).toContain(A); // the dump works
    expect(inhoud).not.toContain(AUDIT_SLEUTEL);
    const r = await verifieer();
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toEqual({
      gecontroleerd: 20, ketens: 5, bevindingen: [],
      anker: { aantal: 1, laatsteTijdstip: expect.any(String), ketens: 5, regels: 20 }, waarschuwingen: [],
    });
  });

  it('1. laatste regel verwijderd en de kop teruggezet: keten teruggedraaid', async () => {
    const regels = regelsVan(A);
    await knoei(async (db) => {
      await db.execute(sql`delete from auditregels where id = ${regels[3]!.id}`);
      await db.execute(sql`update audit_ketens set lengte = 3, laatste_hash = ${regels[2]!.hash} where keten = ${A}`);
    });
    const r = await verifieer();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Auditlog niet intact');
    expect(r.bevindingen).toEqual([
      { keten: A, positie: null, probleem: expect.stringMatching(/^Keten teruggedraaid: het anker van .* telt 4 regel\(s\), de database 3\.$/) },
      { keten: null, positie: null, probleem: expect.stringContaining('Audittrail ingekort: 19 regel(s) gecontroleerd') },
    ]);
  });

  it('2. middelste regel verwijderd en de rest opnieuw berekend met het oude, ongesleutelde algoritme', async () => {
    const regels = regelsVan(B);
    await knoei(async (db) => {
      await db.execute(sql`delete from auditregels where id = ${regels[1]!.id}`);
      let vorige = regels[0]!;
      for (const r of regels.slice(2)) {
        // As the old code would have: plain SHA-256, and no key id so the row looks like an old one.
        const nieuw = { ...r, positie: r.positie - 1, vorigeHash: vorige.hash, ketensleutel: null };
        const { id: _id, hash: _hash, ...inhoud } = nieuw;
        nieuw.hash = berekenOngesleuteldeHash(inhoud);
        await db.execute(sql`update auditregels set positie = ${nieuw.positie}, vorige_hash = ${nieuw.vorigeHash}, hash = ${nieuw.hash}, ketensleutel = null where id = ${r.id}`);
        vorige = nieuw;
      }
      await db.execute(sql`update audit_ketens set lengte = 3, laatste_hash = ${vorige.hash} where keten = ${B}`);
    });
    const r = await verifieer();
    expect(r.code).toBe(2);
    expect(r.bevindingen).toEqual([
      { keten: B, positie: 2, probleem: expect.stringContaining('Regel zonder auditsleutel na een regel met sleutel') },
      { keten: B, positie: 3, probleem: expect.stringContaining('Regel zonder auditsleutel na een regel met sleutel') },
      { keten: B, positie: null, probleem: expect.stringContaining('Keten teruggedraaid') },
      { keten: null, positie: null, probleem: expect.stringContaining('Audittrail ingekort') },
    ]);
  });

  it('3. een regel gewijzigd en alle hashes erna opnieuw berekend (zonder de sleutel)', async () => {
    const regels = regelsVan(C);
    await knoei(async (db) => {
      let vorigeHash = regels[0]!.hash;
      for (const r of regels.slice(1)) {
        const nieuw = { ...r, vorigeHash, actie: r.positie === 2 ? 'dossier.gewijzigd' : r.actie };
        const { id: _id, hash: _hash, ...inhoud } = nieuw;
        vorigeHash = berekenOngesleuteldeHash(inhoud);
        await db.execute(sql`update auditregels set actie = ${nieuw.actie}, vorige_hash = ${nieuw.vorigeHash}, hash = ${vorigeHash} where id = ${r.id}`);
      }
      await db.execute(sql`update audit_ketens set laatste_hash = ${vorigeHash} where keten = ${C}`);
    });
    const r = await verifieer();
    expect(r.code).toBe(2);
    expect(r.bevindingen).toEqual([
      { keten: C, positie: 2, probleem: 'Inhoud van de regel is gewijzigd (hash klopt niet).' },
      { keten: C, positie: 3, probleem: 'Inhoud van de regel is gewijzigd (hash klopt niet).' },
      { keten: C, positie: 4, probleem: 'Inhoud van de regel is gewijzigd (hash klopt niet).' },
      { keten: C, positie: 4, probleem: expect.stringContaining('wijkt af van het anker') },
    ]);
  });

  it('4. een hele keten met haar kop verwijderd', async () => {
    await knoei(async (db) => {
      await db.execute(sql`delete from auditregels where keten = ${D}`);
      await db.execute(sql`delete from audit_ketens where keten = ${D}`);
    });
    const r = await verifieer();
    expect(r.code).toBe(2);
    expect(r.json.gecontroleerd).toBe(16);
    expect(r.bevindingen).toEqual([
      { keten: D, positie: null, probleem: expect.stringMatching(/^Keten verwijderd: volgens het anker van .* had zij 4 regel\(s\)/) },
      { keten: null, positie: null, probleem: expect.stringContaining('Audittrail ingekort: 16 regel(s) gecontroleerd, het anker van') },
      { keten: null, positie: null, probleem: expect.stringContaining('Ketens verwijderd: 4 keten(s) in de database') },
    ]);
  });

  it('5. beide tabellen geleegd: "0 gecontroleerd" is een bevinding, geen geslaagde controle', async () => {
    await knoei(async (db) => { await db.execute(sql`truncate auditregels, audit_ketens`); });
    const r = await verifieer();
    expect(r.code).toBe(2);
    expect(r.json.gecontroleerd).toBe(0);
    expect(r.bevindingen).toEqual([
      ...ketens.map((keten) => ({ keten, positie: null, probleem: expect.stringContaining('Keten verwijderd') })),
      { keten: null, positie: null, probleem: expect.stringContaining('Audittrail ingekort: 0 regel(s) gecontroleerd') },
      { keten: null, positie: null, probleem: expect.stringContaining('Ketens verwijderd: 0 keten(s)') },
    ]);
  });

  it('een volledig anker dat na het knoeien wordt geschreven wast niets wit; het meldt zelf de teruggedraaide keten', async () => {
    const regels = regelsVan(A);
    await knoei(async (db) => {
      await db.execute(sql`delete from auditregels where id = ${regels[3]!.id}`);
      await db.execute(sql`update audit_ketens set lengte = 3, laatste_hash = ${regels[2]!.hash} where keten = ${A}`);
    });
    // Nothing new was written, so the regular run has nothing to anchor; --volledig anchors the tampered heads.
    expect((await beheer(env, 'audit-anker')).json).toMatchObject({ verankerd: 0, ankers: 0, teruggedraaid: 0 });
    const anker = await beheer(env, 'audit-anker', '--volledig');
    expect(anker.json).toMatchObject({ verankerd: 5, ankers: 1, teruggedraaid: 1 });
    expect(anker.stderr).toContain('auditketen korter dan bij het vorige anker');
    const r = await verifieer();
    expect(r.code).toBe(2);
    expect(r.bevindingen).toEqual(expect.arrayContaining([{ keten: A, positie: null, probleem: expect.stringContaining('Keten teruggedraaid') }]));
    expect(r.json.anker.aantal).toBe(2);
    // Put the anchor file back as it was for the next tests (the restore re-creates row 4).
    const [eerste] = (await readFile(ankerbestand, 'utf8')).split('\n');
    await writeFile(ankerbestand, `${eerste}\n`);
  }, 120_000);

  it('een gewijzigde ankerregel valt op (handtekening), ook als de database ongemoeid is', async () => {
    await knoei(async () => {});
    const origineel = await readFile(ankerbestand, 'utf8');
    try {
      await writeFile(ankerbestand, origineel.replace(`["${A}",4,`, `["${A}",3,`));
      const r = await verifieer();
      expect(r.code).toBe(2);
      expect(r.bevindingen).toEqual([{ keten: null, positie: null, probleem: 'Ankerbestand, regel 1: handtekening klopt niet (regel gewijzigd).' }]);
    } finally {
      await writeFile(ankerbestand, origineel);
    }
  });

  it('regels van vóór de sleutel (SHA-256, ketensleutel leeg) tellen alleen waar een anker ze dekt', async () => {
    const E = ketens[4]!;
    const regels = regelsVan(E);
    // Rewrite chain E to the old format, as rows written before this version are.
    await knoei(async (db) => {
      let vorigeHash = '';
      for (const r of regels) {
        const { id: _id, hash: _hash, ...inhoud } = { ...r, vorigeHash, ketensleutel: null };
        const hash = berekenOngesleuteldeHash(inhoud);
        await db.execute(sql`update auditregels set vorige_hash = ${vorigeHash}, hash = ${hash}, ketensleutel = null where id = ${r.id}`);
        vorigeHash = hash;
      }
      await db.execute(sql`update audit_ketens set laatste_hash = ${vorigeHash} where keten = ${E}`);
      // The anchor job's own bookkeeping as right after the upgrade (nothing anchored yet).
      await db.execute(sql`delete from audit_ankerstand`);
      await db.execute(sql`delete from audit_ankervoortgang`);
    });
    // The anchor still holds the keyed chain: the rewrite shows at the anchored row.
    const voor = await verifieer();
    expect(voor.code).toBe(2);
    expect(voor.bevindingen).toEqual([{ keten: E, positie: 4, probleem: expect.stringContaining('wijkt af van het anker') }]);
    // As right after the upgrade (no anchors, no progress of the anchor job): the first anchor covers
    // the old rows, and they verify.
    const origineel = await readFile(ankerbestand, 'utf8');
    try {
      await writeFile(ankerbestand, '');
      const zonderAnker = await verifieer();
      expect(zonderAnker.bevindingen.map((b) => [b.keten, b.positie])).toEqual([[E, 1], [E, 2], [E, 3], [E, 4]]);
      expect(zonderAnker.bevindingen[0]!.probleem).toContain('door geen anker wordt gedekt');
      expect((await beheer(env, 'audit-anker')).json).toMatchObject({ verankerd: 5 });
      const gedekt = await verifieer();
      expect(gedekt.code, JSON.stringify(gedekt.bevindingen)).toBe(0);
    } finally {
      await writeFile(ankerbestand, origineel);
    }
  }, 120_000);
});

describe('configuratie van de auditsleutel', () => {
  it('NODE_ENV=production zonder AUDIT_SLEUTEL wordt geweigerd, met de instelling genoemd', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/AUDIT_SLEUTEL: verplicht bij NODE_ENV=production/);
    expect(() => parseConfig({ NODE_ENV: 'production', AUDIT_SLEUTEL: 'te-kort' })).toThrow(/AUDIT_SLEUTEL: minstens 32 tekens/);
    expect(() => parseConfig({ AUDIT_SLEUTELS_VORIG: 'kort' })).toThrow(/AUDIT_SLEUTELS_VORIG/);
    expect(parseConfig({ ...PRODUCTIEGEHEIMEN, NODE_ENV: 'production', AUDIT_SLEUTEL }).AUDIT_SLEUTEL).toBe(AUDIT_SLEUTEL);
    // The other secrets too: their public development values are refused in production.
    expect(() => parseConfig({ NODE_ENV: 'production', AUDIT_SLEUTEL })).toThrow(/VERWERKINGSLOG_SLEUTEL: verplicht bij NODE_ENV=production.*CURSOR_SLEUTEL: verplicht/);
    // Outside production the development value is used, and verification says so.
    expect(auditSleutels(parseConfig({})).ontwikkeling).toBe(true);
  });

  it('het CLI weigert te starten in productie zonder sleutel (exit 1)', async () => {
    const r = await beheer({ NODE_ENV: 'production', DATABASE_URL: 'postgres://nergens.invalid/x' }, 'audit-verify');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('AUDIT_SLEUTEL');
  });

  it('de sleutel komt niet mee als een actor of de sleutels worden geserialiseerd', () => {
    const sleutels = auditSleutels(parseConfig({ AUDIT_SLEUTEL }));
    expect(JSON.stringify(sleutels)).not.toContain(AUDIT_SLEUTEL);
    expect(JSON.stringify(sleutels.huidig)).toBe(JSON.stringify({ ketensleutel: sleutels.huidig.id }));
  });
});

// Engine-independent: on PostgreSQL when it is there, else on PGlite.
describe.each(beheerMotoren.slice(-1))('ankers naar een tweede partij op %s', (_motor, maakDoel) => {
  it('elke ankerregel gaat ook per POST naar AUDIT_ANKER_URL, en de tweede partij controleert haar met de publieke sleutel', async () => {
    const ontvangen: string[] = [];
    let antwoord = 200;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => { ontvangen.push(body); res.statusCode = antwoord; res.end(); });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const doel = await maakDoel();
    try {
      const env = {
        ...doel.env, AUDIT_SLEUTEL, AUDIT_ANKER_PAD: path.join(doel.map, 'ankers.jsonl'),
        AUDIT_ANKER_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ankers`,
      };
      expect((await beheer(env, 'organisatie-aanmaken', '--naam', 'Politie Test', '--type', 'politie')).code).toBe(0);
      const anker = await beheer(env, 'audit-anker');
      expect(anker.json).toMatchObject({ verankerd: 1, ankers: 1, verzonden: 1, nietVerzonden: 0 });
      expect(ontvangen).toHaveLength(1);
      expect(ontvangen[0]).toBe((await readFile(env.AUDIT_ANKER_PAD, 'utf8')).trimEnd());
      // What a second party does with the line and the published key: no access to the service needed.
      const { handtekening, ...inhoud } = JSON.parse(ontvangen[0]!);
      expect(verify(null, Buffer.from(JSON.stringify(inhoud)), anker.json.publiekeSleutel, Buffer.from(handtekening, 'base64'))).toBe(true);
      expect(verify(null, Buffer.from(JSON.stringify({ ...inhoud, totaal: { ketens: 0, regels: 0 } })), anker.json.publiekeSleutel, Buffer.from(handtekening, 'base64'))).toBe(false);
      expect(inhoud).toMatchObject({ soort: 'nrm-auditanker', versie: 1, totaal: { ketens: 1, regels: 1 }, koppen: [['organisatie:systeem', 1, expect.any(String)]] });

      // Best effort: the second party refusing does not stop the file anchor, and is reported.
      antwoord = 503;
      expect((await beheer(env, 'organisatie-aanmaken', '--naam', 'KMar Test', '--type', 'kmar')).code).toBe(0);
      const tweede = await beheer(env, 'audit-anker');
      expect(tweede.code).toBe(0);
      expect(tweede.json).toMatchObject({ verankerd: 1, ankers: 1, verzonden: 0, nietVerzonden: 1 });
      expect(tweede.stderr).toContain('auditanker niet aangenomen door de tweede partij');
      expect((await readFile(env.AUDIT_ANKER_PAD, 'utf8')).trimEnd().split('\n')).toHaveLength(2);
      expect((await beheer(env, 'audit-verify')).code).toBe(0);
    } finally {
      server.close();
      await doel.opruimen();
    }
  }, 120_000);
});

describe.runIf(opPostgres)('verankeren naast lopende verzoeken (PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  const verifieerApi = async () => (await t.verzoek('GET', '/v1/auditregels/_verificatie', { sleutel: t.sleutel('beheer', 'auditor') })).body;

  it('ankers die terwijl verzoeken schrijven worden gemaakt, leggen alleen vastgelegde regels vast: daarna geen valse bevindingen', async () => {
    const intaker = t.sleutel('politie', 'intaker');
    const registreer = () => t.verzoek('POST', '/v1/dossiers', {
      sleutel: intaker, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' },
    });
    const rapporten: AnkerRapport[] = [];
    const verzoeken = Array.from({ length: 60 }, registreer);
    for (let i = 0; i < 5; i++) rapporten.push(await veranker(t.deps));
    expect((await Promise.all(verzoeken)).every((r) => r.status === 201)).toBe(true);
    expect(rapporten.every((r) => r.teruggedraaid === 0)).toBe(true);
    const tussen = await verifieerApi();
    expect(tussen.bevindingen).toEqual([]);
    await veranker(t.deps, { volledig: true });
    const eind = await verifieerApi();
    expect(eind).toMatchObject({ geldig: true, bevindingen: [], waarschuwingen: [] });
    expect(eind.anker).toMatchObject({ ketens: eind.ketens, regels: eind.gecontroleerd });
  });

  it('een tweede instantie slaat over zolang de eerste verankert (advisory lock), en schrijft niets dubbel', async () => {
    await t.verzoek('POST', '/v1/dossiers', {
      sleutel: t.sleutel('politie', 'intaker'),
      body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' },
    });
    const regelsVoor = (await readFile(t.ankerbestand, 'utf8')).trimEnd().split('\n').length;
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${ANKER_LOCK_KEY})`);
      expect(await veranker(t.deps)).toEqual({ verankerd: 0, ankers: 0, teruggedraaid: 0, overgeslagen: 'een andere instantie schrijft al een anker' });
    });
    expect((await readFile(t.ankerbestand, 'utf8')).trimEnd().split('\n')).toHaveLength(regelsVoor);
    expect(await veranker(t.deps)).toEqual({ verankerd: 1, ankers: 1, teruggedraaid: 0 });
    expect(await veranker(t.deps)).toEqual({ verankerd: 0, ankers: 0, teruggedraaid: 0 });
  });
});
