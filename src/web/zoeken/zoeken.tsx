// Zoeken: by dossier number, by V-number, or by surname and date of birth — the API's search (the
// criteria travel in the POST body, never in a URL) plus the dossier-number look-up. A search on
// personal data is a read of personal data: the use case audits every hit.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { identificatiestatussen } from '../../domain/catalogus.js';
import { zoekDossiers, zoekOpDossiernummer } from '../../modules/dossiers/dossiers.service.js';
import { DossierZoekenSchema } from '../../modules/dossiers/dossiers.schemas.js';
import type { dossiers } from '../../db/schema.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Foutoverzicht, Formulier, Kop, Knop, Knoppen, Tabel, Tekstveld, Datumveld } from '../opmaak/componenten.js';
import { foutenUitZod, naarWaarden, ofWeg, tekst, type Fouten, type Waarden } from '../opmaak/formulier.js';
import { Layout, toon } from '../opmaak/layout.js';
import { naarIsoDatum, tijdstipTekst } from '../opmaak/tekst.js';
import { mag, pagina, useCase, verwerkt } from '../pagina.js';

type Dossier = typeof dossiers.$inferSelect;

async function zoekpagina(c: Context<WebEnv>, w: Waarden, f: Fouten, treffers: Dossier[] | null, status = 200) {
  const sessie = c.var.sessie!;
  const opPersoon = mag(c, 'dossiers.zoeken');
  return toon(c, (
    <Layout titel="Zoeken" sessie={sessie} menu="zoeken" fout={Object.keys(f).length > 0}>
      <Kop>Zoeken</Kop>
      <Alinea>Zoek op dossiernummer{opPersoon ? ', op V-nummer, of op achternaam en geboortedatum' : ''}. U vindt alleen dossiers die uw organisatie mag zien.</Alinea>
      <Foutoverzicht fouten={f} />
      <Formulier actie="/zoeken" csrf={sessie.csrfToken} label="Zoeken naar een dossier">
        <Tekstveld naam="dossiernummer" label="Dossiernummer" waarde={tekst(w, 'dossiernummer')} fout={f.dossiernummer} beschrijving="Bijvoorbeeld NRM-2026-000123." breedte="midden" />
        {opPersoon ? (
          <>
            <Tekstveld naam="vreemdelingennummer" label="V-nummer" waarde={tekst(w, 'vreemdelingennummer')} fout={f.vreemdelingennummer} beschrijving="10 cijfers." breedte="smal" invoermodus="numeric" />
            <Tekstveld naam="geslachtsnaam" label="Achternaam" waarde={tekst(w, 'geslachtsnaam')} fout={f.geslachtsnaam} beschrijving="Samen met de geboortedatum." breedte="midden" />
            <Datumveld naam="geboortedatum" label="Geboortedatum" waarde={tekst(w, 'geboortedatum')} fout={f.geboortedatum} />
          </>
        ) : null}
        <Knoppen><Knop>Zoeken</Knop></Knoppen>
      </Formulier>
      {treffers ? (
        <section class="nrm-sectie" aria-labelledby="treffers-kop">
          <Kop niveau={2} id="treffers-kop">{treffers.length === 1 ? '1 dossier gevonden' : `${treffers.length} dossiers gevonden`}</Kop>
          <Tabel bijschrift="Gevonden dossiers" koppen={['Dossier', 'Identificatiestatus', 'Geregistreerd op']} leeg="Geen dossier gevonden met deze gegevens."
            rijen={treffers.map((d) => [<a class="nl-link" href={`/dossiers/${d.id}`}>{d.dossiernummer}</a>, identificatiestatussen[d.identificatiestatus as keyof typeof identificatiestatussen], tijdstipTekst(d.tijdstipRegistratie)])} />
        </section>
      ) : null}
    </Layout>
  ), status);
}

async function zoek(c: Context<WebEnv>) {
  const w = naarWaarden(await c.req.parseBody({ all: true }));
  const nummer = ofWeg(w, 'dossiernummer');
  if (nummer) {
    const dossier = await zoekOpDossiernummer(useCase(c, 'dossiers.lezen'), nummer);
    verwerkt(c, 'dossiers.lezen', [dossier?.id]);
    return zoekpagina(c, w, {}, dossier ? [dossier] : []);
  }
  if (!mag(c, 'dossiers.zoeken')) return zoekpagina(c, w, { dossiernummer: 'Vul een dossiernummer in.' }, null, 400);
  const geboortedatum = ofWeg(w, 'geboortedatum');
  const criteria = DossierZoekenSchema.safeParse({
    vreemdelingennummer: ofWeg(w, 'vreemdelingennummer')?.replace(/\s/g, ''), geslachtsnaam: ofWeg(w, 'geslachtsnaam'),
    geboortedatum: geboortedatum === undefined ? undefined : naarIsoDatum(geboortedatum),
  });
  if (!criteria.success) {
    const fouten = foutenUitZod(criteria.error);
    if (fouten['']) fouten[''] = 'Vul een dossiernummer in, een V-nummer, of een achternaam én een geboortedatum.';
    return zoekpagina(c, w, fouten, null, 400);
  }
  const treffers = await zoekDossiers(useCase(c, 'dossiers.zoeken'), criteria.data);
  verwerkt(c, 'dossiers.zoeken', treffers.map((d) => d.id));
  return zoekpagina(c, w, {}, treffers);
}

export const zoekRoutes = new Hono<WebEnv>()
  .get('/zoeken', pagina('dossiers.lezen'), (c) => zoekpagina(c, {}, {}, null))
  .post('/zoeken', pagina('dossiers.lezen'), (c) => zoek(c));
