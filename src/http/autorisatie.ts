// Route middleware: authenticate the caller and check the permission matrix. Deny by default.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { principalVoorSleutel } from '../access/authenticatie.js';
import { magUitvoeren, type Permissie } from '../access/permissiematrix.js';
import { problemen } from './problem.js';

export function autoriseer(permissie: Permissie) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw problemen.nietGeauthenticeerd();
    const principal = await principalVoorSleutel(c.var.deps.db, match[1]!);
    if (!principal) throw problemen.nietGeauthenticeerd('De API-sleutel is onbekend of ingetrokken.');
    if (!magUitvoeren(principal.rol, permissie)) {
      throw problemen.verboden(`De rol ${principal.rol} mag ${permissie} niet uitvoeren.`);
    }
    c.set('principal', principal);
    await next();
  });
}
