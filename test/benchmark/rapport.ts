// The result: one row per budget of README.md "Benchmark" (Dutch and English), printed as a table and written
// as JSON. `geslaagd` is null when a measurement could not be taken (e.g. pgbench missing).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Budgetregel {
  id: string;
  /** What the budget says, Dutch / English. */
  budget: string;
  budgetEn: string;
  norm: string;
  gemeten: string;
  geslaagd: boolean | null;
  toelichting?: string;
}

const uitslag = (g: boolean | null) => (g === null ? 'n.v.t. / n/a' : g ? 'OK / pass' : 'NIET OK / FAIL');

function rij(kolommen: string[], breedtes: number[]): string {
  return kolommen.map((k, i) => k.padEnd(breedtes[i]!)).join(' | ');
}

export function tabel(regels: Budgetregel[]): string {
  const kop = ['Budget (NL)', 'Budget (EN)', 'Norm', 'Gemeten / measured', 'Resultaat / result'];
  const inhoud = regels.map((r) => [r.budget, r.budgetEn, r.norm, r.gemeten, uitslag(r.geslaagd)]);
  const breedtes = kop.map((k, i) => Math.max(k.length, ...inhoud.map((c) => c[i]!.length)));
  const lijn = breedtes.map((b) => '-'.repeat(b)).join('-+-');
  const toelichtingen = regels.filter((r) => r.toelichting).map((r) => `  * ${r.budget}: ${r.toelichting}`);
  return [rij(kop, breedtes), lijn, ...inhoud.map((c) => rij(c, breedtes)), ...(toelichtingen.length ? ['', ...toelichtingen] : [])].join('\n');
}

export async function schrijfJson(bestand: string, inhoud: unknown): Promise<void> {
  await mkdir(path.dirname(bestand), { recursive: true });
  await writeFile(bestand, `${JSON.stringify(inhoud, null, 2)}\n`);
}
