// Rules of the residence track (docs/domein.md §7, §5). Pure: no I/O and
// no clock reads ("today" is passed in). Only the IND records residence decisions; like the criminal
// track, none of them is an input to the identificatiestatus (docs/domein.md §1 punt 1).
import { addDays, addYears, format, parseISO } from 'date-fns';
import type { Bevinding } from './beoordeling.js';
import type { Verblijfssituatie } from './catalogus.js';
import { aanwezigheidNoodzakelijkOp, onderzoeksstand, opVolgorde, type StrafrechtelijkFeit } from './strafrecht.js';

export const VERBLIJFSBESLUIT_SOORTEN = [
  'vertrekplicht_opgeschort', 'opschorting_opgeheven', 'vergunning_verleend', 'vergunning_verlengd', 'vergunning_ingetrokken',
  'schrijnend_pad_aangevraagd', 'schrijnend_pad_verleend', 'schrijnend_pad_afgewezen',
] as const;
export type VerblijfsbesluitSoort = (typeof VERBLIJFSBESLUIT_SOORTEN)[number];

export const verblijfsbesluitLabels: Readonly<Record<VerblijfsbesluitSoort, string>> = {
  vertrekplicht_opgeschort: 'Vertrekplicht opgeschort',
  opschorting_opgeheven: 'Opschorting van de vertrekplicht opgeheven',
  vergunning_verleend: 'Verblijfsvergunning (B8/3) verleend',
  vergunning_verlengd: 'Verblijfsvergunning (B8/3) verlengd',
  vergunning_ingetrokken: 'Verblijfsvergunning ingetrokken',
  schrijnend_pad_aangevraagd: 'Schrijnend pad aangevraagd',
  schrijnend_pad_verleend: 'Schrijnend pad verleend',
  schrijnend_pad_afgewezen: 'Schrijnend pad afgewezen',
};

/**
 * B8/3.1 Vc 2000; docs/domein.md §7 — the grounds of the schrijnend pad (B8/3 under 3.1 Vc 2000; rapport vn. 67):
 * serious threat from the trafficker or the network, medical or psychological problems, minority.
 */
export const SCHRIJNEND_PAD_GRONDEN = ['dreiging', 'medisch_psychisch', 'minderjarigheid'] as const;
export type SchrijnendPadGrond = (typeof SCHRIJNEND_PAD_GRONDEN)[number];
export const schrijnendPadGrondLabels: Readonly<Record<SchrijnendPadGrond, string>> = {
  dreiging: 'Ernstige dreiging van de mensenhandelaar of diens netwerk',
  medisch_psychisch: 'Medische of psychische problemen',
  minderjarigheid: 'Minderjarigheid',
};

/** Decisions that carry a geldigTot: a permit granted, renewed, or a schrijnend pad granted. */
export const VERGUNNINGSBESLUITEN: readonly VerblijfsbesluitSoort[] = ['vergunning_verleend', 'vergunning_verlengd', 'schrijnend_pad_verleend'];
/** Decisions after which the previous permit no longer is the current one (the worklist reads the same set). */
export const VERGUNNINGSTOESTAND_BESLUITEN: readonly VerblijfsbesluitSoort[] = [...VERGUNNINGSBESLUITEN, 'vergunning_ingetrokken'];

const datumPlusJaar = (datum: string) => format(addYears(parseISO(datum), 1), 'yyyy-MM-dd');

/**
 * B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7 — the B8/3 permit lasts one year (art. 3.58(1)(q) Vb 2000; rapport
 * vn. 63). `geldigTot` is the LAST day of validity, inclusive. Counting choice: as in art. 6:8 Awb
 * (and as docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md counts the bedenktijd) the year runs from the day after the decision, so it
 * ends on the decision's day number one year later — granted 20 November 2026, valid through
 * 20 November 2027 — with nothing subtracted. date-fns addYears clamps a 29 February to 28 February
 * (granted 29 February 2028 → 28 February 2029).
 */
export function vergunningGeldigTot(datum: string): string {
  return datumPlusJaar(datum);
}

/**
 * Renewal (B8/3 under 3.2 Vc 2000: renewed while the investigation runs) adds one year to the
 * previous period, so the periods connect without gap or overlap: the renewed permit starts the day
 * after the previous geldigTot and, counted the same way, ends one year after it.
 */
export function verlengdGeldigTot(vorigeGeldigTot: string): string {
  return datumPlusJaar(vorigeGeldigTot);
}

