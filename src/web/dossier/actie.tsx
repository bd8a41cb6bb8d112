// One pattern for every action on a dossier: GET shows the form, POST judges it with the API's
// schema and calls the use case; a refusal shows the form again, filled in, with each message at
// its field (status 400/409/422, nothing written); success goes back to the dossier (POST-redirect-GET).
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Hono } from 'hono';
import type { z } from 'zod';
import type { Permissie } from '../../access/permissiematrix.js';
import type { UseCaseContext } from '../../context.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Foutoverzicht, Formulier, Kop, Knop, Knoppen, Koppeling } from '../opmaak/componenten.js';
import { foutenUitProbleem, naarWaarden, type Fouten, type Waarden } from '../opmaak/formulier.js';
import { Layout, toon } from '../opmaak/layout.js';
import { beoordeel, type Formulierdeel } from '../formulieren/intake.js';
import { formulierTekst, naarVelden } from '../formulieren/velden.js';
import { pagina, useCase, verwerkt } from '../pagina.js';

export interface Actie<S extends z.ZodType, O> {
  pad: string;
  permissie: Permissie;
  titel: string;
  uitleg?: string;
  /** Loads what the form needs (and checks that the object exists and may be seen: 404 otherwise). */
  laad(c: Context<WebEnv>): Promise<O & { dossierId: string; dossiernummer: string }>;
  deel(o: O): Formulierdeel<S>;
  standaard(c: Context<WebEnv>, o: O): Waarden;
  Velden(p: { w: Waarden; f: Fouten; o: O; c: Context<WebEnv> }): Child;
  voerUit(ctx: UseCaseContext, invoer: z.output<S>, o: O, c: Context<WebEnv>): Promise<unknown>;
  /** Shown on the dossier page after success (a code in the URL, never data). */
  gedaan: string;
  sectie: string;
  knop: string;
}

export function registreerActie<S extends z.ZodType, O>(router: Hono<WebEnv>, a: Actie<S, O>) {
  const toonFormulier = async (c: Context<WebEnv>, o: O & { dossierId: string; dossiernummer: string }, w: Waarden, f: Fouten, status = 200) => {
    const sessie = c.var.sessie!;
    return toon(c, (
      <Layout titel={`${a.titel} — ${o.dossiernummer}`} sessie={sessie} menu="dossier" fout={Object.keys(f).length > 0}>
        <Alinea><Koppeling href={`/dossiers/${o.dossierId}#${a.sectie}`}>Terug naar dossier {o.dossiernummer}</Koppeling></Alinea>
        <Kop>{a.titel}</Kop>
        <Alinea>Dossier {o.dossiernummer}.{a.uitleg ? ` ${a.uitleg}` : ''}</Alinea>
        <Foutoverzicht fouten={f} labels={a.deel(o).labels} />
        <Formulier actie={c.req.path} csrf={sessie.csrfToken} label={a.titel}>
          <a.Velden w={w} f={f} o={o} c={c} />
          <Knoppen>
            <Knop>{a.knop}</Knop>
            <a class="nl-link" href={`/dossiers/${o.dossierId}#${a.sectie}`}>Annuleren</a>
          </Knoppen>
        </Formulier>
      </Layout>
    ), status);
  };
  router.get(a.pad, pagina(a.permissie), async (c) => {
    const o = await a.laad(c);
    return toonFormulier(c, o, a.standaard(c, o), {});
  });
  router.post(a.pad, pagina(a.permissie), async (c) => {
    const o = await a.laad(c);
    const w = naarWaarden(await c.req.parseBody({ all: true }));
    const deel = a.deel(o);
    const uitkomst = beoordeel(deel, w, '');
    if ('fouten' in uitkomst) return toonFormulier(c, o, w, uitkomst.fouten, 400);
    try {
      await a.voerUit(useCase(c, a.permissie), uitkomst.invoer, o, c);
    } catch (err) {
      const { fouten, status } = foutenUitProbleem(err);
      return toonFormulier(c, o, w, formulierTekst(naarVelden(fouten, deel.velden)), status);
    }
    verwerkt(c, a.permissie, [o.dossierId]);
    return c.redirect(`/dossiers/${o.dossierId}?gedaan=${a.gedaan}#${a.sectie}`, 303);
  });
}
