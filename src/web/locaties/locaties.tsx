// Locaties (issue 15; docs/beslissingen/0017-verwijzing-en-opvang.md, shelter capacity): every shelter location with its capacity,
// occupancy and free places — for referrers too, as in the API (lijstOpvanglocaties) — and, for a
// shelter's staff, adding a location and changing one of its own. Changing goes through
// wijzigOpvanglocatie, which refuses a capacity below the current occupancy. Here a location of
// another organisation has no page (404); the beheerder changes those through the API.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { opvanglocatieSoorten } from '../../domain/labels.js';
import { OPVANGLOCATIE_SOORTEN, type OpvanglocatieSoort } from '../../domain/verwijzing.js';
import { problemen } from '../../http/problem.js';
import { leesOpvanglocatie, lijstOpvanglocaties, maakOpvanglocatie, wijzigOpvanglocatie } from '../../modules/opvanglocaties/opvanglocaties.service.js';
import { OpvanglocatieAanmakenSchema, OpvanglocatieWijzigenSchema } from '../../modules/opvanglocaties/opvanglocaties.schemas.js';
import { lijstOrganisaties } from '../../modules/organisaties/organisaties.service.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Foutoverzicht, Formulier, Keuzegroep, Keuzelijst, Knop, Knoppen, Kop, Koppeling, Melding, Tabel, Tekstveld } from '../opmaak/componenten.js';
import { foutenUitProbleem, foutenUitZod, naarWaarden, ofWeg, tekst, type Fouten, type Waarden } from '../opmaak/formulier.js';
import { Layout, toon } from '../opmaak/layout.js';
import { mag, pagina, useCase } from '../pagina.js';
import { Bezetting } from './bezetting.js';

const LABELS = { naam: 'Naam', soort: 'Soort', capaciteit: 'Aantal plaatsen', organisatieId: 'Opvangorganisatie' };
const soortKeuzes = OPVANGLOCATIE_SOORTEN.map((s) => ({ waarde: s, label: opvanglocatieSoorten[s] }));

/** A number typed in a form; anything else stays text, so the schema refuses it at the field. */
const getal = (w: Waarden, naam: string) => { const t = ofWeg(w, naam); return t !== undefined && /^\d+$/.test(t) ? Number(t) : t; };

async function lijst(c: Context<WebEnv>, w: Waarden = {}, f: Fouten = {}, status = 200) {
  const sessie = c.var.sessie!;
  const eigen = sessie.principal.organisatieId;
  const rijen = await lijstOpvanglocaties(useCase(c, 'opvanglocaties.lezen'), {}, 500);
  const organisaties = await lijstOrganisaties(c.var.deps.db);
  const naamVan = new Map(organisaties.map((o) => [o.id, o.naam]));
  const beheerder = sessie.principal.rol === 'beheerder';
  const gedaan = c.req.query('gedaan');
  return toon(c, (
    <Layout titel="Locaties" sessie={sessie} menu="locaties" fout={Object.keys(f).length > 0}>
      <Kop>Locaties</Kop>
      <Alinea>Alle opvanglocaties met hun capaciteit, bezetting en vrije plaatsen. De bezetting is het aantal lopende plaatsingen.</Alinea>
      {gedaan ? <Melding soort="ok" rol="status" titel="Opgeslagen">{gedaan === 'toegevoegd' ? 'De locatie is toegevoegd.' : 'De locatie is gewijzigd.'}</Melding> : null}
      <Tabel bijschrift="Opvanglocaties met capaciteit en vrije plaatsen" koppen={['Locatie', 'Organisatie', 'Soort', 'Bezetting en vrije plaatsen', '']}
        leeg="Er zijn nog geen opvanglocaties."
        rijen={rijen.map(({ locatie, bezetting }) => [
          locatie.naam, naamVan.get(locatie.organisatieId) ?? '—', opvanglocatieSoorten[locatie.soort as OpvanglocatieSoort],
          <Bezetting naam={locatie.naam} capaciteit={locatie.capaciteit} bezetting={bezetting} />,
          locatie.organisatieId === eigen && mag(c, 'opvanglocaties.beheren')
            ? <a class="nl-link" href={`/locaties/${locatie.id}/wijzigen`}>Wijzigen<span class="nrm-verborgen"> {locatie.naam}</span></a> : '',
        ])} />
      {mag(c, 'opvanglocaties.beheren') ? (
        <section class="nrm-sectie" aria-labelledby="toevoegen-kop">
          <Kop niveau={2} id="toevoegen-kop">Locatie toevoegen</Kop>
          <Foutoverzicht fouten={f} labels={LABELS} />
          <Formulier actie="/locaties" csrf={sessie.csrfToken} label="Locatie toevoegen">
            {beheerder ? (
              <Keuzelijst naam="organisatieId" label="Opvangorganisatie" verplicht waarde={tekst(w, 'organisatieId')} fout={f.organisatieId} leeg="Kies een organisatie"
                keuzes={organisaties.filter((o) => o.type === 'opvang').map((o) => ({ waarde: o.id, label: o.naam }))} />
            ) : null}
            <Tekstveld naam="naam" label="Naam" verplicht breedte="midden" waarde={tekst(w, 'naam')} fout={f.naam} />
            <Keuzegroep soort="radio" naam="soort" label="Soort" verplicht fout={f.soort} waarden={[tekst(w, 'soort')]} keuzes={soortKeuzes} />
            <Tekstveld naam="capaciteit" label="Aantal plaatsen" verplicht breedte="smal" invoermodus="numeric" waarde={tekst(w, 'capaciteit')} fout={f.capaciteit}
              beschrijving="0 betekent: tijdelijk gesloten." />
            <Knoppen><Knop>Locatie toevoegen</Knop></Knoppen>
          </Formulier>
        </section>
      ) : null}
    </Layout>
  ), status);
}

