// Rules for referrals, shelters and placements (docs/beslissingen/0017-verwijzing-en-opvang.md; docs/domein.md §10). Pure: no I/O
// and no clock reads; "now" and the configuration are passed in. Each rule cites its source.
//
// Deliberately absent: any input from the criminal track. No referral, decision, placement or
// refusal here can depend on an aangifte or on cooperation with the police — help must not depend
// on the victim's willingness to cooperate or to act as a witness (docs/beslissingen/0017-verwijzing-en-opvang.md; CoE Convention
// art. 12(6); Directive 2011/36/EU art. 11(3); docs/domein.md §10).
import type { Leeftijdscategorie, NationaliteitCategorie, OrganisatieType } from './catalogus.js';
import { amsterdamseDatum } from './kalender.js';

// ---- Enumerations (docs/beslissingen/0017-verwijzing-en-opvang.md) ----

/**
 * docs/beslissingen/0017-verwijzing-en-opvang.md: what a referral is for. Issue 20 (docs/regels.md, R8) adds the purposes the report
 * names: `lcc`, the police's Landelijk Coördinatiecentrum mensenhandel, which handles complaints with
 * few leads, often exploitation abroad (rapport Rijke signalen, wisselende opvolging, §4.6.3 vn. 19);
 * and the two directorates of the Labour Inspectorate, which act on different powers: `nla_opsporing`
 * (criminal investigation) and `nla_toezicht` (administrative inspection, e.g. ernstige benadeling)
 * (rapport §5.3, "De rol van Toezicht"; §5.5). `nla` stays for a referral to the Inspectorate without
 * naming the directorate.
 */
export const VERWIJZING_DOELEN = [
  'cosm', 'zorgcoordinator', 'veilig_thuis', 'raad_kinderbescherming', 'gemeente', 'hulpverlening', 'nla', 'politie',
  'lcc', 'nla_opsporing', 'nla_toezicht',
] as const;
export type VerwijzingDoel = (typeof VERWIJZING_DOELEN)[number];

/** docs/beslissingen/0017-verwijzing-en-opvang.md: a referral stays `open` until the receiver answers (docs/domein.md §11: "een verwijzing blijft open tot de ontvanger antwoordt"). */
export const VERWIJZING_STATUSSEN = ['open', 'aanvaard', 'afgewezen', 'ingetrokken', 'afgerond'] as const;
export type VerwijzingStatus = (typeof VERWIJZING_STATUSSEN)[number];
/** Statuses in which the receiver is (still) working on the referral. */
export const ACTIEVE_STATUSSEN: readonly VerwijzingStatus[] = ['open', 'aanvaard'];

/** Issue 7: how urgent the referral is. Minors get top priority (docs/domein.md §10, report §4.6.1). */
export const URGENTIES = ['normaal', 'hoog', 'acuut'] as const;
export type Urgentie = (typeof URGENTIES)[number];

/** Issue 7: did the victim consent to sharing their data with the receiver? */
export const TOESTEMMINGEN = ['ja', 'nee', 'niet_gevraagd'] as const;
export type Toestemming = (typeof TOESTEMMINGEN)[number];

/**
 * Issue 7: the legal basis for sharing without consent.
 * - meldcode_kindermishandeling: the Wet verplichte meldcode huiselijk geweld en kindermishandeling
 *   lets a professional report a (suspected) abused minor to Veilig Thuis without consent (meldrecht).
 * - acuut_gevaar: vital interests of the person (AVG/GDPR art. 6(1)(d)).
 * - wettelijke_taak: the receiver's public task (AVG/GDPR art. 6(1)(e)); without consent and without
 *   acute danger only what is necessary is shared (data minimisation, AVG art. 5(1)(c)).
 */
export const GRONDSLAGEN = ['meldcode_kindermishandeling', 'acuut_gevaar', 'wettelijke_taak'] as const;
export type Grondslag = (typeof GRONDSLAGEN)[number];

