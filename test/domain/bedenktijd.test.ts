// Pure rules of the B8/3 bedenktijd (src/domain/bedenktijd.ts) against docs/beslissingen/0014-wie-biedt-aan.md; docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md; docs/beslissingen/0012-vroegtijdig-einde.md; docs/beslissingen/0016-kennisgevingen-per-ontvanger.md
// and docs/domein.md §5. Every row names the rule it checks; expectations are written out from the text of
// those documents, not computed with the code under test.
import { describe, expect, it } from 'vitest';
import {
  BEDENKTIJD_STATUSSEN, BEEINDIGINGSREDENEN, datumFout, herinneringsdrempel, inAanmerkingVoorBedenktijd, isVerlopen, magBedenktijdAanbieden,
  magBedenktijdAdviseren, magBeeindigen, OPEN_STATUSSEN, type BedenktijdStatus, type Beeindigingsreden, type Persoonssituatie,
} from '../../src/domain/bedenktijd.js';
import {
  NATIONALITEIT_CATEGORIEEN, ORGANISATIE_TYPEN, ROLLEN, VERBLIJFSSITUATIES,
  type NationaliteitCategorie, type OrganisatieType, type Rol, type Verblijfssituatie,
} from '../../src/domain/catalogus.js';

// ---------------------------------------------------------------------------------------------
// docs/beslissingen/0014-wie-biedt-aan.md — who may offer, who may advise
// ---------------------------------------------------------------------------------------------

describe('magBedenktijdAanbieden — docs/beslissingen/0014-wie-biedt-aan.md (B8/3 Vc 2000: "moet de politie of de KMar de bedenktijd aanbieden")', () => {
  // Exactly these (organisation type, role) pairs may offer; every other cell of the grid is refused.
  const toegestaan = new Set(['politie/intaker', 'kmar/intaker']);
  const tabel = ORGANISATIE_TYPEN.flatMap((type) => ROLLEN.map((rol) => [
    `docs/beslissingen/0014-wie-biedt-aan.md: ${type} × ${rol} ${toegestaan.has(`${type}/${rol}`) ? 'mag aanbieden' : 'mag niet aanbieden'}`,
    type, rol, toegestaan.has(`${type}/${rol}`),
  ] as [string, OrganisatieType, Rol, boolean]));

  it('de tabel beslaat elk organisatietype × elke rol (13 × 9)', () => {
    expect(tabel).toHaveLength(13 * 9);
  });

  it.each(tabel)('%s', (_naam, type, rol, mag) => {
    const w = magBedenktijdAanbieden(type, rol);
    if (mag) {
      expect(w).toBeNull();
    } else {
      expect(w).toMatchObject({ code: 'niet_toegestaan', reden: expect.any(String) });
      expect(w!.veld).toBeUndefined();
    }
  });

  it('docs/beslissingen/0014-wie-biedt-aan.md: de NLA-intaker krijgt te horen dat hij een bedenktijd-advies vastlegt', () => {
    expect(magBedenktijdAanbieden('nla', 'intaker')!.reden).toMatch(/bedenktijd-advies/);
  });

  it('docs/beslissingen/0014-wie-biedt-aan.md: een andere rol bij de politie hoort dat alleen een intaker aanbiedt', () => {
    expect(magBedenktijdAanbieden('politie', 'analist')!.reden).toMatch(/intaker/);
  });
});

describe('magBedenktijdAdviseren — docs/beslissingen/0014-wie-biedt-aan.md (NLA Opsporing: "op voorspraak", B8/3.1 Vc 2000; docs/domein.md §5)', () => {
  const tabel = ORGANISATIE_TYPEN.flatMap((type) => ROLLEN.map((rol) => [
    `docs/beslissingen/0014-wie-biedt-aan.md: ${type} × ${rol} ${type === 'nla' && rol === 'intaker' ? 'mag adviseren' : 'mag niet adviseren'}`,
    type, rol, type === 'nla' && rol === 'intaker',
  ] as [string, OrganisatieType, Rol, boolean]));

  it.each(tabel)('%s', (_naam, type, rol, mag) => {
    const w = magBedenktijdAdviseren(type, rol);
    if (mag) expect(w).toBeNull();
    else expect(w).toMatchObject({ code: 'niet_toegestaan' });
  });
});

