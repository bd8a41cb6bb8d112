import { describe, expect, it } from 'vitest';
import type { Leeftijdscategorie, NationaliteitCategorie, OrganisatieType } from '../../src/domain/catalogus.js';
import { ORGANISATIE_TYPEN } from '../../src/domain/catalogus.js';
import {
  aandachtspunt, achterstalligGrens, afrondingFout, besluitBevindingen, besluitFout, beeindigingFouten, capaciteitFout,
  capaciteitVerlagenFout, datumFout, doelFout, gegevensdeling, intrekkingFout, isAchterstallig, ONTVANGERS_PER_DOEL,
  ontvangerFout, opvangorganisatieFout, opvangweigeringFout, plaatsingFout, sorteerOpAandacht,
  VERWIJZING_DOELEN, type Afwijzingsreden, type Aandachtspunt, type Besluit, type Gegevensdeling, type Grondslag,
  type OpvanglocatieSoort, type OverzichtItem, type Partij, type PlaatsingBeeindigingsreden, type Toestemming,
  type VerwijzingDoel, type VerwijzingStatus,
} from '../../src/domain/verwijzing.js';

// 2026-11-20 10:00 UTC = 11:00 in Amsterdam.
const NU = new Date('2026-11-20T10:00:00Z');

describe('doelFout — docs/beslissingen/0017-verwijzing-en-opvang.md, docs/domein.md §9 (COSM) and §10', () => {
  const COSM = 'docs/beslissingen/0017-verwijzing-en-opvang.md; docs/domein.md §10: COSM only for an adult derdelander';
  const tabel: Array<[string, VerwijzingDoel, Leeftijdscategorie, NationaliteitCategorie, string | null, RegExp | null]> = [
    [`${COSM}: adult derdelander may go to COSM`, 'cosm', 'meerderjarig', 'derdelander', null, null],
    [`${COSM}: a minor is refused and pointed to Veilig Thuis / the Raad`, 'cosm', 'minderjarig', 'derdelander', 'cosm_minderjarige', /Veilig Thuis.*Raad voor de Kinderbescherming/],
    [`${COSM}: a minor EU national gets the minor refusal first`, 'cosm', 'minderjarig', 'eu_eer_zwitserland', 'cosm_minderjarige', /veilig_thuis/],
    [`${COSM} (docs/domein.md §9: "from outside the EU"): an adult EU/EEA/Swiss national is refused`, 'cosm', 'meerderjarig', 'eu_eer_zwitserland', 'cosm_geen_derdelander', /buiten de EU/],
    [`${COSM}: a Dutch adult is refused`, 'cosm', 'meerderjarig', 'nederlands', 'cosm_geen_derdelander', /Nederlander/],
    [`${COSM}: an unknown age must be established first`, 'cosm', 'onbekend', 'derdelander', 'leeftijd_onbekend', /Stel eerst vast/],
    [`${COSM}: an unknown nationality must be established first`, 'cosm', 'meerderjarig', 'onbekend', 'nationaliteit_onbekend', /Leg die eerst vast/],
    ['docs/domein.md §10: a minor goes to Veilig Thuis', 'veilig_thuis', 'minderjarig', 'derdelander', null, null],
    ['docs/domein.md §10: a minor goes to the Raad voor de Kinderbescherming', 'raad_kinderbescherming', 'minderjarig', 'nederlands', null, null],
    ['docs/domein.md §9 table (Raad: minors): an adult is refused by the Raad', 'raad_kinderbescherming', 'meerderjarig', 'derdelander', 'raad_meerderjarige', /minderjarigen/],
    ['docs/domein.md §10 (the Raad acts for minors; an unknown age is not refused): unknown age may go to the Raad', 'raad_kinderbescherming', 'onbekend', 'onbekend', null, null],
    ['docs/domein.md §10 (care via the zorgcoördinator): open to an EU national', 'zorgcoordinator', 'meerderjarig', 'eu_eer_zwitserland', null, null],
    ['docs/domein.md §10 (gemeente): open to a Dutch national', 'gemeente', 'meerderjarig', 'nederlands', null, null],
    ['docs/domein.md §10: hulpverlening open to an unknown person', 'hulpverlening', 'onbekend', 'onbekend', null, null],
    ['docs/domein.md §10 (NLA for forced labour): open to an adult', 'nla', 'meerderjarig', 'derdelander', null, null],
    ['docs/domein.md §10 (police vice/AVIM): open to a minor', 'politie', 'minderjarig', 'derdelander', null, null],
  ];
  it.each(tabel)('%s', (_naam, doel, leeftijdscategorie, nationaliteitCategorie, code, tekst) => {
    const w = doelFout(doel, { leeftijdscategorie, nationaliteitCategorie });
    expect(w?.code ?? null).toBe(code);
    if (w) {
      expect(w).toMatchObject({ soort: 'regel', veld: 'doel' });
      expect(w.reden).toMatch(tekst!);
    }
  });
});

