// createRouter: an OpenAPIHono whose validation errors are problem details listing every invalid
// field (the library's default answer is not problem details; design.md §8).
import { OpenAPIHono, z, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv, UseCaseContext } from '../context.js';
import { invalidParamsFromZod, problemen } from './problem.js';

const plaatsVan = { json: 'body', query: 'query', param: 'path', header: 'header' } as const;

/**
 * Paths of strings containing NUL (U+0000). Valid JSON may carry it, but PostgreSQL text cannot
 * store it; refusing it here names the field instead of failing in the database.
 */
function nulTekens(waarde: unknown, pad: string, gevonden: string[] = []): string[] {
  if (typeof waarde === 'string') {
    if (waarde.includes('\u0000')) gevonden.push(pad);
  } else if (Array.isArray(waarde)) {
    waarde.forEach((w, i) => nulTekens(w, pad ? `${pad}.${i}` : String(i), gevonden));
  } else if (waarde && typeof waarde === 'object') {
    for (const [k, w] of Object.entries(waarde)) nulTekens(w, pad ? `${pad}.${k}` : k, gevonden);
  }
  return gevonden;
}

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
      const metNul = nulTekens(result.data, '');
      if (metNul.length > 0) {
        throw problemen.ongeldigeInvoer(metNul.map((name) => ({ name: name || plaats, code: 'ongeldig_teken', reason: 'Het NUL-teken (U+0000) is niet toegestaan.' })));
      }
    },
  });
  const openapi = router.openapi.bind(router);
  router.openapi = ((route: RouteConfig, ...rest: unknown[]) => (openapi as (...a: unknown[]) => unknown)(metStrikteQuery(route), ...rest)) as typeof router.openapi;
  return router;
}

export function useCaseContext(c: Context<AppEnv>): UseCaseContext {
  const { db, clock, ids, config } = c.var.deps;
  return { db, clock, ids, config, principal: c.var.principal, requestId: c.var.requestId };
}