/**
 * B8/3.1 Vc 2000; docs/domein.md §7 — the schrijnend pad is granted for at most one year (rapport §3.4.1), counted as
 * the permit above: the latest possible geldigTot is the decision's day one year later. That is also
 * the default when the IND gives no shorter geldigTot.
 */
export function schrijnendPadUiterlijkGeldigTot(datum: string): string {
  return datumPlusJaar(datum);
}

export interface VerblijfsbesluitInvoer {
  soort: VerblijfsbesluitSoort;
  datum: string;
  geldigTot: string | null;
  gronden: readonly string[];
}

/**
 * Shape per kind (400, all at once): the grounds belong only to an application for the schrijnend pad
 * and it needs at least one (B8/3.1 Vc 2000; docs/domein.md §7: "grounds (multi-select, ≥1)"); a permit's geldigTot is
 * computed (docs/domein.md §7), so a caller gives one only for a schrijnend pad granted for less than
 * a year.
 */
export function invoerBevindingen(invoer: VerblijfsbesluitInvoer): Bevinding[] {
  const bevindingen: Bevinding[] = [];
  if (invoer.soort === 'schrijnend_pad_aangevraagd' && invoer.gronden.length === 0) {
    bevindingen.push({ pad: 'gronden', reden: 'Kies ten minste één grond voor het schrijnend pad: dreiging, medisch_psychisch of minderjarigheid (B8/3 onder 3.1 Vc 2000).' });
  }
  if (invoer.soort !== 'schrijnend_pad_aangevraagd' && invoer.gronden.length > 0) {
    bevindingen.push({ pad: 'gronden', reden: `Gronden horen alleen bij schrijnend_pad_aangevraagd; laat gronden leeg bij ${invoer.soort}.` });
  }
  if (invoer.geldigTot !== null) {
    if (invoer.soort === 'vergunning_verleend' || invoer.soort === 'vergunning_verlengd') {
      bevindingen.push({ pad: 'geldigTot', reden: `Bij ${invoer.soort} berekent de service geldigTot (één jaar, art. 3.58 Vb 2000); laat het veld weg.` });
    } else if (invoer.soort !== 'schrijnend_pad_verleend') {
      bevindingen.push({ pad: 'geldigTot', reden: `Een ${invoer.soort} heeft geen geldigTot; laat het veld weg.` });
    }
  }
  return bevindingen;
}

/**
 * Rules that need no history (422): a decision is recorded once it was taken, so its date is never in
 * the future; a schrijnend pad is granted for at most one year (B8/3.1 Vc 2000; docs/domein.md §7) and cannot end before
 * the day it is granted.
 */
export function regelovertredingen(invoer: VerblijfsbesluitInvoer, vandaag: string): Bevinding[] {
  const bevindingen: Bevinding[] = [];
  if (invoer.datum > vandaag) {
    bevindingen.push({ pad: 'datum', reden: `De datum ${invoer.datum} ligt in de toekomst; leg een besluit vast op of na de dag waarop het is genomen (uiterlijk ${vandaag}).` });
  }
  if (invoer.soort === 'schrijnend_pad_verleend' && invoer.geldigTot !== null) {
    const uiterlijk = schrijnendPadUiterlijkGeldigTot(invoer.datum);
    if (invoer.geldigTot < invoer.datum) {
      bevindingen.push({ pad: 'geldigTot', reden: `geldigTot ${invoer.geldigTot} ligt vóór de datum van het besluit (${invoer.datum}); kies een dag van ${invoer.datum} tot en met ${uiterlijk}.` });
    } else if (invoer.geldigTot > uiterlijk) {
      bevindingen.push({ pad: 'geldigTot', reden: `Het schrijnend pad wordt voor ten hoogste één jaar verleend: geldigTot uiterlijk ${uiterlijk} (B8/3 onder 3.1 Vc 2000). Laat geldigTot weg voor het maximum.` });
    }
  }
  return bevindingen;
}

export interface Verblijfsfeit {
  soort: VerblijfsbesluitSoort;
  datum: string;
  geldigTot: string | null;
  tijdstipRegistratie: Date;
}

export interface Verblijfsstand {
  /** The current permit: the last grant or renewal (B8/3 or schrijnend pad), unless withdrawn since. */
  vergunning: { soort: 'vergunning' | 'schrijnend_pad'; geldigTot: string; datum: string } | null;
  vertrekplichtOpgeschort: { sinds: string } | null;
  openAanvraagSchrijnendPad: { datum: string } | null;
}

