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