/** What the receiver may see: the identity (persoonsgegevens) or only the pseudonymous dossier facts. */
export const GEGEVENSDELINGEN = ['identiteit', 'pseudoniem'] as const;
export type Gegevensdeling = (typeof GEGEVENSDELINGEN)[number];

export const BESLUITEN = ['aanvaard', 'afgewezen'] as const;
export type Besluit = (typeof BESLUITEN)[number];

/**
 * docs/beslissingen/0017-verwijzing-en-opvang.md ("a refusal needs a reason"); docs/domein.md §1 punt 3, §11 (reasons for not following up
 * are rarely recorded — record negatives with reasons). `geen_aangifte` is deliberately not a reason:
 * help may not depend on cooperation (CoE art. 12(6), Directive 2011/36/EU art. 11(3)).
 */
export const AFWIJZINGSREDENEN = [
  'geen_capaciteit', 'buiten_doelgroep', 'andere_hulp_passender', 'slachtoffer_niet_bereikbaar',
  'slachtoffer_wil_geen_hulp', 'veiligheidsrisico', 'overig',
] as const;
export type Afwijzingsreden = (typeof AFWIJZINGSREDENEN)[number];

/** Issue 7: why a placement ended. A move to another shelter is an end (overgeplaatst) plus a new placement. */
export const PLAATSING_BEEINDIGINGSREDENEN = ['doorstroom', 'vertrokken_onbekende_bestemming', 'terugkeer', 'overgeplaatst', 'overig'] as const;
export type PlaatsingBeeindigingsreden = (typeof PLAATSING_BEEINDIGINGSREDENEN)[number];

/** docs/beslissingen/0017-verwijzing-en-opvang.md: kinds of shelter location. */
export const OPVANGLOCATIE_SOORTEN = ['cosm', 'jeugdzorg', 'algemeen'] as const;
export type OpvanglocatieSoort = (typeof OPVANGLOCATIE_SOORTEN)[number];

// ---- Refusals ----

/**
 * A refusal with the HTTP meaning it maps to: `regel` → 422 (a rule not met), `toestand` → 409 (not
 * in this state), `niet_toegestaan` → 403 (not this organisation). `veld` names the body field.
 */
export interface Weigering { soort: 'regel' | 'toestand' | 'niet_toegestaan'; code: string; veld?: string; reden: string }

const regel = (code: string, reden: string, veld?: string): Weigering => ({ soort: 'regel', code, reden, ...(veld ? { veld } : {}) });
const toestand = (code: string, reden: string): Weigering => ({ soort: 'toestand', code, reden });
const nietToegestaan = (code: string, reden: string): Weigering => ({ soort: 'niet_toegestaan', code, reden });

// ---- Who may receive what ----

/**
 * Which organisation types receive a referral with this doel (docs/domein.md §9 table, §10):
 * - cosm → a shelter organisation (opvang): COSM is categorical shelter (docs/domein.md §9, "COSM");
 * - zorgcoordinator → a care coordination (zorg) or CoMensha: cases are "presented to the zorgcoördinator" (docs/domein.md §9, report §4.6.2);
 * - veilig_thuis → Veilig Thuis; raad_kinderbescherming → the Raad: the zorgmelding for minors (docs/domein.md §10, report §4.6.3);
 * - gemeente → a municipality: administrative follow-up and inspections (docs/domein.md §10, report §4.6.4);
 * - hulpverlening → care providers and shelters (zorg, opvang; docs/domein.md §14 source HULPVERLENING);
 * - nla → the Labour Inspectorate (forced labour, docs/domein.md §10); politie → the police (vice, AVIM; docs/domein.md §10).
 */
