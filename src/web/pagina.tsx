// Every page route starts with pagina(permissie): the permission comes from the one matrix
// (src/access/permissiematrix.ts) and is carried by the middleware (`.permissie`), so the generated
// authorization-matrix test reads it for every page route as it does for the API. Then the page
// calls the same use cases as the API with a UseCaseContext built from the signed-in principal.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { magUitvoeren, type Permissie } from '../access/permissiematrix.js';
import type { UseCaseContext } from '../context.js';
import { activiteitVoor } from '../privacy/verwerkingsregister.js';
import { legVerwerkingenVast, traceVoor } from '../privacy/verwerkingslog.js';
import { Probleem, problemen } from '../http/problem.js';
import type { WebEnv } from './omgeving.js';
import { formulierToken, vanEigenOrigin } from './sessie/herkomst.js';
import { zelfdeToken } from './sessie/sessies.js';
import { Alinea, Kop, Koppeling } from './opmaak/componenten.js';
import { Layout, toon } from './opmaak/layout.js';

/** Thrown for a page that is refused: rendered as a Dutch page with this status (see paginaFout). */
export class PaginaWeigering extends Error {
  override name = 'PaginaWeigering';
  constructor(readonly status: 403, readonly titel: string, readonly uitleg: string, readonly permissie?: string) { super(uitleg); }
}

export function pagina(permissie: Permissie) {
  const middleware = createMiddleware<WebEnv>(async (c, next) => {
    const sessie = c.var.sessie;
    if (!sessie) {
      // Not (or no longer) signed in: to the sign-in page; nothing is done.
      const terug = c.req.method === 'GET' ? `?terug=${encodeURIComponent(c.req.path)}` : '';
      return c.redirect(`/aanmelden${terug}`, 303);
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      if (!vanEigenOrigin(c)) throw new PaginaWeigering(403, 'Formulier geweigerd', 'Dit formulier kwam niet van deze website. Er is niets opgeslagen. Open de pagina opnieuw en probeer het nog eens.');
      const token = await formulierToken(c);
      if (!token || !zelfdeToken(token, sessie.csrfToken)) {
        throw new PaginaWeigering(403, 'Formulier geweigerd', 'Dit formulier is verlopen of onvolledig (beveiligingscode ontbreekt). Er is niets opgeslagen. Open de pagina opnieuw en probeer het nog eens.');
      }
    }
    if (!magUitvoeren(sessie.principal.rol, permissie)) {
      throw new PaginaWeigering(403, 'Geen toegang', 'Uw rol heeft geen toegang tot deze pagina. Op de pagina Help en rollen staat wat elke rol kan doen.', permissie);
    }
    c.set('principal', sessie.principal);
    c.set('permissie', permissie);
    c.set('paginaVerwerkingen', []);
    const trace = traceVoor(c.req.header('traceparent'));
    const start = c.var.deps.clock.now();
    await next();
    // The processing log (Logboek Dataverwerkingen), exactly as through the API: one record per
    // activity and dossier the page processed, only when it succeeded.
    if (c.res.status >= 400) return;
    const gezien = new Set<string>();
    const items = c.var.paginaVerwerkingen.flatMap(({ permissie: p, dossierId }) => {
      const activiteit = activiteitVoor(p);
      const sleutel = `${activiteit?.id}|${dossierId}`;
      if (!activiteit || gezien.has(sleutel)) return [];
      gezien.add(sleutel);
      return [{ activiteit, dossierId }];
    });
    await legVerwerkingenVast(c.var.deps, {
      trace, principal: sessie.principal, requestId: c.var.requestId, handeling: `${c.req.method} ${c.req.routePath}`, start, einde: c.var.deps.clock.now(),
    }, items);
  });
  return Object.assign(middleware, { permissie });
}

/**
 * The use-case context for one use case of this page, after checking that the role may perform it
 * (the matrix, as the API's route would). The dossiers it processes are recorded with verwerkt().
 */
export function useCase(c: Context<WebEnv>, permissie: Permissie): UseCaseContext {
  const principal = c.var.sessie?.principal;
  if (!principal || !magUitvoeren(principal.rol, permissie)) throw problemen.verboden('rol-niet-toegestaan', `De rol mag ${permissie} niet uitvoeren.`);
  const { db, clock, ids, config } = c.var.deps;
  return { db, clock, ids, config, principal, requestId: c.var.requestId };
}

export function mag(c: Context<WebEnv>, permissie: Permissie): boolean {
  const rol = c.var.sessie?.principal.rol;
  return Boolean(rol && magUitvoeren(rol, permissie));
}

export function verwerkt(c: Context<WebEnv>, permissie: Permissie, dossierIds: Iterable<string | null | undefined>) {
  for (const dossierId of dossierIds) if (dossierId) c.var.paginaVerwerkingen.push({ permissie, dossierId });
}

/** Error pages: the refusals above, 404 for what does not exist or may not be seen, 503 while busy, else 500. */
export async function paginaFout(c: Context<WebEnv>, err: unknown): Promise<Response> {
  const sessie = c.var.sessie;
  if (err instanceof PaginaWeigering) {
    return toon(c, (
      <Layout titel={err.titel} sessie={sessie} fout>
        <div data-permissie={err.permissie}>
          <Kop>{err.titel}</Kop>
          <Alinea>{err.uitleg}</Alinea>
          <Alinea><Koppeling href="/">Naar Mijn werk</Koppeling></Alinea>
        </div>
      </Layout>
    ), err.status);
  }
  const status = (err as { status?: number }).status;
  if (status === 404) {
    return toon(c, (
      <Layout titel="Niet gevonden" sessie={sessie} fout>
        <Kop>Niet gevonden</Kop>
        <Alinea>Deze pagina bestaat niet, of u heeft er geen toegang toe.</Alinea>
        <Alinea><Koppeling href="/">Naar Mijn werk</Koppeling></Alinea>
      </Layout>
    ), 404);
  }
  if (err instanceof Probleem && err.status >= 400 && err.status < 500) {
    const titel = err.status === 403 ? 'Geen toegang' : 'Dat kan niet';
    return toon(c, (
      <Layout titel={titel} sessie={sessie} fout>
        <Kop>{titel}</Kop>
        <Alinea>{err.detail}</Alinea>
        <Alinea><Koppeling href="/">Naar Mijn werk</Koppeling></Alinea>
      </Layout>
    ), err.status);
  }
  // Busy or the database briefly unreachable (503 with Retry-After): a passing condition, said as such.
  if (err instanceof Probleem && err.status === 503) {
    for (const [naam, waarde] of Object.entries(err.headers ?? {})) c.header(naam, waarde);
    return toon(c, (
      <Layout titel="Even niet beschikbaar" sessie={sessie} fout>
        <Kop>Even niet beschikbaar</Kop>
        <Alinea>{err.detail}</Alinea>
        <Alinea>Wat eerder is opgeslagen, blijft bewaard. Had u net een formulier verstuurd, kijk dan na het verversen of het is verwerkt voordat u het opnieuw verstuurt.</Alinea>
      </Layout>
    ), 503);
  }
  return toon(c, (
    <Layout titel="Er ging iets mis" sessie={sessie} fout>
      <Kop>Er ging iets mis</Kop>
      <Alinea>Probeer het later opnieuw. Noem bij contact met de functioneel beheerder deze code: {c.var.requestId}.</Alinea>
    </Layout>
  ), 500);
}
