// Civil dates are days in Europe/Amsterdam (docs/architectuur.md §1); moments are instants in UTC.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export const TIJDZONE = 'Europe/Amsterdam';

/** The civil date (YYYY-MM-DD) in the Netherlands at a given moment. */
export function amsterdamseDatum(moment: Date): string {
  return format(new TZDate(moment.getTime(), TIJDZONE), 'yyyy-MM-dd');
}

/** True when `datum` (YYYY-MM-DD) lies after today in the Netherlands. */
export function ligtInDeToekomst(datum: string, nu: Date): boolean {
  return datum > amsterdamseDatum(nu);
}

/**
 * The range of civil dates the service accepts. PostgreSQL's `date` reaches from 4713 BC, but a
 * year 0000 or 275760 is never a date in a victim's file, and a typing error such as 0202 or 20266
 * should come back as a clear 400 rather than end up in a deadline computation.
 */
export const EERSTE_JAAR = 1900;
export const LAATSTE_JAAR = 2100;

const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Jaren { van: number; tot: number }
/** Every year PostgreSQL's `date` and `timestamptz` hold without error in YYYY form. */
export const ALLE_JAREN: Jaren = { van: 1, tot: 9999 };

/** A real calendar day (no 30 February) written YYYY-MM-DD, by default in EERSTE_JAAR–LAATSTE_JAAR. */
export function isKalenderdatum(waarde: string, jaren: Jaren = { van: EERSTE_JAAR, tot: LAATSTE_JAAR }): boolean {
  const m = DATUM.exec(waarde);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (jaar < jaren.van || jaar > jaren.tot || maand < 1 || maand > 12 || dag < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC: no daylight-saving gaps).
  return dag <= new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

const MOMENT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** An ISO 8601 moment with a real calendar day and an explicit offset. */
export function isMoment(waarde: string, jaren: Jaren = { van: EERSTE_JAAR, tot: LAATSTE_JAAR }): boolean {
  const m = MOMENT.exec(waarde);
  return m !== null && isKalenderdatum(m[1]!, jaren) && !Number.isNaN(Date.parse(waarde));
}

/**
 * Calendar days from `vandaag` to `einddatum` (both civil dates in Europe/Amsterdam): 0 on the last
 * day itself, negative once it has passed. What a worklist shows as "days left".
 */
export function dagenTot(einddatum: string, vandaag: string): number {
  return Math.round((Date.parse(`${einddatum}T00:00:00Z`) - Date.parse(`${vandaag}T00:00:00Z`)) / 86_400_000);
}