describe('ontvangerFout — docs/architectuur.md §3; docs/domein.md §9 table and §10', () => {
  const tabel: Array<[string, VerwijzingDoel, OrganisatieType, boolean]> = [
    ['docs/domein.md §9 (COSM is a shelter): cosm → opvang', 'cosm', 'opvang', true],
    ['docs/domein.md §9: cosm not to a care coordinator', 'cosm', 'zorg', false],
    ['docs/domein.md §9 (zorgcoördinator): zorgcoordinator → zorg', 'zorgcoordinator', 'zorg', true],
    ['docs/domein.md §9 (CoMensha): zorgcoordinator → comensha', 'zorgcoordinator', 'comensha', true],
    ['docs/domein.md §9: zorgcoordinator not to the police', 'zorgcoordinator', 'politie', false],
    ['docs/domein.md §10 (zorgmelding): veilig_thuis → veilig_thuis', 'veilig_thuis', 'veilig_thuis', true],
    ['docs/domein.md §10: veilig_thuis not to the Raad', 'veilig_thuis', 'raad_kinderbescherming', false],
    ['docs/domein.md §10 (zorgmelding): raad_kinderbescherming → raad_kinderbescherming', 'raad_kinderbescherming', 'raad_kinderbescherming', true],
    ['docs/domein.md §10 (bestuurlijke opvolging): gemeente → gemeente', 'gemeente', 'gemeente', true],
    ['docs/domein.md §14 (HULPVERLENING): hulpverlening → zorg', 'hulpverlening', 'zorg', true],
    ['docs/domein.md §14: hulpverlening → opvang', 'hulpverlening', 'opvang', true],
    ['docs/domein.md §10 (forced labour): nla → nla', 'nla', 'nla', true],
    ['docs/domein.md §10 (vice, AVIM): politie → politie', 'politie', 'politie', true],
    ['docs/architectuur.md §3 (IND decides residence, not care): nothing goes to the IND', 'politie', 'ind', false],
  ];
  it.each(tabel)('%s', (_naam, doel, type, past) => {
    const w = ontvangerFout(doel, type, false);
    expect(w === null).toBe(past);
    if (w) expect(w).toMatchObject({ soort: 'regel', code: 'ontvanger_past_niet_bij_doel', veld: 'ontvangendeOrganisatieId' });
  });

  it('every doel has at least one receiving type, and every listed type exists (docs/architectuur.md §3)', () => {
    for (const doel of VERWIJZING_DOELEN) {
      expect(ONTVANGERS_PER_DOEL[doel].length).toBeGreaterThan(0);
      for (const type of ONTVANGERS_PER_DOEL[doel]) expect(ORGANISATIE_TYPEN).toContain(type);
    }
  });

  it('a referral to one\'s own organisation is refused', () => {
    expect(ontvangerFout('hulpverlening', 'zorg', true)).toMatchObject({ code: 'zelfverwijzing', veld: 'ontvangendeOrganisatieId' });
  });
});

