// Building blocks for route definitions, so every operation documents the API-Version header, its
// problem responses and its security the same way (ADR rules /core/version-header, problem-details).
import { z } from '@hono/zod-openapi';
import { FOUTCATALOGUS, FOUTCODES } from './foutcatalogus.js';

/** The catalogue as a table in the document, so a client generator and a reader see every code. */
const foutcodeTabel = ['| code | status | betekenis |', '|---|---|---|',
  ...FOUTCODES.map((code) => `| \`${code}\` | ${FOUTCATALOGUS[code].status} | ${FOUTCATALOGUS[code].betekenis.replace(/\|/g, '\\|')} |`)].join('\n');

export const ProbleemSchema = z
  .object({
    type: z.string().openapi({
      format: 'uri', example: 'https://nrm.example.nl/v1/fouten/ongeldige-invoer',
      description: 'URI van de fout in de foutcatalogus van deze service (GET /v1/fouten/{code}: JSON, of een pagina met Accept: text/html).',
    }),
    code: z.enum(FOUTCODES as [string, ...string[]]).openapi({
      description: `Stabiele code van de fout: een client beslist hierop, niet op title of detail. Een code wordt nooit hernoemd of hergebruikt.\n\n${foutcodeTabel}`,
      example: 'bedenktijd-al-open',
    }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string().optional(),
    invalidParams: z
      .array(z.object({ name: z.string(), code: z.string(), reason: z.string() }))
      .optional(),
    mogelijkeDubbelen: z.array(z.object({
      dossiernummer: z.string(), registrerendeOrganisatie: z.string(), href: z.string().optional(),
    })).optional().openapi({ description: 'Bij 409 mogelijk-dezelfde-persoon: de andere dossiers van mogelijk dezelfde persoon, alleen met nummer en registrerende organisatie (en een link als u het dossier al ziet).' }),
    samengevoegdIn: z.object({ dossierId: z.string().uuid(), dossiernummer: z.string(), href: z.string() }).optional()
      .openapi({ description: 'Bij 410: het dossier waarin dit dossier is opgegaan.' }),
  })
  .openapi('Probleem');

const apiVersionHeader = {
  'API-Version': { description: 'Volledige versie van de API (semver).', schema: { type: 'string' as const, example: '1.0.0' } },
};

export const headerDefinities = {
  apiVersion: apiVersionHeader,
  etag: { ETag: { description: 'Versie van de resource; gebruik in If-Match.', schema: { type: 'string' as const } } },
  location: { Location: { description: 'URL van de aangemaakte resource.', schema: { type: 'string' as const } } },
  link: { Link: { description: 'RFC 8288-links; rel="next" voor de volgende pagina.', schema: { type: 'string' as const } } },
  /** On every answer after authentication (src/http/snelheidslimiet.ts controleerSnelheid). */
  get rateLimit() { return rateLimitHeaders; },
  /** API-Version and the RateLimit headers: an authenticated answer a route describes itself. */
  get geauthenticeerd() { return { ...apiVersionHeader, ...rateLimitHeaders }; },
};

type Headers = Record<string, { description: string; schema: { type: 'string' } }>;

/** Sent on every authenticated answer (src/http/snelheidslimiet.ts controleerSnelheid). */
const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT).', schema: { type: 'string' as const } },
  'RateLimit-Remaining': { description: 'Wat daarvan in deze minuut nog over is.', schema: { type: 'string' as const } },
  'RateLimit-Reset': { description: 'Seconden tot de minuut om is.', schema: { type: 'string' as const } },
};

export function jsonAntwoord<T extends z.ZodType>(schema: T, description: string, extra: Headers = {}) {
  return {
    description,
    headers: { ...apiVersionHeader, ...rateLimitHeaders, ...extra },
    content: { 'application/json': { schema } },
  };
}

const foutOmschrijvingen = {
  400: 'Ongeldige invoer; invalidParams noemt elk ongeldig veld.',
  401: 'Geen of ongeldige API-sleutel.',
  403: 'Deze rol mag deze handeling niet uitvoeren.',
  404: 'Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven).',
  409: 'Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten).',
  410: 'Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link).',
  412: 'If-Match komt niet overeen met de huidige versie.',
  413: 'De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close).',
  415: 'Mediatype niet ondersteund.',
  422: 'Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten).',
  428: 'If-Match ontbreekt.',
  429: 'Te veel verzoeken.',
  500: 'Interne fout.',
  503: 'Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After.',
} as const;