/** A location of the caller's own organisation, through the use case; another organisation's: 404. */
async function eigenLocatie(c: Context<WebEnv>) {
  const gelezen = await leesOpvanglocatie(useCase(c, 'opvanglocaties.lezen'), c.req.param('opvanglocatieId')!);
  if (gelezen.locatie.organisatieId !== c.var.sessie!.principal.organisatieId) throw problemen.nietGevonden('Opvanglocatie niet gevonden.');
  return gelezen;
}

async function wijzigFormulier(c: Context<WebEnv>, g: Awaited<ReturnType<typeof eigenLocatie>>, w: Waarden, f: Fouten, status = 200) {
  const sessie = c.var.sessie!;
  return toon(c, (
    <Layout titel={`${g.locatie.naam} wijzigen`} sessie={sessie} menu="locaties" fout={Object.keys(f).length > 0}>
      <Alinea><Koppeling href="/locaties">Terug naar Locaties</Koppeling></Alinea>
      <Kop>{g.locatie.naam} wijzigen</Kop>
      <Alinea><Bezetting naam={g.locatie.naam} capaciteit={g.locatie.capaciteit} bezetting={g.bezetting} /></Alinea>
      <Foutoverzicht fouten={f} labels={LABELS} />
      <Formulier actie={c.req.path} csrf={sessie.csrfToken} label="Locatie wijzigen">
        <Tekstveld naam="naam" label="Naam" verplicht breedte="midden" waarde={tekst(w, 'naam')} fout={f.naam} />
        <Keuzegroep soort="radio" naam="soort" label="Soort" verplicht fout={f.soort} waarden={[tekst(w, 'soort')]} keuzes={soortKeuzes} />
        <Tekstveld naam="capaciteit" label="Aantal plaatsen" verplicht breedte="smal" invoermodus="numeric" waarde={tekst(w, 'capaciteit')} fout={f.capaciteit}
          beschrijving={`Niet lager dan de huidige bezetting (${g.bezetting}).`} />
        <Knoppen><Knop>Wijziging opslaan</Knop><a class="nl-link" href="/locaties">Annuleren</a></Knoppen>
      </Formulier>
    </Layout>
  ), status);
}

export const locatieRoutes = new Hono<WebEnv>()
  .get('/locaties', pagina('opvanglocaties.lezen'), (c) => lijst(c))
  .post('/locaties', pagina('opvanglocaties.beheren'), async (c) => {
    const w = naarWaarden(await c.req.parseBody({ all: true }));
    const invoer = OpvanglocatieAanmakenSchema.safeParse({
      ...(ofWeg(w, 'organisatieId') ? { organisatieId: ofWeg(w, 'organisatieId') } : {}), naam: tekst(w, 'naam'), soort: ofWeg(w, 'soort'), capaciteit: getal(w, 'capaciteit'),
    });
    if (!invoer.success) return lijst(c, w, foutenUitZod(invoer.error), 400);
    try {
      await maakOpvanglocatie(useCase(c, 'opvanglocaties.beheren'), invoer.data);
    } catch (err) {
      const { fouten, status } = foutenUitProbleem(err);
      return lijst(c, w, fouten, status);
    }
    return c.redirect('/locaties?gedaan=toegevoegd', 303);
  })
  .get('/locaties/:opvanglocatieId/wijzigen', pagina('opvanglocaties.beheren'), async (c) => {
    const g = await eigenLocatie(c);
    return wijzigFormulier(c, g, { naam: g.locatie.naam, soort: g.locatie.soort, capaciteit: String(g.locatie.capaciteit) }, {});
  })
  .post('/locaties/:opvanglocatieId/wijzigen', pagina('opvanglocaties.beheren'), async (c) => {
    const g = await eigenLocatie(c);
    const w = naarWaarden(await c.req.parseBody({ all: true }));
    const invoer = OpvanglocatieWijzigenSchema.safeParse({ naam: tekst(w, 'naam'), soort: ofWeg(w, 'soort'), capaciteit: getal(w, 'capaciteit') });
    if (!invoer.success) return wijzigFormulier(c, g, w, foutenUitZod(invoer.error), 400);
    try {
      await wijzigOpvanglocatie(useCase(c, 'opvanglocaties.beheren'), g.locatie.id, invoer.data);
    } catch (err) {
      const { fouten, status } = foutenUitProbleem(err);
      return wijzigFormulier(c, g, w, { ...fouten, ...(status === 409 ? { capaciteit: fouten[''] ?? '' } : {}) }, status);
    }
    return c.redirect('/locaties?gedaan=gewijzigd', 303);
  });