// ---------------------------------------------------------------------------------------------
// B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md — eligibility
// ---------------------------------------------------------------------------------------------

type Verwacht = null | { code: 'niet_in_aanmerking' | 'gegevens_onvolledig'; veld: keyof Persoonssituatie };

describe('inAanmerkingVoorBedenktijd — B8/3 Vc 2000; art. 1 Vw 2000; docs/beslissingen/0014-wie-biedt-aan.md; docs/domein.md §5', () => {
  const AANSPRAKEN = [true, false, null] as const;
  const NIET_IN_AANMERKING = 'niet_in_aanmerking' as const;
  const ONVOLLEDIG = 'gegevens_onvolledig' as const;

  /**
   * The expected outcome, written out per B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md:
   * - nederlands never (art. 1 Vw 2000: not a vreemdeling);
   * - eu_eer_zwitserland only with an explicit eurechtelijkeAanspraken false (B8/3 Vc 2000, vn. 57);
   *   true = derives rights from EU law (not eligible), null = still to fill in;
   * - derdelander: eurechtelijkeAanspraken is only recorded for EU/EEA/CH nationals and plays no role;
   * - verblijfssituatie duurzaam never (no departure obligation to suspend); onbekend → fill it in;
   *   every other residence situation is eligible (B8/3 Vc 2000; art. 1 Vw 2000; docs/domein.md §5).
   * A definite "not eligible" wins over a missing fact: filling in the missing fact would not change
   * the answer, so asking for it would send the intaker on a useless errand.
   */
  function verwacht(n: NationaliteitCategorie, a: boolean | null, v: Verblijfssituatie): Verwacht {
    if (n === 'nederlands') return { code: NIET_IN_AANMERKING, veld: 'nationaliteitCategorie' };
    if (n === 'eu_eer_zwitserland' && a === true) return { code: NIET_IN_AANMERKING, veld: 'eurechtelijkeAanspraken' };
    if (v === 'duurzaam') return { code: NIET_IN_AANMERKING, veld: 'verblijfssituatie' };
    if (n === 'onbekend') return { code: ONVOLLEDIG, veld: 'nationaliteitCategorie' };
    if (n === 'eu_eer_zwitserland' && a === null) return { code: ONVOLLEDIG, veld: 'eurechtelijkeAanspraken' };
    if (v === 'onbekend') return { code: ONVOLLEDIG, veld: 'verblijfssituatie' };
    return null;
  }

  const bron = (n: NationaliteitCategorie, a: boolean | null, v: Verblijfssituatie, w: Verwacht) => {
    if (!w) return 'B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md (art. 1 Vw 2000; docs/domein.md §5): komt in aanmerking';
    if (w.veld === 'nationaliteitCategorie') return n === 'nederlands' ? 'art. 1 Vw 2000: een Nederlander is geen vreemdeling' : 'B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: onbekende nationaliteit → invullen';
    if (w.veld === 'eurechtelijkeAanspraken') return a ? 'B8/3 Vc 2000 (vn. 57): ontleent rechten aan het Unierecht' : 'art. 1 Vw 2000; docs/domein.md §5: EU/EER/CH vraagt expliciet eurechtelijkeAanspraken = false';
    return v === 'duurzaam' ? 'B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: niet bij duurzaam verblijf' : 'docs/beslissingen/0014-wie-biedt-aan.md: onbekende verblijfssituatie → invullen';
  };

  const tabel = NATIONALITEIT_CATEGORIEEN.flatMap((n) => AANSPRAKEN.flatMap((a) => VERBLIJFSSITUATIES.map((v) => {
    const w = verwacht(n, a, v);
    return [`${bron(n, a, v, w)}: ${n} / eurechtelijkeAanspraken ${a} / ${v} → ${w ? `${w.code} (${w.veld})` : 'null'}`, n, a, v, w] as
      [string, NationaliteitCategorie, boolean | null, Verblijfssituatie, Verwacht];
  })));

  it('de tabel beslaat elke combinatie (4 nationaliteitcategorieën × 3 waarden × 6 verblijfssituaties)', () => {
    expect(tabel).toHaveLength(4 * 3 * 6);
    // Sanity check of the expectation itself: exactly the derdelander (any a) and EU with false,
    // each in the four non-durable known situations, are eligible: (3 + 1) × 4 = 16.
    expect(tabel.filter((r) => r[4] === null)).toHaveLength(16);
  });

  it.each(tabel)('%s', (_naam, nationaliteitCategorie, eurechtelijkeAanspraken, verblijfssituatie, w) => {
    const uitkomst = inAanmerkingVoorBedenktijd({ nationaliteitCategorie, eurechtelijkeAanspraken, verblijfssituatie });
    if (w === null) {
      expect(uitkomst).toBeNull();
    } else {
      expect(uitkomst).toMatchObject({ code: w.code, veld: w.veld });
      // The refusal is in Dutch and says what it is about.
      expect(uitkomst!.reden.length).toBeGreaterThan(20);
    }
  });

  it('B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: de reden bij een onbekend veld zegt dat het moet worden ingevuld', () => {
    expect(inAanmerkingVoorBedenktijd({ nationaliteitCategorie: 'onbekend', eurechtelijkeAanspraken: null, verblijfssituatie: 'asielzoeker' })!.reden).toMatch(/[Vv]ul/);
    expect(inAanmerkingVoorBedenktijd({ nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'onbekend' })!.reden).toMatch(/[Vv]ul/);
  });
});

