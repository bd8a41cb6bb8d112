import { createRoute, z } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { idempotentie } from '../../http/idempotentie.js';
import {
  beveiligd, fouten, headerDefinities, idempotencyKeyHeader, idParam, jsonAntwoord, pagineringQuery,
} from '../../http/openapi.js';
import { decodeCursor, encodeCursor, pagina, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  KennisgevingCollectieSchema, KennisgevingListQuery, KennisgevingMetInhoudSchema, KennisgevingSchema,
  naarKennisgeving, naarKennisgevingMetInhoud, OntvangstbevestigingSchema,
} from './kennisgevingen.schemas.js';
import { bevestigOntvangst, leesKennisgeving, lijstKennisgevingen } from './kennisgevingen.service.js';

const tags = ['Kennisgevingen'];
const kennisgevingParams = z.object({ kennisgevingId: idParam('kennisgevingId') });

const lijst = createRoute({
  method: 'get', path: '/kennisgevingen', operationId: 'kennisgevingenOpvragen', tags, security: beveiligd,
  summary: 'Feed van de kennisgevingen aan uw organisatie, op volgnummer',
  description: 'Oplopend op volgnummer. Een afnemer die het laatst verwerkte volgnummer bewaart, vraagt verder met naVolgnummer; '
    + 'een kennisgeving met een lager volgnummer verschijnt nooit later alsnog. Zonder inhoud: die staat bij de kennisgeving zelf.',
  middleware: [autoriseer('kennisgevingen.lezen')] as const,
  request: { query: KennisgevingListQuery.extend(pagineringQuery) },
  responses: { 200: jsonAntwoord(KennisgevingCollectieSchema, 'Een pagina kennisgevingen.', headerDefinities.link), ...fouten() },
});

const lezen = createRoute({
  method: 'get', path: '/kennisgevingen/{kennisgevingId}', operationId: 'kennisgevingOpvragen', tags, security: beveiligd,
  summary: 'Eén kennisgeving met inhoud (de inzage wordt gelogd)',
  description: 'Alleen voor de ontvangende organisatie; voor ieder ander bestaat de kennisgeving niet (404). '
    + 'De inhoud kan persoonsgegevens bevatten (M55); elke inzage komt in de audittrail.',
  middleware: [autoriseer('kennisgevingen.lezen')] as const,
  request: { params: kennisgevingParams },
  responses: { 200: jsonAntwoord(KennisgevingMetInhoudSchema, 'De kennisgeving.'), ...fouten(404) },
});

// The answer is the notification without inhoud: the idempotency store keeps the response body,
// and personal data from the M55 must not be copied there (design.md §6). The receiver already has
// the inhoud from GET /v1/kennisgevingen/{id}.
const bevestigen = createRoute({
  method: 'post', path: '/kennisgevingen/{kennisgevingId}/ontvangstbevestiging', operationId: 'ontvangstBevestigen', tags, security: beveiligd,
  summary: 'Bevestig de ontvangst van een kennisgeving met uw eigen referentie',
  description: 'Nogmaals bevestigen met dezelfde referentie verandert niets (200); een andere referentie geeft 409.',
  middleware: [autoriseer('kennisgevingen.bevestigen'), idempotentie] as const,
  request: {
    params: kennisgevingParams, headers: idempotencyKeyHeader,
    body: { required: true, content: { 'application/json': { schema: OntvangstbevestigingSchema } } },
  },
  responses: { 200: jsonAntwoord(KennisgevingSchema, 'De bevestigde kennisgeving.'), ...fouten(404, 409, 415, 422) },
});

const isVolgnummer = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

export const kennisgevingenRouter = createRouter()
  .openapi(lijst, async (c) => {
    const { cursor, limit, naVolgnummer, ...filters } = c.req.valid('query');
    // The next-page link keeps naVolgnummer and adds the cursor, which is always higher.
    const na = Math.max(naVolgnummer ?? 0, decodeCursor(cursor, isVolgnummer) ?? 0);
    const rows = await lijstKennisgevingen(useCaseContext(c), filters, na, limit);
    const { items, laatste } = pagina(rows, limit);
    zetVolgendePagina(c, laatste && encodeCursor(laatste.volgnummer));
    return c.json({ kennisgevingen: items.map(naarKennisgeving) }, 200);
  })
  .openapi(lezen, async (c) => {
    const kennisgeving = await leesKennisgeving(useCaseContext(c), c.req.valid('param').kennisgevingId);
    return c.json(naarKennisgevingMetInhoud(kennisgeving), 200);
  })
  .openapi(bevestigen, async (c) => {
    const kennisgeving = await bevestigOntvangst(useCaseContext(c), c.req.valid('param').kennisgevingId, c.req.valid('json'));
    return c.json(naarKennisgeving(kennisgeving), 200);
  });
