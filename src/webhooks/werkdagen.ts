// Working days for the M55 escalation (issue 4): Monday to Friday, except the public holidays of
// the Algemene termijnenwet (art. 3: Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede
// Pinksterdag, beide Kerstdagen, Koningsdag, 5 mei). Civil dates are days in Europe/Amsterdam
// (docs/architectuur.md §1). Pure functions: the moment "now" is always passed in.
import { TZDate } from '@date-fns/tz';
import { amsterdamseDatum, TIJDZONE } from '../domain/kalender.js';

const DAG = 86_400_000;

function naarUtc(datum: string): Date {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1, d));
}
const naarDatum = (d: Date) => d.toISOString().slice(0, 10);
export const plusDagen = (datum: string, dagen: number) => naarDatum(new Date(naarUtc(datum).getTime() + dagen * DAG));

/** Easter Sunday (Gregorian; anonymous algorithm, Meeus/Jones/Butcher). */
export function paaszondag(jaar: number): string {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** The public holidays of the Algemene termijnenwet in a year. */
export function feestdagen(jaar: number): Set<string> {
  const pasen = paaszondag(jaar);
  // Koningsdag is 27 April, or 26 April when the 27th is a Sunday.
  const koningsdag = naarUtc(`${jaar}-04-27`).getUTCDay() === 0 ? `${jaar}-04-26` : `${jaar}-04-27`;
  return new Set([
    `${jaar}-01-01`, plusDagen(pasen, 1), plusDagen(pasen, 39), plusDagen(pasen, 50),
    koningsdag, `${jaar}-05-05`, `${jaar}-12-25`, `${jaar}-12-26`,
  ]);
}

export function isWerkdag(datum: string): boolean {
  const weekdag = naarUtc(datum).getUTCDay();
  if (weekdag === 0 || weekdag === 6) return false;
  return !feestdagen(Number(datum.slice(0, 4))).has(datum);
}

/** The date `n` working days after `datum` (n = 0: `datum` itself). */
export function naWerkdagen(datum: string, n: number): string {
  let d = datum;
  for (let geteld = 0; geteld < n;) {
    d = plusDagen(d, 1);
    if (isWerkdag(d)) geteld++;
  }
  return d;
}

/** Midnight at the start of a civil date in Europe/Amsterdam, as an instant. */
export function beginVanDag(datum: string): Date {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(j, m - 1, d, TIJDZONE).getTime());
}

/**
 * The acknowledgement term of a notification made at `tijdstip`: it runs through the end of the
 * `werkdagen`-th working day after the day it was made (Amsterdam). Returns the first moment at
 * which the notification counts as overdue.
 */
export function termijnVerstreken(tijdstip: Date, werkdagen: number): Date {
  return beginVanDag(plusDagen(naWerkdagen(amsterdamseDatum(tijdstip), werkdagen), 1));
}

/**
 * For a query: notifications made before the returned moment are overdue at `nu`. The term only
 * grows with the day a notification was made, so there is one boundary: the start of the day after
 * the latest day D with naWerkdagen(D, werkdagen) < today.
 */
export function escalatiegrens(nu: Date, werkdagen: number): Date {
  const vandaag = amsterdamseDatum(nu);
  let d = plusDagen(vandaag, -1);
  while (naWerkdagen(d, werkdagen) >= vandaag) d = plusDagen(d, -1);
  return beginVanDag(plusDagen(d, 1));
}
