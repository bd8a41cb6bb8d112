// One notification of the Postvak: an M55 as the form's page (printable: m55-afdruk.css), any other
// kind as its content in words; and "Ontvangst bevestigen" with the organisation's own reference —
// the same use case as POST /v1/kennisgevingen/{id}/ontvangstbevestiging (bevestigOntvangst), so
// acknowledging again with the same reference changes nothing and another reference is refused.
// Another organisation's notification does not exist here (404), as in the API.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { kennisgevingSoorten, type KennisgevingSoort } from '../../domain/catalogus.js';
import { bevestigOntvangst, leesKennisgeving, organisatieNamen } from '../../modules/kennisgevingen/kennisgevingen.service.js';
import { OntvangstbevestigingSchema, type KennisgevingRij } from '../../modules/kennisgevingen/kennisgevingen.schemas.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Formulier, Foutoverzicht, Kop, Knop, Knoppen, Koppeling, Melding, Tekstveld } from '../opmaak/componenten.js';
import { foutenUitProbleem, foutenUitZod, naarWaarden, tekst, type Fouten, type Waarden } from '../opmaak/formulier.js';
import { Layout, toon } from '../opmaak/layout.js';
import { tijdstipTekst } from '../opmaak/tekst.js';
import { mag, pagina, useCase, verwerkt } from '../pagina.js';
import { M55, isM55Soort, veldnaamTekst, waardeTekst } from './m55.js';

const LABELS: Record<string, string> = {
  dossiernummer: 'Dossiernummer', vreemdelingennummer: 'V-nummer', verblijfssituatie: 'Verblijfssituatie', soort: 'Soort',
  datum: 'Datum', einddatum: 'Einddatum', uiterlijkeEinddatum: 'Uiterlijke einddatum', reden: 'Reden', redenen: 'Redenen',
  doel: 'Doel', urgentie: 'Urgentie', besluit: 'Besluit', toelichting: 'Toelichting', organisatie: 'Organisatie',
};
const TECHNISCH = /Id$|^id$|^formulier$|^onderdeel$/;

async function toonKennisgeving(c: Context<WebEnv>, k: KennisgevingRij, w: Waarden, f: Fouten, status = 200) {
  const sessie = c.var.sessie!;
  const namen = await organisatieNamen(c.var.deps.db, [k.afzenderOrganisatieId, k.ontvangerOrganisatieId]);
  const afzender = k.afzenderOrganisatieId ? namen.get(k.afzenderOrganisatieId) ?? null : null;
  const ontvanger = namen.get(k.ontvangerOrganisatieId) ?? null;
  const soortnaam = kennisgevingSoorten[k.soort as KennisgevingSoort] ?? 'Kennisgeving';
  const inhoud = (k.inhoud ?? {}) as Record<string, unknown>;
  const gedaan = c.req.query('gedaan') === 'bevestigd';
  return toon(c, (
    <Layout titel={soortnaam} sessie={sessie} menu="postvak" fout={Object.keys(f).length > 0} stijlen={['m55-afdruk.css']}>
      <p class="nl-paragraph nrm-niet-afdrukken"><Koppeling href="/postvak">Terug naar het Postvak</Koppeling></p>
      {gedaan ? <Melding soort="ok" rol="status" titel="Ontvangst bevestigd">De afzender ziet dat uw organisatie deze kennisgeving heeft ontvangen.</Melding> : null}
      <Foutoverzicht fouten={f} labels={{ referentieOntvanger: 'Uw referentie' }} />
      {isM55Soort(k.soort) ? <M55 k={k} afzender={afzender} ontvanger={ontvanger} /> : (
        <article aria-labelledby="kennisgeving-titel">
          <Kop id="kennisgeving-titel">{soortnaam}</Kop>
          <dl class="utrecht-data-list utrecht-data-list--html-dl nrm-gegevens">
            {[
              ['Van', afzender ?? 'De NRM-service'], ['Ontvangen', tijdstipTekst(k.tijdstipAangemaakt)],
              ...Object.entries(inhoud).filter(([s]) => !TECHNISCH.test(s)).map(([s, v]) => [LABELS[s] ?? veldnaamTekst(s), waardeTekst(s, v)]),
            ].map(([label, waarde]) => (
              <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">{label}</dt><dd class="utrecht-data-list__item-value">{waarde}</dd></div>
            ))}
          </dl>
        </article>
      )}
      <section class="nrm-sectie nrm-niet-afdrukken" aria-labelledby="bevestigen-kop">
        <Kop niveau={2} id="bevestigen-kop">Ontvangst</Kop>
        {k.tijdstipBevestigd ? (
          <Alinea>Bevestigd op {tijdstipTekst(k.tijdstipBevestigd)} met referentie {k.referentieOntvanger}.</Alinea>
        ) : mag(c, 'kennisgevingen.bevestigen') ? (
          <Formulier actie={`/postvak/${k.id}/ontvangstbevestiging`} csrf={sessie.csrfToken} label="Ontvangst bevestigen">
            <Tekstveld naam="referentieOntvanger" label="Uw referentie" verplicht breedte="midden" waarde={tekst(w, 'referentieOntvanger')} fout={f.referentieOntvanger}
              beschrijving="Uw eigen kenmerk voor deze kennisgeving, bijvoorbeeld het zaaknummer. De afzender ziet dat u de kennisgeving heeft ontvangen." />
            <Knoppen><Knop>Ontvangst bevestigen</Knop></Knoppen>
          </Formulier>
        ) : <Alinea>Nog niet bevestigd.</Alinea>}
        <Alinea klein>Afdrukken kan met de afdrukfunctie van uw browser (Ctrl+P); menu en knoppen worden dan weggelaten.</Alinea>
      </section>
    </Layout>
  ), status);
}

/** The notification, read through the use case (its receiving organisation only; the read is audited). */
async function laad(c: Context<WebEnv>) {
  const k = await leesKennisgeving(useCase(c, 'kennisgevingen.lezen'), c.req.param('kennisgevingId')!);
  verwerkt(c, 'kennisgevingen.lezen', [k.dossierId]);
  return k;
}

export const kennisgevingRoutes = new Hono<WebEnv>()
  .get('/postvak/:kennisgevingId', pagina('kennisgevingen.lezen'), async (c) => toonKennisgeving(c, await laad(c), {}, {}))
  .post('/postvak/:kennisgevingId/ontvangstbevestiging', pagina('kennisgevingen.bevestigen'), async (c) => {
    const id = c.req.param('kennisgevingId');
    const w = naarWaarden(await c.req.parseBody({ all: true }));
    const invoer = OntvangstbevestigingSchema.safeParse({ referentieOntvanger: tekst(w, 'referentieOntvanger').trim() || undefined });
    if (!invoer.success) return toonKennisgeving(c, await laad(c), w, foutenUitZod(invoer.error), 400);
    try {
      const k = await bevestigOntvangst(useCase(c, 'kennisgevingen.bevestigen'), id, invoer.data);
      verwerkt(c, 'kennisgevingen.bevestigen', [k.dossierId]);
    } catch (err) {
      const { fouten, status } = foutenUitProbleem(err);
      return toonKennisgeving(c, await laad(c), w, { ...fouten, referentieOntvanger: fouten[''] ?? 'Deze referentie kan niet worden gebruikt.' }, status);
    }
    return c.redirect(`/postvak/${id}?gedaan=bevestigd`, 303);
  });
