// Age on the date that matters (issue 20; docs/regels.md, R2). Pure: every date is passed in.
//
// A person is a minor until the day before the 18th birthday (art. 1:233 BW); on the birthday itself
// they are of age. Which day matters depends on the rule:
// - the minor's exception of art. 273f lid 1 sub 2 Sr (no `middel` needed) concerns acts committed
//   against someone under 18, so it is judged on the age at the time of the facts: the start of the
//   exploitation period when it is recorded, otherwise the assessment's date (the facts lie before the
//   assessment, so a person who is a minor on that date was one at the facts too — never the reverse);
// - everything that concerns the person now (the dossier's category, COSM or youth care) on today.
// Wherever a birth date is known it decides; the category entered by hand counts only without one.
import { format, parseISO, subYears } from 'date-fns';
import type { Leeftijdscategorie } from './catalogus.js';
import { leeftijdscategorieOpDatum } from './dossier.js';

export const MEERDERJARIG_VANAF_JAREN = 18;

/** The category on `peildatum`: from the birth date when known, else the one recorded in the dossier. */
export function leeftijdscategorieOp(opgeslagen: Leeftijdscategorie, geboortedatum: string | null, peildatum: string): Leeftijdscategorie {
  return leeftijdscategorieOpDatum(geboortedatum, peildatum) ?? opgeslagen;
}

export interface Uitbuitingsperiode { begindatum: string; einddatum: string | null }

/**
 * The date on which the minor's exception of art. 273f lid 1 sub 2 Sr is judged: the start of the
 * exploitation when recorded (the age at the time of the facts), otherwise the assessment's date.
 */
export function peildatumMinderjarigheid(beoordelingsdatum: string, uitbuitingsperiode: Uitbuitingsperiode | null): string {
  return uitbuitingsperiode?.begindatum ?? beoordelingsdatum;
}

/**
 * The latest birth date of someone who is of age on `peildatum`: born on or before it means
 * `meerderjarig`. The expression the job `leeftijd-bijwerken` uses in SQL, and the same answer as
 * leeftijdscategorieOpDatum (test/domain/leeftijd.test.ts checks that they agree day by day).
 */
export function geborenUiterlijkVoorMeerderjarig(peildatum: string): string {
  return format(subYears(parseISO(peildatum), MEERDERJARIG_VANAF_JAREN), 'yyyy-MM-dd');
}

/**
 * The uitbuitingsperiode is about facts before the assessment: it starts no later than it ends and
 * than the assessment's date. Returns the field and the reason of each problem.
 */
export function uitbuitingsperiodeBevindingen(p: Uitbuitingsperiode, beoordelingsdatum: string): Array<{ pad: string; reden: string }> {
  const bevindingen: Array<{ pad: string; reden: string }> = [];
  if (p.begindatum > beoordelingsdatum) {
    bevindingen.push({ pad: 'uitbuitingsperiode.begindatum', reden: `De uitbuiting kan niet na de beoordelingsdatum (${beoordelingsdatum}) begonnen zijn. Corrigeer de begindatum.` });
  }
  if (p.einddatum !== null && p.einddatum < p.begindatum) {
    bevindingen.push({ pad: 'uitbuitingsperiode.einddatum', reden: 'De einddatum van de uitbuiting ligt vóór de begindatum. Corrigeer een van beide, of laat de einddatum leeg (null) als de uitbuiting voortduurt.' });
  } else if (p.einddatum !== null && p.einddatum > beoordelingsdatum) {
    bevindingen.push({ pad: 'uitbuitingsperiode.einddatum', reden: `De einddatum van de uitbuiting ligt na de beoordelingsdatum (${beoordelingsdatum}). Laat de einddatum leeg (null) als de uitbuiting nog voortduurt.` });
  }
  return bevindingen;
}
