// Rules for the assessment of the geringste aanwijzing (docs/domein.md §2, §4).
// Pure: no I/O and no clock reads; "now" is passed in.
import type { Identificatiestatus, Leeftijdscategorie } from './catalogus.js';
import { ligtInDeToekomst } from './kalender.js';

export interface Elementen { handeling: boolean; middel: boolean; oogmerk: boolean }
export type Resultaat = 'vastgesteld' | 'niet_vastgesteld';
export interface InformatiefGesprek { gevoerd: boolean; datum: string | null }

/** One problem with one field: `pad` is the field's dotted path in the request body. */
export interface Bevinding { pad: string; reden: string }

/**
 * art. 273f lid 1 Sr; docs/domein.md §2 — an established assessment needs the act (handeling) and the purpose (oogmerk),
 * and the means (middel) unless the person is a minor: art. 273f(1) sub 2 Sr drops the means for
 * minors. An unknown age does not drop it. Returns the missing elements, in legal order.
 */
export function ontbrekendeElementen(elementen: Elementen, leeftijd: Leeftijdscategorie): Array<keyof Elementen> {
  const ontbrekend: Array<keyof Elementen> = [];
  if (!elementen.handeling) ontbrekend.push('handeling');
  if (!elementen.middel && leeftijd !== 'minderjarig') ontbrekend.push('middel');
  if (!elementen.oogmerk) ontbrekend.push('oogmerk');
  return ontbrekend;
}

export interface BeoordelingVoorStatus {
  resultaat: Resultaat;
  beoordelingsdatum: string;
  tijdstipRegistratie: Date;
  /** Optional: with id and vervangt, an assessment replaced by another one no longer counts. */
  id?: string;
  vervangt?: string | null;
}

/**
 * docs/domein.md §4 — identificatiestatus follows only the victim track: the latest assessment (by
 * assessment date, then by registration) decides. An assessment is a snapshot (docs/domein.md §1 punt 2),
 * so a later one may always change it. Criminal and residence events are not inputs here.
 * An assessment that another one explicitly replaces (`vervangt`) is a correction's predecessor
 * and no longer counts, even if the correction carries an earlier assessment date.
 * With equal date and registration moment the input order decides (later in the list wins).
 */
export function identificatiestatus(beoordelingen: readonly BeoordelingVoorStatus[]): Identificatiestatus {
  // Stryker disable next-line MethodExpression: equivalent — a null or undefined left in the set never equals an id (ids are uuids)
  const vervangen = new Set(beoordelingen.map((b) => b.vervangt).filter((v): v is string => Boolean(v)));
  const geldend = beoordelingen.filter((b) => b.id === undefined || !vervangen.has(b.id));
  if (geldend.length === 0) return 'gesignaleerd';
  const laatste = [...geldend].sort((a, b) =>
    a.beoordelingsdatum === b.beoordelingsdatum
      ? a.tijdstipRegistratie.getTime() - b.tijdstipRegistratie.getTime()
      : a.beoordelingsdatum < b.beoordelingsdatum ? -1 : 1,
  ).at(-1)!;
  return laatste.resultaat === 'vastgesteld' ? 'vermoedelijk_slachtoffer' : 'geen_geringste_aanwijzing';
}

/**
 * docs/domein.md §11 (informatiefGesprek: held or not, date) and docs/domein.md §1 punt 4 (record sequence and
 * timestamps): a held interview needs its date; an interview not held has none.
 */
export function gesprekBevinding(gesprek: InformatiefGesprek): Bevinding | null {
  if (gesprek.gevoerd && gesprek.datum === null) {
    return { pad: 'informatiefGesprek.datum', reden: 'Vul de datum van het informatief gesprek in (gevoerd is true).' };
  }
  if (!gesprek.gevoerd && gesprek.datum !== null) {
    return { pad: 'informatiefGesprek.datum', reden: 'Er is geen informatief gesprek gevoerd: laat datum leeg (null), of zet gevoerd op true.' };
  }
  return null;
}

/**
 * docs/domein.md §4 — the geringste aanwijzing is assessed during the informatief gesprek, so an
 * interview that the assessment refers to cannot lie after the assessment date.
 */
export function gesprekNaBeoordelingBevinding(gesprek: InformatiefGesprek, beoordelingsdatum: string): Bevinding | null {
  if (gesprek.gevoerd && gesprek.datum !== null && gesprek.datum > beoordelingsdatum) {
    return {
      pad: 'informatiefGesprek.datum',
      reden: `Het informatief gesprek (${gesprek.datum}) ligt na de beoordelingsdatum (${beoordelingsdatum}). Leg de beoordeling vast na het gesprek, of corrigeer een van beide datums.`,
    };
  }
  return null;
}

/**
 * docs/domein.md §1 punt 3 ("record negatives with reasons", report §5.5–§5.6) and docs/domein.md §4: a
 * `niet_vastgesteld` outcome needs at least one coded reason AND free text. The reason codes are
 * reasons for not establishing, so they do not belong on an established assessment.
 */
