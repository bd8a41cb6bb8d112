// Rules of the criminal track (docs/beslissingen/0012-vroegtijdig-einde.md; docs/beslissingen/0016-kennisgevingen-per-ontvanger.md; docs/domein.md §6, §7, §1, §8, §14). Pure: no
// I/O and no clock reads. The criminal track is recorded BESIDE the victim track: nothing here is an
// input to the identificatiestatus (docs/domein.md §1 punt 1 and §8: "identification is separate from the
// criminal question"; ECtHR J. and Others v Austria, rapport §3.4.2 vn. 73).
import type { KennisgevingSoort, OrganisatieType, Rol } from './catalogus.js';
import type { Bevinding } from './beoordeling.js';
import type { Beeindigingsreden } from './bedenktijd.js';
import { GEVOLGEN, gebeurtenisVoorSoort } from './gebeurtenissen.js';

export const STRAFRECHTELIJKE_SOORTEN = [
  'aangifte', 'medewerking_strafproces', 'afzien_aangifte',
  'opsporingsonderzoek_gestart', 'geen_opsporingsonderzoek', 'sepot', 'aanwezigheid_noodzakelijk', 'onderzoek_beeindigd',
] as const;
export type StrafrechtelijkeSoort = (typeof STRAFRECHTELIJKE_SOORTEN)[number];

export const strafrechtelijkeSoortLabels: Readonly<Record<StrafrechtelijkeSoort, string>> = {
  aangifte: 'Aangifte gedaan',
  medewerking_strafproces: 'Medewerking aan het strafproces verleend',
  afzien_aangifte: 'Slachtoffer ziet af van aangifte',
  opsporingsonderzoek_gestart: 'Opsporingsonderzoek gestart',
  geen_opsporingsonderzoek: 'Geen opsporingsonderzoek',
  sepot: 'Zaak geseponeerd',
  aanwezigheid_noodzakelijk: 'Aanwezigheid in Nederland noodzakelijk voor het strafrechtelijk onderzoek',
  onderzoek_beeindigd: 'Opsporingsonderzoek beëindigd',
};

/**
 * Who records what (issue 5; docs/domein.md §9, §6, §7). The victim's acts — an aangifte, other
 * cooperation, or declining to report — are taken down by the intaker of the police, KMar or NLA
 * (the NLA is a bijzondere opsporingsdienst and takes aangifte of labour exploitation, docs/domein.md §9).
 * The decisions on the investigation are the Openbaar Ministerie's (rapport §5.7: "geen opsporing na
 * aangifte"; Stcrt. 2019, 40593: the OM declares a Dublin claimant's presence necessary).
 */
export const soortenPerRol: Readonly<Partial<Record<Rol, readonly StrafrechtelijkeSoort[]>>> = {
  intaker: ['aangifte', 'medewerking_strafproces', 'afzien_aangifte'],
  officier: ['opsporingsonderzoek_gestart', 'geen_opsporingsonderzoek', 'sepot', 'aanwezigheid_noodzakelijk', 'onderzoek_beeindigd'],
};

const ORGANISATIETYPEN_PER_ROL: Readonly<Partial<Record<Rol, readonly OrganisatieType[]>>> = {
  intaker: ['politie', 'kmar', 'nla'],
  officier: ['om'],
};

export interface Weigering { reden: string }

/** 403 when this role (of this organisation type) does not record this kind of event. */
export function magStrafrechtelijkVastleggen(soort: StrafrechtelijkeSoort, rol: Rol, organisatieType: OrganisatieType): Weigering | null {
  // Stryker disable next-line ArrayDeclaration: equivalent — a filler element is never a StrafrechtelijkeSoort
  const eigen = soortenPerRol[rol] ?? [];
  if (!eigen.includes(soort)) {
    const wie = soortenPerRol.intaker!.includes(soort)
      ? 'een intaker van politie, KMar of Arbeidsinspectie (de handeling van het slachtoffer)'
      : 'een officier van het Openbaar Ministerie (een beslissing over het opsporingsonderzoek)';
    return { reden: `${soort} wordt vastgelegd door ${wie}; de rol ${rol} kan dat niet.` };
  }
  // Stryker disable next-line ArrayDeclaration: unreachable — only intaker and officier get here, and both have types
  if (!(ORGANISATIETYPEN_PER_ROL[rol] ?? []).includes(organisatieType)) {
    return { reden: `${soort} wordt niet vastgelegd door een organisatie van het type ${organisatieType}.` };
  }
  return null;
}

/** The kinds that may carry reason codes of docs/domein.md §14 (why a case is not or no longer pursued). */
export const SOORTEN_MET_REDENEN: readonly StrafrechtelijkeSoort[] = ['geen_opsporingsonderzoek', 'sepot', 'onderzoek_beeindigd'];

