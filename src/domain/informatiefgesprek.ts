// The informatief gesprek and the duties around it (issue 20; docs/regels.md, R5 and R6). Pure.
//
// Aanwijzing mensenhandel (rapport Rijke signalen, wisselende opvolging, §3.3.4, vn. 48):
// - the officer holds an informatief gesprek with the victim BEFORE taking an aangifte of trafficking;
//   the only exception is an acute situation in which no interview is possible;
// - in the interview the officer tells the victim that it can be the start of an investigation and
//   prosecution ex officio, even if the victim decides not to report; records usable leads that come
//   up in a proces-verbaal van bevindingen; and points the victim to the help that is available.
// Only certified staff hold the interview and the intake in which the geringste aanwijzing is assessed:
// certified trafficking detectives (rapport §5.3), the "gecertificeerd intaker" (§5.6), at the KMar
// those trained in the OAMK (§6.3).
import type { Bevinding } from './beoordeling.js';

/** What happened to usable investigative leads that came up (proces-verbaal van bevindingen). */
export const OPSPORINGSINDICATIES = ['geen_bruikbare', 'vastgelegd_in_proces_verbaal', 'niet_vastgelegd'] as const;
export type Opsporingsindicaties = (typeof OPSPORINGSINDICATIES)[number];

/** The officer's duties of the Aanwijzing mensenhandel, as recorded facts. */
export interface Gespreksplichten {
  /** Told that an investigation and prosecution can start without an aangifte. */
  opsporingZonderAangifteMeegedeeld: boolean;
  opsporingsindicaties: Opsporingsindicaties;
  /** Pointed the victim to help and support. */
  gewezenOpHulpverlening: boolean;
}

/** The exception: no informatief gesprek was possible because the situation was acute. */
export interface AcuteSituatie extends Gespreksplichten {
  omschrijving: string;
}

export interface GevoerdGesprek { gevoerd: boolean; datum: string | null }

/**
 * Aanwijzing mensenhandel: an aangifte needs an informatief gesprek held on or before its date (any
 * recorded in an assessment of the dossier), or the recorded acute situation. The refusal (422) names
 * what to do.
 */
export function informatiefGesprekVoorAangifteBevinding(
  datum: string, gesprekken: readonly GevoerdGesprek[], acuteSituatie: AcuteSituatie | null,
): Bevinding | null {
  if (acuteSituatie) return null;
  if (gesprekken.some((g) => g.gevoerd && g.datum !== null && g.datum <= datum)) return null;
  return {
    pad: 'acuteSituatie',
    reden: `Er is op of vóór ${datum} geen informatief gesprek vastgelegd. Volgens de Aanwijzing mensenhandel gaat een informatief gesprek vooraf aan een aangifte van mensenhandel. `
      + 'Leg eerst het gesprek vast in een beoordeling (informatiefGesprek.gevoerd: true met de datum), of leg in acuteSituatie vast waarom een gesprek door een acute situatie niet mogelijk was, '
      + 'met wat u het slachtoffer hebt meegedeeld (opsporing kan ook zonder aangifte), wat er met bruikbare opsporingsindicaties is gebeurd en of u hebt gewezen op hulpverlening.',
  };
}

/** acuteSituatie belongs only to an aangifte (the exception is to the interview before an aangifte). */
export function acuteSituatieNietToegestaan(isAangifte: boolean, acuteSituatie: AcuteSituatie | null | undefined, wanneer: string): Bevinding | null {
  if (isAangifte || acuteSituatie == null) return null;
  return { pad: 'acuteSituatie', reden: `acuteSituatie hoort alleen bij een aangifte (${wanneer}); laat het veld weg.` };
}

/** The duties are recorded for an interview that was held, not for one that was not. */
export function gespreksplichtenBevinding(gevoerd: boolean, plichten: Gespreksplichten | null): Bevinding | null {
  if (!gevoerd && plichten !== null) {
    return { pad: 'informatiefGesprek.verplichtingen', reden: 'Er is geen informatief gesprek gevoerd: laat verplichtingen leeg (null), of zet gevoerd op true.' };
  }
  return null;
}

/**
 * Only a certified intaker holds the informatief gesprek (rapport §5.3, §5.6, §6.3): recording an
 * assessment that says the interview was held needs a certified credential. 403: it is about who asks.
 */
export function certificeringWeigering(gesprekGevoerd: boolean, gecertificeerd: boolean): string | null {
  if (!gesprekGevoerd || gecertificeerd) return null;
  return 'Alleen een gecertificeerd intaker mensenhandel voert het informatief gesprek en legt de beoordeling vast die daarop volgt '
    + '(bij de politie en de Arbeidsinspectie een gecertificeerd rechercheur mensenhandel, bij de KMar na de opleiding OAMK). '
    + 'Uw sleutel of token is niet als gecertificeerd geregistreerd. Laat een gecertificeerde collega de beoordeling vastleggen, '
    + 'of vraag de beheerder om een gecertificeerde sleutel (npm run beheer -- sleutel-aanmaken --gecertificeerd).';
}
