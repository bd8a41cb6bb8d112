// Referral and shelter refusals (src/domain/verwijzing.ts): the refusal code, the body field that
// the 422 names in `invalidParams` (`veld`), the HTTP meaning (`soort`) and the Dutch detail that says
// what to do. Every rule here is in the README's "Referral and shelter rules" table; each row names its
// source. Expected texts are written out by hand.
import { describe, expect, it } from 'vitest';
import { ORGANISATIE_TYPEN, type Leeftijdscategorie, type OrganisatieType } from '../../src/domain/catalogus.js';
import {
  afrondingFout, beeindigingFouten, besluitBevindingen, besluitFout, capaciteitFout, capaciteitVerlagenFout, datumFout, doelFout,
  intrekkingFout, ontvangerFout, opvangorganisatieFout, opvangweigeringFout, plaatsingLocatieFout,
  plaatsingToestandFout, PLAATSING_BEEINDIGINGSREDENEN, VERWIJZING_DOELEN, VERWIJZING_STATUSSEN, type Afwijzingsreden,
  type Besluit, type Gegevensdeling, type Grondslag, type OpvanglocatieSoort, type PlaatsingBeeindigingsreden, type Toestemming,
  type VerwijzingDoel, type VerwijzingStatus, type Weigering,
} from '../../src/domain/verwijzing.js';

// 2026-11-20 10:00 UTC = 11:00 in Amsterdam.
const NU = new Date('2026-11-20T10:00:00Z');
const REGELS = 'README, Referral and shelter rules';
const NIET_OPEN: VerwijzingStatus[] = ['aanvaard', 'afgewezen', 'ingetrokken', 'afgerond'];

describe(`ontvangerFout — the receiver's type must fit the purpose (${REGELS})`, () => {
  // The name of each purpose and the receiving types, as the refusal must spell them out.
  const tabel: Array<[VerwijzingDoel, string, string]> = [
    ['cosm', 'COSM-opvang', 'opvang'],
    ['zorgcoordinator', 'een zorgcoördinator', 'zorg of comensha'],
    ['veilig_thuis', 'Veilig Thuis', 'veilig_thuis'],
    ['raad_kinderbescherming', 'de Raad voor de Kinderbescherming', 'raad_kinderbescherming'],
    ['gemeente', 'een gemeente', 'gemeente'],
    ['hulpverlening', 'de hulpverlening', 'zorg of opvang'],
    ['nla', 'de Nederlandse Arbeidsinspectie', 'nla'],
    ['politie', 'de politie', 'politie'],
    // The LCC is part of the police; the NLA's directorates are organisations of type nla (report §5.3, §5.7).
    ['lcc', 'het Landelijk Coördinatiecentrum mensenhandel (LCC) van de politie', 'politie'],
    ['nla_opsporing', 'de Opsporing van de Nederlandse Arbeidsinspectie', 'nla'],
    ['nla_toezicht', 'Toezicht van de Nederlandse Arbeidsinspectie', 'nla'],
  ];
  it('the table covers every purpose', () => {
    expect(tabel.map((r) => r[0])).toEqual([...VERWIJZING_DOELEN]);
  });
  it.each(tabel)(`${REGELS}: a referral with doel %s to the IND names the purpose (%s) and the types that fit (%s)`, (doel, naam, typen) => {
    expect(ontvangerFout(doel, 'ind', false)).toEqual({
      soort: 'regel', code: 'ontvanger_past_niet_bij_doel', veld: 'ontvangendeOrganisatieId',
      reden: `Een verwijzing naar ${naam} (doel ${doel}) gaat naar een organisatie van het type ${typen}; de gekozen organisatie is van het type ind. Kies een passende organisatie (GET /v1/organisaties) of een ander doel.`,
    });
  });
  it(`${REGELS}: a referral to one's own organisation says to choose another receiver`, () => {
    expect(ontvangerFout('cosm', 'opvang', true)).toEqual({
      soort: 'regel', code: 'zelfverwijzing', veld: 'ontvangendeOrganisatieId',
      reden: 'U kunt niet naar uw eigen organisatie verwijzen. Kies een andere ontvangende organisatie.',
    });
  });
});

