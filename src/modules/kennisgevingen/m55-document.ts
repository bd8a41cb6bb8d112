// The M55 as a printable document (issue 4): GET /v1/kennisgevingen/{id} with Accept: text/html
// gives the fields of model form M55 (Vc 2000, B8/3: kennisgeving bedenktijd, aangifte, medewerking
// aan het strafproces, beroep op de B8/3-regeling) for offices that still file paper. Every value
// is HTML-escaped. No inline script or style: the API's Content-Security-Policy (default-src
// 'none') applies to this page too, so it relies on the browser's default print layout.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { verblijfssituaties } from '../../domain/catalogus.js';
import { TIJDZONE } from '../../domain/kalender.js';
import { beleidsregel as zoekBeleidsregel } from '../../domain/beleidsregels.js';
import type { KennisgevingRij } from './kennisgevingen.schemas.js';

export type Weergave = 'json' | 'html';

const AANBOD: ReadonlyArray<[string, Weergave]> = [['application/json', 'json'], ['text/html', 'html']];

/**
 * Content negotiation on Accept (RFC 9110 §12.5.1): per offered type the most specific matching
 * media range decides its q; the highest q > 0 wins, JSON on a tie. No Accept: JSON. Nothing
 * acceptable: null (406).
 */
export function kiesWeergave(accept: string | undefined): Weergave | null {
  if (!accept || accept.trim() === '') return 'json';
  const bereiken = accept.split(',').map((deel) => {
    const [type = '', ...params] = deel.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    return { type, q: Number.isFinite(q) ? Math.min(1, Math.max(0, q)) : 0 };
  }).filter((b) => b.type.includes('/'));
  let beste: { weergave: Weergave; q: number } | null = null;
  for (const [mediatype, weergave] of AANBOD) {
    const [hoofd] = mediatype.split('/');
    let specifiek = -1;
    let q = 0;
    for (const b of bereiken) {
      const s = b.type === mediatype ? 2 : b.type === `${hoofd}/*` ? 1 : b.type === '*/*' ? 0 : -1;
      if (s > specifiek) { specifiek = s; q = b.q; }
    }
    if (specifiek >= 0 && q > 0 && (!beste || q > beste.q)) beste = { weergave, q };
  }
  return beste?.weergave ?? null;
}

export const isM55 = (soort: string) => soort.startsWith('m55_');

const ONDERDELEN: ReadonlyArray<[string, string]> = [
  ['m55_bedenktijd', 'Kennisgeving bedenktijd (bedenktijd verleend)'],
  ['m55_aangifte', 'Kennisgeving aangifte'],
  ['m55_medewerking_strafproces', 'Kennisgeving medewerking aan het strafproces'],
  ['m55_beroep_b8_3', 'Beroep op de B8/3-regeling'],
];

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T/;

/** A value as text for the form: dates as dd-mm-jjjj, moments in Dutch time, objects by their name. */
function tekst(waarde: unknown): string {
  if (waarde === null || waarde === undefined || waarde === '') return '—';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (typeof waarde === 'number') return String(waarde);
  if (typeof waarde === 'string') {
    if (DATUM.test(waarde)) return `${waarde.slice(8, 10)}-${waarde.slice(5, 7)}-${waarde.slice(0, 4)}`;
    if (MOMENT.test(waarde) && !Number.isNaN(Date.parse(waarde))) return moment(new Date(waarde));
    return waarde;
  }
  if (Array.isArray(waarde)) return waarde.length === 0 ? '—' : waarde.map(tekst).join(', ');
  if (typeof waarde === 'object') {
    const o = waarde as Record<string, unknown>;
    if (typeof o.naam === 'string') return o.naam;
    return Object.entries(o).map(([k, v]) => `${k}: ${tekst(v)}`).join('; ');
  }
  return String(waarde);
}

const moment = (d: Date) => `${format(new TZDate(d.getTime(), TIJDZONE), 'dd-MM-yyyy HH:mm')} (Nederlandse tijd)`;

const rij = (label: string, waarde: unknown) => `<tr><th scope="row">${escape(label)}</th><td>${escape(tekst(waarde))}</td></tr>`;
const tabel = (rijen: string[]) => `<table>\n${rijen.join('\n')}\n</table>`;

const VREEMDELING: ReadonlyArray<[string, string]> = [
  ['vreemdelingennummer', 'V-nummer'], ['geslachtsnaam', 'Geslachtsnaam'], ['voornamen', 'Voornamen'],
  ['geboortedatum', 'Geboortedatum'], ['geslacht', 'Geslacht'], ['nationaliteit', 'Nationaliteit'],
];
const BEDENKTIJD: ReadonlyArray<[string, string]> = [
  ['aanbiedingsdatum', 'Datum aanbod bedenktijd'], ['ingangsdatum', 'Ingangsdatum bedenktijd (datum verlening)'],
  ['uiterlijkeEinddatum', 'Uiterlijke einddatum bedenktijd'], ['beleidsregel', 'Beleidsregel'], ['beleidsregelBron', 'Bron beleidsregel'],
];
const GEBEURTENIS: ReadonlyArray<[string, string]> = [
  ['soort', 'Gebeurtenis'], ['datum', 'Datum'], ['redenen', 'Redenen'], ['einddatum', 'Einddatum bedenktijd'],
  ['beeindigingsreden', 'Reden einde bedenktijd'], ['onderzoekLoopt', 'Opsporingsonderzoek loopt'], ['toelichting', 'Toelichting'],
  ['vastgelegdDoor', 'Vastgelegd door'], ['gebeurtenisId', 'Kenmerk strafrechtelijke gebeurtenis'], ['beroepId', 'Kenmerk beroep op B8/3'],
];
/** Keys shown elsewhere on the form or of no use on paper. */
const NIET_HERHALEN = new Set(['dossierId', 'dossiernummer', 'formulier', 'onderdeel', 'aanbiedendeOrganisatie', 'verblijfssituatie', 'bedenktijdId']);