export const ONTVANGERS_PER_DOEL: Readonly<Record<VerwijzingDoel, readonly OrganisatieType[]>> = {
  cosm: ['opvang'],
  zorgcoordinator: ['zorg', 'comensha'],
  veilig_thuis: ['veilig_thuis'],
  raad_kinderbescherming: ['raad_kinderbescherming'],
  gemeente: ['gemeente'],
  hulpverlening: ['zorg', 'opvang'],
  nla: ['nla'],
  politie: ['politie'],
  // The LCC is part of the police; the NLA's directorates are organisations of type nla.
  lcc: ['politie'],
  nla_opsporing: ['nla'],
  nla_toezicht: ['nla'],
};

const doelNamen: Record<VerwijzingDoel, string> = {
  cosm: 'COSM-opvang', zorgcoordinator: 'een zorgcoördinator', veilig_thuis: 'Veilig Thuis',
  raad_kinderbescherming: 'de Raad voor de Kinderbescherming', gemeente: 'een gemeente', hulpverlening: 'de hulpverlening',
  nla: 'de Nederlandse Arbeidsinspectie', politie: 'de politie',
  lcc: 'het Landelijk Coördinatiecentrum mensenhandel (LCC) van de politie', nla_opsporing: 'de Opsporing van de Nederlandse Arbeidsinspectie',
  nla_toezicht: 'Toezicht van de Nederlandse Arbeidsinspectie',
};

/** The receiving organisation must be of a type that handles this doel (see ONTVANGERS_PER_DOEL), and not the sender itself. */
export function ontvangerFout(doel: VerwijzingDoel, ontvangerType: OrganisatieType, zelfde: boolean): Weigering | null {
  if (zelfde) {
    return regel('zelfverwijzing', 'U kunt niet naar uw eigen organisatie verwijzen. Kies een andere ontvangende organisatie.', 'ontvangendeOrganisatieId');
  }
  const toegestaan = ONTVANGERS_PER_DOEL[doel];
  if (!toegestaan.includes(ontvangerType)) {
    return regel('ontvanger_past_niet_bij_doel',
      `Een verwijzing naar ${doelNamen[doel]} (doel ${doel}) gaat naar een organisatie van het type ${toegestaan.join(' of ')}; de gekozen organisatie is van het type ${ontvangerType}. Kies een passende organisatie (GET /v1/organisaties) of een ander doel.`,
      'ontvangendeOrganisatieId');
  }
  return null;
}

export interface Persoon { leeftijdscategorie: Leeftijdscategorie; nationaliteitCategorie: NationaliteitCategorie }

/**
 * Whether this person may be referred with this doel.
 * - cosm: only an adult derdelander (docs/beslissingen/0017-verwijzing-en-opvang.md; docs/domein.md §9: COSM is shelter for adult victims
 *   from outside the EU, §10). A minor is refused with a pointer to Veilig Thuis / the Raad (docs/domein.md
 *   §10: COSM is for adults, minors go to Veilig Thuis or the Raad); an EU/EEA/Swiss or Dutch national is refused (COSM
 *   is for victims from outside the EU); an unknown age or nationality must be established first.
 * - raad_kinderbescherming: the Raad acts for minors only (docs/domein.md §9 table, §10: zorgmelding for
 *   minor victims); an adult is refused. An unknown age is allowed: when in doubt, protect as a minor.
 * Every other doel is open to everyone: nothing here asks for an aangifte (docs/beslissingen/0017-verwijzing-en-opvang.md).
 */
