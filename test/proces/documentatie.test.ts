// Issue 12.8: the README walkthrough and the integrator's guide, run as a reader would: their bash
// blocks, unchanged, in bash against a started server (child process, free port, temporary DATA_DIR)
// with PORT and DATA_DIR set. Every curl must get a 2xx (the test wraps curl with --fail-with-body,
// nothing else is added), and the outcomes the text promises must appear. Blocks that only show a
// call (the guide's §3 and §7) are checked for syntax and for calling operations that exist.
import { access, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bashBlokkenOnder, codeblokken, leesDocument, type Codeblok } from '../support/documentatie.js';
import { bash, projectMap, startServerProces, tijdelijkeMap, vrijePoort, type ServerProces } from '../support/serverproces.js';

/** Prepended to every script: stop at the first failing command, and a curl that fails on HTTP errors. */
const VOORAF = `set -euo pipefail
curl() { command curl --fail-with-body --max-time 30 "$@"; }
`;

/** A line that starts the server (`npm start`, with environment assignments before it). */
const START = /^\s*((?:[A-Z_]+=\S*\s+)*)npm start\s*$/;

function zonderServerstart(blok: Codeblok): { script: string; env: Record<string, string> } {
  const env: Record<string, string> = {};
  const regels = blok.tekst.split('\n').filter((regel) => {
    const m = START.exec(regel);
    if (!m) return true;
    for (const toewijzing of m[1]!.trim().split(/\s+/).filter(Boolean)) {
      const [k, ...v] = toewijzing.split('=');
      env[k!] = v.join('=');
    }
    return false;
  });
  return { script: regels.join('\n'), env };
}

