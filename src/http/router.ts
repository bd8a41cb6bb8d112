// createRouter: an OpenAPIHono whose validation errors are problem details listing every invalid
// field (the library's default answer is not problem details; design.md §8).
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv, UseCaseContext } from '../context.js';
import { invalidParamsFromZod, problemen } from './problem.js';

const plaatsVan = { json: 'body', query: 'query', param: 'path', header: 'header' } as const;

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const plaats = plaatsVan[result.target as keyof typeof plaatsVan] ?? 'body';
        throw problemen.ongeldigeInvoer(invalidParamsFromZod(result.error as never, plaats));
      }
    },
  });
}

export function useCaseContext(c: Context<AppEnv>): UseCaseContext {
  const { db, clock, ids, config } = c.var.deps;
  return { db, clock, ids, config, principal: c.var.principal, requestId: c.var.requestId };
}