/** The residence situation on `opDatum` (inclusive), from the decisions dated on or before it. */
export function verblijfsstand(feiten: readonly Verblijfsfeit[], opDatum: string): Verblijfsstand {
  const stand: Verblijfsstand = { vergunning: null, vertrekplichtOpgeschort: null, openAanvraagSchrijnendPad: null };
  for (const f of opVolgorde(feiten).filter((x) => x.datum <= opDatum)) {
    switch (f.soort) {
      case 'vertrekplicht_opgeschort': stand.vertrekplichtOpgeschort = { sinds: f.datum }; break;
      case 'opschorting_opgeheven': stand.vertrekplichtOpgeschort = null; break;
      case 'vergunning_verleend':
      case 'vergunning_verlengd': stand.vergunning = { soort: 'vergunning', geldigTot: f.geldigTot!, datum: f.datum }; break;
      case 'schrijnend_pad_verleend':
        stand.vergunning = { soort: 'schrijnend_pad', geldigTot: f.geldigTot!, datum: f.datum };
        stand.openAanvraagSchrijnendPad = null;
        break;
      case 'vergunning_ingetrokken': stand.vergunning = null; break;
      case 'schrijnend_pad_aangevraagd': stand.openAanvraagSchrijnendPad = { datum: f.datum }; break;
      case 'schrijnend_pad_afgewezen': stand.openAanvraagSchrijnendPad = null; break;
    }
  }
  return stand;
}

export interface Besluitcontext {
  verblijfssituatie: Verblijfssituatie;
  verblijfsfeiten: readonly Verblijfsfeit[];
  strafrechtelijkeFeiten: readonly StrafrechtelijkFeit[];
}

export type Uitkomst = { toegestaan: true; geldigTot: string | null } | { toegestaan: false; reden: string };

const weiger = (reden: string): Uitkomst => ({ toegestaan: false, reden });

export const SCHRIJNEND_PAD_NIET_VERLENGBAAR = 'Het schrijnend pad kan niet worden verlengd: het wordt voor ten hoogste één jaar verleend en is niet verlengbaar (B8/3 onder 3.1 Vc 2000).';

/**
 * The state rules of docs/domein.md §7 (409 when refused), and the geldigTot of an allowed decision.
 * The situation is taken on the decision's date, so a decision recorded later with an earlier date
 * is judged by what was known on that day.
 */