describe('gegevensdeling — issue 7 (toestemming and grondslag; AVG art. 6(1))', () => {
  const tabel: Array<[string, Toestemming, Grondslag | null, VerwijzingDoel, Leeftijdscategorie, Gegevensdeling | string]> = [
    ['AVG art. 6(1)(a): consent shares the identity', 'ja', null, 'cosm', 'meerderjarig', 'identiteit'],
    ['AVG art. 6(1)(a): consent with a basis still shares the identity', 'ja', 'wettelijke_taak', 'gemeente', 'meerderjarig', 'identiteit'],
    ['issue 7: refused consent without a basis is refused (422)', 'nee', null, 'zorgcoordinator', 'meerderjarig', 'grondslag_ontbreekt'],
    ['issue 7: consent not asked without a basis is refused (422)', 'niet_gevraagd', null, 'cosm', 'meerderjarig', 'grondslag_ontbreekt'],
    ['meldcode (meldrecht zonder toestemming): minor to Veilig Thuis shares the identity', 'niet_gevraagd', 'meldcode_kindermishandeling', 'veilig_thuis', 'minderjarig', 'identiteit'],
    ['meldcode: not for an adult', 'nee', 'meldcode_kindermishandeling', 'veilig_thuis', 'meerderjarig', 'meldcode_alleen_minderjarige'],
    ['meldcode: not for an unknown age', 'nee', 'meldcode_kindermishandeling', 'veilig_thuis', 'onbekend', 'meldcode_alleen_minderjarige'],
    ['meldcode: the report goes to Veilig Thuis, not to the Raad', 'nee', 'meldcode_kindermishandeling', 'raad_kinderbescherming', 'minderjarig', 'meldcode_alleen_veilig_thuis'],
    ['AVG art. 6(1)(d) (vital interests): acute danger shares the identity', 'nee', 'acuut_gevaar', 'cosm', 'meerderjarig', 'identiteit'],
    ['AVG art. 6(1)(e) + art. 5(1)(c): a public task shares only pseudonymous facts', 'nee', 'wettelijke_taak', 'gemeente', 'meerderjarig', 'pseudoniem'],
    ['AVG art. 6(1)(e): also when consent was not asked', 'niet_gevraagd', 'wettelijke_taak', 'raad_kinderbescherming', 'minderjarig', 'pseudoniem'],
  ];
  it.each(tabel)('%s', (_naam, toestemming, grondslag, doel, leeftijd, verwacht) => {
    const r = gegevensdeling(toestemming, grondslag, doel, leeftijd);
    if ('deling' in r) {
      expect(r.deling).toBe(verwacht);
    } else {
      expect(r.weigering).toMatchObject({ soort: 'regel', code: verwacht, veld: 'grondslag' });
      expect(r.weigering.reden).toMatch(/[a-z]/);
    }
  });
});

describe('isAchterstallig — docs/beslissingen/0017-verwijzing-en-opvang.md (VERWIJZING_ACHTERSTALLIG_DAGEN)', () => {
  const tabel: Array<[string, VerwijzingStatus, string, number, boolean]> = [
    ['an open referral of exactly 5 × 24 h is not yet overdue', 'open', '2026-11-15T10:00:00Z', 5, false],
    ['an open referral of 5 × 24 h and one millisecond is overdue', 'open', '2026-11-15T09:59:59.999Z', 5, true],
    ['an open referral of 4 days is not overdue', 'open', '2026-11-16T10:00:00Z', 5, false],
    ['the configured number of days counts (1 day)', 'open', '2026-11-19T09:00:00Z', 1, true],
    ['an answered (aanvaard) referral is never overdue', 'aanvaard', '2026-01-01T00:00:00Z', 5, false],
    ['a refused referral is never overdue', 'afgewezen', '2026-01-01T00:00:00Z', 5, false],
    ['a withdrawn referral is never overdue', 'ingetrokken', '2026-01-01T00:00:00Z', 5, false],
    ['a completed referral is never overdue', 'afgerond', '2026-01-01T00:00:00Z', 5, false],
  ];
  it.each(tabel)('%s', (_naam, status, verwezen, dagen, verwacht) => {
    expect(isAchterstallig(status, new Date(verwezen), NU, dagen)).toBe(verwacht);
  });
  it('the boundary moment is now minus the days', () => {
    expect(achterstalligGrens(NU, 5).toISOString()).toBe('2026-11-15T10:00:00.000Z');
  });
});