describe(`doelFout — COSM is shelter for adult victims from outside the EU (${REGELS})`, () => {
  it(`${REGELS}: an adult EU/EEA/Swiss national is told who they are and where to refer instead`, () => {
    const w = doelFout('cosm', { leeftijdscategorie: 'meerderjarig', nationaliteitCategorie: 'eu_eer_zwitserland' });
    expect(w).toMatchObject({ soort: 'regel', code: 'cosm_geen_derdelander', veld: 'doel' });
    expect(w!.reden).toContain('; een onderdaan van de EU, EER of Zwitserland komt daarvoor niet in aanmerking. Verwijs naar een zorgcoördinator');
  });
  it(`${REGELS}: a Dutch adult is told so`, () => {
    const w = doelFout('cosm', { leeftijdscategorie: 'meerderjarig', nationaliteitCategorie: 'nederlands' });
    expect(w!.reden).toContain('; een Nederlander komt daarvoor niet in aanmerking.');
  });
});

describe(`answering, withdrawing and completing a referral — refusal codes and what to do (${REGELS})`, () => {
  it(`${REGELS} (only the receiver decides): the sender is refused with 403 alleen_ontvanger and told to withdraw instead`, () => {
    expect(besluitFout('open', 'verwijzer')).toEqual({
      soort: 'niet_toegestaan', code: 'alleen_ontvanger',
      reden: 'Alleen de ontvangende organisatie beslist over een verwijzing. Trek de verwijzing in als u haar niet meer nodig hebt.',
    });
  });
  it.each(NIET_OPEN)(`${REGELS} (a referral stays open until the receiver answers): an answer on a referral that is %s is 409 al_beantwoord`, (status) => {
    expect(besluitFout(status, 'ontvanger')).toEqual({
      soort: 'toestand', code: 'al_beantwoord', reden: `Deze verwijzing is al ${status}; er kan alleen op een open verwijzing worden beslist.`,
    });
  });

  it(`${REGELS} (only the sender withdraws): the receiver is refused with 403 alleen_verwijzer and told to refuse with a reason`, () => {
    expect(intrekkingFout('open', 'ontvanger')).toEqual({
      soort: 'niet_toegestaan', code: 'alleen_verwijzer',
      reden: 'Alleen de verwijzende organisatie kan een verwijzing intrekken. Wilt u haar niet aannemen, wijs haar dan af met een reden (POST …/besluit).',
    });
  });
  it.each(NIET_OPEN)(`${REGELS}: withdrawing a referral that is %s is 409 niet_open`, (status) => {
    expect(intrekkingFout(status, 'verwijzer')).toEqual({
      soort: 'toestand', code: 'niet_open', reden: `Deze verwijzing is al ${status}; alleen een open verwijzing kan worden ingetrokken.`,
    });
  });

  it(`${REGELS} (only the receiver completes): the sender is refused with 403 alleen_ontvanger`, () => {
    expect(afrondingFout('aanvaard', 'verwijzer', null)).toEqual({
      soort: 'niet_toegestaan', code: 'alleen_ontvanger', reden: 'Alleen de ontvangende organisatie rondt een verwijzing af.',
    });
  });
  it.each(['open', 'afgewezen', 'ingetrokken', 'afgerond'] as const)(`${REGELS}: completing a referral that is %s is 409 niet_aanvaard`, (status) => {
    expect(afrondingFout(status, 'ontvanger', null)).toEqual({
      soort: 'toestand', code: 'niet_aanvaard', reden: `Deze verwijzing is ${status}; alleen een aanvaarde verwijzing kan worden afgerond.`,
    });
  });
  it(`${REGELS}: completing while a placement runs is 409 plaatsing_loopt, naming the call that ends it`, () => {
    expect(afrondingFout('aanvaard', 'ontvanger', 'p-7')).toEqual({
      soort: 'toestand', code: 'plaatsing_loopt',
      reden: 'Er loopt nog een plaatsing (p-7) op deze verwijzing. Beëindig eerst de plaatsing (POST /v1/plaatsingen/p-7/beeindiging).',
    });
  });
});

