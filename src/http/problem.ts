// Problem details (RFC 9457) and the one place where typed errors become HTTP responses.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { FOUTCATALOGUS, foutType, type FoutCode } from './foutcatalogus.js';

export interface InvalidParam { name: string; code: string; reason: string }

/** An error a use case or middleware raises on purpose; everything else is a 500. */
export class Probleem extends Error {
  constructor(
    readonly status: number,
    readonly code: FoutCode,
    readonly title: string,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
    readonly headers?: Record<string, string>,
    /** Extension members of the problem (RFC 9457 §3.2), e.g. the dossiers a possible duplicate names. */
    readonly extensies?: Record<string, unknown>,
  ) {
    super(detail);
  }
}

/** The catalogue's title; a code missing there (only possible through a mapping) still gives an answer, and the catalogue test fails. */
const titel = (code: FoutCode) => FOUTCATALOGUS[code]?.titel ?? 'Verzoek geweigerd';

export const problemen = {
  ongeldigeInvoer: (invalidParams: InvalidParam[], detail = 'Het verzoek bevat ongeldige gegevens; zie invalidParams.') =>
    new Probleem(400, 'ongeldige-invoer', 'Ongeldige invoer', detail, invalidParams),
  nietGeauthenticeerd: (detail = 'Geef een geldige API-sleutel mee in de header Authorization: Bearer <sleutel>.') =>
    new Probleem(401, 'niet-geauthenticeerd', 'Niet geauthenticeerd', detail, undefined, { 'WWW-Authenticate': 'Bearer' }),
  verboden: (code: FoutCode, detail: string) => new Probleem(403, code, titel(code), detail),
  nietGevonden: (detail = 'De gevraagde resource bestaat niet of u heeft er geen toegang toe.') =>
    new Probleem(404, 'niet-gevonden', 'Niet gevonden', detail),
  methodeNietToegestaan: (allow: string[]) =>
    new Probleem(405, 'methode-niet-toegestaan', 'Methode niet toegestaan', `Deze resource ondersteunt alleen ${allow.join(', ')}.`, undefined, { Allow: allow.join(', ') }),
  conflict: (code: FoutCode, detail: string) => new Probleem(409, code, titel(code), detail),
  voorwaardeMislukt: (detail = 'De resource is intussen gewijzigd. Haal hem opnieuw op en gebruik de nieuwe ETag in If-Match.') =>
    new Probleem(412, 'voorwaarde-mislukt', 'Resource is gewijzigd', detail),
  // The rest of the body is never read, so the connection cannot carry another request: say so
  // (Connection: close), or a client's pool reuses it and its next request fails (issue 16 item 7).
  teGroot: (detail: string) => new Probleem(413, 'te-groot', 'Verzoek te groot', detail, undefined, { Connection: 'close' }),
  mediatypeNietOndersteund: (detail = 'Stuur de body als application/json.') =>
    new Probleem(415, 'mediatype-niet-ondersteund', 'Mediatype niet ondersteund', detail),
  regelOvertreden: (code: FoutCode, detail: string, invalidParams?: InvalidParam[]) =>
    new Probleem(422, code, titel(code), detail, invalidParams),
  voorwaardeVereist: (detail = 'Geef de header If-Match mee met de ETag van de laatst opgehaalde versie.') =>
    new Probleem(428, 'voorwaarde-vereist', 'If-Match vereist', detail),
  nietBeschikbaar: (detail: string, seconden: number, headers: Record<string, string> = {}) =>
    new Probleem(503, 'niet-beschikbaar', 'Tijdelijk niet beschikbaar', detail, undefined, { 'Retry-After': String(seconden), ...headers }),
};

/**
 * The database cannot be reached (connection refused, reset or terminated, server shutting down or
 * full): a passing condition, so the answer is 503 with Retry-After, not 500. The transaction of the
 * use case was not committed (or, if the connection broke during COMMIT, the client cannot know, which
 * is why a POST carries an Idempotency-Key).
 */