const retryAfter = { 'Retry-After': { description: 'Aantal seconden waarna u het opnieuw kunt proberen.', schema: { type: 'integer' as const, example: 5 } } };
/** The headers a problem response of a status carries (RFC 9110, RFC 6750). */
const foutHeaders: Partial<Record<keyof typeof foutOmschrijvingen, Record<string, { description: string; schema: { type: 'string' | 'integer' } }>>> = {
  401: { 'WWW-Authenticate': { description: 'Altijd Bearer (RFC 6750).', schema: { type: 'string' } } },
  410: { Link: { description: 'RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan.', schema: { type: 'string' } } },
  413: { Connection: { description: 'close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw.', schema: { type: 'string' } } },
  429: { ...retryAfter, ...rateLimitHeaders },
  503: retryAfter,
};
export type FoutCode = keyof typeof foutOmschrijvingen;

/** Problem responses for a route; 400, 401, 403, 429, 500 and 503 are always included. */
export function fouten(...extra: FoutCode[]) {
  const codes = new Set<FoutCode>([400, 401, 403, 429, 500, 503, ...extra]);
  // Whatever can be not found by id can also have been merged into another dossier.
  if (codes.has(404)) codes.add(410);
  // A route that takes a body (and so can answer 415) can also get one that is too large.
  if (codes.has(415)) codes.add(413);
  return Object.fromEntries(
    [...codes].sort().map((code) => [code, {
      description: foutOmschrijvingen[code],
      // An answer after authentication carries the RateLimit headers too (controleerSnelheid runs
      // before the route's own checks); a 401 never does.
      headers: { ...apiVersionHeader, ...(code === 401 ? {} : rateLimitHeaders), ...foutHeaders[code] },
      content: { 'application/problem+json': { schema: ProbleemSchema } },
    }]),
  ) as unknown as Record<FoutCode, { description: string; content: { 'application/problem+json': { schema: typeof ProbleemSchema } } }>;
}

/** An API key, or an OAuth 2.0 access token (JWT) of a configured issuer: either is enough. */
export const beveiligd: Array<Record<string, string[]>> = [{ apiSleutel: [] }, { oauth2Jwt: [] }];

/**
 * A request field with a default is optional: the server fills it in. In the document a `default`
 * makes generators (openapi-typescript's defaultNonNullable) type the field as required, so a
 * client would have to send `null`s it may leave out (issue 16 item 6). The request schemas
 * therefore name the value left out in their description instead of as `default`.
 */
export function zonderStandaardwaarden(document: { paths?: Record<string, Record<string, any>>; components?: { schemas?: Record<string, any> } }): void {
  const schemas = document.components?.schemas ?? {};
  const gezien = new Set<unknown>();
  const loop = (s: any): void => {
    if (!s || typeof s !== 'object' || gezien.has(s)) return;
    gezien.add(s);
    if (typeof s.$ref === 'string') { loop(schemas[s.$ref.split('/').pop()!]); return; }
    for (const [naam, eigenschap] of Object.entries<any>(s.properties ?? {})) {
      if (eigenschap && 'default' in eigenschap) {
        const waarde = JSON.stringify(eigenschap.default);
        delete eigenschap.default;
        eigenschap.description = `${eigenschap.description ? `${eigenschap.description} ` : ''}Mag worden weggelaten; dan ${waarde}.`;
      }
      loop(s.properties[naam]);
    }
    for (const sleutel of ['items', 'anyOf', 'oneOf', 'allOf']) {
      const deel = s[sleutel];
      if (Array.isArray(deel)) deel.forEach(loop); else loop(deel);
    }
  };
  for (const methoden of Object.values(document.paths ?? {})) {
    for (const operatie of Object.values(methoden)) {
      for (const inhoud of Object.values<any>(operatie.requestBody?.content ?? {})) loop(inhoud.schema);
    }
  }
}