describe(`besluitBevindingen — a refusal needs a reason; overig needs a toelichting (${REGELS})`, () => {
  const tabel: Array<[string, Besluit, Afwijzingsreden | null, string | null, Array<Pick<Weigering, 'code' | 'veld'>>, RegExp | null]> = [
    [`${REGELS}: a refusal without a reason names afwijzingsreden`, 'afgewezen', null, 'Vol.', [{ code: 'afwijzingsreden_ontbreekt', veld: 'afwijzingsreden' }], /Geef bij een afwijzing de afwijzingsreden op/],
    [`${REGELS}: overig without a toelichting names toelichting`, 'afgewezen', 'overig', null, [{ code: 'toelichting_ontbreekt', veld: 'toelichting' }], /Licht bij afwijzingsreden overig in de toelichting toe/],
    [`${REGELS}: overig with a toelichting of only spaces names toelichting`, 'afgewezen', 'overig', ' \t ', [{ code: 'toelichting_ontbreekt', veld: 'toelichting' }], /in de toelichting toe/],
    [`${REGELS}: overig with a toelichting is accepted`, 'afgewezen', 'overig', 'Buiten ons werkgebied.', [], null],
    [`${REGELS}: any other reason needs no toelichting`, 'afgewezen', 'veiligheidsrisico', null, [], null],
    [`${REGELS}: an acceptance with a refusal reason names afwijzingsreden`, 'aanvaard', 'overig', null, [{ code: 'afwijzingsreden_bij_aanvaarding', veld: 'afwijzingsreden' }], /laat afwijzingsreden leeg \(null\) bij aanvaard/],
  ];
  it.each(tabel)('%s', (_naam, besluit, reden, toelichting, verwacht, tekst) => {
    const fouten = besluitBevindingen(besluit, reden, toelichting);
    expect(fouten.map(({ code, veld }) => ({ code, veld }))).toEqual(verwacht);
    for (const f of fouten) expect(f).toMatchObject({ soort: 'regel', reden: expect.stringMatching(tekst!) });
  });
});

describe(`opvangweigeringFout — declining shelter is recorded on a shelter referral (${REGELS}; Directive 2011/36/EU art. 11(5))`, () => {
  // Directive 2011/36/EU art. 11(5): assistance includes appropriate and safe accommodation; the
  // investigative bodies (NLA, police) are not asked for shelter, so a refusal of shelter has no place there.
  const overOpvang: Record<VerwijzingDoel, boolean> = {
    cosm: true, zorgcoordinator: true, veilig_thuis: true, raad_kinderbescherming: true, gemeente: true, hulpverlening: true,
    nla: false, politie: false, lcc: false, nla_opsporing: false, nla_toezicht: false,
  };
  it.each(VERWIJZING_DOELEN.map((d) => [d, overOpvang[d]] as const))('Directive 2011/36/EU art. 11(5): doel %s is about shelter: %s', (doel, opvang) => {
    const w = opvangweigeringFout(doel, 'open', false, null);
    if (opvang) expect(w).toBeNull();
    else expect(w).toMatchObject({ soort: 'regel', code: 'geen_opvangverwijzing', reden: expect.stringMatching(/gaat niet over opvang; een opvangweigering hoort bij een verwijzing voor opvang of zorg/) });
  });
  it('the refusal names the purpose: a referral to the police is not about shelter', () => {
    expect(opvangweigeringFout('politie', 'open', false, null)!.reden).toMatch(/^Een verwijzing naar de politie gaat niet over opvang/);
  });

  const actief: Record<VerwijzingStatus, boolean> = { open: true, aanvaard: true, afgewezen: false, ingetrokken: false, afgerond: false };
  it.each(VERWIJZING_STATUSSEN.map((s) => [s, actief[s]] as const))(`${REGELS}: on a referral that is %s it may be recorded: %s`, (status, mag) => {
    const w = opvangweigeringFout('cosm', status, false, null);
    if (mag) expect(w).toBeNull();
    else expect(w).toEqual({ soort: 'toestand', code: 'niet_actief', reden: `Deze verwijzing is ${status}; een opvangweigering wordt vastgelegd op een open of aanvaarde verwijzing.` });
  });
  it(`${REGELS}: it is recorded once (409 al_geweigerd)`, () => {
    expect(opvangweigeringFout('cosm', 'open', true, null)).toEqual({
      soort: 'toestand', code: 'al_geweigerd', reden: 'Op deze verwijzing is al vastgelegd dat het slachtoffer opvang weigert.',
    });
  });
  it(`${REGELS}: not while the person is placed (409 plaatsing_loopt, end the placement first)`, () => {
    expect(opvangweigeringFout('hulpverlening', 'aanvaard', false, 'p-3')).toEqual({
      soort: 'toestand', code: 'plaatsing_loopt', reden: 'Het slachtoffer is geplaatst (plaatsing p-3). Beëindig eerst de plaatsing met de passende reden.',
    });
  });
});

