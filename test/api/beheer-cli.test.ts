// The operator CLI, called through voerUit exactly as `npm run beheer` would, against a fresh PGlite
// folder and (with TEST_DATABASE_URL) a fresh, empty PostgreSQL database: the CLI migrates it itself.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voerUit } from '../../src/cli/beheer.js';
import { hashSleutel, principalVoorSleutel } from '../../src/access/authenticatie.js';
import { connectPglite, connectPostgres, type Database } from '../../src/db/client.js';
import { apiSleutels, auditregels } from '../../src/db/schema.js';
import { ingebouwdeDatabaseMap } from '../../src/db/ingebouwd.js';

interface Doel {
  env: Record<string, string | undefined>;
  /** A direct connection for checks; only while the CLI is not running (PGlite is single-process). */
  open(): Promise<Database>;
  opruimen(): Promise<void>;
}

async function pgliteDoel(): Promise<Doel> {
  const map = await mkdtemp(path.join(tmpdir(), 'nrm-cli-'));
  return {
    env: { DATA_DIR: map },
    // The server's embedded database in DATA_DIR/pglite, where the CLI puts it too.
    open: () => connectPglite(ingebouwdeDatabaseMap(map)),
    opruimen: () => rm(map, { recursive: true, force: true }),
  };
}

async function postgresDoel(beheerUrl: string): Promise<Doel> {
  // The prefix nrm_test_ lets the global setup drop a leftover of an aborted run.
  const naam = `nrm_test_cli_${randomBytes(4).toString('hex')}`;
  const beheer = postgres(beheerUrl, { max: 1, onnotice: () => {} });
  try { await beheer.unsafe(`create database "${naam}"`); } finally { await beheer.end(); }
  const url = new URL(beheerUrl);
  url.pathname = `/${naam}`;
  return {
    // The audit anchors (issue 11) go next to the database's name in the temp folder, not in ./data.
    env: { DATABASE_URL: url.toString(), AUDIT_ANKER_PAD: path.join(tmpdir(), `${naam}-ankers.jsonl`) },
    open: () => connectPostgres(url.toString(), { max: 2 }),
    async opruimen() {
      const b = postgres(beheerUrl, { max: 1, onnotice: () => {} });
      try { await b.unsafe(`drop database if exists "${naam}" with (force)`); } finally { await b.end(); }
      await rm(path.join(tmpdir(), `${naam}-ankers.jsonl`), { force: true });
    },
  };
}

const motoren: Array<[string, () => Promise<Doel>]> = [['PGlite', pgliteDoel]];
if (process.env.TEST_DATABASE_URL) motoren.push(['PostgreSQL', () => postgresDoel(process.env.TEST_DATABASE_URL!)]);

