// The M55 as a page of the web application (Vc 2000, B8/3; model form M55): the same fields as the
// API's printable document (src/modules/kennisgevingen/m55-document.ts), but with labels instead of
// codes (the nationality's name, the residence situation and rule in words) and styled by files
// (nrm.css on screen, m55-afdruk.css on paper). Only what the notification carries is shown: the
// COA's copy has the V-number without the rest of the identity (bedenktijden.kennisgevingen.ts
// m55KernUit), so the COA never sees it here either.
import type { Child } from 'hono/jsx';
import { kennisgevingSoorten, verblijfssituaties, type KennisgevingSoort } from '../../domain/catalogus.js';
import { beleidsregel } from '../../domain/beleidsregels.js';
import { afwijzingsredenen, beeindigingsredenen, geslachten, landnaam, urgenties, verwijzingDoelen } from '../../domain/labels.js';
import { strafrechtelijkeSoortLabels } from '../../domain/strafrecht.js';
import { redenenGeenOpsporing } from '../../domain/catalogus.js';
import type { KennisgevingRij } from '../../modules/kennisgevingen/kennisgevingen.schemas.js';
import { datumTekst, tijdstipTekst } from '../opmaak/tekst.js';

const ONDERDELEN: ReadonlyArray<[string, string]> = [
  ['m55_bedenktijd', 'Kennisgeving bedenktijd (bedenktijd verleend)'],
  ['m55_aangifte', 'Kennisgeving aangifte'],
  ['m55_medewerking_strafproces', 'Kennisgeving medewerking aan het strafproces'],
  ['m55_beroep_b8_3', 'Beroep op de B8/3-regeling'],
];

const IDENTITEIT: ReadonlyArray<[string, string]> = [
  ['vreemdelingennummer', 'V-nummer'], ['geslachtsnaam', 'Geslachtsnaam'], ['voornamen', 'Voornamen'],
  ['geboortedatum', 'Geboortedatum'], ['geslacht', 'Geslacht'], ['nationaliteit', 'Nationaliteit'],
];
const BEDENKTIJD: ReadonlyArray<[string, string]> = [
  ['aanbiedingsdatum', 'Datum aanbod bedenktijd'], ['ingangsdatum', 'Ingangsdatum bedenktijd (datum verlening)'],
  ['uiterlijkeEinddatum', 'Uiterlijke einddatum bedenktijd'], ['beleidsregel', 'Beleidsregel'],
  ['einddatum', 'Einddatum bedenktijd'], ['beeindigingsreden', 'Reden einde bedenktijd'],
];
const GEBEURTENIS: ReadonlyArray<[string, string]> = [
  ['soort', 'Gebeurtenis'], ['datum', 'Datum'], ['redenen', 'Redenen'], ['onderzoekLoopt', 'Opsporingsonderzoek loopt'], ['toelichting', 'Toelichting'],
];
/** Keys that are shown elsewhere on the page, or are technical (ids) and of no use to a reader. */
const NIET_TONEN = new Set(['dossierId', 'dossiernummer', 'formulier', 'onderdeel', 'bedenktijdId', 'gebeurtenisId', 'beroepId', 'beleidsregelBron', 'vastgelegdDoor', 'aanbiedendeOrganisatie']);

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T/;

/** A value in words: a code by its label, a date as "2 april 1999", an object by its name. */
export function waardeTekst(sleutel: string, waarde: unknown): string {
  if (waarde === null || waarde === undefined || waarde === '') return '—';
  if (typeof waarde === 'boolean') return waarde ? 'Ja' : 'Nee';
  if (Array.isArray(waarde)) return waarde.length === 0 ? '—' : waarde.map((w) => waardeTekst(sleutel, w)).join(', ');
  if (typeof waarde === 'object') {
    const o = waarde as Record<string, unknown>;
    return typeof o.naam === 'string' ? o.naam : '—';
  }
  const s = String(waarde);
  switch (sleutel) {
    case 'nationaliteit': return landnaam(s);
    case 'geslacht': return (geslachten as Record<string, string>)[s] ?? s;
    case 'verblijfssituatie': case 'verblijfssituatieBijVerlening': return (verblijfssituaties as Record<string, string>)[s] ?? s;
    case 'beeindigingsreden': return (beeindigingsredenen as Record<string, string>)[s] ?? s;
    case 'doel': return (verwijzingDoelen as Record<string, string>)[s] ?? s;
    case 'urgentie': return (urgenties as Record<string, string>)[s] ?? s;
    case 'afwijzingsreden': return (afwijzingsredenen as Record<string, string>)[s] ?? s;
    case 'besluit': return s === 'aanvaard' ? 'Aanvaard' : s === 'afgewezen' ? 'Afgewezen' : s;
    case 'soort': return (strafrechtelijkeSoortLabels as Record<string, string>)[s] ?? (kennisgevingSoorten as Record<string, string>)[s] ?? s;
    case 'redenen': return (redenenGeenOpsporing as Record<string, string>)[s] ?? s;
    case 'beleidsregel': {
      try { return beleidsregel(s).omschrijving; } catch { return s; }
    }
    default:
      if (DATUM.test(s)) return datumTekst(s);
      if (MOMENT.test(s) && !Number.isNaN(Date.parse(s))) return tijdstipTekst(s);
      return s;
  }
}

