// One declaration of a protected operation (issue 19). A route states only what is its own: method
// and path, operationId, permission, summary and description, its request parts, its own answers and
// the problem responses particular to it. What every protected operation shares follows from those:
// - its tag and `security: beveiligd` (the API key or the JWT);
// - the permission check (autoriseer), always the first middleware, so the authorization-matrix test
//   and the processing log read the permission from the route (src/http/autorisatie.ts);
// - on a POST, Idempotency-Key (the header, and the idempotentie middleware after the permission check;
//   docs/beslissingen/0006-idempotentie.md): PUT, PATCH and DELETE are idempotent by themselves, a POST
//   is not; createRouter adds the strict body check after both;
// - a body as JSON, on a PATCH also as application/merge-patch+json (RFC 7396);
// - the problem responses: those of every route (fouten()), 404 for a path with an id (it may not
//   exist, or not for you), 415 for a body, 412 and 428 for If-Match.
import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Permissie } from '../access/permissiematrix.js';
import type { AppEnv } from '../context.js';
import { autoriseer } from './autorisatie.js';
import { idempotentie } from './idempotentie.js';
import { beveiligd, fouten, idempotencyKeyHeader, ifMatchHeader, type FoutCode } from './openapi.js';

type Methode = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Objectschema = z.ZodObject | undefined;
type Bodyschema = z.ZodType | undefined;

interface Declaratie<Pa extends Objectschema, Q extends Objectschema, B extends Bodyschema, A extends RouteConfig['responses']> {
  summary: string;
  description: string;
  params?: Pa;
  query?: Q;
  body?: B;
  /** If-Match is required (optimistic locking): the header, and the answers 412 and 428. */
  ifMatch?: true;
  /** The route's own answers: its 2xx, and any other it describes itself (a 406 with its own text). */
  antwoorden: A;
  /** Problem responses particular to this route (409, 422, …); the derived ones need not be named. */
  fouten?: FoutCode[];
  callbacks?: RouteConfig['callbacks'];
}

/** The request body as the validator and the document see it, typed so c.req.valid('json') is. */
type JsonBody<M extends Methode, B extends Bodyschema> = B extends z.ZodType ? {
  required: boolean;
  content: M extends 'patch'
    ? { 'application/merge-patch+json': { schema: B }; 'application/json': { schema: B } }
    : { 'application/json': { schema: B } };
} : undefined;

type Route<M extends Methode, P extends string, Pa extends Objectschema, Q extends Objectschema, B extends Bodyschema, A> = {
  method: M; path: P; operationId: string; tags: string[]; security: typeof beveiligd; summary: string; description: string;
  middleware: MiddlewareHandler<AppEnv>[];
  request: { params: Pa; query: Q; headers: z.ZodObject | undefined; body: JsonBody<M, B> };
  responses: A & ReturnType<typeof fouten>;
  callbacks?: RouteConfig['callbacks'];
};

/** An action without data has a body schema without fields; such a body may be left out. */
const zonderVelden = (body: z.ZodType) => body instanceof z.ZodObject && Object.keys(body.shape).length === 0;

/** The builder for the protected operations of one tag. */
export function beveiligdeRoutes(tag: string) {
  const tags = [tag];
  return function route<
    M extends Methode, P extends string, A extends RouteConfig['responses'],
    Pa extends Objectschema = undefined, Q extends Objectschema = undefined, B extends Bodyschema = undefined,
  >(method: M, path: P, operationId: string, recht: Permissie, d: Declaratie<Pa, Q, B, A>) {
    const idempotent = method === 'post';
    let headers: z.ZodObject | undefined = d.ifMatch ? ifMatchHeader : undefined;
    if (idempotent) headers = headers ? headers.extend(idempotencyKeyHeader.shape) : idempotencyKeyHeader;
    const mediatypen = method === 'patch' ? ['application/merge-patch+json', 'application/json'] : ['application/json'];
    const body = d.body && {
      required: !zonderVelden(d.body),
      content: Object.fromEntries(mediatypen.map((type) => [type, { schema: d.body }])),
    };
    const request = Object.fromEntries(Object.entries({ params: d.params, query: d.query, headers, body }).filter(([, deel]) => deel));
    const codes: FoutCode[] = [...d.fouten ?? []];
    if (path.includes('{')) codes.push(404);
    if (d.body) codes.push(415);
    if (d.ifMatch) codes.push(412, 428);
    // Route states the literal types @hono/zod-openapi reads to type a handler's c.req.valid() and
    // c.json(); the object built here has exactly those parts.
    return createRoute({
      method, path, operationId, tags, security: beveiligd, summary: d.summary, description: d.description,
      middleware: idempotent ? [autoriseer(recht), idempotentie] : [autoriseer(recht)],
      ...(Object.keys(request).length > 0 ? { request } : {}),
      ...(d.callbacks ? { callbacks: d.callbacks } : {}),
      responses: { ...d.antwoorden, ...fouten(...codes) },
    } as unknown as Route<M, P, Pa, Q, B, A>);
  };
}
