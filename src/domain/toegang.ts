// Who may see what of a dossier: grants (toegangsrechten). Every access an organisation has to a
// dossier is a grant with a scope and a purpose, created only by the use case that decides it —
// never as a side effect of a notification, a reminder or a job. docs/toegangsmodel.md explains
// the model; this file holds its rules, pure and table-tested (test/domain/toegang.test.ts).
//
// Sources: AVG art. 5(1)(b) (purpose limitation: a grant has one purpose and ends with it),
// art. 5(1)(c) (data minimisation: the identity only where the purpose needs it), art. 6 (a basis
// for every disclosure), art. 9/10 (special categories: a victim's status as a trafficking victim).
import type { OrganisatieType, Rol } from './catalogus.js';

/** What of the dossier the grant opens: its pseudonymous facts, or also the person's identity. */
export const REIKWIJDTES = ['pseudoniem', 'identiteit'] as const;
export type Reikwijdte = (typeof REIKWIJDTES)[number];

/**
 * Why the organisation may see the dossier:
 * - registratie: it registered the dossier;
 * - aansluiting: it joined the dossier with its own signal about the same person;
 * - verwijzing: a referral to it (bron: the referral); ends when the referral is refused or withdrawn;
 * - bedenktijd_advies: the NLA's recommendation to a police or KMar unit to offer the bedenktijd (bron: the advice);
 * - aanmelding: CoMensha's registration of a presumed victim (B8/3.1 Vc 2000: the intaker registers with CoMensha);
 * - m55: the IND and COA receive the M55 (B8/3.1 Vc 2000, model M55);
 * - om_kopie: the OM's copy of a criminal-track event (a pseudonymous copy; the case file comes from the police).
 */
export const DOELEN = ['registratie', 'aansluiting', 'verwijzing', 'bedenktijd_advies', 'aanmelding', 'm55', 'om_kopie'] as const;
export type Toegangsdoel = (typeof DOELEN)[number];

/** What one grant allows. */
export interface Bevoegdheid {
  reikwijdte: Reikwijdte;
  /** May change the dossier's own facts: classification, personal data, closing and reopening. */
  magWijzigen: boolean;
  /** May pass the dossier on (refer, advise) — at most with its own scope. */
  magDoorgeven: boolean;
}

const rang: Record<Reikwijdte, number> = { pseudoniem: 0, identiteit: 1 };

/** The narrower of two scopes. */
export const smalste = (a: Reikwijdte, b: Reikwijdte): Reikwijdte => (rang[a] <= rang[b] ? a : b);
/** The wider of two scopes. */
export const breedste = (a: Reikwijdte, b: Reikwijdte): Reikwijdte => (rang[a] >= rang[b] ? a : b);

/**
 * What all of an organisation's grants on one dossier together allow (null: no grant, the dossier
 * does not exist for it). `doorgeefbaar` is the widest scope it may pass on: only grants that allow
 * passing on count, so a copy received for information cannot be handed further.
 */
export interface Toegang {
  reikwijdte: Reikwijdte;
  magWijzigen: boolean;
  doorgeefbaar: Reikwijdte | null;
}

export function samengevoegd(grants: readonly Bevoegdheid[]): Toegang | null {
  if (grants.length === 0) return null;
  // Stryker disable next-line StringLiteral: any start value gives the first grant's scope (breedste('', x) is x: an unknown rank is never >=), and there is at least one grant.
  let reikwijdte: Reikwijdte = 'pseudoniem';
  let doorgeefbaar: Reikwijdte | null = null;
  let magWijzigen = false;
  for (const g of grants) {
    reikwijdte = breedste(reikwijdte, g.reikwijdte);
    magWijzigen ||= g.magWijzigen;
    if (g.magDoorgeven) doorgeefbaar = doorgeefbaar === null ? g.reikwijdte : breedste(doorgeefbaar, g.reikwijdte);
  }
  return { reikwijdte, magWijzigen, doorgeefbaar };
}

/** The registering organisation holds the whole dossier: it keeps the file (AVG art. 24). */
export const registratieBevoegdheid: Bevoegdheid = { reikwijdte: 'identiteit', magWijzigen: true, magDoorgeven: true };

/**
 * An intaker who joins the dossier with its own signal about the same person knows the person
 * already (it tried to record the same identity) and shares the file from then on.
 */
export const aansluitingBevoegdheid: Bevoegdheid = { reikwijdte: 'identiteit', magWijzigen: true, magDoorgeven: true };

/**
 * A referral or an NLA advice passes on at most what the sender may pass on, and at most what the
 * victim's consent or the legal basis allows for this receiver (`deling`). Consent given to the
 * sender is not consent to onward disclosure: the sender records its own consent or basis. The
 * receiver does not change the dossier's facts; it may pass it on within its own scope (the chain
 * of care: a care coordinator places with a shelter).
 */
export function doorgegevenBevoegdheid(doorgeefbaar: Reikwijdte, deling: Reikwijdte): Bevoegdheid {
  return { reikwijdte: smalste(doorgeefbaar, deling), magWijzigen: false, magDoorgeven: true };
}

/**
 * The M55 (B8/3.1 Vc 2000): the IND decides on the residence permit and needs the identity; the COA
 * houses the person and gets the notification with the V-number only (no full identity). Neither
 * passes the dossier on.
 */
export function m55Bevoegdheid(ontvangerType: OrganisatieType): Bevoegdheid {
  return { reikwijdte: ontvangerType === 'ind' ? 'identiteit' : 'pseudoniem', magWijzigen: false, magDoorgeven: false };
}

/**
 * CoMensha registers presumed victims and coordinates shelter (COSM): the registration notice is
 * pseudonymous, and CoMensha may refer on within that scope.
 */
export const aanmeldingBevoegdheid: Bevoegdheid = { reikwijdte: 'pseudoniem', magWijzigen: false, magDoorgeven: true };

/** The OM's copy of a criminal-track event: pseudonymous, for information only. */
export const omKopieBevoegdheid: Bevoegdheid = { reikwijdte: 'pseudoniem', magWijzigen: false, magDoorgeven: false };

/**
 * The roles whose work needs the identity (AVG art. 5(1)(c)): intakers, the IND, and the care
 * coordinator and shelter staff a dossier was referred to. Analysts, auditors, the OM's officers,
 * the COA and the beheerder never see it through this service.
 */
const ROLLEN_MET_IDENTITEIT: readonly Rol[] = ['intaker', 'ind_medewerker', 'zorgcoordinator', 'opvangmedewerker'];

export const rolHeeftIdentiteitNodig = (rol: Rol): boolean => ROLLEN_MET_IDENTITEIT.includes(rol);

/** The identity is shown only to a role that needs it, of an organisation whose grant has identity scope. */
export function magIdentiteitZien(rol: Rol, toegang: Toegang | null): boolean {
  return toegang !== null && toegang.reikwijdte === 'identiteit' && rolHeeftIdentiteitNodig(rol);
}