describe('state transitions — docs/beslissingen/0017-verwijzing-en-opvang.md (stays open until the receiver answers), issue 7', () => {
  const besluit: Array<[string, VerwijzingStatus, Partij, string | null]> = [
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: the receiver answers an open referral', 'open', 'ontvanger', null],
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: the sender cannot answer (403)', 'open', 'verwijzer', 'niet_toegestaan'],
    ['issue 7: an accepted referral cannot be answered again (409)', 'aanvaard', 'ontvanger', 'toestand'],
    ['issue 7: a withdrawn referral cannot be answered (409)', 'ingetrokken', 'ontvanger', 'toestand'],
  ];
  it.each(besluit)('besluit: %s', (_n, status, partij, soort) => {
    expect(besluitFout(status, partij)?.soort ?? null).toBe(soort);
  });

  const intrekking: Array<[string, VerwijzingStatus, Partij, string | null]> = [
    ['issue 7: the sender withdraws an open referral', 'open', 'verwijzer', null],
    ['issue 7: the receiver cannot withdraw (403)', 'open', 'ontvanger', 'niet_toegestaan'],
    ['issue 7: only while open (409)', 'aanvaard', 'verwijzer', 'toestand'],
    ['issue 7: not after a refusal (409)', 'afgewezen', 'verwijzer', 'toestand'],
  ];
  it.each(intrekking)('intrekking: %s', (_n, status, partij, soort) => {
    expect(intrekkingFout(status, partij)?.soort ?? null).toBe(soort);
  });

  const afronding: Array<[string, VerwijzingStatus, Partij, string | null, string | null]> = [
    ['issue 7: the receiver completes an accepted referral', 'aanvaard', 'ontvanger', null, null],
    ['issue 7: the sender cannot complete (403)', 'aanvaard', 'verwijzer', null, 'niet_toegestaan'],
    ['issue 7: an open referral cannot be completed (409)', 'open', 'ontvanger', null, 'toestand'],
    ['issue 7: a running placement is ended first (409)', 'aanvaard', 'ontvanger', 'p-1', 'toestand'],
  ];
  it.each(afronding)('afronding: %s', (_n, status, partij, plaatsing, soort) => {
    expect(afrondingFout(status, partij, plaatsing)?.soort ?? null).toBe(soort);
  });
});

describe('besluitBevindingen — docs/beslissingen/0017-verwijzing-en-opvang.md ("a refusal needs a reason"), docs/domein.md §1 punt 3', () => {
  const tabel: Array<[string, Besluit, Afwijzingsreden | null, string | null, string[]]> = [
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: an acceptance needs no reason', 'aanvaard', null, null, []],
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: a refusal with a reason is fine', 'afgewezen', 'geen_capaciteit', null, []],
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: a refusal without a reason is refused', 'afgewezen', null, 'Sorry', ['afwijzingsreden']],
    ['docs/domein.md §1 punt 3: reason overig needs an explanation', 'afgewezen', 'overig', null, ['toelichting']],
    ['docs/domein.md §1 punt 3: reason overig with an explanation is fine', 'afgewezen', 'overig', 'Buiten ons werkgebied', []],
    ['docs/domein.md §1 punt 3: a blank explanation does not count', 'afgewezen', 'overig', '  ', ['toelichting']],
    ['issue 7: a refusal reason does not belong on an acceptance', 'aanvaard', 'geen_capaciteit', null, ['afwijzingsreden']],
  ];
  it.each(tabel)('%s', (_n, besluit, reden, toelichting, velden) => {
    const fouten = besluitBevindingen(besluit, reden, toelichting);
    expect(fouten.map((f) => f.veld)).toEqual(velden);
    for (const f of fouten) expect(f.soort).toBe('regel');
  });
});

describe('opvangweigeringFout — docs/domein.md §5, §10 (declining shelter; does not end the bedenktijd)', () => {
  const tabel: Array<[string, VerwijzingDoel, VerwijzingStatus, boolean, string | null, string | null]> = [
    ['docs/domein.md §5, §10: declining COSM shelter on an open referral is recorded', 'cosm', 'open', false, null, null],
    ['docs/domein.md §5, §10: also on an accepted referral', 'hulpverlening', 'aanvaard', false, null, null],
    ['docs/domein.md §10: not on a referral that is not about shelter (police)', 'politie', 'open', false, null, 'geen_opvangverwijzing'],
    ['issue 7: not on a closed referral', 'cosm', 'afgewezen', false, null, 'niet_actief'],
    ['issue 7: recorded once', 'cosm', 'aanvaard', true, null, 'al_geweigerd'],
    ['issue 7: not while the person is placed (end the placement first)', 'cosm', 'aanvaard', false, 'p-1', 'plaatsing_loopt'],
  ];
  it.each(tabel)('%s', (_n, doel, status, al, plaatsing, code) => {
    expect(opvangweigeringFout(doel, status, al, plaatsing)?.code ?? null).toBe(code);
  });
});

