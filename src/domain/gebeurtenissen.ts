// One act of the victim towards the criminal process has ONE set of effects, whichever endpoint
// records it (issue 20; docs/regels.md, R1). Three endpoints can record such an act:
//   - POST /v1/dossiers/{id}/strafrechtelijke-gebeurtenissen (soort aangifte, medewerking_strafproces,
//     afzien_aangifte),
//   - POST /v1/bedenktijden/{id}/beeindiging (reden aangifte, medewerking_strafproces, afzien_medewerking),
//   - POST /v1/bedenktijden/{id}/reactie (reactie geweigerd_direct_aangifte: the victim declines the
//     reflection period and reports at once).
// Each maps to one event below; the event decides the entry on the criminal track, how a running
// bedenktijd ends, which M55 part the IND (and the COA) receive, and whether the OM gets its copy.
// Pure: no I/O. Types only from the other domain files, so there is no import cycle at run time.
import type { Beeindigingsreden, Reactie } from './bedenktijd.js';
import type { KennisgevingSoort } from './catalogus.js';
import type { Ontvangers, StrafrechtelijkeSoort } from './strafrecht.js';

export const SLACHTOFFERGEBEURTENISSEN = ['aangifte', 'medewerking_strafproces', 'afzien_medewerking'] as const;
export type Slachtoffergebeurtenis = (typeof SLACHTOFFERGEBEURTENISSEN)[number];

export interface Gevolgen {
  /** The entry on the criminal track (always exactly one). */
  strafrechtelijkeSoort: StrafrechtelijkeSoort;
  /** The reason with which a running bedenktijd ends on the event's date. */
  beeindigingsreden: Beeindigingsreden;
  /** The M55 part sent to the IND (and the COA for asylum seekers), or null: no M55. */
  kennisgeving: KennisgevingSoort | null;
  ontvangers: Ontvangers | null;
  /** The OM receives a pseudonymous copy (and with it the om_kopie grant): it decides on the investigation. */
  omKopie: boolean;
  /** An aangifte is taken only after an informatief gesprek, or in an acute situation (docs/regels.md, R5). */
  vereistInformatiefGesprek: boolean;
  /** Where the effects come from. */
  bron: string;
}

/**
 * The event table. Sources:
 * - B8/3.1 Vc 2000 (rapport Rijke signalen, wisselende opvolging, §3.4.1 en vn. 60): the bedenktijd lasts
 *   until the victim reports or otherwise cooperates with the criminal investigation, and it also ends
 *   when the victim declares not to report or cooperate;
 * - model M55 (bijlage Vc 2000; rapport §3.4.1 vn. 58): part 2 "kennisgeving aangifte", part 3
 *   "kennisgeving medewerking"; the IND needs them for the residence permit (B8/3.2 Vc 2000); declining
 *   has no M55 part — the IND learns it from `bedenktijd_beeindigd`;
 * - Aanwijzing mensenhandel (rapport §3.3.4): an informatief gesprek before an aangifte, except in an
 *   acute situation.
 */
export const GEVOLGEN: Readonly<Record<Slachtoffergebeurtenis, Gevolgen>> = {
  aangifte: {
    strafrechtelijkeSoort: 'aangifte', beeindigingsreden: 'aangifte', kennisgeving: 'm55_aangifte', ontvangers: 'ind_en_coa',
    omKopie: true, vereistInformatiefGesprek: true,
    bron: 'B8/3.1 Vc 2000; model M55 onderdeel 2; Aanwijzing mensenhandel (rapport §3.3.4, §3.4.1)',
  },
  medewerking_strafproces: {
    strafrechtelijkeSoort: 'medewerking_strafproces', beeindigingsreden: 'medewerking_strafproces', kennisgeving: 'm55_medewerking_strafproces',
    ontvangers: 'ind_en_coa', omKopie: true, vereistInformatiefGesprek: false,
    bron: 'B8/3.1 Vc 2000; model M55 onderdeel 3 (rapport §3.4.1)',
  },
  afzien_medewerking: {
    strafrechtelijkeSoort: 'afzien_aangifte', beeindigingsreden: 'afzien_medewerking', kennisgeving: null, ontvangers: null,
    omKopie: false, vereistInformatiefGesprek: false,
    bron: 'B8/3.1 Vc 2000 (rapport §3.4.1 vn. 60: de bedenktijd eindigt ook wanneer het slachtoffer afziet van aangifte of medewerking)',
  },
};

const PER_SOORT: Partial<Record<StrafrechtelijkeSoort, Slachtoffergebeurtenis>> = Object.fromEntries(
  SLACHTOFFERGEBEURTENISSEN.map((g) => [GEVOLGEN[g].strafrechtelijkeSoort, g]),
);
const PER_REDEN: Partial<Record<Beeindigingsreden, Slachtoffergebeurtenis>> = Object.fromEntries(
  SLACHTOFFERGEBEURTENISSEN.map((g) => [GEVOLGEN[g].beeindigingsreden, g]),
);

/** The event a criminal-track kind records, or null for the OM's own decisions. */
export function gebeurtenisVoorSoort(soort: StrafrechtelijkeSoort): Slachtoffergebeurtenis | null {
  return PER_SOORT[soort] ?? null;
}

/** The event an early end records, or null (departure to an unknown destination is no act towards the criminal process). */
export function gebeurtenisVoorBeeindigingsreden(reden: Beeindigingsreden): Slachtoffergebeurtenis | null {
  return PER_REDEN[reden] ?? null;
}

/**
 * The event an answer to the offer records: `geweigerd_direct_aangifte` is an aangifte (the victim
 * "hoeft geen gebruik te maken van de bedenktijd en kan ook meteen aangifte doen", rapport §3.4.1;
 * a third of the answers in §4.6.3). Accepting or plainly declining records none.
 */
export function gebeurtenisVoorReactie(reactie: Reactie): Slachtoffergebeurtenis | null {
  return reactie === 'geweigerd_direct_aangifte' ? 'aangifte' : null;
}
