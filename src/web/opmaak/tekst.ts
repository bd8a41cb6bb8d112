// Dates and deadlines as people read them: "21 februari 2027", "nog 12 dagen" (Europe/Amsterdam).
import { amsterdamseDatum } from '../../domain/kalender.js';

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '2027-02-21' → '21 februari 2027'. */
export function datumTekst(datum: string | null | undefined): string {
  if (!datum) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  if (!m) return datum;
  return `${Number(m[3])} ${MAANDEN[Number(m[2]) - 1]} ${m[1]}`;
}

const tijdFormaat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });

/** A moment as '20 november 2026 om 11:00' (Europe/Amsterdam). */
export function tijdstipTekst(moment: Date | string | null | undefined): string {
  if (!moment) return '—';
  const d = typeof moment === 'string' ? new Date(moment) : moment;
  return `${datumTekst(amsterdamseDatum(d))} om ${tijdFormaat.format(d)}`;
}

/** Whole days from `vandaag` to `datum` (both YYYY-MM-DD); negative when `datum` has passed. */
export function dagenTot(vandaag: string, datum: string): number {
  return Math.round((Date.parse(`${datum}T12:00:00Z`) - Date.parse(`${vandaag}T12:00:00Z`)) / 86_400_000);
}

/**
 * The days left of a period that runs through `einddatum` inclusive (docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md): on the end
 * date itself it is the last day.
 */
export function resterendTekst(vandaag: string, einddatum: string): string {
  const dagen = dagenTot(vandaag, einddatum);
  if (dagen < 0) return 'verlopen';
  if (dagen === 0) return 'vandaag de laatste dag';
  return dagen === 1 ? 'nog 1 dag' : `nog ${dagen} dagen`;
}

/** A date typed as 20-11-2026, 20/11/2026 or 2026-11-20 → 2026-11-20; anything else unchanged (the schema refuses it). */
export function naarIsoDatum(invoer: string): string {
  const t = invoer.trim();
  const nl = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(t);
  if (nl) return `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}`;
  return t;
}

/** 2026-11-20 → 20-11-2026, the way a date is typed in a form. */
export function naarInvoerDatum(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : (iso ?? '');
}