describe('placements — docs/beslissingen/0017-verwijzing-en-opvang.md, issue 7', () => {
  const tabel: Array<[string, VerwijzingStatus, Partij, boolean, OpvanglocatieSoort, Leeftijdscategorie, string | null]> = [
    ['issue 7: the receiver places an accepted referral in its own location', 'aanvaard', 'ontvanger', true, 'cosm', 'meerderjarig', null],
    ['issue 7: not before acceptance (409)', 'open', 'ontvanger', true, 'cosm', 'meerderjarig', 'niet_aanvaard'],
    ['issue 7: not after completion (409)', 'afgerond', 'ontvanger', true, 'cosm', 'meerderjarig', 'niet_aanvaard'],
    ['issue 7: the sender does not place (403)', 'aanvaard', 'verwijzer', true, 'algemeen', 'meerderjarig', 'alleen_ontvanger'],
    ['issue 7: not into another organisation\'s location (422)', 'aanvaard', 'ontvanger', false, 'algemeen', 'meerderjarig', 'andere_organisatie'],
    ['docs/domein.md §10 (COSM is for adults): no minor in a COSM location', 'aanvaard', 'ontvanger', true, 'cosm', 'minderjarig', 'cosm_minderjarige'],
    ['docs/domein.md §10 (youth care for minors): a minor in a jeugdzorg location', 'aanvaard', 'ontvanger', true, 'jeugdzorg', 'minderjarig', null],
  ];
  it.each(tabel)('%s', (_n, status, partij, eigenLocatie, locatieSoort, leeftijd, code) => {
    expect(plaatsingFout({ status, partij, eigenLocatie, locatieSoort, leeftijd })?.code ?? null).toBe(code);
  });

  const capaciteit: Array<[string, number, number, boolean]> = [
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: room left', 11, 12, true],
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: full is refused', 12, 12, false],
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: over-full (after a capacity cut elsewhere) is refused', 13, 12, false],
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: capacity 0 (closed) is refused', 0, 0, false],
  ];
  it.each(capaciteit)('%s', (_n, bezetting, cap, past) => {
    const w = capaciteitFout('COSM Noord', bezetting, cap);
    expect(w === null).toBe(past);
    if (w) expect(w).toMatchObject({ soort: 'toestand', reden: expect.stringContaining(`bezetting ${bezetting} van ${cap}`) });
  });

  const verlagen: Array<[string, number, number, boolean]> = [
    ['issue 7: capacity may drop to the occupancy', 5, 5, true],
    ['issue 7: capacity may not drop below the occupancy (409)', 4, 5, false],
    ['issue 7: raising is always fine', 20, 5, true],
  ];
  it.each(verlagen)('%s', (_n, nieuw, bezetting, past) => {
    expect(capaciteitVerlagenFout(nieuw, bezetting) === null).toBe(past);
  });

  const organisaties: Array<[string, OrganisatieType, boolean]> = [
    ['docs/architectuur.md §3: a shelter organisation runs locations', 'opvang', true],
    ['Wmo 2015 (maatschappelijke opvang): a municipality runs locations', 'gemeente', true],
    ['docs/domein.md §9: a care organisation runs locations', 'zorg', true],
    ['docs/architectuur.md §3: the police runs no shelter', 'politie', false],
    ['docs/domein.md §9: CoMensha runs no shelter', 'comensha', false],
  ];
  it.each(organisaties)('%s', (_n, type, past) => {
    expect(opvangorganisatieFout(type) === null).toBe(past);
  });

  const datums: Array<[string, string, string | undefined, string | null]> = [
    ['docs/architectuur.md §1: today is fine', '2026-11-20', undefined, null],
    ['docs/architectuur.md §1: tomorrow (Amsterdam) is in the future', '2026-11-21', undefined, 'in_toekomst'],
    ['docs/architectuur.md §1: an end before the start is refused', '2026-11-01', '2026-11-02', 'te_vroeg'],
    ['docs/architectuur.md §1: an end on the start day is fine', '2026-11-02', '2026-11-02', null],
  ];
  it.each(datums)('%s', (_n, datum, nietVoor, code) => {
    expect(datumFout('einddatum', datum, NU, nietVoor ? { datum: nietVoor, wat: 'de start' } : undefined)?.code ?? null).toBe(code);
  });

  it('docs/architectuur.md §1: 23:30 UTC on 20 November is already 21 November in Amsterdam', () => {
    expect(datumFout('startdatum', '2026-11-21', new Date('2026-11-20T23:30:00Z'))).toBeNull();
  });

  const beeindiging: Array<[string, PlaatsingBeeindigingsreden, string | null, string, string[]]> = [
    ['issue 7: doorstroom needs no explanation', 'doorstroom', null, '2026-11-20', []],
    ['issue 7: overig needs an explanation', 'overig', null, '2026-11-20', ['toelichting']],
    ['issue 7: a future end and a missing explanation are both reported', 'overig', '', '2026-12-01', ['einddatum', 'toelichting']],
    ['issue 7: vertrokken_onbekende_bestemming ends the placement (not the bedenktijd)', 'vertrokken_onbekende_bestemming', null, '2026-11-19', []],
  ];
  it.each(beeindiging)('%s', (_n, reden, toelichting, einddatum, velden) => {
    expect(beeindigingFouten({ reden, toelichting, einddatum, startdatum: '2026-11-10', nu: NU }).map((f) => f.veld)).toEqual(velden);
  });
});