// ---------------------------------------------------------------------------------------------
// docs/beslissingen/0012-vroegtijdig-einde.md — early end: who may record which reason
// ---------------------------------------------------------------------------------------------

describe('magBeeindigen — docs/beslissingen/0012-vroegtijdig-einde.md; docs/domein.md §5 (B8/3.1 Vc 2000)', () => {
  /**
   * Written out per reason: an intaker of an investigating agency records the end (the permission
   * matrix gives bedenktijden.beeindigen only to intakers); "vertrokken met onbekende bestemming"
   * is established only by police or KMar (B8/3.1 Vc 2000; docs/domein.md §5).
   */
  const magPerReden: Record<Beeindigingsreden, ReadonlySet<string>> = {
    aangifte: new Set(['politie/intaker', 'kmar/intaker', 'nla/intaker']),
    medewerking_strafproces: new Set(['politie/intaker', 'kmar/intaker', 'nla/intaker']),
    vertrek_onbekende_bestemming: new Set(['politie/intaker', 'kmar/intaker']),
    afzien_medewerking: new Set(['politie/intaker', 'kmar/intaker', 'nla/intaker']),
  };
  const tabel = BEEINDIGINGSREDENEN.flatMap((reden) => ORGANISATIE_TYPEN.flatMap((type) => ROLLEN.map((rol) => {
    const mag = magPerReden[reden].has(`${type}/${rol}`);
    const bron = reden === 'vertrek_onbekende_bestemming' ? 'docs/beslissingen/0012-vroegtijdig-einde.md (alleen politie/KMar)' : 'B8/3.1 Vc 2000; docs/beslissingen/0012-vroegtijdig-einde.md; docs/domein.md §5';
    return [`${bron}: ${reden} door ${type} × ${rol} → ${mag ? 'toegestaan' : 'geweigerd'}`, reden, type, rol, mag] as
      [string, Beeindigingsreden, OrganisatieType, Rol, boolean];
  })));

  it('de tabel beslaat elke reden × organisatietype × rol (4 × 13 × 9)', () => {
    expect(tabel).toHaveLength(4 * 13 * 9);
  });

  it.each(tabel)('%s', (_naam, reden, type, rol, mag) => {
    const w = magBeeindigen(reden, type, rol);
    if (mag) expect(w).toBeNull();
    else expect(w).toMatchObject({ code: 'niet_toegestaan', reden: expect.any(String) });
  });

  it('docs/beslissingen/0012-vroegtijdig-einde.md: de NLA hoort waarom zij vertrek met onbekende bestemming niet vastlegt', () => {
    expect(magBeeindigen('vertrek_onbekende_bestemming', 'nla', 'intaker')!.reden).toMatch(/politie of de KMar/);
  });
});

