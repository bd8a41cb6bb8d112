// Signing in and out. Production: OpenID Connect. Development and demo (embedded database with demo
// data, NODE_ENV not production): one click per demo organisation and role. Signing out ends the
// session in the database. These routes are public: they are how one gets a session.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { rollenPerOrganisatieType } from '../../access/permissiematrix.js';
import { organisatieTypen, rollen, ROLLEN, type Rol } from '../../domain/catalogus.js';
import { leesOrganisatie, lijstOrganisaties } from '../../modules/organisaties/organisaties.service.js';
import type { AppDeps } from '../../context.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Kop, Koppeling, KnopKoppeling, Melding } from '../opmaak/componenten.js';
import { Layout, toon } from '../opmaak/layout.js';
import { aanmeldToken, aanmeldTokenKlopt, formulierToken, vanEigenOrigin } from '../sessie/herkomst.js';
import { beeindigSessie, startSessie, zelfdeToken } from '../sessie/sessies.js';
import { PaginaWeigering } from '../pagina.js';
import { oidcIngericht, rondOidcAf, startOidc } from './oidc.js';

/** The demo sign-in exists only with the embedded demo data and never in production. */
export const demoActief = (deps: AppDeps) => deps.demoAanmelding === true && deps.config.NODE_ENV !== 'production';

/** Only a path on this site (never //host or a full URL: no open redirect). */
function veiligTerug(terug: string | undefined): string {
  return terug && /^\/(?![/\\])[A-Za-z0-9/_\-.]*$/.test(terug) && !terug.startsWith('/aanmelden') ? terug : '/';
}

async function aanmeldpagina(c: Context<WebEnv>) {
  const deps = c.var.deps;
  const demo = demoActief(deps);
  const oidc = oidcIngericht(deps.config);
  const terug = veiligTerug(c.req.query('terug'));
  const token = demo ? aanmeldToken(c) : '';
  const organisaties = demo ? await lijstOrganisaties(deps.db) : [];
  const sessie = c.var.sessie;
  return toon(c, (
    <Layout titel="Aanmelden" sessie={sessie} menu="aanmelden">
      <Kop>Aanmelden</Kop>
      {sessie ? (
        <Melding soort="info" titel="U bent al aangemeld">
          <p class="nl-paragraph">Als {rollen[sessie.principal.rol]} van {sessie.principal.organisatieNaam}. <Koppeling href="/">Naar Mijn werk</Koppeling></p>
        </Melding>
      ) : null}
      {c.req.query('afgemeld') === '1' ? <Melding soort="ok" rol="status">U bent afgemeld.</Melding> : null}
      {oidc ? (
        <section class="nrm-sectie" aria-labelledby="oidc-kop">
          <Kop niveau={2} id="oidc-kop">Met uw organisatieaccount</Kop>
          <Alinea>U meldt zich aan bij uw eigen organisatie; daarna ziet u wat uw rol in het NRM mag zien en doen.</Alinea>
          <KnopKoppeling href={`/aanmelden/oidc?terug=${encodeURIComponent(terug)}`}>Aanmelden met uw organisatieaccount</KnopKoppeling>
        </section>
      ) : null}
      {demo ? (
        <section class="nrm-sectie" aria-labelledby="demo-kop">
          <Kop niveau={2} id="demo-kop">Demo-accounts</Kop>
          <Alinea>Deze omgeving draait met demogegevens. Kies een organisatie en rol om u met één klik aan te melden. In productie bestaat deze pagina niet.</Alinea>
          <div class="nrm-accounts">
            {organisaties.map((o) => (
              <div class="nrm-account">
                <h3 class="nl-heading nl-heading--level-3">{o.naam}</h3>
                <p class="nl-paragraph nrm-klein">{organisatieTypen[o.type]}</p>
                {rollenPerOrganisatieType[o.type].map((rol) => (
                  <form method="post" action="/aanmelden/demo">
                    <input type="hidden" name="_csrf" value={token} />
                    <input type="hidden" name="organisatieId" value={o.id} />
                    <input type="hidden" name="rol" value={rol} />
                    <input type="hidden" name="terug" value={terug} />
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action">Aanmelden als {rollen[rol]}<span class="nrm-verborgen"> bij {o.naam}</span></button>
                  </form>
                ))}
              </div>
            ))}
          </div>
        </section>
      ) : null}
      {!oidc && !demo ? (
        <Melding soort="warning" titel="Aanmelden is niet ingericht">
          <p class="nl-paragraph">Stel OpenID Connect in (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URL); zie de README, paragraaf Configuratie.</p>
        </Melding>
      ) : null}
      <Alinea><Koppeling href="/help">Welke rol heeft u nodig? Zie Help en rollen.</Koppeling></Alinea>
    </Layout>
  ));
}

