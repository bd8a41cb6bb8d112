// Rules of the B8/3 bedenktijd (README.md "The *bedenktijd* policy rules"; docs/domein.md §5). Pure: dates are passed in.
import type { NationaliteitCategorie, OrganisatieType, Rol, Verblijfssituatie } from './catalogus.js';
import { amsterdamseDatum } from './kalender.js';

export const BEDENKTIJD_STATUSSEN = ['aangeboden', 'lopend', 'geweigerd', 'beeindigd', 'verlopen'] as const;
export type BedenktijdStatus = (typeof BEDENKTIJD_STATUSSEN)[number];
export const OPEN_STATUSSEN: readonly BedenktijdStatus[] = ['aangeboden', 'lopend'];

export const REACTIES = ['aanvaard', 'geweigerd', 'geweigerd_direct_aangifte'] as const;
export type Reactie = (typeof REACTIES)[number];

export const BEEINDIGINGSREDENEN = ['aangifte', 'medewerking_strafproces', 'vertrek_onbekende_bestemming', 'afzien_medewerking'] as const;
export type Beeindigingsreden = (typeof BEEINDIGINGSREDENEN)[number];

export type Weigering = { code: 'niet_toegestaan' | 'niet_in_aanmerking' | 'gegevens_onvolledig'; veld?: string; reden: string };

/**
 * docs/beslissingen/0014-wie-biedt-aan.md — only an intaker of the police or the KMar offers the bedenktijd ("moet de politie
 * of de KMar de bedenktijd aanbieden", rapport §3.4.1, vn. 57). The NLA recommends (bedenktijd-advies).
 */
export function magBedenktijdAanbieden(organisatieType: OrganisatieType, rol: Rol): Weigering | null {
  if (rol !== 'intaker') return { code: 'niet_toegestaan', reden: `Alleen een intaker biedt de bedenktijd aan; de rol ${rol} kan dat niet.` };
  if (organisatieType === 'nla') {
    return { code: 'niet_toegestaan', reden: 'De Arbeidsinspectie biedt de bedenktijd niet zelf aan: leg een bedenktijd-advies vast; de politie of KMar neemt het over (B8/3 Vc 2000, "op voorspraak").' };
  }
  if (organisatieType !== 'politie' && organisatieType !== 'kmar') {
    return { code: 'niet_toegestaan', reden: 'Alleen de politie of de KMar biedt de bedenktijd aan (B8/3 Vc 2000).' };
  }
  return null;
}

/** docs/beslissingen/0014-wie-biedt-aan.md — the NLA intaker records a recommendation; police and KMar offer directly. */
export function magBedenktijdAdviseren(organisatieType: OrganisatieType, rol: Rol): Weigering | null {
  if (rol !== 'intaker' || organisatieType !== 'nla') {
    return { code: 'niet_toegestaan', reden: 'Een bedenktijd-advies wordt vastgelegd door een intaker van NLA Opsporing; politie en KMar bieden de bedenktijd direct aan.' };
  }
  return null;
}

export interface Persoonssituatie {
  nationaliteitCategorie: NationaliteitCategorie;
  eurechtelijkeAanspraken: boolean | null;
  verblijfssituatie: Verblijfssituatie;
}

/**
 * B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md — eligibility (art. 1 Vw 2000; docs/domein.md §5). A vreemdeling: a derdelander, or an EU/EEA/Swiss
 * national who derives no rights from EU law (B8/3 Vc 2000, vn. 57); not with durable residence;
 * Dutch nationals never. Unknown facts block the offer and name the field to fill in.
 */