describe(`shelter locations and capacity (${REGELS}; Wmo 2015 for municipal shelter)`, () => {
  const beheertOpvang = new Set<OrganisatieType>(['opvang', 'zorg', 'gemeente']);
  it.each(ORGANISATIE_TYPEN.map((t) => [t, beheertOpvang.has(t)] as const))('shelter organisations and Wmo 2015 (maatschappelijke opvang): type %s runs shelter locations: %s', (type, mag) => {
    const w = opvangorganisatieFout(type);
    if (mag) expect(w).toBeNull();
    else {
      expect(w).toEqual({
        soort: 'regel', code: 'geen_opvangorganisatie', veld: 'organisatieId',
        reden: `Een organisatie van het type ${type} beheert geen opvanglocaties. Kies een opvangorganisatie (type opvang, zorg, gemeente).`,
      });
    }
  });

  it(`${REGELS}: lowering the capacity below the occupancy is 409 capaciteit_onder_bezetting, naming the minimum`, () => {
    expect(capaciteitVerlagenFout(4, 5)).toEqual({
      soort: 'toestand', code: 'capaciteit_onder_bezetting',
      reden: 'De capaciteit kan niet lager worden dan de huidige bezetting (5). Beëindig eerst plaatsingen of kies een capaciteit van ten minste 5.',
    });
  });
  it(`${REGELS}: a full location is 409 vol, naming the occupancy`, () => {
    expect(capaciteitFout('COSM Noord', 12, 12)).toMatchObject({ soort: 'toestand', code: 'vol', reden: expect.stringContaining('Opvanglocatie COSM Noord is vol: bezetting 12 van 12.') });
  });
});

describe(`placements — only the receiver, only after acceptance, only into its own location, no minor in COSM (${REGELS})`, () => {
  it(`${REGELS}: the sender does not place (403 alleen_ontvanger)`, () => {
    expect(plaatsingToestandFout('aanvaard', 'verwijzer')).toEqual({
      soort: 'niet_toegestaan', code: 'alleen_ontvanger', reden: 'Alleen de ontvangende organisatie van de verwijzing plaatst het slachtoffer.',
    });
  });
  it(`${REGELS}: an open referral is 409 niet_aanvaard and the detail says to accept it first`, () => {
    expect(plaatsingToestandFout('open', 'ontvanger')).toEqual({
      soort: 'toestand', code: 'niet_aanvaard',
      reden: 'Deze verwijzing is nog open. Aanvaard haar eerst (POST …/besluit met besluit aanvaard); daarna kunt u plaatsen.',
    });
  });
  it.each(['afgewezen', 'ingetrokken', 'afgerond'] as const)(`${REGELS}: a referral that is %s is 409 niet_aanvaard`, (status) => {
    expect(plaatsingToestandFout(status, 'ontvanger')).toEqual({
      soort: 'toestand', code: 'niet_aanvaard', reden: `Deze verwijzing is ${status}; alleen op een aanvaarde verwijzing kan worden geplaatst.`,
    });
  });
  it(`${REGELS}: another organisation's location is 422 andere_organisatie on opvanglocatieId`, () => {
    expect(plaatsingLocatieFout(false, 'algemeen', 'meerderjarig')).toEqual({
      soort: 'regel', code: 'andere_organisatie', veld: 'opvanglocatieId',
      reden: 'U kunt alleen plaatsen in een opvanglocatie van uw eigen organisatie. Kies een eigen locatie, of verwijs door naar de organisatie van die locatie.',
    });
  });

  // COSM is shelter for adults; a minor goes to youth care (README rule; Jeugdwet for youth care).
  const tabel: Array<[OpvanglocatieSoort, Leeftijdscategorie, boolean]> = [
    ['cosm', 'meerderjarig', true], ['cosm', 'minderjarig', false],
    ['jeugdzorg', 'minderjarig', true], ['jeugdzorg', 'meerderjarig', true], ['algemeen', 'minderjarig', true],
  ];
  it.each(tabel)(`${REGELS} (COSM for adults only): a placement in a %s location of a person who is %s is allowed: %s`, (soort, leeftijd, mag) => {
    const w = plaatsingLocatieFout(true, soort, leeftijd);
    if (mag) expect(w).toBeNull();
    else {
      expect(w).toEqual({
        soort: 'regel', code: 'cosm_minderjarige', veld: 'opvanglocatieId',
        reden: 'Een minderjarige wordt niet in een COSM-locatie geplaatst. Kies een jeugdzorglocatie (soort jeugdzorg).',
      });
    }
  });
});