/** Operations called in a block: [METHOD, path relative to /v1 with {…} for variables]. */
function aanroepen(tekst: string): Array<[string, string]> {
  const gevonden: Array<[string, string]> = [];
  const enkel = tekst.replace(/\\\n\s*/g, ' ');
  for (const regel of enkel.split('\n')) {
    for (const m of regel.matchAll(/\bcurl\b([^|>]*)/g)) {
      const deel = m[1]!;
      const methode = /-X\s+([A-Z]+)/.exec(deel)?.[1] ?? 'GET';
      const url = /(?:\$NRM\/v1|\$API|\$\{API\})(\/[^\s"'?]*)/.exec(deel)?.[1];
      if (!url) continue;
      gevonden.push([methode, url.split('/').map((s) => (s.startsWith('$') ? '{}' : s)).join('/')]);
    }
  }
  return gevonden;
}

describe('de documentatie klopt: README en integratiehandleiding tegen een gestarte server', () => {
  let dataDir: { map: string; opruimen(): Promise<void> };
  let server: ServerProces | null = null;
  let readme: string;
  let handleiding: string;
  let operaties: Set<string>;

  beforeAll(async () => {
    readme = await leesDocument('README.md');
    handleiding = await leesDocument('docs/integratie-ind-coa.md');
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await dataDir?.opruimen();
  });

  async function start(env: Record<string, string> = {}) {
    dataDir = await tijdelijkeMap('nrm-docs-');
    server = await startServerProces({ DATA_DIR: dataDir.map, LOG_LEVEL: 'warn', ...env });
    const document = await (await fetch(`${server.basis}/v1/openapi.json`)).json() as { paths: Record<string, Record<string, unknown>> };
    operaties = new Set(Object.entries(document.paths).flatMap(([p, ms]) => Object.keys(ms).map((m) => `${m.toUpperCase()} ${p.replace(/\{[^}]+\}/g, '{}')}`)));
  }
  async function stop() {
    expect(await server!.stop()).toEqual({ code: 0, signaal: null });
    server = null;
    await dataDir.opruimen();
  }

  it('de README-walkthrough draait van begin tot eind, met de beloofde uitkomsten', async () => {
    const blokken = bashBlokkenOnder(readme, 'Walkthrough');
    expect(blokken.length).toBeGreaterThanOrEqual(3);
    // The jobs must not move the walkthrough's dates on while it runs (its dates are fixed in the text).
    await start({ JOB_INTERVAL_SECONDS: '3600' });
    for (const [methode, pad] of blokken.flatMap((b) => aanroepen(b.tekst))) expect(operaties, `${methode} ${pad}`).toContain(`${methode} ${pad}`);

    const uit = await bash(VOORAF + blokken.map((b) => b.tekst).join('\n'), { PORT: String(server!.poort), DATA_DIR: dataDir.map }, { tijdslimietMs: 240_000 });
    expect(uit.code, `${uit.stderr}\n${uit.stdout.slice(-3000)}`).toBe(0);
    // What the text says each step shows: `# "…"` after a command and `# → …` lines.
    const beloofd = blokken.flatMap((b) => [
      ...[...b.tekst.matchAll(/\|\s*jq[^#\n]*#\s*("[^"]+")\s*$/gm)].map((m) => m[1]!),
      ...[...b.tekst.matchAll(/^#\s*→\s*(.+)$/gm)].flatMap((m) => m[1]!.split(/,\s*/)),
    ]);
    expect(beloofd.length).toBeGreaterThanOrEqual(5);
    for (const waarde of beloofd) expect(uit.stdout, waarde).toContain(waarde.trim());
    await stop();
  }, 400_000);

  it('de handleiding: het voorbeeld van §10 draait, en de voorbeelden van §6, §8 en §9 daarna ook', async () => {
    const alle = codeblokken(handleiding).filter((b) => b.taal === 'bash');
    const oefening = bashBlokkenOnder(handleiding, /^10\. /);
    expect(oefening).toHaveLength(1);
    const { script, env } = zonderServerstart(oefening[0]!);
    const lezen = [/^6\. /, /^8\. /, /^9\. /].flatMap((kop) => bashBlokkenOnder(handleiding, kop));
    expect(lezen.length).toBeGreaterThanOrEqual(4);
    // §3 (subscribe) and §7 (acknowledge) only show a call; they are checked, not run (§10 does both for real).
    const tonen = alle.filter((b) => !oefening.includes(b) && !lezen.includes(b));
    for (const blok of alle) {
      const syntaxis = await bash(`bash -n <<'NRM_BLOK'\n${blok.tekst}\nNRM_BLOK`, {});
      expect(syntaxis.code, `${blok.koppen.at(-1)}: ${syntaxis.stderr}`).toBe(0);
    }

    await start(env);
    for (const blok of alle) {
      for (const [methode, pad] of aanroepen(blok.tekst)) expect(operaties, `${blok.koppen.at(-1)}: ${methode} ${pad}`).toContain(`${methode} ${pad}`);
    }
    expect(tonen.flatMap((b) => aanroepen(b.tekst)).length).toBeGreaterThanOrEqual(4);

    const m55 = path.join(projectMap, 'm55.html');
    const bestondAl = await access(m55).then(() => true, () => false);
    const ontvangerPoort = String(await vrijePoort());
    const volledig = `${VOORAF}trap 'kill $(jobs -p) 2> /dev/null || true' EXIT
${script}
# The reference examples, with the variables they name, after the exercise.
SLEUTEL=$IND_SLEUTEL
KENNISGEVING_ID=$K
${lezen.map((b) => b.tekst).join('\n')}
`;
    try {
      const uit = await bash(volledig, { PORT: String(server!.poort), DATA_DIR: dataDir.map, ONTVANGER_POORT: ontvangerPoort }, { tijdslimietMs: 300_000 });
      expect(uit.code, `${uit.stderr.slice(-3000)}\n${uit.stdout.slice(-3000)}`).toBe(0);
      // The receiver processed and acknowledged the M55 (step 6 waits for the acknowledgement).
      expect(uit.stdout).toMatch(/verwerkt: kennisgeving [0-9a-f-]{36} \(m55_bedenktijd, volgnummer \d+\)/);
      expect(uit.stdout).toMatch(/"referentieOntvanger": "ONT-[0-9a-f]{8}"/);
      expect(uit.stdout).toContain('"status": "afgeleverd"');
    } finally {
      if (!bestondAl) await rm(m55, { force: true });
    }
    await stop();
  }, 400_000);
});
