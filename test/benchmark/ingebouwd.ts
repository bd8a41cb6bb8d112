// The zero-setup mode as a new user meets it (README.md "Benchmark": "embedded start-up time and RSS measured
// and stated in the README"): `npm start`'s own command on a fresh DATA_DIR — first start (the
// embedded database is created), the README walkthrough, load, then a second start on the same
// folder. For each start: wall-clock seconds to /ready, the CPU seconds it took (the server and its
// children; wall time on a shared 2-core machine mostly says how busy the machine was) and RSS.
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { bashBlokkenOnder, leesDocument } from '../support/documentatie.js';
import { DOSSIER, startLast, verzoek } from '../support/last.js';
import { bash, kindOmgeving, tijdelijkeMap, vrijePoort } from '../support/serverproces.js';
import { bemonsterRss, mb, projectMap, rssVan } from './geheugen.js';

export interface StartMeting { wandSeconden: number; cpuSeconden: number; rssMb: number }

export interface IngebouwdMeting {
  commando: string;
  eersteStart: StartMeting;
  rssNaWalkthroughMb: number;
  walkthroughSeconden: number;
  last: { seconden: number; clients: number; verzoeken: number; aangemaakt: number; fouten: number; maxRssMb: number; rssNaMb: number };
  tweedeStart: StartMeting;
}

const KLOKTIKKEN = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

/** CPU seconds of a process and its waited-for children (Linux /proc/<pid>/stat, fields 14–17). */
async function cpuSeconden(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [11, 12, 13, 14].reduce((som, i) => som + Number(velden[i]), 0) / KLOKTIKKEN;
}

/** `npm start` without npm around it: the prestart build once, then its command (so the pid is the server). */
async function startCommando(): Promise<string[]> {
  const pakket = JSON.parse(await readFile(`${projectMap}/package.json`, 'utf8')) as { scripts: Record<string, string> };
  const bouw = spawnSync('npm', ['run', '-s', 'build'], { cwd: projectMap, stdio: 'inherit' });
  if (bouw.status !== 0) throw new Error('npm run build mislukte');
  const [node, ...args] = pakket.scripts.start!.split(/\s+/);
  if (node !== 'node') throw new Error(`Onverwacht startcommando: ${pakket.scripts.start}`);
  return args;
}

async function start(args: string[], env: Record<string, string>) {
  const poort = await vrijePoort();
  const t0 = performance.now();
  const proces = spawn(process.execPath, args, { cwd: projectMap, env: kindOmgeving({ ...env, PORT: String(poort), LOG_LEVEL: 'warn' }), stdio: ['ignore', 'ignore', 'pipe'] });
  let fout = '';
  proces.stderr!.on('data', (b: Buffer) => { fout = (fout + b.toString()).slice(-3000); });
  const basis = `http://127.0.0.1:${poort}`;
  for (;;) {
    if (proces.exitCode !== null) throw new Error(`De server stopte bij het starten:\n${fout}`);
    if ((await verzoek(basis, 'GET', '/ready', { tijdslimietMs: 5000 })).status === 200) break;
    if (performance.now() - t0 > 300_000) { proces.kill('SIGKILL'); throw new Error('Niet gereed binnen 300 s'); }
    await new Promise((r) => setTimeout(r, 100));
  }
  const meting: StartMeting = {
    wandSeconden: Math.round((performance.now() - t0) / 100) / 10,
    cpuSeconden: Math.round((await cpuSeconden(proces.pid!)) * 10) / 10,
    rssMb: Math.round(mb((await rssVan(proces.pid!)) ?? 0)),
  };
  return {
    proces, basis, poort, meting,
    async stop() {
      const afloop = new Promise((r) => proces.once('exit', r));
      proces.kill('SIGTERM');
      await afloop;
    },
  };
}

export async function meetIngebouwd(o: { duur: number; clients: number }, log: (regel: string) => void): Promise<IngebouwdMeting> {
  const args = await startCommando();
  const map = await tijdelijkeMap('nrm-bench-ingebouwd-');
  try {
    const env = { DATA_DIR: map.map, RATE_LIMIT_PER_MINUUT: '1000000000' };
    const eerste = await start(args, env);
    log(`  eerste start (database aanmaken, migraties, demodata): ${eerste.meting.wandSeconden} s tot /ready, ${eerste.meting.cpuSeconden} s CPU, RSS ${eerste.meting.rssMb} MB`);

    const blokken = bashBlokkenOnder(await leesDocument('README.md'), 'Walkthrough');
    const t0 = performance.now();
    const walk = await bash(`set -euo pipefail\ncurl() { command curl --fail-with-body "$@"; }\n${blokken.map((b) => b.tekst).join('\n')}`,
      { PORT: String(eerste.poort), DATA_DIR: map.map }, { tijdslimietMs: 300_000 });
    if (walk.code !== 0) throw new Error(`README-walkthrough mislukte:\n${walk.stderr}`);
    const walkthroughSeconden = Math.round((performance.now() - t0) / 100) / 10;
    const rssNaWalkthroughMb = Math.round(mb((await rssVan(eerste.proces.pid!)) ?? 0));
    log(`  na de README-walkthrough (${walkthroughSeconden} s): RSS ${rssNaWalkthroughMb} MB`);

    const sleutels = JSON.parse(await readFile(`${map.map}/demo-keys.json`, 'utf8')) as Array<{ organisatieType: string; rol: string; sleutel: string }>;
    const sleutel = sleutels.find((k) => k.organisatieType === 'politie' && k.rol === 'intaker')!.sleutel;
    const monsters = bemonsterRss(eerste.proces.pid!);
    const lastStart = performance.now();
    const last = startLast({ workers: o.clients, maxVerzoeken: 1_000_000, maakVerzoek: () => verzoek(eerste.basis, 'POST', '/v1/dossiers', { sleutel, body: DOSSIER }) });
    await new Promise((r) => setTimeout(r, o.duur * 1000));
    const uitkomsten = await last.stop();
    const lastSeconden = (performance.now() - lastStart) / 1000;
    const alle = await monsters.stop();
    const rssNaMb = Math.round(mb((await rssVan(eerste.proces.pid!)) ?? 0));
    const lastMeting = {
      seconden: Math.round(lastSeconden * 10) / 10, clients: o.clients, verzoeken: uitkomsten.length,
      aangemaakt: uitkomsten.filter((u) => u.status === 201).length, fouten: uitkomsten.filter((u) => u.status !== 201).length,
      maxRssMb: Math.round(mb(Math.max(...alle))), rssNaMb,
    };
    log(`  onder last (POST /v1/dossiers, ${o.clients} workers, ${lastMeting.seconden} s): ${lastMeting.aangemaakt} aangemaakt (${(lastMeting.aangemaakt / lastSeconden).toFixed(1)}/s, ${lastMeting.fouten} fouten), RSS max ${lastMeting.maxRssMb} MB, daarna ${rssNaMb} MB`);
    await eerste.stop();

    const tweede = await start(args, env);
    log(`  tweede start (bestaande database): ${tweede.meting.wandSeconden} s tot /ready, ${tweede.meting.cpuSeconden} s CPU, RSS ${tweede.meting.rssMb} MB`);
    await tweede.stop();
    return {
      commando: `node ${args.join(' ')}`, eersteStart: eerste.meting, rssNaWalkthroughMb, walkthroughSeconden, last: lastMeting, tweedeStart: tweede.meting,
    };
  } finally {
    await map.opruimen();
  }
}