export function beoordeelVerblijfsbesluit(invoer: VerblijfsbesluitInvoer, ctx: Besluitcontext): Uitkomst {
  const { datum } = invoer;
  const stand = verblijfsstand(ctx.verblijfsfeiten, datum);
  // Across all dates: a schrijnend pad granted once, ever, is never granted again.
  const schrijnendPadVerleend = ctx.verblijfsfeiten.find((f) => f.soort === 'schrijnend_pad_verleend');

  switch (invoer.soort) {
    case 'vertrekplicht_opgeschort':
      // art. 8 onder k Vw 2000; docs/domein.md §5: the IND suspends the departure obligation during the bedenktijd.
      if (stand.vertrekplichtOpgeschort) {
        return weiger(`De vertrekplicht is al opgeschort sinds ${stand.vertrekplichtOpgeschort.sinds}. Leg eerst opschorting_opgeheven vast voordat u opnieuw opschort.`);
      }
      return { toegestaan: true, geldigTot: null };

    case 'opschorting_opgeheven':
      // art. 8 onder k Vw 2000; docs/domein.md §5: after the bedenktijd the IND lifts the suspension.
      if (!stand.vertrekplichtOpgeschort) {
        return weiger(`Op ${datum} is de vertrekplicht niet opgeschort; er is geen opschorting om op te heffen. Leg eerst vertrekplicht_opgeschort vast als die ontbreekt.`);
      }
      return { toegestaan: true, geldigTot: null };

    case 'vergunning_verleend': {
      // docs/domein.md §7; Stcrt. 2019, 40593: a Dublin claimant only after the OM's declaration.
      if (ctx.verblijfssituatie === 'dublinclaimant') {
        const { noodzakelijk, laatste } = aanwezigheidNoodzakelijkOp(ctx.strafrechtelijkeFeiten, datum);
        if (!noodzakelijk) {
          const omStand = laatste
            ? ` De laatste beslissing van het OM op of vóór ${datum} is ${laatste.soort} (${laatste.datum}).`
            : '';
          return weiger(`Een Dublinclaimant krijgt de vergunning alleen als het OM eerder heeft verklaard dat zijn aanwezigheid in Nederland noodzakelijk is voor het strafrechtelijk onderzoek (Stcrt. 2019, 40593).${omStand} Laat het OM eerst aanwezigheid_noodzakelijk vastleggen.`);
        }
      }
      if (stand.vergunning?.soort === 'vergunning' && stand.vergunning.geldigTot >= datum) {
        return weiger(`Er is al een geldige vergunning (verleend of verlengd op ${stand.vergunning.datum}, geldig tot en met ${stand.vergunning.geldigTot}). Gebruik vergunning_verlengd om haar te verlengen.`);
      }
      return { toegestaan: true, geldigTot: vergunningGeldigTot(datum) };
    }

    case 'vergunning_verlengd': {
      if (stand.vergunning?.soort === 'schrijnend_pad' || (!stand.vergunning && schrijnendPadVerleend)) {
        return weiger(SCHRIJNEND_PAD_NIET_VERLENGBAAR);
      }
      if (!stand.vergunning) {
        return weiger(`Op ${datum} is er geen vergunning om te verlengen (nooit verleend, of ingetrokken). Leg vergunning_verleend vast als de IND een nieuwe vergunning verleent.`);
      }
      // B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7: renewal is possible as long as there is a criminal investigation.
      const { loopt, laatste } = onderzoeksstand(ctx.strafrechtelijkeFeiten, datum);
      if (!loopt) {
        const reden = laatste
          ? `de laatste beslissing van het OM op of vóór ${datum} is ${laatste.soort} (${laatste.datum})`
          : `het OM heeft op of vóór ${datum} geen opsporingsonderzoek vastgelegd`;
        return weiger(`Verlengen kan alleen zolang er een strafrechtelijk onderzoek loopt (B8/3 onder 3.2 Vc 2000): ${reden}. Zonder lopend onderzoek ligt intrekking (vergunning_ingetrokken) of het schrijnend pad voor de hand.`);
      }
      return { toegestaan: true, geldigTot: verlengdGeldigTot(stand.vergunning.geldigTot) };
    }

    case 'vergunning_ingetrokken':
      // B8/3 under 3.2 Vc 2000: withdrawal ends the current permit; there must be one.
      if (!stand.vergunning) {
        return weiger(`Op ${datum} is er geen vergunning om in te trekken (nooit verleend, of al ingetrokken).`);
      }
      return { toegestaan: true, geldigTot: null };

    case 'schrijnend_pad_aangevraagd':
      // A new application after a grant would be a renewal by another name.
      if (schrijnendPadVerleend) return weiger(`${SCHRIJNEND_PAD_NIET_VERLENGBAAR} Het is al verleend op ${schrijnendPadVerleend.datum}.`);
      if (stand.openAanvraagSchrijnendPad) {
        return weiger(`Er loopt al een aanvraag voor het schrijnend pad (aangevraagd op ${stand.openAanvraagSchrijnendPad.datum}). Leg eerst het besluit daarop vast (schrijnend_pad_verleend of schrijnend_pad_afgewezen).`);
      }
      return { toegestaan: true, geldigTot: null };

    case 'schrijnend_pad_verleend':
      if (schrijnendPadVerleend) return weiger(`${SCHRIJNEND_PAD_NIET_VERLENGBAAR} Het is al verleend op ${schrijnendPadVerleend.datum}.`);
      if (!stand.openAanvraagSchrijnendPad) {
        return weiger(`Op ${datum} is er geen openstaande aanvraag voor het schrijnend pad. Leg eerst schrijnend_pad_aangevraagd vast, met de gronden.`);
      }
      return { toegestaan: true, geldigTot: invoer.geldigTot ?? schrijnendPadUiterlijkGeldigTot(datum) };

    case 'schrijnend_pad_afgewezen':
      if (!stand.openAanvraagSchrijnendPad) {
        return weiger(`Op ${datum} is er geen openstaande aanvraag voor het schrijnend pad om af te wijzen. Leg eerst schrijnend_pad_aangevraagd vast.`);
      }
      return { toegestaan: true, geldigTot: null };
  }
}

/** docs/domein.md §7 / issue 5: IND's worklist shows permits ending within this many days by default. */
export const WERKLIJST_DAGEN = 30;

/** The default `geldigTotVoor` of the worklist: today + 30 days, inclusive. */
export function standaardWerklijstGrens(vandaag: string): string {
  return format(addDays(parseISO(vandaag), WERKLIJST_DAGEN), 'yyyy-MM-dd');
}
