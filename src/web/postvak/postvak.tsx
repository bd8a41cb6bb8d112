// Postvak (issue 15): the organisation's notifications, newest first, with filters (kind, not yet
// acknowledged, period). The list is the API's feed use case (lijstKennisgevingen: only the
// caller's organisation's notifications, without content); the filters on acknowledgement and period
// only narrow what the feed returned. Opening a notification reads it through leesKennisgeving,
// which audits the read (design of the feed: src/modules/kennisgevingen/kennisgevingen.service.ts).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { KENNISGEVING_SOORTEN, kennisgevingSoorten, type KennisgevingSoort } from '../../domain/catalogus.js';
import { amsterdamseDatum } from '../../domain/kalender.js';
import { lijstKennisgevingen } from '../../modules/kennisgevingen/kennisgevingen.service.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Datumveld, Foutoverzicht, Kop, Keuzegroep, Keuzelijst, Knop, Knoppen, Tabel } from '../opmaak/componenten.js';
import type { Fouten } from '../opmaak/formulier.js';
import { Layout, toon } from '../opmaak/layout.js';
import { naarIsoDatum, tijdstipTekst } from '../opmaak/tekst.js';
import { pagina, useCase } from '../pagina.js';
import { kennisgevingRoutes } from './kennisgeving.js';

/** The feed is read in pages of this size; the Postvak shows at most TONEN rows, newest first. */
const PAGINA = 500;
const MAX_LEZEN = 10_000;
const TONEN = 200;

/** A real calendar date (Date.parse accepts 31 February and rolls it over). */
const isDatum = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T12:00:00Z`).toISOString().slice(0, 10) === s;

async function postvak(c: Context<WebEnv>) {
  const sessie = c.var.sessie!;
  const q = c.req.query();
  const fouten: Fouten = {};
  const soort = KENNISGEVING_SOORTEN.includes(q.soort as KennisgevingSoort) ? q.soort as KennisgevingSoort : undefined;
  if (q.soort && !soort) fouten.soort = 'Kies een soort uit de lijst.';
  const van = q.van ? naarIsoDatum(q.van) : '';
  const tot = q.tot ? naarIsoDatum(q.tot) : '';
  if (van && !isDatum(van)) fouten.van = 'Vul een geldige datum in, bijvoorbeeld 20-11-2026.';
  if (tot && !isDatum(tot)) fouten.tot = 'Vul een geldige datum in, bijvoorbeeld 20-11-2026.';
  if (!fouten.van && !fouten.tot && van && tot && van > tot) fouten.tot = 'De einddatum ligt vóór de begindatum.';
  // The form's checkbox group sends onbevestigd[]=ja; a link may say onbevestigd=ja.
  const onbevestigd = q['onbevestigd[]'] === 'ja' || q.onbevestigd === 'ja';

  const ctx = useCase(c, 'kennisgevingen.lezen');
  const rijen = [];
  for (let na = 0; rijen.length < MAX_LEZEN;) {
    const deel = await lijstKennisgevingen(ctx, { soort }, na, PAGINA);
    rijen.push(...deel.slice(0, PAGINA));
    if (deel.length <= PAGINA) break;
    na = deel[PAGINA - 1]!.volgnummer;
  }
  const gefilterd = rijen.filter((k) => {
    const dag = amsterdamseDatum(k.tijdstipAangemaakt);
    if (onbevestigd && k.tijdstipBevestigd) return false;
    if (van && !fouten.van && dag < van) return false;
    if (tot && !fouten.tot && dag > tot) return false;
    return true;
  }).reverse();
  const getoond = gefilterd.slice(0, TONEN);

  return toon(c, (
    <Layout titel="Postvak" sessie={sessie} menu="postvak" fout={Object.keys(fouten).length > 0}>
      <Kop>Postvak</Kop>
      <Alinea>De kennisgevingen aan {sessie.principal.organisatieNaam}, de nieuwste eerst. Open een kennisgeving om haar te lezen, af te drukken en de ontvangst te bevestigen.</Alinea>
      <Foutoverzicht fouten={fouten} labels={{ soort: 'Soort', van: 'Van', tot: 'Tot en met' }} />
      <form method="get" action="/postvak" aria-label="Kennisgevingen filteren" class="nrm-filters" novalidate>
        <Keuzelijst naam="soort" label="Soort" waarde={q.soort ?? ''} fout={fouten.soort} leeg="Alle soorten"
          keuzes={KENNISGEVING_SOORTEN.map((s) => ({ waarde: s, label: kennisgevingSoorten[s] }))} />
        <Keuzegroep soort="checkbox" naam="onbevestigd" label="Bevestiging" waarden={onbevestigd ? ['ja'] : []} keuzes={[{ waarde: 'ja', label: 'Alleen nog niet bevestigd' }]} />
        <Datumveld naam="van" label="Ontvangen vanaf" waarde={q.van ?? ''} fout={fouten.van} />
        <Datumveld naam="tot" label="Ontvangen tot en met" waarde={q.tot ?? ''} fout={fouten.tot} />
        <Knoppen><Knop soort="secundair">Filteren</Knop><a class="nl-link" href="/postvak">Filters wissen</a></Knoppen>
      </form>
      <section class="nrm-sectie" aria-labelledby="postvak-kop">
        <Kop niveau={2} id="postvak-kop">{gefilterd.length === 1 ? '1 kennisgeving' : `${gefilterd.length} kennisgevingen`}{gefilterd.length > TONEN ? ` (de nieuwste ${TONEN} getoond)` : ''}</Kop>
        <Tabel bijschrift="Kennisgevingen, de nieuwste eerst" koppen={['Kennisgeving', 'Ontvangen', 'Ontvangst']}
          leeg="Geen kennisgevingen die aan de filters voldoen."
          rijen={getoond.map((k) => [
            <a class="nl-link" href={`/postvak/${k.id}`}>{kennisgevingSoorten[k.soort as KennisgevingSoort] ?? 'Kennisgeving'} (nr. {k.volgnummer})</a>,
            tijdstipTekst(k.tijdstipAangemaakt),
            k.tijdstipBevestigd
              ? <span class="nrm-label">Bevestigd ({k.referentieOntvanger})</span>
              : <span class="nrm-label nrm-label--let-op">Nog niet bevestigd</span>,
          ])} />
      </section>
    </Layout>
  ));
}

export const postvakRoutes = new Hono<WebEnv>()
  .get('/postvak', pagina('kennisgevingen.lezen'), (c) => postvak(c))
  .route('/', kennisgevingRoutes);