/** A field name in words when no label is known: 'ontvangendeOrganisatie' → 'Ontvangende organisatie'. */
export function veldnaamTekst(sleutel: string): string {
  const t = sleutel.replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const Rijen = (p: { inhoud: Record<string, unknown>; velden: ReadonlyArray<[string, string]>; altijd?: boolean }) => (
  <table class="utrecht-table utrecht-table--html-table nrm-m55-tabel">
    <tbody class="utrecht-table__body">
      {p.velden.filter(([k]) => p.altijd || k in p.inhoud).map(([k, label]) => (
        <tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">{label}</th><td class="utrecht-table__cell">{waardeTekst(k, p.inhoud[k])}</td></tr>
      ))}
    </tbody>
  </table>
);

const Sectie = (p: { nummer: number; titel: string; children: Child }) => (
  <section class="nrm-m55-sectie" aria-labelledby={`m55-${p.nummer}`}>
    <h2 class="nl-heading nl-heading--level-2" id={`m55-${p.nummer}`}>{p.nummer}. {p.titel}</h2>
    {p.children}
  </section>
);

/** The fields of model M55 for one m55_* notification. */
export const M55 = (p: { k: KennisgevingRij; afzender: string | null; ontvanger: string | null }) => {
  const inhoud = (p.k.inhoud ?? {}) as Record<string, unknown>;
  const identiteit = IDENTITEIT.filter(([k]) => k in inhoud);
  const bedenktijd = BEDENKTIJD.filter(([k]) => k in inhoud);
  const gebeurtenis = GEBEURTENIS.filter(([k]) => k in inhoud);
  const bekend = new Set([...IDENTITEIT, ...BEDENKTIJD, ...GEBEURTENIS].map(([k]) => k));
  const overig = Object.keys(inhoud).filter((k) => !bekend.has(k) && !NIET_TONEN.has(k) && k !== 'verblijfssituatie');
  const aanbiedend = inhoud.aanbiedendeOrganisatie as { naam?: string } | undefined;
  // Sections are numbered as on the paper form; only the parts this notification carries are shown.
  let n = 2;
  const volgende = () => ++n;
  return (
    <article class="nrm-m55" aria-labelledby="m55-titel">
      <header class="nrm-m55-kop">
        <h1 class="nl-heading nl-heading--level-1" id="m55-titel">Model M55 — {(kennisgevingSoorten as Record<string, string>)[p.k.soort] ?? 'kennisgeving'}</h1>
        <p class="nl-paragraph">Kennisgeving bedenktijd, aangifte, medewerking aan het strafproces of beroep op de B8/3-regeling (mensenhandel), Vreemdelingencirculaire 2000, B8/3.</p>
        <p class="nl-paragraph nrm-vet">Vertrouwelijk: dit document bevat persoonsgegevens.</p>
      </header>
      <Sectie nummer={1} titel="Soort kennisgeving">
        <ul class="nrm-m55-onderdelen">
          {ONDERDELEN.map(([soort, label]) => (
            <li>{soort === p.k.soort ? <><span aria-hidden="true">☒ </span><span class="nrm-verborgen">Aangekruist: </span></> : <><span aria-hidden="true">☐ </span><span class="nrm-verborgen">Niet aangekruist: </span></>}{label}</li>
          ))}
        </ul>
      </Sectie>
      <Sectie nummer={n} titel="Gegevens van de vreemdeling">
        <Rijen inhoud={inhoud} velden={[...identiteit, ['verblijfssituatie', 'Verblijfssituatie']]} altijd />
        {!('geslachtsnaam' in inhoud) ? <p class="nl-paragraph nrm-klein">Uw organisatie ontvangt van deze kennisgeving alleen het V-nummer, niet de volledige identiteit.</p> : null}
      </Sectie>
      {bedenktijd.length > 0 ? <Sectie nummer={volgende()} titel="Bedenktijd"><Rijen inhoud={inhoud} velden={bedenktijd} /></Sectie> : null}
      {gebeurtenis.length > 0 ? <Sectie nummer={volgende()} titel="Aangifte, medewerking of beroep"><Rijen inhoud={inhoud} velden={gebeurtenis} /></Sectie> : null}
      {overig.length > 0 ? <Sectie nummer={volgende()} titel="Overige gegevens"><Rijen inhoud={inhoud} velden={overig.map((k) => [k, veldnaamTekst(k)])} /></Sectie> : null}
      <Sectie nummer={volgende()} titel="Afzender, ontvanger en kenmerken">
        <table class="utrecht-table utrecht-table--html-table nrm-m55-tabel">
          <tbody class="utrecht-table__body">
            {([
              ['Verzendende organisatie', p.afzender ?? '—'],
              ...(aanbiedend?.naam ? [['Organisatie die de bedenktijd aanbood', aanbiedend.naam]] : []),
              ['Ontvangende organisatie', p.ontvanger ?? '—'],
              ['Dossiernummer NRM', String(inhoud.dossiernummer ?? '—')],
              ['Kenmerk kennisgeving', p.k.id],
              ['Volgnummer', String(p.k.volgnummer)],
              ['Datum en tijd kennisgeving', tijdstipTekst(p.k.tijdstipAangemaakt)],
              ['Ontvangst bevestigd', p.k.tijdstipBevestigd ? tijdstipTekst(p.k.tijdstipBevestigd) : 'Nog niet bevestigd'],
              ['Referentie ontvanger', p.k.referentieOntvanger ?? '—'],
            ] as Array<[string, string]>).map(([label, waarde]) => (
              <tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">{label}</th><td class="utrecht-table__cell">{waarde}</td></tr>
            ))}
          </tbody>
        </table>
      </Sectie>
    </article>
  );
};

export const isM55Soort = (soort: string): soort is KennisgevingSoort => soort.startsWith('m55_');
