// createRouter: an OpenAPIHono whose validation errors are problem details listing every invalid
// field (the library's default answer is not problem details; docs/architectuur.md §2), that refuses
// characters no field accepts (src/http/tekens.ts), and whose routes with a JSON body accept only
// the media types they declare, without duplicate keys (src/http/json-body.ts).
import { OpenAPIHono, z, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv, UseCaseContext } from '../context.js';
import { strikteJsonBody } from './json-body.js';
import { invalidParamsFromZod, problemen } from './problem.js';
import { verbodenTekens } from './tekens.js';

const plaatsVan = { json: 'body', query: 'query', param: 'path', header: 'header' } as const;

/**
 * A route's query schema without room for unknown parameters: a misspelt filter (`?stauts=open`) is
 * a 400 that names it, never silently ignored.
 */
function metStrikteQuery<R extends RouteConfig>(route: R): R {
  const query = route.request?.query;
  if (!(query instanceof z.ZodObject)) return route;
  return { ...route, request: { ...route.request, query: query.strict() } };
}

export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      const plaats = plaatsVan[result.target as keyof typeof plaatsVan] ?? 'body';
      if (!result.success) {
        throw problemen.ongeldigeInvoer(invalidParamsFromZod(result.error as never, plaats));
      }
      const fouten = verbodenTekens(result.data);
      if (fouten.length > 0) {
        throw problemen.ongeldigeInvoer(fouten.map(({ pad, teken, vrijeTekst }) => ({
          name: pad || plaats, code: 'ongeldig_teken',
          reason: `${teken[0]!.toUpperCase()}${teken.slice(1)} is hier niet toegestaan${vrijeTekst ? '' : ' (een naam, code of kenmerk is één regel zonder stuur- of richtingstekens)'}.`,
        })));
      }
    },
  });
  // Every route with a JSON body gets the strict body check after its own middleware (so
  // authentication and Idempotency-Key come first, as for the validator's own 415).
  const registreer = router.openapi;
  router.openapi = ((gegeven, ...rest) => {
    const route = metStrikteQuery(gegeven);
    const content = (route.request?.body as { content?: Record<string, unknown> } | undefined)?.content;
    if (!content?.['application/json']) return registreer(route, ...rest);
    const eigen = route.middleware === undefined ? [] : Array.isArray(route.middleware) ? route.middleware : [route.middleware];
    const gedeclareerd = Object.keys(content).map((t) => t.toLowerCase());
    return registreer({ ...route, middleware: [...eigen, strikteJsonBody(gedeclareerd)] }, ...rest);
  }) as typeof router.openapi;
  return router;
}

export function useCaseContext(c: Context<AppEnv>): UseCaseContext {
  const { db, clock, ids, config } = c.var.deps;
  return { db, clock, ids, config, principal: c.var.principal, requestId: c.var.requestId };
}