// ---------------------------------------------------------------------------------------------
// docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md — expiry at midnight Europe/Amsterdam
// ---------------------------------------------------------------------------------------------

describe('isVerlopen — docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md (uiterlijkeEinddatum inclusief, Europe/Amsterdam, docs/architectuur.md §1)', () => {
  const tabel: Array<[string, string, string, boolean]> = [
    // Winter (CET, UTC+1): the day after 2026-01-31 starts at 2026-01-31T23:00Z.
    ['§5.7 winter (UTC+1): op de einddatum 23:59:59 Amsterdam loopt hij nog', '2026-01-31', '2026-01-31T22:59:59.999Z', false],
    ['§5.7 winter (UTC+1): om 00:00 Amsterdam de dag erna is hij verlopen', '2026-01-31', '2026-01-31T23:00:00Z', true],
    ['§5.7 winter (UTC+1): op de einddatum zelf, midden op de dag, loopt hij nog', '2026-01-31', '2026-01-31T12:00:00Z', false],
    ['§5.7 winter: de dag vóór de einddatum loopt hij nog', '2026-01-31', '2026-01-30T23:30:00Z', false],
    // Summer (CEST, UTC+2): the day after 2026-07-15 starts at 2026-07-15T22:00Z.
    ['§5.7 zomer (UTC+2): op de einddatum 23:59:59 Amsterdam loopt hij nog', '2026-07-15', '2026-07-15T21:59:59.999Z', false],
    ['§5.7 zomer (UTC+2): om 00:00 Amsterdam de dag erna is hij verlopen', '2026-07-15', '2026-07-15T22:00:00Z', true],
    ['§5.7 zomer (UTC+2): 22:30Z is al de volgende dag in Amsterdam, niet in UTC', '2026-07-15', '2026-07-15T22:30:00Z', true],
    // Around the clock changes (last Sunday of March and of October 2026).
    ['§5.7 einde op 28 maart (nacht naar zomertijd, middernacht nog UTC+1): 22:59Z loopt nog', '2026-03-28', '2026-03-28T22:59:59Z', false],
    ['§5.7 einde op 28 maart: 23:00Z verlopen', '2026-03-28', '2026-03-28T23:00:00Z', true],
    ['§5.7 einde op 29 maart (zomertijd, middernacht UTC+2): 21:59Z loopt nog', '2026-03-29', '2026-03-29T21:59:59Z', false],
    ['§5.7 einde op 29 maart: 22:00Z verlopen', '2026-03-29', '2026-03-29T22:00:00Z', true],
    ['§5.7 einde op 24 oktober (middernacht nog UTC+2): 22:00Z verlopen', '2026-10-24', '2026-10-24T22:00:00Z', true],
    ['§5.7 einde op 24 oktober: 21:59Z loopt nog', '2026-10-24', '2026-10-24T21:59:59Z', false],
    ['§5.7 einde op 25 oktober (wintertijd, middernacht UTC+1): 22:30Z loopt nog', '2026-10-25', '2026-10-25T22:30:00Z', false],
    ['§5.7 einde op 25 oktober: 23:00Z verlopen', '2026-10-25', '2026-10-25T23:00:00Z', true],
    ['§5.7 jaarwisseling: einde 31 december, 1 januari 00:00 Amsterdam verlopen', '2026-12-31', '2026-12-31T23:00:00Z', true],
  ];
  it.each(tabel)('%s', (_naam, einde, moment, verlopen) => {
    expect(isVerlopen(einde, new Date(moment))).toBe(verlopen);
  });
});

