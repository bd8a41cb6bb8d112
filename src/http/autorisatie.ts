// Route middleware: authenticate the caller (API key or JWT), apply the rate limits and check the
// permission matrix. Deny by default.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { principalVoorSleutelGecachet } from '../access/authenticatie.js';
import { lijktOpJwt, principalVoorJwt } from '../access/jwt.js';
import { magUitvoeren, type Permissie } from '../access/permissiematrix.js';
import { problemen } from './problem.js';
import { controleerSnelheid, registreerAuthenticatiefout } from './snelheidslimiet.js';

/**
 * The returned middleware carries its permission (`.permissie`), so the authorization-matrix test
 * and the processing log can read, for every registered route, what it needs.
 */
export function autoriseer(permissie: Permissie) {
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const { db, jwt, clock, config } = c.var.deps;
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw problemen.nietGeauthenticeerd();
    const token = match[1]!;
    const principal = jwt && lijktOpJwt(token)
      ? await principalVoorJwt(db, token, jwt, clock.now())
      : await principalVoorSleutelGecachet(db, token, clock, config.SLEUTEL_CACHE_SECONDEN);
    if (!principal) {
      // Only a failure counts against the address and the credential; a valid credential is
      // never refused for others' failures (issue 11).
      await registreerAuthenticatiefout(c, token);
      throw problemen.nietGeauthenticeerd('De API-sleutel of het token is onbekend, verlopen of ingetrokken.');
    }
    await controleerSnelheid(c, principal.credential);
    if (!magUitvoeren(principal.rol, permissie)) {
      throw problemen.verboden('rol-niet-toegestaan', `De rol ${principal.rol} mag ${permissie} niet uitvoeren.`);
    }
    c.set('principal', principal);
    c.set('permissie', permissie);
    await next();
  });
  return Object.assign(middleware, { permissie });
}