/**
 * What the route table cannot say per operation: a repeated POST with the same Idempotency-Key
 * answers with Idempotent-Replayed: true, and If-Match is required wherever its absence is a 428.
 */
export function voegHeadersToe(document: { paths?: Record<string, Record<string, any>> }): void {
  for (const methoden of Object.values(document.paths ?? {})) {
    for (const operatie of Object.values(methoden)) {
      // Every answer under /v1 carries API-Version (src/http/standaardheaders.ts), and every answer of
      // a secured operation after authentication the RateLimit headers: declared on each response,
      // also where a route describes a response itself.
      for (const [status, antwoord] of Object.entries<any>(operatie.responses ?? {})) {
        const beveiligdeOperatie = Array.isArray(operatie.security) && operatie.security.length > 0 && status !== '401';
        antwoord.headers = { ...apiVersionHeader, ...(beveiligdeOperatie ? rateLimitHeaders : {}), ...antwoord.headers };
      }
      const parameters: Array<{ in: string; name: string; required?: boolean }> = operatie.parameters ?? [];
      if (operatie.responses?.['428']) for (const p of parameters) if (p.in === 'header' && p.name === 'if-match') p.required = true;
      if (!parameters.some((p) => p.in === 'header' && p.name === 'idempotency-key')) continue;
      for (const [status, antwoord] of Object.entries<any>(operatie.responses ?? {})) {
        if (!status.startsWith('2')) continue;
        antwoord.headers = {
          ...antwoord.headers,
          'Idempotent-Replayed': { description: 'true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is.', schema: { type: 'string', enum: ['true'] } },
        };
      }
    }
  }
}

/**
 * Every route that checks a key declares `security: beveiligd`; an operation without it is anonymous
 * (the document itself, the error catalogue, the JSON Schemas of the kennisgevingen), and a callback
 * is a call the service makes, to which none of its own schemes applies. The document says so with
 * `security: []` (Redocly's security-defined rule): anonymous by decision, not by omission.
 * test/api/foutcatalogus.test.ts calls every operation marked so without a key.
 */
export function anoniemExpliciet(document: { paths?: Record<string, Record<string, any>> }): void {
  const markeer = (methoden: Record<string, any>) => {
    for (const operatie of Object.values(methoden)) {
      operatie.security ??= [];
      for (const callback of Object.values<Record<string, Record<string, any>>>(operatie.callbacks ?? {})) {
        for (const callbackMethoden of Object.values(callback)) markeer(callbackMethoden);
      }
    }
  };
  for (const methoden of Object.values(document.paths ?? {})) markeer(methoden);
}

/**
 * The generator writes z.unknown() as `{ nullable: true }`: a nullable without a type, which OpenAPI 3.0.3
 * (§4.7.25.1) ignores and Redocly's nullable-type-sibling rule refuses. Such a schema allows any
 * value either way; it is written as `{}`.
 */
export function zonderLosseNullable(document: object): void {
  const gezien = new Set<unknown>();
  const loop = (waarde: unknown): void => {
    if (!waarde || typeof waarde !== 'object' || gezien.has(waarde)) return;
    gezien.add(waarde);
    const s = waarde as Record<string, unknown>;
    if (s.nullable === true && !['type', '$ref', 'allOf', 'oneOf', 'anyOf'].some((k) => k in s)) delete s.nullable;
    Object.values(s).forEach(loop);
  };
  loop(document);
}

export const idempotencyKeyHeader = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().openapi({
    description: 'Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug.',
  }),
});
export const ifMatchHeader = z.object({
  'if-match': z.string().optional().openapi({ description: 'ETag van de laatst opgehaalde versie (verplicht).' }),
});

/** A path id. Not validated as a UUID here: a malformed id is simply not found (404). */
export const idParam = (name: string) => z.string().max(100).openapi({ param: { name, in: 'path' }, format: 'uuid' });

/** The path parameter of everything recorded in a dossier (/dossiers/{dossierId}/…). */
export const dossierParams = z.object({ dossierId: idParam('dossierId') });

export const pagineringQuery = {
  cursor: z.string().max(500).optional().openapi({ description: 'Cursor uit de Link-header van de vorige pagina.' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Aantal items per pagina (1–200).' }),
};
