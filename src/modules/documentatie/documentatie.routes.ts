// Human API documentation at /v1/docs: Swagger UI, served by the service itself from the pinned
// swagger-ui-dist package, so the page works without internet and loads nothing from another origin.
// The page has no inline script or style (the start script is its own file, init.js), so it runs
// under a strict Content-Security-Policy (src/http/standaardheaders.ts).
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { problemen, problemResponse } from '../../http/problem.js';

const PAGINA = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>NRM API — documentatie</title>
  <link rel="stylesheet" href="/v1/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <noscript>Deze pagina heeft JavaScript nodig. Het OpenAPI-document zelf staat op <a href="/v1/openapi.json">/v1/openapi.json</a>.</noscript>
  <script src="/v1/docs/swagger-ui-bundle.js"></script>
  <script src="/v1/docs/init.js"></script>
</body>
</html>
`;

// validatorUrl null: Swagger UI would otherwise send the document to an online validator.
const INIT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/v1/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});
`;

const gelezen = new Map<string, Promise<string>>();

/** Reads a file of the installed swagger-ui-dist once (Node); where there is no file system, rejects. */
function leesUitPakket(naam: string): Promise<string> {
  let bestand = gelezen.get(naam);
  if (!bestand) {
    bestand = (async () => {
      const [{ readFile }, { createRequire }, path] = await Promise.all([import('node:fs/promises'), import('node:module'), import('node:path')]);
      const map = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
      return readFile(path.join(map, naam), 'utf8');
    })();
    bestand.catch(() => gelezen.delete(naam));
    gelezen.set(naam, bestand);
  }
  return bestand;
}

/** Serves one file of swagger-ui-dist; where there is none (Cloudflare Workers), points to the document. */
function bestand(naam: string, type: string) {
  return async (c: Context<AppEnv>) => {
    try {
      return c.body(await leesUitPakket(naam), 200, { 'Content-Type': type });
    } catch {
      return problemResponse(c, problemen.nietBeschikbaar('De documentatiepagina is in deze omgeving niet beschikbaar; het OpenAPI-document staat op /v1/openapi.json.', 3600));
    }
  };
}

// Public, like the OpenAPI document (test/api/autorisatiematrix.test.ts lists these routes as public).
export const documentatieRouter = new Hono<AppEnv>()
  .get('/docs', (c) => c.html(PAGINA))
  .get('/docs/init.js', (c) => c.body(INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
  .get('/docs/swagger-ui.css', bestand('swagger-ui.css', 'text/css; charset=utf-8'))
  .get('/docs/swagger-ui-bundle.js', bestand('swagger-ui-bundle.js', 'text/javascript; charset=utf-8'));