// ---------------------------------------------------------------------------------------------
// docs/beslissingen/0016-kennisgevingen-per-ontvanger.md — reminder thresholds
// ---------------------------------------------------------------------------------------------

describe('herinneringsdrempel — docs/beslissingen/0016-kennisgevingen-per-ontvanger.md (14 en 3 dagen vooraf, configureerbaar)', () => {
  const STANDAARD = [14, 3];
  const tabel: Array<[string, string, string, readonly number[], number | null]> = [
    ['§5.9: 15 dagen vooraf nog geen herinnering', '2026-12-20', '2026-12-05', STANDAARD, null],
    ['§5.9: precies 14 dagen vooraf → drempel 14', '2026-12-20', '2026-12-06', STANDAARD, 14],
    ['§5.9: 13 dagen vooraf (job miste een dag) → nog steeds drempel 14', '2026-12-20', '2026-12-07', STANDAARD, 14],
    ['§5.9: 4 dagen vooraf → drempel 14 (3 nog niet bereikt)', '2026-12-20', '2026-12-16', STANDAARD, 14],
    ['§5.9: precies 3 dagen vooraf → drempel 3', '2026-12-20', '2026-12-17', STANDAARD, 3],
    ['§5.9: 2 dagen vooraf (job miste dagen) → alleen de urgentste, 3', '2026-12-20', '2026-12-18', STANDAARD, 3],
    ['§5.9: op de einddatum zelf → drempel 3', '2026-12-20', '2026-12-20', STANDAARD, 3],
    ['§5.9/§5.7: na de einddatum geen herinnering meer', '2026-12-20', '2026-12-21', STANDAARD, null],
    ['§5.9: de volgorde van de configuratie doet er niet toe (3,14)', '2026-12-20', '2026-12-06', [3, 14], 14],
    ['§5.9: de volgorde van de configuratie doet er niet toe (3,14), 3 dagen', '2026-12-20', '2026-12-17', [3, 14], 3],
    ['§5.9 configureerbaar: één drempel van 7 dagen, 8 dagen vooraf → geen', '2026-12-20', '2026-12-12', [7], null],
    ['§5.9 configureerbaar: één drempel van 7 dagen, 7 dagen vooraf → 7', '2026-12-20', '2026-12-13', [7], 7],
    ['§5.9 configureerbaar: drie drempels 30,14,3, 20 dagen vooraf → 30', '2027-01-31', '2027-01-11', [30, 14, 3], 30],
    ['§5.9 configureerbaar: drie drempels 30,14,3, 10 dagen vooraf → 14', '2027-01-31', '2027-01-21', [30, 14, 3], 14],
    ['§5.9 over de overgang naar zomertijd heen: 14 kalenderdagen blijven 14', '2026-04-05', '2026-03-22', STANDAARD, 14],
    ['§5.9 over de overgang naar wintertijd heen: 3 kalenderdagen blijven 3', '2026-10-27', '2026-10-24', STANDAARD, 3],
    ['§5.9 over een jaarwisseling: 14 dagen vooraf', '2027-01-10', '2026-12-27', STANDAARD, 14],
    ['§5.9 schrikkeljaar: 1 maart 2028, 14 dagen vooraf is 16 februari', '2028-03-01', '2028-02-16', STANDAARD, 14],
  ];
  it.each(tabel)('%s', (_naam, einde, vandaag, drempels, verwacht) => {
    expect(herinneringsdrempel(einde, vandaag, drempels)).toBe(verwacht);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 3 §4 — caller-given dates: in the past yes, in the future or before what they follow no
// ---------------------------------------------------------------------------------------------

describe('datumFout — issue 3 (Jobs: "never in the future (422), and never before the assessment or the offer")', () => {
  const beoordeling = { datum: '2026-11-18', wat: 'de beoordeling' };
  const tabel: Array<[string, string, string, { datum: string; wat: string } | null, RegExp | null]> = [
    ['issue 3: vandaag is toegestaan', '2026-11-20', '2026-11-20T10:00:00Z', beoordeling, null],
    ['issue 3: in het verleden (late registratie) is toegestaan', '2026-11-19', '2026-11-20T10:00:00Z', beoordeling, null],
    ['issue 3: op de dag van wat voorafgaat is toegestaan', '2026-11-18', '2026-11-20T10:00:00Z', beoordeling, null],
    ['issue 3: morgen ligt in de toekomst', '2026-11-21', '2026-11-20T10:00:00Z', beoordeling, /toekomst/],
    ['issue 3: vóór de beoordeling kan niet', '2026-11-17', '2026-11-20T10:00:00Z', beoordeling, /vóór de beoordeling \(2026-11-18\)/],
    ['issue 3: zonder ondergrens is een oude datum goed', '2020-01-01', '2026-11-20T10:00:00Z', null, null],
    ['docs/architectuur.md §1: "vandaag" is de dag in Amsterdam — 23:30Z is daar al de volgende dag', '2026-11-21', '2026-11-20T23:30:00Z', null, null],
    ['docs/architectuur.md §1: 22:30Z in de winter is in Amsterdam nog dezelfde dag', '2026-11-21', '2026-11-20T22:30:00Z', null, /toekomst/],
    ['docs/architectuur.md §1: 22:30Z in de zomer is in Amsterdam al de volgende dag', '2026-07-16', '2026-07-15T22:30:00Z', null, null],
  ];
  it.each(tabel)('%s', (_naam, datum, nu, nietVoor, fout) => {
    const uitkomst = datumFout(datum, new Date(nu), nietVoor);
    if (fout === null) expect(uitkomst).toBeNull();
    else expect(uitkomst).toMatch(fout);
  });
});

describe('which bedenktijd blocks a second offer — README, The bedenktijd policy rules ("at most one offered or running bedenktijd per dossier")', () => {
  // issue 21: the service asks the database for a bedenktijd in one of these statuses before an offer.
  const blokkeert: Record<BedenktijdStatus, boolean> = { aangeboden: true, lopend: true, geweigerd: false, beeindigd: false, verlopen: false };
  it.each(BEDENKTIJD_STATUSSEN.map((s) => [s, blokkeert[s]] as const))('a bedenktijd that is %s blocks a new offer: %s', (status, verwacht) => {
    expect(OPEN_STATUSSEN.includes(status)).toBe(verwacht);
  });
});

describe('the Dutch details of the bedenktijd refusals say who may act (B8/3 Vc 2000) — issue 21', () => {
  const tabel: Array<[string, ReturnType<typeof magBedenktijdAanbieden>, string]> = [
    ['B8/3 Vc 2000: an intaker of another organisation hears that only police or KMar offer it',
      magBedenktijdAanbieden('gemeente', 'intaker'), 'Alleen de politie of de KMar biedt de bedenktijd aan (B8/3 Vc 2000).'],
    ['B8/3 Vc 2000 ("op voorspraak"): a police intaker hears that the NLA records the advice and police/KMar offer directly',
      magBedenktijdAdviseren('politie', 'intaker'), 'Een bedenktijd-advies wordt vastgelegd door een intaker van NLA Opsporing; politie en KMar bieden de bedenktijd direct aan.'],
    ['B8/3.1 Vc 2000: another role hears that an intaker records the end',
      magBeeindigen('aangifte', 'politie', 'analist'), 'De rol analist kan een bedenktijd niet beëindigen; dat doet een intaker.'],
    ['B8/3.1 Vc 2000: an intaker outside police, KMar and NLA hears who records the end',
      magBeeindigen('aangifte', 'zorg', 'intaker'), 'Alleen een intaker van politie, KMar of Arbeidsinspectie legt het einde van de bedenktijd vast.'],
  ];
  it.each(tabel)('%s', (_naam, weigering, reden) => {
    expect(weigering).toEqual({ code: 'niet_toegestaan', reden });
  });
});