describe.each(motoren)('npm run beheer op %s', (_motor, maakDoel) => {
  let doel: Doel;
  beforeAll(async () => { doel = await maakDoel(); });
  afterAll(async () => { await doel?.opruimen(); });

  async function beheer(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await voerUit(argv, doel.env, { log: (s) => out.push(s), fout: (s) => err.push(s) });
    const stdout = out.join('\n');
    let json: any;
    try { json = stdout ? JSON.parse(stdout) : undefined; } catch { /* usage text */ }
    return { code, stdout, stderr: err.join('\n'), json };
  }

  async function metDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
    const database = await doel.open();
    try { return await fn(database); } finally { await database.close(); }
  }

  let organisatieId: string;
  let sleutel: { id: string; sleutel: string };

  it('help en geen opdracht tonen de gebruikstekst (exit 0)', async () => {
    for (const argv of [['help'], []]) {
      const r = await beheer(...argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Gebruik: npm run -s beheer -- <opdracht>');
      expect(r.stdout).toContain('sleutel-aanmaken --organisatie');
    }
  });

  it('een onbekende opdracht is exit 1 met een Nederlandse melding', async () => {
    const r = await beheer('organisatie-verwijderen');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Onbekende opdracht "organisatie-verwijderen"');
  });

  it('maakt een organisatie (en migreert de lege database eerst)', async () => {
    const r = await beheer('organisatie-aanmaken', '--naam', 'Politie Eenheid Utrecht', '--type', 'politie');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ naam: 'Politie Eenheid Utrecht', type: 'politie' });
    expect(r.json.id).toMatch(/^[0-9a-f-]{36}$/);
    organisatieId = r.json.id;

    const lijst = await beheer('organisaties');
    expect(lijst.code).toBe(0);
    expect(lijst.json).toEqual({ organisaties: [{ id: organisatieId, naam: 'Politie Eenheid Utrecht', type: 'politie' }] });
    // The first command creates the embedded database (initdb in a child process): slow on a busy machine.
  }, 120_000);

  it('weigert misbruik bij organisatie-aanmaken met exit 1: onbekend type, ontbrekende optie, onbekende optie, dubbele naam', async () => {
    const type = await beheer('organisatie-aanmaken', '--naam', 'X', '--type', 'brandweer');
    expect(type.code).toBe(1);
    expect(type.stderr).toContain('Onbekend organisatietype "brandweer". Kies uit: politie, kmar');

    const ontbrekend = await beheer('organisatie-aanmaken', '--naam', 'X');
    expect(ontbrekend.code).toBe(1);
    expect(ontbrekend.stderr).toContain('Ontbrekende optie(s) bij "organisatie-aanmaken": --type');

    const onbekend = await beheer('organisatie-aanmaken', '--naam', 'X', '--type', 'politie', '--kleur', 'blauw');
    expect(onbekend.code).toBe(1);
    expect(onbekend.stderr).toContain('Onbekende optie --kleur');

    const dubbel = await beheer('organisatie-aanmaken', '--naam', 'Politie Eenheid Utrecht', '--type', 'politie');
    expect(dubbel.code).toBe(1);
    expect(dubbel.stderr).toContain('Er bestaat al een organisatie met de naam "Politie Eenheid Utrecht"');

    expect((await beheer('organisaties')).json.organisaties).toHaveLength(1);
  });

  it('maakt een sleutel voor een passende rol (organisatie op naam of id) en toont hem één keer', async () => {
    const r = await beheer('sleutel-aanmaken', '--organisatie', 'Politie Eenheid Utrecht', '--rol', 'intaker', '--omschrijving', 'intake Utrecht');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ organisatieId, organisatie: 'Politie Eenheid Utrecht', rol: 'intaker', omschrijving: 'intake Utrecht' });
    expect(r.json.sleutel).toMatch(/^nrm_/);
    expect(r.json.waarschuwing).toContain('maar één keer getoond');
    expect(r.stderr).toContain('maar één keer getoond');
    sleutel = { id: r.json.id, sleutel: r.json.sleutel };

    const opId = await beheer('sleutel-aanmaken', '--organisatie', organisatieId, '--rol', 'analist');
    expect(opId.code, opId.stderr).toBe(0);
    expect(opId.json).toMatchObject({ organisatieId, rol: 'analist', omschrijving: null });

    // The key works: it resolves to the organisation and role.
    await metDatabase(async ({ db }) => {
      expect(await principalVoorSleutel(db, sleutel.sleutel)).toMatchObject({ organisatieId, rol: 'intaker', sleutelId: sleutel.id });
    });
  });

  it('weigert een rol die niet bij het organisatietype past (exit 1, Nederlandse melding, niets aangemaakt)', async () => {
    const r = await beheer('sleutel-aanmaken', '--organisatie', 'Politie Eenheid Utrecht', '--rol', 'officier');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Rol officier past niet bij organisatietype politie; kies uit: intaker, analist.');

    const onbekendeRol = await beheer('sleutel-aanmaken', '--organisatie', organisatieId, '--rol', 'directeur');
    expect(onbekendeRol.code).toBe(1);
    expect(onbekendeRol.stderr).toContain('Onbekende rol "directeur"');

    const onbekendeOrg = await beheer('sleutel-aanmaken', '--organisatie', 'Politie Eenheid Nergens', '--rol', 'intaker');
    expect(onbekendeOrg.code).toBe(1);
    expect(onbekendeOrg.stderr).toContain('Organisatie "Politie Eenheid Nergens" bestaat niet');

    expect((await beheer('sleutels')).json.sleutels).toHaveLength(2);
  });

  it('toont sleutels zonder sleutel of hash, ook gefilterd op organisatie', async () => {
    await beheer('organisatie-aanmaken', '--naam', 'IND', '--type', 'ind');
    await beheer('sleutel-aanmaken', '--organisatie', 'IND', '--rol', 'ind_medewerker');

    const alle = await beheer('sleutels');
    expect(alle.code).toBe(0);
    expect(alle.json.sleutels).toHaveLength(3);
    for (const s of alle.json.sleutels) {
      expect(Object.keys(s).sort()).toEqual(['gecertificeerd', 'id', 'omschrijving', 'organisatie', 'organisatieId', 'rol', 'tijdstipAangemaakt', 'tijdstipIngetrokken']);
    }
    expect(alle.stdout).not.toContain(hashSleutel(sleutel.sleutel));
    expect(alle.stdout).not.toContain(sleutel.sleutel);

    const utrecht = await beheer('sleutels', '--organisatie', 'Politie Eenheid Utrecht');
    expect(utrecht.json.sleutels.map((s: { rol: string }) => s.rol).sort()).toEqual(['analist', 'intaker']);
    expect(utrecht.json.sleutels.find((s: { id: string }) => s.id === sleutel.id)).toMatchObject({
      organisatieId, organisatie: 'Politie Eenheid Utrecht', rol: 'intaker', tijdstipIngetrokken: null,
    });
  });

  it('trekt een sleutel in: de hash-rij krijgt tijdstipIngetrokken en de sleutel werkt niet meer', async () => {
    const r = await beheer('sleutel-intrekken', '--id', sleutel.id);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ id: sleutel.id, alEerderIngetrokken: false });
    expect(r.json.tijdstipIngetrokken).toMatch(/Z$/);

    await metDatabase(async ({ db }) => {
      const [rij] = await db.select().from(apiSleutels).where(eq(apiSleutels.hash, hashSleutel(sleutel.sleutel)));
      expect(rij!.tijdstipIngetrokken).toBeInstanceOf(Date);
      expect(await principalVoorSleutel(db, sleutel.sleutel)).toBeNull();
    });

    const nogmaals = await beheer('sleutel-intrekken', '--id', sleutel.id);
    expect(nogmaals.code).toBe(0);
    expect(nogmaals.json).toMatchObject({ id: sleutel.id, alEerderIngetrokken: true, tijdstipIngetrokken: r.json.tijdstipIngetrokken });

    const onbekend = await beheer('sleutel-intrekken', '--id', '00000000-0000-4000-8000-000000000000');
    expect(onbekend.code).toBe(1);
    expect(onbekend.stderr).toContain('Sleutel 00000000-0000-4000-8000-000000000000 bestaat niet');

    const geenUuid = await beheer('sleutel-intrekken', '--id', 'abc');
    expect(geenUuid.code).toBe(1);
    expect(geenUuid.stderr).toContain('"abc" is geen geldig sleutel-id');
  });

  it('jobs-uitvoeren voert de jobs één keer uit en rapporteert idempotentie-opruimen en het auditanker', async () => {
    const r = await beheer('jobs-uitvoeren');
    expect(r.code, r.stderr).toBe(0);
    // All audit rows so far are in the one chain of the operator (no organisation).
    expect(r.json).toMatchObject({ 'idempotentie-opruimen': { verwijderd: 0 }, 'audit-anker': { verankerd: 1, ankers: 1, teruggedraaid: 0 } });
  });

  it('audit-verify: exit 0 op een ongeschonden auditlog, exit 2 met bevindingen na knoeien', async () => {
    const schoon = await beheer('audit-verify');
    expect(schoon.code, schoon.stderr).toBe(0);
    expect(schoon.json.bevindingen).toEqual([]);
    // 2 organisations, 3 keys, 1 revocation (the refused attempts wrote nothing).
    expect(schoon.json.gecontroleerd).toBe(6);
    expect(schoon.json.anker).toMatchObject({ aantal: 1, ketens: 1, regels: 6 });

    await metDatabase(async ({ db }) => {
      await db.update(auditregels).set({ actie: 'api_sleutel.gewijzigd' }).where(eq(auditregels.objectId, sleutel.id));
    });
    const geknoeid = await beheer('audit-verify');
    expect(geknoeid.code).toBe(2);
    expect(geknoeid.json.bevindingen.length).toBeGreaterThan(0);
    expect(geknoeid.json.bevindingen[0].probleem).toContain('hash klopt niet');
    expect(geknoeid.stderr).toContain('Auditlog niet intact');
  });
});
