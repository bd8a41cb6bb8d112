// Headers on every response, errors and 404 included (README.md "HTTP conventions"; ADR /core/version-header).
import { createMiddleware } from 'hono/factory';
import { API_VERSION } from '../config.js';
import type { AppEnv } from '../context.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The documentation page (src/modules/documentatie): its own scripts and styles only, nothing inline, no other origin. */
const DOCUMENTATIE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
  + "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const id = incoming && REQUEST_ID.test(incoming) ? incoming : c.var.deps.ids.uuid();
  c.set('requestId', id);
  await next();
  c.header('X-Request-Id', id);
});

export const standaardheaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.header('API-Version', API_VERSION);
  // The web pages and their assets set their own (src/web/web.tsx); everything else gets these.
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  if (!c.res.headers.has('Content-Security-Policy')) {
    c.header('Content-Security-Policy', c.req.path === '/v1/docs' ? DOCUMENTATIE_CSP : "default-src 'none'; frame-ancestors 'none'");
  }
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  if (!c.res.headers.has('Referrer-Policy')) c.header('Referrer-Policy', 'no-referrer');
});

/** One log line per request, with the request id; never headers or bodies (keys, personal data). */
export const verzoeklog = createMiddleware<AppEnv>(async (c, next) => {
  const start = performance.now();
  await next();
  c.var.deps.logger.info({
    requestId: c.var.requestId,
    methode: c.req.method,
    pad: c.req.routePath && c.req.routePath !== '/*' ? c.req.routePath : '(onbekend)',
    status: c.res.status,
    duurMs: Math.round(performance.now() - start),
    organisatieId: c.var.principal?.organisatieId,
  }, 'verzoek');
});
