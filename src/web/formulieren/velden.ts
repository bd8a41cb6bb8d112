// Mapping between the API's field paths and the fields of a form: a refusal for `elementen.middel`
// is shown at the fieldset "elementen", one for `weging.schaal` at the select "weging".
import type { Fouten } from '../opmaak/formulier.js';

/** Moves each error to the nearest field the form has (or to the general messages). */
export function naarVelden(fouten: Fouten, velden: readonly string[]): Fouten {
  const bekend = new Set(velden);
  const uit: Fouten = {};
  for (const [naam, tekst] of Object.entries(fouten)) {
    let doel = naam;
    while (doel && !bekend.has(doel)) doel = doel.includes('.') ? doel.slice(0, doel.lastIndexOf('.')) : '';
    if (doel === '' && naam !== '') {
      uit[''] = uit[''] ? `${uit['']} ${tekst}` : tekst;
    } else {
      uit[doel] ??= tekst;
    }
  }
  return uit;
}

/** Form wording for the API's findings that speak of codes and JSON values. */
const FORMULIERTEKST: Array<[RegExp, string]> = [
  [/ten minste één reden op/, 'Kies ten minste één reden waarom de geringste aanwijzing niet is vastgesteld.'],
  [/Licht bij niet_vastgesteld/, 'Licht in eigen woorden toe waarom de geringste aanwijzing niet is vastgesteld.'],
  [/Redenen horen alleen bij/, 'Redenen horen alleen bij een niet vastgestelde geringste aanwijzing. Haal de vinkjes weg of kies "niet vastgesteld".'],
  [/Vul de datum van het informatief gesprek in/, 'Vul de datum van het informatief gesprek in.'],
  [/geen informatief gesprek gevoerd: laat datum leeg/, 'Er is geen informatief gesprek gevoerd: laat de datum leeg, of kies "ja".'],
  // Referrals (issue 15): the API names the codes of the reasons; the form names the choice.
  [/Geef bij een afwijzing de afwijzingsreden op/, 'Kies de reden van de afwijzing: de verwijzer moet weten waarom, en wat nu.'],
  [/Een afwijzingsreden hoort alleen bij besluit afgewezen/, 'Een reden van afwijzing hoort alleen bij afwijzen. Kies "Geen (bij aanvaarden)" of kies "Afwijzen".'],
  [/Licht bij afwijzingsreden overig/, 'Licht toe waarom de verwijzing wordt afgewezen (bij "Overige reden").'],
];

export function formulierTekst(fouten: Fouten): Fouten {
  const uit: Fouten = {};
  for (const [naam, tekst] of Object.entries(fouten)) {
    uit[naam] = FORMULIERTEKST.find(([patroon]) => patroon.test(tekst))?.[1] ?? tekst
      .replace(/\bniet_vastgesteld\b/g, 'niet vastgesteld').replace(/\bvastgesteld\b(?= met)/g, 'vastgesteld');
  }
  return uit;
}