describe('datumFout and beeindigingFouten — dates are facts that happened; overig needs a toelichting (README; issue 21)', () => {
  it('a date in the future (in the Netherlands) is 422 in_toekomst on that field', () => {
    expect(datumFout('startdatum', '2026-11-21', NU)).toEqual({
      soort: 'regel', code: 'in_toekomst', veld: 'startdatum',
      reden: 'De startdatum 2026-11-21 ligt in de toekomst. Leg een plaatsing vast op of na de dag waarop zij begint of eindigt.',
    });
  });
  it('a date before what it follows is 422 te_vroeg, naming both', () => {
    expect(datumFout('einddatum', '2026-11-01', NU, { datum: '2026-11-02', wat: 'de start' })).toEqual({
      soort: 'regel', code: 'te_vroeg', veld: 'einddatum', reden: 'De einddatum 2026-11-01 ligt vóór de start (2026-11-02). Corrigeer de datum.',
    });
  });

  const eind = (reden: PlaatsingBeeindigingsreden, toelichting: string | null, einddatum = '2026-11-19') =>
    beeindigingFouten({ reden, toelichting, einddatum, startdatum: '2026-11-10', nu: NU });

  it('a placement cannot end before it started: 422 te_vroeg on einddatum, naming the start date', () => {
    expect(eind('doorstroom', null, '2026-11-09')).toEqual([{
      soort: 'regel', code: 'te_vroeg', veld: 'einddatum',
      reden: 'De einddatum 2026-11-09 ligt vóór de startdatum van de plaatsing (2026-11-10). Corrigeer de datum.',
    }]);
  });
  it('a placement may end on the day it started', () => {
    expect(eind('doorstroom', null, '2026-11-10')).toEqual([]);
  });
  const toelichtingOntbreekt = {
    soort: 'regel', code: 'toelichting_ontbreekt', veld: 'toelichting', reden: 'Licht bij reden overig in de toelichting toe waarom de plaatsing eindigt.',
  };
  const tabel: Array<[string, PlaatsingBeeindigingsreden, string | null, object[]]> = [
    ['issue 21: reason overig with a toelichting is accepted', 'overig', 'Gaat bij familie wonen.', []],
    ['issue 21: reason overig without a toelichting is 422 toelichting_ontbreekt on toelichting', 'overig', null, [toelichtingOntbreekt]],
    ['issue 21: reason overig with a toelichting of only spaces is 422 toelichting_ontbreekt', 'overig', '   ', [toelichtingOntbreekt]],
    ['issue 21: reason overig with an empty toelichting is 422 toelichting_ontbreekt', 'overig', '', [toelichtingOntbreekt]],
    ...PLAATSING_BEEINDIGINGSREDENEN.filter((r) => r !== 'overig').map((r) =>
      [`issue 21: reason ${r} needs no toelichting`, r, null, []] as [string, PlaatsingBeeindigingsreden, string | null, object[]]),
  ];
  it.each(tabel)('%s', (_naam, reden, toelichting, verwacht) => {
    expect(eind(reden, toelichting)).toEqual(verwacht);
  });
});