/**
 * docs/domein.md §14 — "no investigation after aangifte" is recorded with its reason codes (rapport
 * §5.7: insufficient opsporingsindicaties, coercion lacking, …): at least one is required, so the
 * reason is never lost (docs/domein.md §1 punt 3: reasons for not following up are often missing from the records). A sepot or
 * an ended investigation may carry them; the other kinds have none. These codes are criminal-track
 * codes and never say anything about victimhood (docs/domein.md §14).
 */
export function redenenBevinding(soort: StrafrechtelijkeSoort, redenen: readonly string[]): Bevinding | null {
  if (soort === 'geen_opsporingsonderzoek' && redenen.length === 0) {
    return { pad: 'redenen', reden: 'Geef bij geen_opsporingsonderzoek ten minste één reden op, bijvoorbeeld onvoldoende_opsporingsindicaties.' };
  }
  if (!SOORTEN_MET_REDENEN.includes(soort) && redenen.length > 0) {
    return { pad: 'redenen', reden: `Redenen horen alleen bij ${SOORTEN_MET_REDENEN.join(', ')}; laat redenen leeg bij ${soort}.` };
  }
  return null;
}

export interface StrafrechtelijkFeit {
  soort: StrafrechtelijkeSoort;
  datum: string;
  tijdstipRegistratie: Date;
}

/** Oldest first: by date, then by the moment of registration (a later registration of the same day wins). */
export function opVolgorde<T extends { datum: string; tijdstipRegistratie: Date }>(feiten: readonly T[]): T[] {
  return [...feiten].sort((a, b) => (a.datum === b.datum
    ? a.tijdstipRegistratie.getTime() - b.tijdstipRegistratie.getTime()
    : a.datum < b.datum ? -1 : 1));
}

/** OM decisions that start or confirm a running investigation. */
const ONDERZOEK_LOOPT: readonly StrafrechtelijkeSoort[] = ['opsporingsonderzoek_gestart', 'aanwezigheid_noodzakelijk'];
/** OM decisions after which no investigation runs. */
const ONDERZOEK_LOOPT_NIET: readonly StrafrechtelijkeSoort[] = ['geen_opsporingsonderzoek', 'sepot', 'onderzoek_beeindigd'];

/**
 * B8/3.2 Vc 2000 (docs/domein.md §7) — "criminal investigation ongoing", the one signal the residence track
 * reads (permit renewal "as long as there is a criminal investigation", withdrawal when there no
 * longer is one: B8/3 under 3.2 Vc 2000, rapport §3.4.1 vn. 64). It is derived from the OM's own
 * decisions up to and including `opDatum`: the latest of them decides. An aangifte alone is NOT an
 * investigation: the OM may decide not to investigate after an aangifte (rapport §5.7; docs/domein.md
 * §14), so only `opsporingsonderzoek_gestart` — or `aanwezigheid_noodzakelijk`, which the OM
 * declares "for the criminal investigation" (Stcrt. 2019, 40593) — make it run, until a
 * `geen_opsporingsonderzoek`, `sepot` or `onderzoek_beeindigd`. Returns the deciding event, if any.
 */
export function onderzoeksstand(feiten: readonly StrafrechtelijkFeit[], opDatum: string): { loopt: boolean; laatste: StrafrechtelijkFeit | null } {
  const relevant = opVolgorde(feiten).filter((f) => f.datum <= opDatum
    && (ONDERZOEK_LOOPT.includes(f.soort) || ONDERZOEK_LOOPT_NIET.includes(f.soort)));
  const laatste = relevant.at(-1) ?? null;
  return { loopt: laatste !== null && ONDERZOEK_LOOPT.includes(laatste.soort), laatste };
}

export function onderzoekLoopt(feiten: readonly StrafrechtelijkFeit[], opDatum: string): boolean {
  return onderzoeksstand(feiten, opDatum).loopt;
}

/**
 * State rule (409): an investigation can only be ended while one runs on that date. Record the
 * start (opsporingsonderzoek_gestart, possibly backdated) first.
 */
export function toestandsweigering(soort: StrafrechtelijkeSoort, datum: string, feiten: readonly StrafrechtelijkFeit[]): Weigering | null {
  if (soort === 'onderzoek_beeindigd') {
    const { loopt, laatste } = onderzoeksstand(feiten, datum);
    if (!loopt) {
      const stand = laatste ? `de laatste beslissing op of vóór ${datum} is ${laatste.soort} (${laatste.datum})` : `er is op of vóór ${datum} geen opsporingsonderzoek gestart`;
      return { reden: `Er loopt op ${datum} geen opsporingsonderzoek om te beëindigen: ${stand}. Leg eerst opsporingsonderzoek_gestart vast, of kies sepot of geen_opsporingsonderzoek.` };
    }
  }
  return null;
}

