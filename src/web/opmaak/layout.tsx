// The frame of every page: skip link, header with the menu and the signed-in organisation and role,
// the content, and a footer pointing to help. Styles are files (the CSP allows no inline style).
import type { Child } from 'hono/jsx';
import type { Context } from 'hono';
import { magUitvoeren } from '../../access/permissiematrix.js';
import { rollen } from '../../domain/catalogus.js';
import type { WebEnv, WebSessie } from '../omgeving.js';
import { asset } from '../statisch/statisch.js';

export type Menu = 'werk' | 'zoeken' | 'nieuw' | 'help' | 'dossier' | 'aanmelden' | 'postvak' | 'verwijzingen' | 'locaties' | 'overzicht' | 'audit' | 'beheer' | 'jobs' | 'statistiek' | 'monitor' | 'verblijf';

const Menuregel = (p: { href: string; actief: boolean; children: Child }) => (
  <li class="nrm-menu-item">
    <a class="nl-link nrm-menu-link" href={p.href} aria-current={p.actief ? 'page' : undefined}>{p.children}</a>
  </li>
);

/** `stijlen`: extra stylesheets of one page (e.g. the M55's print stylesheet), each a file in statisch/. */
export const Layout = (p: { titel: string; sessie?: WebSessie; menu?: Menu; fout?: boolean; stijlen?: string[]; children: Child }) => {
  const s = p.sessie;
  const rol = s?.principal.rol;
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{p.fout ? 'Fout: ' : ''}{p.titel} — NRM</title>
        <link rel="stylesheet" href={asset('rhc-tokens.css')} />
        <link rel="stylesheet" href={asset('rhc-componenten.css')} />
        <link rel="stylesheet" href={asset('nrm.css')} />
        {(p.stijlen ?? []).map((naam) => <link rel="stylesheet" href={asset(naam)} />)}
        <link rel="icon" href={asset('favicon.svg')} type="image/svg+xml" />
      </head>
      <body class="rhc-theme utrecht-document nrm-document">
        <a class="nl-skip-link nrm-overslaan" href="#inhoud">Direct naar de inhoud</a>
        <header class="nrm-kop">
          <div class="nrm-breed nrm-kop-binnen">
            <a class="nrm-merk" href="/"><span class="nrm-merk-kort">NRM</span> <span class="nrm-merk-lang">Nationaal verwijsmechanisme mensenhandel</span></a>
            {s ? (
              <div class="nrm-gebruiker">
                <span>{s.weergavenaam ? `${s.weergavenaam}, ` : ''}{s.principal.organisatieNaam} — {rollen[s.principal.rol]}</span>
                <form method="post" action="/afmelden" class="nrm-afmelden">
                  <input type="hidden" name="_csrf" value={s.csrfToken} />
                  <button type="submit" class="utrecht-button utrecht-button--secondary-action nrm-knop-klein">Afmelden</button>
                </form>
              </div>
            ) : null}
          </div>
          {s && rol ? (
            <nav class="nrm-menu" aria-label="Hoofdmenu">
              <ul class="nrm-breed nrm-menu-lijst">
                <Menuregel href="/" actief={p.menu === 'werk'}>Mijn werk</Menuregel>
                {magUitvoeren(rol, 'dossiers.lezen') ? <Menuregel href="/zoeken" actief={p.menu === 'zoeken'}>Zoeken</Menuregel> : null}
                {magUitvoeren(rol, 'dossiers.aanmaken') ? <Menuregel href="/dossiers/nieuw" actief={p.menu === 'nieuw'}>Nieuw dossier</Menuregel> : null}
                {magUitvoeren(rol, 'kennisgevingen.lezen') ? <Menuregel href="/postvak" actief={p.menu === 'postvak'}>Postvak</Menuregel> : null}
                {magUitvoeren(rol, 'verblijf.werklijst') ? <Menuregel href="/verblijf" actief={p.menu === 'verblijf'}>Verblijf</Menuregel> : null}
                {magUitvoeren(rol, 'verwijzingen.besluiten') ? <Menuregel href="/verwijzingen" actief={p.menu === 'verwijzingen'}>Verwijzingen</Menuregel> : null}
                {magUitvoeren(rol, 'zorgoverzicht.lezen') ? <Menuregel href="/overzicht" actief={p.menu === 'overzicht'}>Overzicht</Menuregel> : null}
                {magUitvoeren(rol, 'opvanglocaties.lezen') ? <Menuregel href="/locaties" actief={p.menu === 'locaties'}>Locaties</Menuregel> : null}
                {magUitvoeren(rol, 'auditregels.lezen') ? <Menuregel href="/audit" actief={p.menu === 'audit'}>Audit</Menuregel> : null}
                {!magUitvoeren(rol, 'auditregels.lezen') && magUitvoeren(rol, 'auditregels.verifieren') ? <Menuregel href="/audit/verificatie" actief={p.menu === 'audit'}>Controle audittrail</Menuregel> : null}
                {magUitvoeren(rol, 'statistieken.lezen') ? <Menuregel href="/statistieken" actief={p.menu === 'statistiek'}>Statistieken</Menuregel> : null}
                {magUitvoeren(rol, 'monitor.lezen') ? <Menuregel href="/monitor" actief={p.menu === 'monitor'}>Monitor</Menuregel> : null}
                {magUitvoeren(rol, 'beheer.sleutels') ? <Menuregel href="/beheer" actief={p.menu === 'beheer'}>Organisaties en sleutels</Menuregel> : null}
                {magUitvoeren(rol, 'beheer.jobs') ? <Menuregel href="/beheer/jobs" actief={p.menu === 'jobs'}>Jobs en webhooks</Menuregel> : null}
                <Menuregel href="/help" actief={p.menu === 'help'}>Help en rollen</Menuregel>
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="inhoud" class="nrm-breed nrm-inhoud" tabindex={-1}>{p.children}</main>
        <footer class="nrm-voet">
          <div class="nrm-breed">
            <p class="nl-paragraph">Hulp nodig? Zie <a class="nl-link nrm-voet-link" href="/help">Help en rollen</a> of bel de functioneel beheerder van uw organisatie.</p>
          </div>
        </footer>
      </body>
    </html>
  );
};

/** Renders a page: HTML5 doctype, the status, and the page's security headers (set in the web router). */
export async function toon(c: Context<WebEnv>, inhoud: Child, status = 200) {
  return c.html(`<!doctype html>${String(await inhoud)}`, status as 200);
}