describe('no rule depends on an aangifte — docs/beslissingen/0017-verwijzing-en-opvang.md, CoE art. 12(6), Directive 2011/36/EU art. 11(3)', () => {
  it('the referral rules take no criminal-track input: an adult derdelander without any aangifte may go to COSM and be placed', () => {
    // The inputs are the person's age and nationality only; there is no parameter for an aangifte.
    expect(doelFout.length).toBe(2);
    expect(doelFout('cosm', { leeftijdscategorie: 'meerderjarig', nationaliteitCategorie: 'derdelander' })).toBeNull();
    expect(plaatsingFout({ status: 'aanvaard', partij: 'ontvanger', eigenLocatie: true, locatieSoort: 'cosm', leeftijd: 'meerderjarig' })).toBeNull();
  });
});

describe('aandachtspunt and sorteerOpAandacht — issue 7 (what needs attention first)', () => {
  const VANDAAG = '2026-11-20';
  const item = (id: string, o: Partial<OverzichtItem>): OverzichtItem => ({
    verwijzingId: id, status: 'aanvaard', achterstallig: false, tijdstipVerwezen: new Date('2026-11-10T10:00:00Z'),
    tijdstipBesluit: new Date('2026-11-11T10:00:00Z'), bedenktijdStatus: null, uiterlijkeEinddatum: null, geplaatst: true, ...o,
  });
  const tabel: Array<[string, Partial<OverzichtItem>, Aandachtspunt | null]> = [
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: an overdue open referral needs an answer', { status: 'open', achterstallig: true, tijdstipBesluit: null }, 'antwoord_achterstallig'],
    ['docs/beslissingen/0017-verwijzing-en-opvang.md: overdue wins over an ending bedenktijd', { status: 'open', achterstallig: true, bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-11-21' }, 'antwoord_achterstallig'],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md (reminder horizon 14 days): ending in 14 days', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-12-04' }, 'bedenktijd_loopt_af'],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: ending in 15 days is not yet "soon"', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-12-05' }, null],
    ['docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md: an expired bedenktijd is no longer ending', { bedenktijdStatus: 'verlopen', uiterlijkeEinddatum: '2026-11-19' }, null],
    ['issue 7: ending bedenktijd wins over unplaced', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-11-25', geplaatst: false }, 'bedenktijd_loopt_af'],
    ['issue 7: accepted but not placed', { geplaatst: false }, 'niet_geplaatst'],
    ['issue 7: an open, not overdue referral needs nothing yet', { status: 'open', tijdstipBesluit: null, geplaatst: false }, null],
    ['issue 7: accepted and placed needs nothing', {}, null],
  ];
  it.each(tabel)('%s', (_n, o, verwacht) => {
    expect(aandachtspunt(item('x', o), VANDAAG, 14)).toBe(verwacht);
  });

  it('issue 7: orders by attention point, and within each as stated', () => {
    const items = [
      item('rest-laat', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2027-02-01' }),
      item('ongeplaatst-recent', { geplaatst: false, tijdstipBesluit: new Date('2026-11-18T10:00:00Z') }),
      item('bedenktijd-later', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-12-01' }),
      item('achterstallig-recent', { status: 'open', achterstallig: true, tijdstipVerwezen: new Date('2026-11-12T10:00:00Z') }),
      item('rest-zonder', {}),
      item('bedenktijd-eerst', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-11-22' }),
      item('ongeplaatst-oud', { geplaatst: false, tijdstipBesluit: new Date('2026-11-12T10:00:00Z') }),
      item('achterstallig-oud', { status: 'open', achterstallig: true, tijdstipVerwezen: new Date('2026-11-01T10:00:00Z') }),
      item('rest-vroeg', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-12-20' }),
    ];
    expect(sorteerOpAandacht(items, VANDAAG, 14).map((i) => i.verwijzingId)).toEqual([
      'achterstallig-oud', 'achterstallig-recent', 'bedenktijd-eerst', 'bedenktijd-later', 'ongeplaatst-oud', 'ongeplaatst-recent',
      'rest-vroeg', 'rest-laat', 'rest-zonder',
    ]);
  });
});