export function doelFout(doel: VerwijzingDoel, p: Persoon): Weigering | null {
  if (doel === 'cosm') {
    if (p.leeftijdscategorie === 'minderjarig') {
      return regel('cosm_minderjarige',
        'COSM-opvang is er voor meerderjarige slachtoffers van buiten de EU, niet voor minderjarigen. Verwijs een minderjarige met een zorgmelding naar Veilig Thuis (doel veilig_thuis) of de Raad voor de Kinderbescherming (doel raad_kinderbescherming).',
        'doel');
    }
    if (p.nationaliteitCategorie === 'eu_eer_zwitserland' || p.nationaliteitCategorie === 'nederlands') {
      const wie = p.nationaliteitCategorie === 'nederlands' ? 'een Nederlander' : 'een onderdaan van de EU, EER of Zwitserland';
      return regel('cosm_geen_derdelander',
        `COSM-opvang is er voor meerderjarige slachtoffers van buiten de EU; ${wie} komt daarvoor niet in aanmerking. Verwijs naar een zorgcoördinator (doel zorgcoordinator), de hulpverlening (doel hulpverlening) of de gemeente (doel gemeente).`,
        'doel');
    }
    if (p.leeftijdscategorie === 'onbekend') {
      return regel('leeftijd_onbekend',
        'De leeftijd van de persoon is onbekend. Stel eerst vast of de persoon meerderjarig is (leeftijdscategorie in het dossier of geboortedatum in de persoonsgegevens): COSM-opvang is alleen voor meerderjarigen; een minderjarige verwijst u naar Veilig Thuis of de Raad voor de Kinderbescherming.',
        'doel');
    }
    if (p.nationaliteitCategorie === 'onbekend') {
      return regel('nationaliteit_onbekend',
        'De nationaliteitCategorie van de persoon is onbekend. Leg die eerst vast in het dossier: COSM-opvang is alleen voor slachtoffers van buiten de EU (derdelanders).',
        'doel');
    }
  }
  if (doel === 'raad_kinderbescherming' && p.leeftijdscategorie === 'meerderjarig') {
    return regel('raad_meerderjarige',
      'De Raad voor de Kinderbescherming is er voor minderjarigen; deze persoon is meerderjarig. Verwijs naar een zorgcoördinator, de hulpverlening of COSM-opvang.',
      'doel');
  }
  return null;
}

/**
 * Issue 7 — consent and legal basis decide what the receiver may see:
 * - toestemming `ja`: the identity (consent, AVG art. 6(1)(a));
 * - otherwise a grondslag is required (422), and:
 *   - meldcode_kindermishandeling: only for a minor and only to Veilig Thuis (the meldcode's report goes
 *     to Veilig Thuis) → identity;
 *   - acuut_gevaar (vital interests, AVG art. 6(1)(d)) → identity;
 *   - wettelijke_taak (AVG art. 6(1)(e) with data minimisation art. 5(1)(c)) → pseudonymous facts only.
 */
export function gegevensdeling(
  toestemming: Toestemming, grondslag: Grondslag | null, doel: VerwijzingDoel, leeftijd: Leeftijdscategorie,
): { deling: Gegevensdeling } | { weigering: Weigering } {
  if (toestemming === 'ja') return { deling: 'identiteit' };
  if (grondslag === null) {
    return { weigering: regel('grondslag_ontbreekt',
      `Zonder toestemming van het slachtoffer (toestemming: ${toestemming}) is een grondslag nodig om gegevens met de ontvanger te delen: meldcode_kindermishandeling (minderjarige, naar Veilig Thuis), acuut_gevaar of wettelijke_taak. Vraag anders eerst toestemming en leg toestemming: ja vast.`,
      'grondslag') };
  }
  switch (grondslag) {
    case 'meldcode_kindermishandeling':
      if (leeftijd !== 'minderjarig') {
        return { weigering: regel('meldcode_alleen_minderjarige',
          'De grondslag meldcode_kindermishandeling geldt alleen voor een minderjarige. Leg de leeftijd vast, of kies een andere grondslag (acuut_gevaar, wettelijke_taak) of vraag toestemming.',
          'grondslag') };
      }
      if (doel !== 'veilig_thuis') {
        return { weigering: regel('meldcode_alleen_veilig_thuis',
          'Een melding op grond van de meldcode kindermishandeling gaat naar Veilig Thuis (doel veilig_thuis). Kies dat doel, of een andere grondslag of vraag toestemming.',
          'grondslag') };
      }
      return { deling: 'identiteit' };
    case 'acuut_gevaar':
      return { deling: 'identiteit' };
    case 'wettelijke_taak':
      return { deling: 'pseudoniem' };
  }
}

// ---- Overdue ----

