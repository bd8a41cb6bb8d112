// Form values and field errors of a page: what the user typed is kept (the form is shown again,
// filled in), and each refusal is shown next to the field it concerns.
import type { ZodError } from 'zod';
import { Probleem } from '../../http/problem.js';

/** What the browser sent, by field name; a multi-valued field (checkboxes) is an array. */
export type Waarden = Record<string, string | string[]>;
/** Field name → Dutch message; the key '' holds messages that belong to no single field. */
export type Fouten = Record<string, string>;

export const veldId = (naam: string) => `veld-${naam.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function tekst(w: Waarden, naam: string): string {
  const v = w[naam];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

export function lijst(w: Waarden, naam: string): string[] {
  const v = w[naam];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => x !== '');
}

/** Empty text → null (an optional field left empty), otherwise the trimmed text. */
export function ofNull(w: Waarden, naam: string): string | null {
  const t = tekst(w, naam).trim();
  return t === '' ? null : t;
}

/** Empty → undefined, so the schema reports a required field as missing. */
export function ofWeg(w: Waarden, naam: string): string | undefined {
  const t = tekst(w, naam).trim();
  return t === '' ? undefined : t;
}

/** The posted form as Waarden (files are not accepted by any page). */
export function naarWaarden(body: Record<string, unknown>): Waarden {
  const w: Waarden = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    const lijstje = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
    w[k.endsWith('[]') ? k.slice(0, -2) : k] = k.endsWith('[]') || lijstje.length > 1 ? lijstje : (lijstje[0] ?? '');
  }
  return w;
}

type Issue = ZodError['issues'][number];

/** A schema's finding in words for a form (the API's messages name codes; a form names choices). */
function melding(issue: Issue): string {
  const ontbreekt = (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined);
  if (ontbreekt) return 'Vul dit veld in of maak een keuze.';
  switch (issue.code) {
    case 'invalid_value': return 'Maak een keuze.';
    case 'invalid_format': {
      const f = (issue as { format?: string }).format;
      if (f === 'date') return 'Vul een geldige datum in, bijvoorbeeld 20-11-2026.';
      return issue.message;
    }
    case 'too_small': {
      const o = issue as { origin?: string; minimum?: number | bigint };
      if (o.origin === 'array') return issue.message.startsWith('Kies') ? issue.message : 'Kies ten minste één mogelijkheid.';
      return 'Vul dit veld in.';
    }
    case 'too_big': {
      const o = issue as { origin?: string; maximum?: number | bigint };
      if (o.origin === 'string') return `Dit is te lang: hoogstens ${String(o.maximum)} tekens.`;
      return 'Te veel gekozen.';
    }
    case 'unrecognized_keys': return 'Onbekend veld.';
    default: return issue.message;
  }
}

/** Zod findings → field errors, with the form's prefix for the fields of one step. */
export function foutenUitZod(error: ZodError, voorvoegsel = ''): Fouten {
  const fouten: Fouten = {};
  for (const issue of error.issues) {
    const naam = issue.path.length > 0 ? voorvoegsel + issue.path.map(String).join('.') : '';
    fouten[naam] ??= melding(issue);
  }
  return fouten;
}

/**
 * A refusal of a use case → field errors: invalidParams map to the fields they name; the detail
 * (what to do) is shown above the form. Anything that is no Probleem is rethrown.
 */
export function foutenUitProbleem(err: unknown, voorvoegsel = '', bekendeVelden?: ReadonlySet<string>): { fouten: Fouten; status: number } {
  if (!(err instanceof Probleem) || err.status === 404 || err.status >= 500) throw err;
  const fouten: Fouten = { '': err.detail };
  for (const p of err.invalidParams ?? []) {
    const naam = voorvoegsel + p.name;
    if (!bekendeVelden || bekendeVelden.has(naam)) fouten[naam] ??= p.reason;
  }
  return { fouten, status: err.status };
}