const VERBINDINGSFOUTEN = new Set([
  'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT',
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
]);
export function isDatabaseOnbereikbaar(err: unknown): boolean {
  for (let e: unknown = err, diepte = 0; e && diepte < 4; e = (e as { cause?: unknown }).cause, diepte++) {
    // A FATAL (or PANIC) error ends the server session, whatever its code: e.g. "database is not
    // currently accepting connections" (55000) while it is being restored or restarted.
    const ernst = (e as { severity?: unknown }).severity;
    if (ernst === 'FATAL' || ernst === 'PANIC') return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    // SQLSTATE class 08 (connection exception), 57P01–57P03 (administrator/crash shutdown, cannot
    // connect now), 53300 (too many connections).
    if (VERBINDINGSFOUTEN.has(code) || /^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === '53300') return true;
  }
  return false;
}

export function problemResponse(c: Context, p: Probleem): Response {
  // The type resolves to the catalogue entry (RFC 9457 §3.1.1); behind a proxy PUBLIC_BASE_URL names
  // the public address, otherwise the address the request came in on.
  const basis = c.var.deps?.config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
  const body: Record<string, unknown> = {
    type: foutType(basis, p.code),
    code: p.code,
    title: p.title,
    status: p.status,
    detail: p.detail,
    instance: c.req.path,
  };
  if (p.invalidParams) body.invalidParams = p.invalidParams;
  Object.assign(body, p.extensies);
  const requestId = c.get('requestId' as never);
  if (requestId) body.requestId = requestId;
  for (const [k, v] of Object.entries(p.headers ?? {})) c.header(k, v);
  return c.body(JSON.stringify(body), p.status as never, { 'Content-Type': 'application/problem+json' });
}

/** Zod issues → invalidParams, one entry per problem, so a client sees all of them at once. */
export function invalidParamsFromZod(error: ZodError, plaats: 'body' | 'query' | 'path' | 'header'): InvalidParam[] {
  return error.issues.map((issue) => {
    const pad = issue.path.map(String).join('.');
    let code: string = issue.code;
    if (issue.code === 'invalid_type' && issue.input === undefined) code = 'required';
    if (issue.code === 'unrecognized_keys') {
      return { name: [pad, ...issue.keys].filter(Boolean).join(', '), code: 'unknown', reason: `Onbekend veld: ${issue.keys.join(', ')}.` };
    }
    return { name: pad || plaats, code, reason: issue.message };
  });
}

/** Maps framework errors (malformed JSON, 415 from the validator) into problem details. */
export function toProbleem(err: unknown): Probleem | null {
  if (err instanceof Probleem) return err;
  if (err instanceof HTTPException) {
    if (err.status === 415) return problemen.mediatypeNietOndersteund();
    if (err.status === 413) return problemen.teGroot('De body is groter dan toegestaan.');
    if (err.status === 400) {
      return problemen.ongeldigeInvoer([{ name: 'body', code: 'invalid_json', reason: 'De body is geen geldige JSON.' }], 'De body kon niet worden gelezen: ongeldige JSON.');
    }
    return new Probleem(err.status, 'http-fout', err.message || 'Fout', err.message || 'Het verzoek kon niet worden verwerkt.');
  }
  if (isDatabaseOnbereikbaar(err)) {
    return problemen.nietBeschikbaar('De database is tijdelijk niet bereikbaar. Probeer het over enkele seconden opnieuw; met dezelfde Idempotency-Key wordt niets dubbel vastgelegd.', 5);
  }
  // A race that the use case's own checks could not see (two requests passed the check, the
  // database constraint stopped the second): the caller should re-read and try again.
  const code = sqlstate(err);
  if (code === '23505' || code === '40001' || code === '40P01') {
    return problemen.conflict('gelijktijdige-wijziging', 'Een gelijktijdige wijziging kwam u voor. Haal de gegevens opnieuw op en probeer het opnieuw.');
  }
  return null;
}

function sqlstate(err: unknown): string | undefined {
  for (let e: unknown = err, diepte = 0; e && diepte < 3; e = (e as { cause?: unknown }).cause, diepte++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