const DAG_MS = 86_400_000;

/** The moment before which an open referral is overdue: more than `dagen` × 24 hours unanswered (VERWIJZING_ACHTERSTALLIG_DAGEN, docs/beslissingen/0017-verwijzing-en-opvang.md). */
export function achterstalligGrens(nu: Date, dagen: number): Date {
  return new Date(nu.getTime() - dagen * DAG_MS);
}

/** docs/beslissingen/0017-verwijzing-en-opvang.md / issue 7: an unanswered (open) referral becomes overdue after the configured number of days. */
export function isAchterstallig(status: VerwijzingStatus, tijdstipVerwezen: Date, nu: Date, dagen: number): boolean {
  return status === 'open' && tijdstipVerwezen.getTime() < achterstalligGrens(nu, dagen).getTime();
}

// ---- State transitions ----

const statusTekst: Record<VerwijzingStatus, string> = {
  open: 'open', aanvaard: 'aanvaard', afgewezen: 'afgewezen', ingetrokken: 'ingetrokken', afgerond: 'afgerond',
};

export type Partij = 'verwijzer' | 'ontvanger';

/** docs/beslissingen/0017-verwijzing-en-opvang.md: only the receiving organisation answers, and only while the referral is open. */
export function besluitFout(status: VerwijzingStatus, partij: Partij): Weigering | null {
  if (partij !== 'ontvanger') return nietToegestaan('alleen_ontvanger', 'Alleen de ontvangende organisatie beslist over een verwijzing. Trek de verwijzing in als u haar niet meer nodig hebt.');
  if (status !== 'open') return toestand('al_beantwoord', `Deze verwijzing is al ${statusTekst[status]}; er kan alleen op een open verwijzing worden beslist.`);
  return null;
}

/** docs/beslissingen/0017-verwijzing-en-opvang.md / issue 7: a refusal needs a reason; `overig` needs an explanation; an acceptance has no refusal reason. */
export function besluitBevindingen(besluit: Besluit, afwijzingsreden: Afwijzingsreden | null, toelichting: string | null): Weigering[] {
  const fouten: Weigering[] = [];
  if (besluit === 'afgewezen') {
    if (afwijzingsreden === null) {
      fouten.push(regel('afwijzingsreden_ontbreekt', 'Geef bij een afwijzing de afwijzingsreden op (bijv. geen_capaciteit, buiten_doelgroep, andere_hulp_passender); de verwijzer moet weten waarom en wat nu.', 'afwijzingsreden'));
    } else if (afwijzingsreden === 'overig' && (toelichting === null || toelichting.trim() === '')) {
      fouten.push(regel('toelichting_ontbreekt', 'Licht bij afwijzingsreden overig in de toelichting toe waarom de verwijzing wordt afgewezen.', 'toelichting'));
    }
  } else if (afwijzingsreden !== null) {
    fouten.push(regel('afwijzingsreden_bij_aanvaarding', 'Een afwijzingsreden hoort alleen bij besluit afgewezen; laat afwijzingsreden leeg (null) bij aanvaard.', 'afwijzingsreden'));
  }
  return fouten;
}

/** Issue 7: the sender withdraws, and only while the receiver has not answered yet. */
export function intrekkingFout(status: VerwijzingStatus, partij: Partij): Weigering | null {
  if (partij !== 'verwijzer') return nietToegestaan('alleen_verwijzer', 'Alleen de verwijzende organisatie kan een verwijzing intrekken. Wilt u haar niet aannemen, wijs haar dan af met een reden (POST …/besluit).');
  if (status !== 'open') return toestand('niet_open', `Deze verwijzing is al ${statusTekst[status]}; alleen een open verwijzing kan worden ingetrokken.`);
  return null;
}

