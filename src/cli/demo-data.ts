// npm run demo-data -- --scenario rapport [--url http://localhost:3000] [--sleutels data/demo-keys.json]
// Enters the synthetic data set "rapport" (src/seed/rapport.ts, docs/monitor.md) into a RUNNING server
// through its public API, with the demo keys that `npm start` wrote. Only the public API: the same
// rules, audit and notifications as for any caller. Run it once on a fresh data folder.
import { setTimeout } from 'node:timers/promises';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { laadRapport, rapportPlan } from '../seed/rapport.js';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string' },
    url: { type: 'string', default: `http://localhost:${process.env.PORT ?? '3000'}` },
    sleutels: { type: 'string', default: path.join(process.env.DATA_DIR ?? 'data', 'demo-keys.json') },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || values.scenario !== 'rapport') {
  console.log('Gebruik: npm run demo-data -- --scenario rapport [--url http://localhost:3000] [--sleutels data/demo-keys.json]');
  console.log('Voert het synthetische scenario "rapport" in via de API van een draaiende server (docs/monitor.md).');
  process.exit(values.help ? 0 : 2);
}

interface DemoSleutel { organisatie: string; organisatieType: string; rol: string; sleutel: string }
const demo = JSON.parse(await readFile(values.sleutels!, 'utf8')) as DemoSleutel[];
const sleutel = (organisatie: string, rol: string) => {
  const s = demo.find((k) => k.organisatie === organisatie && k.rol === rol)?.sleutel;
  if (!s) throw new Error(`Geen demosleutel voor ${organisatie} / ${rol} in ${values.sleutels}`);
  return s;
};
const basis = values.url!.replace(/\/$/, '');
const plan = rapportPlan();
await laadRapport(async (methode, pad, sleutelwaarde, body) => {
  let res: Response;
  // The scenario makes thousands of requests and the service limits each key per minute: a 429 is
  // refused before anything is done, so wait as its Retry-After says and send the same request again.
  for (;;) {
    res = await fetch(`${basis}${pad}`, {
      method: methode,
      headers: { Authorization: `Bearer ${sleutelwaarde}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status !== 429) break;
    await res.arrayBuffer();
    await setTimeout(Number(res.headers.get('retry-after') ?? '1') * 1000);
  }
  const tekst = await res.text();
  return { status: res.status, body: tekst ? JSON.parse(tekst) : undefined };
}, {
  politie: sleutel('Politie Eenheid Amsterdam (TMM)', 'intaker'),
  kmar: sleutel('KMar Schiphol', 'intaker'),
  nla: sleutel('NLA Opsporing', 'intaker'),
  om: sleutel('Openbaar Ministerie (Landelijk Parket)', 'officier'),
}, plan, (n, totaal) => { if (n % 50 === 0 || n === totaal) process.stdout.write(`\r${n}/${totaal} dossiers`); });
console.log(`\nKlaar: ${plan.length} synthetische dossiers. Bekijk ${basis}/v1/monitor/trechter met een analist-sleutel.`);