export function motiveringBevindingen(resultaat: Resultaat, redenen: readonly string[], toelichting: string | null): Bevinding[] {
  const bevindingen: Bevinding[] = [];
  if (resultaat === 'niet_vastgesteld') {
    if (redenen.length === 0) {
      bevindingen.push({ pad: 'redenen', reden: 'Geef bij niet_vastgesteld ten minste één reden op (zie de catalogus redenenNietVastgesteld).' });
    }
    if (toelichting === null || toelichting.trim() === '') {
      bevindingen.push({ pad: 'toelichting', reden: 'Licht bij niet_vastgesteld in eigen woorden toe waarom de geringste aanwijzing er niet is.' });
    }
  } else if (redenen.length > 0) {
    bevindingen.push({ pad: 'redenen', reden: 'Redenen horen alleen bij resultaat niet_vastgesteld; laat de lijst leeg bij vastgesteld.' });
  }
  return bevindingen;
}

export interface TeToetsenBeoordeling {
  beoordelingsdatum: string;
  informatiefGesprek: InformatiefGesprek;
  elementen: Elementen;
  resultaat: Resultaat;
}

/**
 * Business rules (422) for a new assessment, all at once:
 * - dates are facts that happened: beoordelingsdatum and the interview date not after today in the
 *   Netherlands (docs/architectuur.md §1: civil dates in Europe/Amsterdam);
 * - docs/domein.md §2 / art. 273f(1) Sr: `vastgesteld` needs handeling, oogmerk and — unless the
 *   person is a minor, art. 273f(1) sub 2 Sr — middel. The refusal names the missing element(s).
 */
export function regelovertredingen(b: TeToetsenBeoordeling, leeftijd: Leeftijdscategorie, nu: Date): Bevinding[] {
  const bevindingen: Bevinding[] = [];
  if (ligtInDeToekomst(b.beoordelingsdatum, nu)) {
    bevindingen.push({ pad: 'beoordelingsdatum', reden: `De beoordelingsdatum ${b.beoordelingsdatum} ligt in de toekomst. Leg een beoordeling vast op of na de dag waarop zij is gedaan.` });
  }
  if (b.informatiefGesprek.datum !== null && ligtInDeToekomst(b.informatiefGesprek.datum, nu)) {
    bevindingen.push({ pad: 'informatiefGesprek.datum', reden: `De datum van het informatief gesprek ${b.informatiefGesprek.datum} ligt in de toekomst. Vul de datum in waarop het gesprek is gevoerd.` });
  }
  if (b.resultaat === 'vastgesteld') {
    const ontbrekend = ontbrekendeElementen(b.elementen, leeftijd);
    if (ontbrekend.length > 0) {
      const vereist = leeftijd === 'minderjarig'
        ? 'Bij een minderjarige vereist een vastgestelde geringste aanwijzing handeling en oogmerk (art. 273f lid 1 sub 2 Sr).'
        : 'Een vastgestelde geringste aanwijzing vereist handeling, middel en oogmerk (art. 273f lid 1 sub 1 Sr).';
      const leeftijdHint = leeftijd === 'onbekend' && ontbrekend.includes('middel')
        ? ' Is de persoon minderjarig? Leg dan eerst de leeftijdscategorie of de geboortedatum vast; dan is geen middel nodig.'
        : '';
      bevindingen.push({
        pad: 'elementen',
        reden: `${vereist} Ontbreekt: ${ontbrekend.join(', ')}. Leg het ontbrekende element vast of kies resultaat niet_vastgesteld met redenen en toelichting.${leeftijdHint}`,
      });
    }
  }
  return bevindingen;
}

/**
 * docs/beslissingen/0016-kennisgevingen-per-ontvanger.md — CoMensha receives `aanmelding_vermoedelijk_slachtoffer` when an assessment makes
 * the person a presumed victim; not again while the status stays the same (a replacing assessment
 * that confirms it is no new registration), but again after a period without the status.
 */
export function aanmeldingBijCoMensha(vorige: Identificatiestatus, nieuwe: Identificatiestatus): boolean {
  return nieuwe === 'vermoedelijk_slachtoffer' && vorige !== 'vermoedelijk_slachtoffer';
}

/**
 * Issue 20 (docs/regels.md, R4) — one registration per person at CoMensha, and a correction when it
 * no longer holds: when a later (or replacing) assessment takes away the status vermoedelijk_slachtoffer,
 * CoMensha receives `aanmelding_ingetrokken`. Established again after such a withdrawal is a new
 * registration (aanmeldingBijCoMensha), so the count of registrations minus withdrawals is always 0 or
 * 1 and equals "CoMensha registers this person as a presumed victim now" (B8/3.1 Vc 2000: CoMensha
 * keeps the national registration of presumed victims).
 */
export function intrekkingBijCoMensha(vorige: Identificatiestatus, nieuwe: Identificatiestatus): boolean {
  return vorige === 'vermoedelijk_slachtoffer' && nieuwe !== 'vermoedelijk_slachtoffer';
}