/** Issue 7: the receiver marks an accepted referral `afgerond` when the care is done; a running placement is ended first. */
export function afrondingFout(status: VerwijzingStatus, partij: Partij, lopendePlaatsingId: string | null): Weigering | null {
  if (partij !== 'ontvanger') return nietToegestaan('alleen_ontvanger', 'Alleen de ontvangende organisatie rondt een verwijzing af.');
  if (status !== 'aanvaard') return toestand('niet_aanvaard', `Deze verwijzing is ${statusTekst[status]}; alleen een aanvaarde verwijzing kan worden afgerond.`);
  if (lopendePlaatsingId) return toestand('plaatsing_loopt', `Er loopt nog een plaatsing (${lopendePlaatsingId}) op deze verwijzing. Beëindig eerst de plaatsing (POST /v1/plaatsingen/${lopendePlaatsingId}/beeindiging).`);
  return null;
}

/** Referral purposes that involve shelter (everything except the investigative bodies). */
export const OPVANG_DOELEN: readonly VerwijzingDoel[] = ['cosm', 'zorgcoordinator', 'veilig_thuis', 'raad_kinderbescherming', 'gemeente', 'hulpverlening'];

/**
 * docs/domein.md §5, §10: a victim may decline shelter (e.g. "has a place to sleep with acquaintances",
 * report §4.6.3); it is recorded on the referral. It does NOT end the bedenktijd (docs/beslissingen/0017-verwijzing-en-opvang.md) —
 * nothing here touches it. Either side of an active shelter referral records it, once, and not while
 * the person is placed (end the placement first).
 */
export function opvangweigeringFout(doel: VerwijzingDoel, status: VerwijzingStatus, alGeweigerd: boolean, lopendePlaatsingId: string | null): Weigering | null {
  if (!OPVANG_DOELEN.includes(doel)) {
    return regel('geen_opvangverwijzing', `Een verwijzing naar ${doelNamen[doel]} gaat niet over opvang; een opvangweigering hoort bij een verwijzing voor opvang of zorg.`);
  }
  if (!ACTIEVE_STATUSSEN.includes(status)) return toestand('niet_actief', `Deze verwijzing is ${statusTekst[status]}; een opvangweigering wordt vastgelegd op een open of aanvaarde verwijzing.`);
  if (alGeweigerd) return toestand('al_geweigerd', 'Op deze verwijzing is al vastgelegd dat het slachtoffer opvang weigert.');
  if (lopendePlaatsingId) return toestand('plaatsing_loopt', `Het slachtoffer is geplaatst (plaatsing ${lopendePlaatsingId}). Beëindig eerst de plaatsing met de passende reden.`);
  return null;
}

// ---- Shelters and placements ----

/** Organisation types that run shelter locations: shelters, care organisations and municipalities (maatschappelijke opvang). */
export const OPVANG_ORGANISATIE_TYPEN: readonly OrganisatieType[] = ['opvang', 'zorg', 'gemeente'];

export function opvangorganisatieFout(type: OrganisatieType): Weigering | null {
  if (!OPVANG_ORGANISATIE_TYPEN.includes(type)) {
    return regel('geen_opvangorganisatie', `Een organisatie van het type ${type} beheert geen opvanglocaties. Kies een opvangorganisatie (type ${OPVANG_ORGANISATIE_TYPEN.join(', ')}).`, 'organisatieId');
  }
  return null;
}

/** docs/beslissingen/0017-verwijzing-en-opvang.md: occupancy is derived from running placements; capacity may not drop below it. */
export function capaciteitVerlagenFout(nieuweCapaciteit: number, bezetting: number): Weigering | null {
  if (nieuweCapaciteit < bezetting) {
    return toestand('capaciteit_onder_bezetting', `De capaciteit kan niet lager worden dan de huidige bezetting (${bezetting}). Beëindig eerst plaatsingen of kies een capaciteit van ten minste ${bezetting}.`);
  }
  return null;
}

