// Issue 12.1: the operator tool works on the server's own embedded database. Every operator command
// of the README runs verbatim (through bash, `npm run -s beheer -- …`) against a DATA_DIR that a real
// server filled with its demo data; the key it creates works on a started server; while the server
// runs, the tool refuses in Dutch and opens or creates nothing.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIES } from '../../src/seed/demo.js';
import { codeblokken, leesDocument } from '../support/documentatie.js';
import { bash, startServerProces, tijdelijkeMap, type ServerProces } from '../support/serverproces.js';

interface Demosleutel { organisatie: string; rol: string; sleutel: string }

describe('npm run beheer op de ingebouwde database van de server (README, letterlijk)', () => {
  let dataDir: { map: string; opruimen(): Promise<void> };
  let readmeOpdrachten: string[];
  let demoSleutels: Demosleutel[];
  let server: ServerProces | null = null;
  const env = () => ({ DATA_DIR: dataDir.map, LOG_LEVEL: 'warn' });

  /** The README line of a command, e.g. opdracht('sleutel-aanmaken'). */
  const opdracht = (naam: string) => {
    const regel = readmeOpdrachten.find((r) => r.startsWith(`npm run -s beheer -- ${naam}`) && (r + ' ').charAt(`npm run -s beheer -- ${naam}`.length) === ' ');
    if (!regel) throw new Error(`README noemt "npm run -s beheer -- ${naam}" niet meer`);
    return regel;
  };
  const draai = (regel: string) => bash(regel, env());
  const json = (stdout: string) => JSON.parse(stdout);

  beforeAll(async () => {
    const readme = await leesDocument('README.md');
    const blok = codeblokken(readme).find((b) => b.taal === 'bash' && b.tekst.includes('npm run -s beheer -- help'));
    readmeOpdrachten = blok!.tekst.split('\n').map((r) => r.trim()).filter((r) => r.startsWith('npm run -s beheer --'));
    dataDir = await tijdelijkeMap('nrm-beheer-');
    // A first start creates the embedded database with the demo organisations and keys.
    server = await startServerProces(env());
    expect(await server.stop()).toEqual({ code: 0, signaal: null });
    server = null;
    demoSleutels = json(await import('node:fs/promises').then((fs) => fs.readFile(path.join(dataDir.map, 'demo-keys.json'), 'utf8')));
  }, 240_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    await dataDir?.opruimen();
  });

  it('de README noemt elke opdracht van het beheerprogramma', () => {
    const namen = readmeOpdrachten.map((r) => r.split(/\s+/)[5]);
    expect(namen).toEqual(expect.arrayContaining(['help', 'organisaties', 'organisatie-aanmaken', 'sleutel-aanmaken', 'sleutels', 'sleutel-intrekken', 'jobs-uitvoeren', 'audit-verify']));
  });

  let sleutel: { id: string; sleutel: string };

  it('ziet de demo-organisaties en maakt een organisatie en sleutel in dezelfde database', async () => {
    const help = await draai(opdracht('help'));
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('DATA_DIR/pglite');

    const organisaties = await draai(opdracht('organisaties'));
    expect(organisaties.code, organisaties.stderr).toBe(0);
    expect(json(organisaties.stdout).organisaties.map((o: { naam: string }) => o.naam).sort())
      .toEqual(DEMO_ORGANISATIES.map((o) => o.naam).sort());

    const org = await draai(opdracht('organisatie-aanmaken'));
    expect(org.code, org.stderr).toBe(0);
    expect(json(org.stdout)).toMatchObject({ naam: 'Politie Eenheid Den Haag (TMM)', type: 'politie' });

    const nieuw = await draai(opdracht('sleutel-aanmaken'));
    expect(nieuw.code, nieuw.stderr).toBe(0);
    sleutel = json(nieuw.stdout);
    expect(sleutel).toMatchObject({ organisatie: 'Politie Eenheid Den Haag (TMM)', rol: 'intaker' });
  }, 240_000);

  it('de aangemaakte sleutel werkt op de gestarte server; zolang die draait weigert het beheerprogramma', async () => {
    server = await startServerProces(env());
    const antwoord = await fetch(`${server.basis}/v1/dossiers`, { headers: { Authorization: `Bearer ${sleutel.sleutel}` } });
    expect(antwoord.status).toBe(200);

    const voor = (await readdir(dataDir.map)).sort();
    // The audit anchors are written next to the database (AUDIT_ANKER_PAD's default).
    expect(voor).toEqual(['audit-ankers.jsonl', 'demo-keys.json', 'pglite', 'pglite.lock']);
    const geweigerd = await draai(opdracht('sleutels'));
    expect(geweigerd.code).toBe(3);
    expect(geweigerd.stdout).toBe('');
    expect(geweigerd.stderr).toContain(`is in gebruik door de NRM-server (pid ${server.proces.pid}, poort ${server.poort}`);
    expect(geweigerd.stderr).toContain('Stop de server eerst');
    expect(geweigerd.stderr).toContain('DATABASE_URL');
    // Nothing opened or created beside the server's database.
    expect((await readdir(dataDir.map)).sort()).toEqual(voor);
    // The server still serves.
    expect((await fetch(`${server.basis}/v1/dossiers`, { headers: { Authorization: `Bearer ${sleutel.sleutel}` } })).status).toBe(200);

    expect(await server.stop()).toEqual({ code: 0, signaal: null });
    server = null;
    // The server released its lock on the way out.
    expect((await readdir(dataDir.map)).sort()).toEqual(['audit-ankers.jsonl', 'demo-keys.json', 'pglite']);
  }, 240_000);

  it('sleutels, intrekken, jobs en auditcontrole werken op de demodata; de ingetrokken sleutel werkt daarna niet meer', async () => {
    const lijst = await draai(opdracht('sleutels'));
    expect(lijst.code, lijst.stderr).toBe(0);
    const sleutels = json(lijst.stdout).sleutels as Array<{ id: string; organisatie: string; rol: string }>;
    expect(sleutels).toHaveLength(demoSleutels.length + 1);
    expect(sleutels).toContainEqual(expect.objectContaining({ id: sleutel.id, organisatie: 'Politie Eenheid Den Haag (TMM)', rol: 'intaker' }));

    const intrekken = await draai(opdracht('sleutel-intrekken').replace('<sleutelId>', sleutel.id));
    expect(intrekken.code, intrekken.stderr).toBe(0);
    expect(json(intrekken.stdout)).toMatchObject({ id: sleutel.id, alEerderIngetrokken: false });

    const jobs = await draai(opdracht('jobs-uitvoeren'));
    expect(jobs.code, jobs.stderr).toBe(0);
    expect(Object.keys(json(jobs.stdout))).toEqual(expect.arrayContaining(['bedenktijd-verlopen', 'idempotentie-opruimen', 'webhook-aflevering']));

    const audit = await draai(opdracht('audit-verify'));
    expect(audit.code, audit.stderr).toBe(0);
    // Demo data: one audit row per organisation and per key; plus the new organisation, key and revocation.
    expect(json(audit.stdout).gecontroleerd).toBe(DEMO_ORGANISATIES.length + demoSleutels.length + 3);
    expect(json(audit.stdout).bevindingen).toEqual([]);

    server = await startServerProces(env());
    expect((await fetch(`${server.basis}/v1/dossiers`, { headers: { Authorization: `Bearer ${sleutel.sleutel}` } })).status).toBe(401);
    const demo = demoSleutels.find((s) => s.rol === 'intaker')!;
    expect((await fetch(`${server.basis}/v1/dossiers`, { headers: { Authorization: `Bearer ${demo.sleutel}` } })).status).toBe(200);
    expect(await server.stop()).toEqual({ code: 0, signaal: null });
    server = null;
  }, 300_000);

  it('een slotbestand van een gestopt proces (kill -9) houdt niets tegen', async () => {
    server = await startServerProces(env());
    expect(await server.stop('SIGKILL')).toEqual({ code: null, signaal: 'SIGKILL' });
    server = null;
    expect(await readdir(dataDir.map)).toContain('pglite.lock');
    const lijst = await draai(opdracht('organisaties'));
    expect(lijst.code, lijst.stderr).toBe(0);
    expect(json(lijst.stdout).organisaties).toHaveLength(DEMO_ORGANISATIES.length + 1);
  }, 240_000);
});