export interface M55Context { afzender: string | null; ontvanger: string | null }

/** The printable M55 page of an m55_* notification. */
export function m55Html(k: KennisgevingRij, namen: M55Context): string {
  const inhoud = k.inhoud ?? {};
  const gebruikt = new Set<string>(NIET_HERHALEN);
  const velden = (lijst: ReadonlyArray<[string, string]>, altijd: boolean) => lijst
    .filter(([sleutel]) => altijd || sleutel in inhoud)
    .map(([sleutel, label]) => { gebruikt.add(sleutel); return rij(label, inhoud[sleutel]); });

  const verblijf = typeof inhoud.verblijfssituatie === 'string'
    ? (verblijfssituaties as Record<string, string>)[inhoud.verblijfssituatie] ?? inhoud.verblijfssituatie : null;
  const regel = typeof inhoud.beleidsregel === 'string' ? zoekBeleidsregelVeilig(inhoud.beleidsregel) : null;

  const onderdelen = ONDERDELEN.map(([soort, label]) =>
    `<li>${soort === k.soort ? '&#9746;' : '&#9744;'} ${escape(label)}</li>`).join('\n');
  const vreemdeling = tabel([...velden(VREEMDELING, true), rij('Verblijfssituatie', verblijf)]);
  // The bedenktijd part is always on the form for a granted bedenktijd; on the other parts only
  // what the notification carries.
  const bedenktijdRijen = [...velden(BEDENKTIJD, k.soort === 'm55_bedenktijd'), ...(regel ? [rij('Omschrijving beleidsregel', regel)] : [])];
  const gebeurtenis = velden(GEBEURTENIS, false);
  const overig = Object.keys(inhoud).filter((s) => !gebruikt.has(s)).sort().map((s) => rij(s, inhoud[s]));
  const aanbiedend = inhoud.aanbiedendeOrganisatie;
  const afzender = tabel([
    rij('Verzendende organisatie', namen.afzender),
    ...(aanbiedend ? [rij('Organisatie die de bedenktijd aanbood', aanbiedend)] : []),
    rij('Ontvangende organisatie', namen.ontvanger),
    rij('Dossiernummer NRM', inhoud.dossiernummer),
    rij('Kenmerk kennisgeving', k.id),
    rij('Volgnummer', k.volgnummer),
    rij('Datum en tijd kennisgeving', moment(k.tijdstipAangemaakt)),
    rij('Ontvangst bevestigd', k.tijdstipBevestigd ? moment(k.tijdstipBevestigd) : 'nog niet bevestigd'),
    rij('Referentie ontvanger', k.referentieOntvanger),
  ]);
  const secties = [
    ...(bedenktijdRijen.length > 0 ? [['Bedenktijd', bedenktijdRijen]] as const : []),
    ...(gebeurtenis.length > 0 ? [['Aangifte, medewerking of beroep', gebeurtenis]] as const : []),
    ...(overig.length > 0 ? [['Overige gegevens', overig]] as const : []),
  ].map(([kop, rijen], i) => `<section>\n<h2>${i + 3}. ${escape(kop)}</h2>\n${tabel([...rijen])}\n</section>\n`);
  const titel = `M55 – ${ONDERDELEN.find(([s]) => s === k.soort)?.[1] ?? k.soort} – ${tekst(inhoud.dossiernummer)}`;

  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>${escape(titel)}</title>
</head>
<body>
<header>
<h1>Model M55</h1>
<p>Kennisgeving bedenktijd, aangifte, medewerking aan het strafproces of beroep op de B8/3-regeling (mensenhandel), Vreemdelingencirculaire 2000, B8/3</p>
<p><strong>Vertrouwelijk: dit document bevat persoonsgegevens.</strong></p>
</header>
<main>
<section>
<h2>1. Soort kennisgeving</h2>
<ul>
${onderdelen}
</ul>
</section>
<section>
<h2>2. Gegevens van de vreemdeling</h2>
${vreemdeling}
</section>
${secties.join('')}<section>
<h2>${secties.length + 3}. Afzender, ontvanger en kenmerken</h2>
${afzender}
</section>
</main>
<footer>
<p>Opgesteld door de NRM-service op basis van kennisgeving ${escape(k.id)}. Het origineel is de digitale kennisgeving; bevestig de ontvangst via POST /v1/kennisgevingen/${escape(k.id)}/ontvangstbevestiging.</p>
</footer>
</body>
</html>
`;
}

function zoekBeleidsregelVeilig(code: string): string | null {
  try {
    return zoekBeleidsregel(code)?.omschrijving ?? null;
  } catch {
    return null;
  }
}
