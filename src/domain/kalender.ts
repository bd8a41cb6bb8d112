// Civil dates are days in Europe/Amsterdam (design.md §2); moments are instants in UTC.
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
 * Calendar days from `vandaag` to `einddatum` (both civil dates in Europe/Amsterdam): 0 on the last
 * day itself, negative once it has passed. What a worklist shows as "days left".
 */
export function dagenTot(einddatum: string, vandaag: string): number {
  return Math.round((Date.parse(`${einddatum}T00:00:00Z`) - Date.parse(`${vandaag}T00:00:00Z`)) / 86_400_000);
}