/** docs/beslissingen/0017-verwijzing-en-opvang.md: "a placement may not exceed the shelter's capacity (409 naming the occupancy)". */
export function capaciteitFout(naam: string, bezetting: number, capaciteit: number): Weigering | null {
  if (bezetting >= capaciteit) {
    return toestand('vol', `Opvanglocatie ${naam} is vol: bezetting ${bezetting} van ${capaciteit}. Kies een andere locatie (GET /v1/opvanglocaties) of beëindig eerst een plaatsing.`);
  }
  return null;
}

/**
 * Issue 7: a placement follows an accepted referral, by the receiving organisation, into one of its
 * own locations; a minor is never placed in a COSM location (docs/domein.md §10: COSM is for adults; a
 * minor goes to youth care). No aangifte is asked for (docs/beslissingen/0017-verwijzing-en-opvang.md).
 */
export function plaatsingFout(p: {
  status: VerwijzingStatus; partij: Partij; eigenLocatie: boolean; locatieSoort: OpvanglocatieSoort; leeftijd: Leeftijdscategorie;
}): Weigering | null {
  return plaatsingToestandFout(p.status, p.partij) ?? plaatsingLocatieFout(p.eigenLocatie, p.locatieSoort, p.leeftijd);
}

/** The referral side of {@link plaatsingFout}: the receiver places, and only after accepting. */
export function plaatsingToestandFout(status: VerwijzingStatus, partij: Partij): Weigering | null {
  if (partij !== 'ontvanger') return nietToegestaan('alleen_ontvanger', 'Alleen de ontvangende organisatie van de verwijzing plaatst het slachtoffer.');
  if (status !== 'aanvaard') {
    return toestand('niet_aanvaard', status === 'open'
      ? 'Deze verwijzing is nog open. Aanvaard haar eerst (POST …/besluit met besluit aanvaard); daarna kunt u plaatsen.'
      : `Deze verwijzing is ${statusTekst[status]}; alleen op een aanvaarde verwijzing kan worden geplaatst.`);
  }
  return null;
}

/** The location side of {@link plaatsingFout}: an own location, and no minor in a COSM location. */
export function plaatsingLocatieFout(eigenLocatie: boolean, locatieSoort: OpvanglocatieSoort, leeftijd: Leeftijdscategorie): Weigering | null {
  if (!eigenLocatie) {
    return regel('andere_organisatie', 'U kunt alleen plaatsen in een opvanglocatie van uw eigen organisatie. Kies een eigen locatie, of verwijs door naar de organisatie van die locatie.', 'opvanglocatieId');
  }
  if (locatieSoort === 'cosm' && leeftijd === 'minderjarig') {
    return regel('cosm_minderjarige', 'Een minderjarige wordt niet in een COSM-locatie geplaatst. Kies een jeugdzorglocatie (soort jeugdzorg).', 'opvanglocatieId');
  }
  return null;
}

/** Dates are facts that happened: never after today in the Netherlands (docs/architectuur.md §1), never before `nietVoor`. */
export function datumFout(veld: string, datum: string, nu: Date, nietVoor?: { datum: string; wat: string }): Weigering | null {
  if (datum > amsterdamseDatum(nu)) {
    return regel('in_toekomst', `De ${veld} ${datum} ligt in de toekomst. Leg een plaatsing vast op of na de dag waarop zij begint of eindigt.`, veld);
  }
  if (nietVoor && datum < nietVoor.datum) {
    return regel('te_vroeg', `De ${veld} ${datum} ligt vóór ${nietVoor.wat} (${nietVoor.datum}). Corrigeer de datum.`, veld);
  }
  return null;
}

/** Issue 7: a placement ends once, with a reason; `overig` needs an explanation. */
export function beeindigingFouten(p: {
  reden: PlaatsingBeeindigingsreden; toelichting: string | null; einddatum: string; startdatum: string; nu: Date;
}): Weigering[] {
  const fouten: Weigering[] = [];
  const datum = datumFout('einddatum', p.einddatum, p.nu, { datum: p.startdatum, wat: 'de startdatum van de plaatsing' });
  if (datum) fouten.push(datum);
  if (p.reden === 'overig' && (p.toelichting === null || p.toelichting.trim() === '')) {
    fouten.push(regel('toelichting_ontbreekt', 'Licht bij reden overig in de toelichting toe waarom de plaatsing eindigt.', 'toelichting'));
  }
  return fouten;
}

