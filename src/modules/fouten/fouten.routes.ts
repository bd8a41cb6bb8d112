// GET /v1/fouten and /v1/fouten/{code}: the error catalogue (src/http/foutcatalogus.ts), where the
// `type` of every problem response points. Public like the OpenAPI document: a client that gets a
// problem may always look up what it means. JSON by default, a page for a browser (Accept: text/html).
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { FOUTCATALOGUS, FOUTCODES, INVALID_PARAMS_CODES, type FoutCode } from '../../http/foutcatalogus.js';
import { fouten, headerDefinities, ProbleemSchema } from '../../http/openapi.js';
import { problemen } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';

const FoutSchema = z.object({
  code: z.string().openapi({ description: 'De stabiele code; dezelfde als `code` in het probleem.', example: 'bedenktijd-al-open' }),
  status: z.number().int().openapi({ description: 'De HTTP-status waarmee de code altijd komt.', example: 409 }),
  titel: z.string().openapi({ description: 'De `title` van het probleem.', example: 'Bedenktijd al open' }),
  betekenis: z.string().openapi({ description: 'Wat de code betekent en wat de client kan doen.' }),
}).openapi('Fout');

const FoutcatalogusSchema = z.object({
  fouten: z.array(FoutSchema),
  invalidParamsCodes: z.array(z.object({ code: z.string(), betekenis: z.string() }))
    .openapi({ description: 'De codes in `invalidParams[].code` van een probleem.' }),
}).openapi('Foutcatalogus');

const html = { 'text/html': { schema: z.string().openapi({ description: 'Dezelfde inhoud als pagina.' }) } };

const catalogusRoute = createRoute({
  method: 'get', path: '/fouten', operationId: 'foutcatalogusOpvragen', tags: ['API'],
  summary: 'De foutcatalogus',
  description: 'Elke `code` die een probleem (application/problem+json) kan dragen, met haar HTTP-status en Nederlandse betekenis, '
    + 'en de codes in `invalidParams`. Openbaar, zonder sleutel. Met Accept: text/html een leesbare pagina.',
  responses: {
    200: { description: 'De catalogus.', headers: headerDefinities.apiVersion, content: { 'application/json': { schema: FoutcatalogusSchema }, ...html } },
    400: fouten()[400],
    500: fouten()[500],
  },
});

const foutRoute = createRoute({
  method: 'get', path: '/fouten/{code}', operationId: 'foutOpvragen', tags: ['API'],
  summary: 'Eén fout uit de catalogus',
  description: 'Waar de `type`-URI van een probleem naar wijst: de code, haar HTTP-status en betekenis. Openbaar, zonder sleutel. '
    + 'Met Accept: text/html een leesbare pagina.',
  request: { params: z.object({ code: z.string().max(100).openapi({ param: { name: 'code', in: 'path' }, example: 'bedenktijd-al-open' }) }) },
  responses: {
    200: { description: 'De fout.', headers: headerDefinities.apiVersion, content: { 'application/json': { schema: FoutSchema }, ...html } },
    400: fouten()[400],
    404: { description: 'Geen fout met deze code.', headers: headerDefinities.apiVersion, content: { 'application/problem+json': { schema: ProbleemSchema } } },
    500: fouten()[500],
  },
});

const alsJson = (code: FoutCode) => ({ code, ...FOUTCATALOGUS[code] });

function wilHtml(c: Context<AppEnv>): boolean {
  const accept = c.req.header('accept') ?? '';
  return /text\/html/i.test(accept) && !/application\/(problem\+)?json/i.test(accept);
}

const ontsnap = (s: string) => s.replace(/[&<>"']/g, (t) => `&#${t.charCodeAt(0)};`);

function pagina(titel: string, rijen: FoutCode[]): string {
  const regels = rijen.map((code) => {
    const f = FOUTCATALOGUS[code];
    return `<tr id="${code}"><td><a href="/v1/fouten/${code}"><code>${code}</code></a></td><td>${f.status}</td><td>${ontsnap(f.titel)}</td><td>${ontsnap(f.betekenis)}</td></tr>`;
  }).join('\n');
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ontsnap(titel)} — NRM API</title></head>
<body>
<main>
<h1>${ontsnap(titel)}</h1>
<p>Elk foutantwoord van de NRM API is een probleem (RFC 9457, <code>application/problem+json</code>) met een stabiele <code>code</code>; de <code>type</code>-URI wijst naar deze catalogus. Als JSON: <a href="/v1/fouten">/v1/fouten</a> met <code>Accept: application/json</code>.</p>
<table>
<thead><tr><th scope="col">Code</th><th scope="col">HTTP-status</th><th scope="col">Titel</th><th scope="col">Betekenis</th></tr></thead>
<tbody>
${regels}
</tbody>
</table>
</main>
</body>
</html>
`;
}

export const foutenRouter = createRouter()
  .openapi(catalogusRoute, (c) => {
    if (wilHtml(c)) return c.html(pagina('Foutcatalogus', FOUTCODES)) as never;
    return c.json({
      fouten: FOUTCODES.map(alsJson),
      invalidParamsCodes: Object.entries(INVALID_PARAMS_CODES).map(([code, betekenis]) => ({ code, betekenis })),
    }, 200);
  })
  .openapi(foutRoute, (c) => {
    const { code } = c.req.valid('param');
    if (!Object.hasOwn(FOUTCATALOGUS, code)) throw problemen.nietGevonden(`Er is geen fout met de code ${code}; zie /v1/fouten.`);
    if (wilHtml(c)) return c.html(pagina(`Fout ${code}`, [code as FoutCode])) as never;
    return c.json(alsJson(code as FoutCode), 200);
  });