/**
 * B8/3.1 Vc 2000 (rapport §3.4.1 en vn. 60) — an aangifte, other cooperation, or the declaration not to
 * report or cooperate ends a running bedenktijd with that reason on that date; the reason comes from
 * the event table (src/domain/gebeurtenissen.ts, docs/regels.md R1). Null for the OM's decisions.
 */
export function beeindigtBedenktijdMet(soort: StrafrechtelijkeSoort): Beeindigingsreden | null {
  const g = gebeurtenisVoorSoort(soort);
  return g ? GEVOLGEN[g].beeindigingsreden : null;
}

/**
 * Only an event that falls within the bedenktijd (ingangsdatum through uiterlijkeEinddatum, both
 * inclusive, docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md) ends it. An aangifte dated before the grant did not end a bedenktijd
 * that did not yet run; one dated after uiterlijkeEinddatum finds it already lapsed (the expiry job
 * closes it as `verlopen`, docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md).
 */
export function valtBinnenBedenktijd(b: { ingangsdatum: string | null; uiterlijkeEinddatum: string | null }, datum: string): boolean {
  return b.ingangsdatum !== null && b.uiterlijkeEinddatum !== null && b.ingangsdatum <= datum && datum <= b.uiterlijkeEinddatum;
}

export type Ontvangers = 'ind_en_coa' | 'ind';

/**
 * docs/beslissingen/0016-kennisgevingen-per-ontvanger.md — which notification each kind sends, and to whom:
 * - the victim's acts: as in the event table (src/domain/gebeurtenissen.ts): aangifte /
 *   medewerking_strafproces send the M55 (model form M55, annex Vc 2000; rapport §3.4.1 vn. 58,
 *   items 2 and 3) to IND, and to COA when the person is an asylum seeker or Dublin claimant;
 *   declining sends no M55 (the IND hears it from bedenktijd_beeindigd);
 * - sepot / onderzoek_beeindigd / aanwezigheid_noodzakelijk: to IND, because they bear on the permit
 *   (withdrawal, B8/3 under 3.2 Vc 2000; a Dublin claimant's permit, Stcrt. 2019, 40593);
 * - the others notify nobody.
 */
export function kennisgevingVoor(soort: StrafrechtelijkeSoort): { soort: KennisgevingSoort; ontvangers: Ontvangers } | null {
  const g = gebeurtenisVoorSoort(soort);
  if (g) {
    const { kennisgeving, ontvangers } = GEVOLGEN[g];
    return kennisgeving && ontvangers ? { soort: kennisgeving, ontvangers } : null;
  }
  switch (soort) {
    case 'sepot': return { soort: 'sepot', ontvangers: 'ind' };
    case 'onderzoek_beeindigd': return { soort: 'onderzoek_beeindigd', ontvangers: 'ind' };
    case 'aanwezigheid_noodzakelijk': return { soort: 'aanwezigheid_noodzakelijk', ontvangers: 'ind' };
    default: return null;
  }
}

/**
 * Object-level access for the OM (docs/architectuur.md §3: an organisation sees a dossier only with a reason —
 * registration, referral or notification). The OM decides on the investigation that an aangifte or
 * other cooperation starts, so those two events also notify the OM organisation(s), pseudonymously;
 * that notification is the OM's reason to see the dossier and to record its decisions on it. The
 * catalogue has no dedicated kind for this, so the same kind as the M55 is used (m55_aangifte /
 * m55_medewerking_strafproces: "kennisgeving aangifte"), with `kopie: 'openbaar_ministerie'` in the
 * content and without identity data. Which events: the event table (omKopie).
 */
export function omOntvangtKennisgeving(soort: StrafrechtelijkeSoort): boolean {
  const g = gebeurtenisVoorSoort(soort);
  return g ? GEVOLGEN[g].omKopie : false;
}

/** OM decisions after which the person's presence is no longer needed for the investigation. */
const AANWEZIGHEID_VERVALT: readonly StrafrechtelijkeSoort[] = ['geen_opsporingsonderzoek', 'sepot', 'onderzoek_beeindigd'];

/**
 * Stcrt. 2019, 40593 (policy change of 1 August 2019; B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7, rapport vn. 65) — a Dublin
 * claimant gets the permit only once the OM has declared the presence in the Netherlands necessary
 * for the criminal investigation. That declaration must lie on or before `opDatum` and must not have
 * been overtaken by an OM decision that ends the investigation (no investigation, sepot, ended).
 */
export function aanwezigheidNoodzakelijkOp(feiten: readonly StrafrechtelijkFeit[], opDatum: string): { noodzakelijk: boolean; laatste: StrafrechtelijkFeit | null } {
  const relevant = opVolgorde(feiten).filter((f) => f.datum <= opDatum
    && (f.soort === 'aanwezigheid_noodzakelijk' || AANWEZIGHEID_VERVALT.includes(f.soort)));
  const laatste = relevant.at(-1) ?? null;
  return { noodzakelijk: laatste?.soort === 'aanwezigheid_noodzakelijk', laatste };
}