export function inAanmerkingVoorBedenktijd(p: Persoonssituatie): Weigering | null {
  // A definite "not eligible" is checked before a missing fact: filling in the missing fact would
  // not change the answer (e.g. unknown nationality with durable residence).
  if (p.nationaliteitCategorie === 'nederlands') {
    return { code: 'niet_in_aanmerking', veld: 'nationaliteitCategorie', reden: 'Een Nederlander is geen vreemdeling en komt niet in aanmerking voor de B8/3-bedenktijd (art. 1 Vw 2000).' };
  }
  if (p.nationaliteitCategorie === 'eu_eer_zwitserland' && p.eurechtelijkeAanspraken === true) {
    return { code: 'niet_in_aanmerking', veld: 'eurechtelijkeAanspraken', reden: 'Deze EU/EER/Zwitserse onderdaan ontleent rechten aan het Unierecht en valt daarom niet onder de B8/3-regeling (B8/3 Vc 2000).' };
  }
  if (p.verblijfssituatie === 'duurzaam') {
    return { code: 'niet_in_aanmerking', veld: 'verblijfssituatie', reden: 'Met duurzaam verblijf is er geen vertrekplicht op te schorten; de B8/3-bedenktijd is niet van toepassing.' };
  }
  if (p.nationaliteitCategorie === 'onbekend') {
    return { code: 'gegevens_onvolledig', veld: 'nationaliteitCategorie', reden: 'De nationaliteitCategorie is onbekend. Vul die in het dossier in voordat u de bedenktijd aanbiedt.' };
  }
  if (p.nationaliteitCategorie === 'eu_eer_zwitserland' && p.eurechtelijkeAanspraken === null) {
    return { code: 'gegevens_onvolledig', veld: 'eurechtelijkeAanspraken', reden: 'Leg bij een EU/EER/Zwitserse onderdaan eerst vast of hij rechten ontleent aan het Unierecht (eurechtelijkeAanspraken).' };
  }
  if (p.verblijfssituatie === 'onbekend') {
    return { code: 'gegevens_onvolledig', veld: 'verblijfssituatie', reden: 'De verblijfssituatie is onbekend. Vul die in het dossier in voordat u de bedenktijd aanbiedt.' };
  }
  return null;
}

/**
 * docs/beslissingen/0012-vroegtijdig-einde.md — who may record which early end. Departure to an unknown destination is
 * established by the police or KMar only (B8/3.1 Vc 2000; docs/domein.md §5).
 */
export function magBeeindigen(reden: Beeindigingsreden, organisatieType: OrganisatieType, rol: Rol): Weigering | null {
  if (rol !== 'intaker') return { code: 'niet_toegestaan', reden: `De rol ${rol} kan een bedenktijd niet beëindigen; dat doet een intaker.` };
  if (reden === 'vertrek_onbekende_bestemming' && organisatieType !== 'politie' && organisatieType !== 'kmar') {
    return { code: 'niet_toegestaan', reden: 'Alleen de politie of de KMar stelt vast dat iemand met onbekende bestemming is vertrokken (B8/3.1 Vc 2000).' };
  }
  if (organisatieType !== 'politie' && organisatieType !== 'kmar' && organisatieType !== 'nla') {
    return { code: 'niet_toegestaan', reden: 'Alleen een intaker van politie, KMar of Arbeidsinspectie legt het einde van de bedenktijd vast.' };
  }
  return null;
}

/**
 * docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md — a bedenktijd is verlopen once uiterlijkeEinddatum (inclusive) has passed in the
 * Netherlands: from 00:00 Europe/Amsterdam on the day after it.
 */
export function isVerlopen(uiterlijkeEinddatum: string, nu: Date): boolean {
  return amsterdamseDatum(nu) > uiterlijkeEinddatum;
}

/** Caller-given dates may lie in the past (late registration), never in the future nor before what they follow. */
export function datumFout(datum: string, nu: Date, nietVoor: { datum: string; wat: string } | null): string | null {
  if (datum > amsterdamseDatum(nu)) return `De datum ${datum} ligt in de toekomst; registreer een gebeurtenis pas als die heeft plaatsgevonden.`;
  if (nietVoor && datum < nietVoor.datum) return `De datum ${datum} ligt vóór ${nietVoor.wat} (${nietVoor.datum}); dat kan niet.`;
  return null;
}

/**
 * docs/beslissingen/0016-kennisgevingen-per-ontvanger.md — reminders `bedenktijd_loopt_af` N days before the end (default 14 and 3). When the
 * job missed a day, only the most urgent threshold that applies is sent, never an outdated one.
 */
export function herinneringsdrempel(uiterlijkeEinddatum: string, vandaag: string, drempels: readonly number[]): number | null {
  const dagenResterend = Math.round((Date.parse(uiterlijkeEinddatum) - Date.parse(vandaag)) / 86_400_000);
  if (dagenResterend < 0) return null;
  const oplopend = [...drempels].sort((a, b) => a - b);
  return oplopend.find((d) => dagenResterend <= d) ?? null;
}
