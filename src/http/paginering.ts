// Cursor pagination with an RFC 8288 Link header and a stable order (design.md §3).
import type { Context } from 'hono';
import { problemen } from './problem.js';

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, isValid: (v: unknown) => v is T): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch { /* fall through */ }
  throw problemen.ongeldigeInvoer([{ name: 'cursor', code: 'invalid', reason: 'Ongeldige cursor; gebruik de link uit de Link-header.' }]);
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