// ---- The care coordinator's overview ----

/** Issue 7: what needs attention first. */
export const AANDACHTSPUNTEN = ['antwoord_achterstallig', 'bedenktijd_loopt_af', 'niet_geplaatst'] as const;
export type Aandachtspunt = (typeof AANDACHTSPUNTEN)[number];

export interface OverzichtItem {
  verwijzingId: string;
  status: VerwijzingStatus;
  achterstallig: boolean;
  tijdstipVerwezen: Date;
  tijdstipBesluit: Date | null;
  /** Status and end of the dossier's current bedenktijd, if any. */
  bedenktijdStatus: string | null;
  uiterlijkeEinddatum: string | null;
  geplaatst: boolean;
}

/**
 * The attention point of one referral, first matching wins (issue 7):
 * 1. an open referral not answered in time (docs/beslissingen/0017-verwijzing-en-opvang.md);
 * 2. a running bedenktijd that ends within `venster` days (the reminder horizon of docs/beslissingen/0016-kennisgevingen-per-ontvanger.md);
 * 3. an accepted referral without a running placement;
 * otherwise nothing.
 */
export function aandachtspunt(i: OverzichtItem, vandaag: string, venster: number): Aandachtspunt | null {
  if (i.achterstallig) return 'antwoord_achterstallig';
  if (i.bedenktijdStatus === 'lopend' && i.uiterlijkeEinddatum !== null && dagenTussen(vandaag, i.uiterlijkeEinddatum) <= venster) {
    return 'bedenktijd_loopt_af';
  }
  if (i.status === 'aanvaard' && !i.geplaatst) return 'niet_geplaatst';
  return null;
}

function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(tot) - Date.parse(van)) / DAG_MS);
}

const GEEN_EINDE = '9999-12-31';
const rang = (p: Aandachtspunt | null) => (p === null ? AANDACHTSPUNTEN.length : AANDACHTSPUNTEN.indexOf(p));
const lopendEinde = (i: OverzichtItem) => (i.bedenktijdStatus === 'lopend' && i.uiterlijkeEinddatum) || GEEN_EINDE;

/**
 * Orders the overview (issue 7): by attention point; within 1 the longest waiting first; within 2
 * the soonest end first; within 3 the longest accepted first; the rest by running bedenktijd end,
 * then by age. Ties end on the id, so the order is stable.
 */
export function sorteerOpAandacht<T extends OverzichtItem>(items: readonly T[], vandaag: string, venster: number): Array<T & { aandacht: Aandachtspunt | null }> {
  const metPunt = items.map((i) => ({ ...i, aandacht: aandachtspunt(i, vandaag, venster) }));
  const tijd = (d: Date | null) => d?.getTime() ?? 0;
  return metPunt.sort((a, b) => {
    const r = rang(a.aandacht) - rang(b.aandacht);
    if (r !== 0) return r;
    let v = 0;
    if (a.aandacht === 'antwoord_achterstallig') v = tijd(a.tijdstipVerwezen) - tijd(b.tijdstipVerwezen);
    else if (a.aandacht === 'bedenktijd_loopt_af') v = lopendEinde(a).localeCompare(lopendEinde(b));
    else if (a.aandacht === 'niet_geplaatst') v = tijd(a.tijdstipBesluit) - tijd(b.tijdstipBesluit);
    else v = lopendEinde(a).localeCompare(lopendEinde(b)) || tijd(a.tijdstipVerwezen) - tijd(b.tijdstipVerwezen);
    return v || (a.verwijzingId < b.verwijzingId ? -1 :
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — ids are unique, and V8's sort only tells a negative answer from the rest, so 1 and 0 act alike
      a.verwijzingId > b.verwijzingId ? 1 : 0);
  });
}
