// Load shedding (issue 17): at most MAX_VERZOEKEN_TEGELIJK requests in progress in this instance. One
// more is refused at once — 503 problem+json with Retry-After, before it authenticates or touches the
// database — instead of waiting in a queue behind the others until every answer is late. The client
// (or the load balancer) retries, here or on another instance. /health and /ready are never refused:
// an overloaded instance is alive and ready, and the platform must not restart it for being busy.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { problemen } from './problem.js';

const VRIJGESTELD = new Set(['/health', '/ready']);

/** Seconds a refused client waits before it tries again. */
export const OPNIEUW_NA_SECONDEN = 1;

export function lastbegrenzing(maximum: number): MiddlewareHandler<AppEnv> {
  let bezig = 0;
  return async (c, next) => {
    if (VRIJGESTELD.has(c.req.path)) return next();
    if (bezig >= maximum) {
      throw problemen.nietBeschikbaar(
        `De service verwerkt al ${maximum} verzoeken tegelijk en neemt er nu geen bij. Probeer het over ${OPNIEUW_NA_SECONDEN} seconde opnieuw.`,
        OPNIEUW_NA_SECONDEN);
    }
    bezig++;
    try {
      await next();
    } finally {
      bezig--;
    }
  };
}