async function weigeringspagina(c: Context<WebEnv>, titel: string, reden: string, status: 400 | 403) {
  return toon(c, (
    <Layout titel={titel} fout>
      <Kop>{titel}</Kop>
      <Melding soort="error" rol="alert"><p class="nl-paragraph">{reden}</p></Melding>
      <Alinea>Er is geen sessie aangemaakt. Neem contact op met de functioneel beheerder van uw organisatie als u denkt dat dit niet klopt.</Alinea>
      <Alinea><Koppeling href="/aanmelden">Terug naar Aanmelden</Koppeling> · <Koppeling href="/help">Help en rollen</Koppeling></Alinea>
    </Layout>
  ), status);
}

export const aanmeldRoutes = new Hono<WebEnv>()
  .get('/aanmelden', (c) => aanmeldpagina(c))
  .post('/aanmelden/demo', async (c) => {
    if (!demoActief(c.var.deps)) return c.notFound();
    if (!vanEigenOrigin(c) || !(await aanmeldTokenKlopt(c))) {
      throw new PaginaWeigering(403, 'Formulier geweigerd', 'Dit formulier kwam niet van deze website of is verlopen. Open de aanmeldpagina opnieuw.');
    }
    const body = await c.req.parseBody();
    const organisatie = await leesOrganisatie(c.var.deps.db, String(body.organisatieId ?? ''));
    const rol = String(body.rol ?? '');
    if (!organisatie || !(ROLLEN as readonly string[]).includes(rol) || !rollenPerOrganisatieType[organisatie.type].includes(rol as Rol)) {
      return weigeringspagina(c, 'Aanmelden geweigerd', 'Deze combinatie van organisatie en rol bestaat niet.', 403);
    }
    // The demo intakers are certified, as their API keys are (docs/regels.md R6).
    await startSessie(c, { organisatieId: organisatie.id, rol: rol as Rol, gebruiker: `demo:${organisatie.id}`, weergavenaam: null, gecertificeerd: rol === 'intaker' });
    return c.redirect(veiligTerug(String(body.terug ?? '')), 303);
  })
  .get('/aanmelden/oidc', async (c) => {
    if (!oidcIngericht(c.var.deps.config)) return c.notFound();
    try {
      return c.redirect(await startOidc(c, veiligTerug(c.req.query('terug'))), 303);
    } catch {
      return weigeringspagina(c, 'Aanmelden niet mogelijk', 'De identiteitsprovider is nu niet bereikbaar. Probeer het later opnieuw.', 400);
    }
  })
  .get('/aanmelden/oidc/terug', async (c) => {
    if (!oidcIngericht(c.var.deps.config)) return c.notFound();
    const uitkomst = await rondOidcAf(c);
    if (uitkomst.soort === 'geweigerd') return weigeringspagina(c, 'Aanmelden geweigerd', uitkomst.reden, 403);
    if (uitkomst.soort === 'mislukt') return weigeringspagina(c, 'Aanmelden niet gelukt', uitkomst.reden, 400);
    await startSessie(c, uitkomst.aanmelding);
    return c.redirect(veiligTerug(uitkomst.terug), 303);
  })
  .post('/afmelden', async (c) => {
    const sessie = c.var.sessie;
    if (sessie) {
      if (!vanEigenOrigin(c) || !zelfdeToken(await formulierToken(c), sessie.csrfToken)) {
        throw new PaginaWeigering(403, 'Formulier geweigerd', 'Dit formulier kwam niet van deze website of is verlopen. U bent niet afgemeld.');
      }
      await beeindigSessie(c, sessie);
    }
    return c.redirect('/aanmelden?afgemeld=1', 303);
  });
