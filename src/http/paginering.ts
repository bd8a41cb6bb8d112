// Cursor pagination with an RFC 8288 Link header and a stable order (README.md "HTTP conventions").
//
// A cursor is the position after the last row of a page (its sort key and id), signed with an
// HMAC (CURSOR_SLEUTEL) over the request path and the position. A client cannot craft one: a
// cursor with 36 dashes for an id or 30 February for a date used to reach PostgreSQL and end in a
// 500 (issue 11). A cursor is bound to its path, so a cursor of one list (or one dossier's list)
// does not open another. The content is checked as well (real UUIDs, dates and moments), so a
// leaked key still cannot produce a database error.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { isUuid } from '../access/dossiertoegang.js';
import type { AppEnv } from '../context.js';
import { ALLE_JAREN, isKalenderdatum, isMoment } from '../domain/kalender.js';
import { problemen } from './problem.js';

const MAC_BYTES = 16;

function mac(c: Context<AppEnv>, inhoud: string): Buffer {
  return createHmac('sha256', c.var.deps.config.CURSOR_SLEUTEL)
    .update(`nrm-cursor-v1\n${c.req.path}\n${inhoud}`).digest().subarray(0, MAC_BYTES);
}

export function encodeCursor(c: Context<AppEnv>, value: unknown): string {
  const inhoud = Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  return `${inhoud}.${mac(c, inhoud).toString('base64url')}`;
}

const ongeldig = () => problemen.ongeldigeInvoer([{ name: 'cursor', code: 'invalid', reason: 'Ongeldige cursor; gebruik de link uit de Link-header.' }]);

export function decodeCursor<T>(c: Context<AppEnv>, cursor: string | undefined, isValid: (v: unknown) => v is T): T | undefined {
  if (cursor === undefined) return undefined;
  const [inhoud, handtekening, ...rest] = cursor.split('.');
  if (!inhoud || !handtekening || rest.length > 0 || !/^[A-Za-z0-9_-]+$/.test(inhoud) || !/^[A-Za-z0-9_-]+$/.test(handtekening)) throw ongeldig();
  const gegeven = Buffer.from(handtekening, 'base64url');
  if (gegeven.length !== MAC_BYTES || !timingSafeEqual(gegeven, mac(c, inhoud))) throw ongeldig();
  try {
    const value: unknown = JSON.parse(Buffer.from(inhoud, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch { /* fall through */ }
  throw ongeldig();
}

/**
 * Checks for the parts of a cursor: what the database will compare them with. Dates and moments in
 * every year PostgreSQL holds (not only the range accepted as input): a cursor carries stored
 * values, and lists use 9999-12-31 for "no end date".
 */
export const cursorDeel = {
  uuid: (v: unknown): v is string => typeof v === 'string' && isUuid(v),
  datum: (v: unknown): v is string => typeof v === 'string' && isKalenderdatum(v, ALLE_JAREN),
  moment: (v: unknown): v is string => typeof v === 'string' && isMoment(v, ALLE_JAREN),
  tekst: (max: number) => (v: unknown): v is string => typeof v === 'string' && v.length <= max && !v.includes('\u0000'),
  volgnummer: (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= 2_147_483_647,
};

type Controle<T> = (v: unknown) => v is T;

/** A cursor that is a tuple, each part with its own check. */
export function tupel<T extends unknown[]>(...delen: { [K in keyof T]: Controle<T[K]> }): Controle<T> {
  return (v: unknown): v is T => Array.isArray(v) && v.length === delen.length && delen.every((controle, i) => controle(v[i]));
}

/** Sets the Link header for the next page when there is one. */
export function zetVolgendePagina(c: Context, volgendeCursor: string | undefined): void {
  if (!volgendeCursor) return;
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', volgendeCursor);
  c.header('Link', `<${url.pathname}${url.search}>; rel="next"`);
}

/** Fetch limit+1 rows; returns the page and the last row when another page follows. */
export function pagina<T>(rows: T[], limit: number): { items: T[]; laatste?: T } {
  if (rows.length <= limit) return { items: rows };
  const items = rows.slice(0, limit);
  return { items, laatste: items.at(-1) };
}
