import { describe, expect, it } from 'vitest';
import type { OrganisatieType, Rol } from '../../src/domain/catalogus.js';
import {
  aanwezigheidNoodzakelijkOp, beeindigtBedenktijdMet, kennisgevingVoor, magStrafrechtelijkVastleggen, omOntvangtKennisgeving,
  onderzoekLoopt, onderzoeksstand, opVolgorde, redenenBevinding, STRAFRECHTELIJKE_SOORTEN, strafrechtelijkeSoortLabels, toestandsweigering,
  valtBinnenBedenktijd, type StrafrechtelijkeSoort, type StrafrechtelijkFeit,
} from '../../src/domain/strafrecht.js';

const feit = (soort: StrafrechtelijkeSoort, datum: string, tijdstip = `${datum}T10:00:00Z`): StrafrechtelijkFeit =>
  ({ soort, datum, tijdstipRegistratie: new Date(tijdstip) });

describe('magStrafrechtelijkVastleggen — issue 5 (who records what), docs/domein.md §9, §6, §7', () => {
  const INTAKER = 'issue 5 / model M55, bijlage Vc 2000; docs/domein.md §6: the victim\'s acts are taken down by the intaker';
  const OM = 'issue 5 / rapport §5.7, Stcrt. 2019, 40593: decisions on the investigation are the OM\'s';
  const tabel: Array<[string, StrafrechtelijkeSoort, Rol, OrganisatieType, boolean]> = [
    [`${INTAKER}: police intaker records aangifte`, 'aangifte', 'intaker', 'politie', true],
    [`${INTAKER}: KMar intaker records medewerking_strafproces`, 'medewerking_strafproces', 'intaker', 'kmar', true],
    [`${INTAKER}: NLA intaker (bijzondere opsporingsdienst) records afzien_aangifte`, 'afzien_aangifte', 'intaker', 'nla', true],
    [`${INTAKER}: NLA intaker records aangifte of labour exploitation`, 'aangifte', 'intaker', 'nla', true],
    [`${INTAKER}: an officier does not take down an aangifte`, 'aangifte', 'officier', 'om', false],
    [`${INTAKER}: an officier does not record medewerking_strafproces`, 'medewerking_strafproces', 'officier', 'om', false],
    [`${INTAKER}: an officier does not record afzien_aangifte`, 'afzien_aangifte', 'officier', 'om', false],
    [`${OM}: officier records opsporingsonderzoek_gestart`, 'opsporingsonderzoek_gestart', 'officier', 'om', true],
    [`${OM}: officier records geen_opsporingsonderzoek`, 'geen_opsporingsonderzoek', 'officier', 'om', true],
    [`${OM}: officier records sepot`, 'sepot', 'officier', 'om', true],
    [`${OM}: officier records aanwezigheid_noodzakelijk`, 'aanwezigheid_noodzakelijk', 'officier', 'om', true],
    [`${OM}: officier records onderzoek_beeindigd`, 'onderzoek_beeindigd', 'officier', 'om', true],
    [`${OM}: a police intaker does not record a sepot`, 'sepot', 'intaker', 'politie', false],
    [`${OM}: a police intaker does not record opsporingsonderzoek_gestart`, 'opsporingsonderzoek_gestart', 'intaker', 'politie', false],
    [`${OM}: a police intaker does not record geen_opsporingsonderzoek`, 'geen_opsporingsonderzoek', 'intaker', 'politie', false],
    [`${OM}: a KMar intaker does not declare aanwezigheid_noodzakelijk`, 'aanwezigheid_noodzakelijk', 'intaker', 'kmar', false],
    [`${OM}: an NLA intaker does not end an investigation`, 'onderzoek_beeindigd', 'intaker', 'nla', false],
    ['docs/architectuur.md §3 deny by default: an IND officer records nothing on the criminal track', 'aangifte', 'ind_medewerker', 'ind', false],
    ['docs/architectuur.md §3 deny by default: an IND officer records no OM decision', 'sepot', 'ind_medewerker', 'ind', false],
    ['docs/architectuur.md §3: an intaker role at a non-investigating organisation type is refused', 'aangifte', 'intaker', 'gemeente', false],
    ['docs/architectuur.md §3: an officier role outside the OM is refused', 'sepot', 'officier', 'politie', false],
  ];
  it.each(tabel)('%s', (_naam, soort, rol, type, mag) => {
    const w = magStrafrechtelijkVastleggen(soort, rol, type);
    if (mag) expect(w).toBeNull();
    else expect(w?.reden).toMatch(/kan dat niet|wordt niet vastgelegd/);
  });
  it('the refusal names who records the kind, in Dutch', () => {
    expect(magStrafrechtelijkVastleggen('sepot', 'intaker', 'politie')!.reden).toContain('officier van het Openbaar Ministerie');
    expect(magStrafrechtelijkVastleggen('aangifte', 'officier', 'om')!.reden).toContain('intaker van politie, KMar of Arbeidsinspectie');
  });
});

describe('redenenBevinding — docs/domein.md §14 (reason codes for "no investigation after aangifte")', () => {
  const tabel: Array<[string, StrafrechtelijkeSoort, string[], boolean]> = [
    ['docs/domein.md §14: geen_opsporingsonderzoek without a reason is refused', 'geen_opsporingsonderzoek', [], false],
    ['docs/domein.md §14: geen_opsporingsonderzoek with one reason is fine', 'geen_opsporingsonderzoek', ['onvoldoende_opsporingsindicaties'], true],
    ['docs/domein.md §14: geen_opsporingsonderzoek with several reasons is fine', 'geen_opsporingsonderzoek', ['dwangelementen_ontbreken', 'uitbuiting_buitenland'], true],
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7 (case ended for lack of leads): sepot may carry reasons', 'sepot', ['geen_concrete_aanknopingspunten'], true],
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7: sepot without reasons is fine', 'sepot', [], true],
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7: onderzoek_beeindigd may carry reasons', 'onderzoek_beeindigd', ['uitbuiting_buitenland'], true],
    ['docs/domein.md §14: an aangifte carries no criminal-track reason', 'aangifte', ['onvoldoende_opsporingsindicaties'], false],
    ['docs/domein.md §14: opsporingsonderzoek_gestart carries no reason', 'opsporingsonderzoek_gestart', ['dwangelementen_ontbreken'], false],
    ['docs/domein.md §14: aanwezigheid_noodzakelijk carries no reason', 'aanwezigheid_noodzakelijk', ['ander_delict'], false],
    ['issue 5: an aangifte without reasons is fine', 'aangifte', [], true],
  ];
  it.each(tabel)('%s', (_naam, soort, redenen, ok) => {
    const b = redenenBevinding(soort, redenen);
    if (ok) expect(b).toBeNull();
    else expect(b).toMatchObject({ pad: 'redenen', reden: expect.stringMatching(/reden/i) });
  });
});

describe('onderzoekLoopt — docs/domein.md §7 (whether a criminal investigation is ongoing, B8/3 under 3.2 Vc 2000)', () => {
  const tabel: Array<[string, StrafrechtelijkFeit[], string, boolean]> = [
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7: nothing recorded, no investigation', [], '2026-11-20', false],
    ['docs/domein.md §14 (OM may decide not to investigate after an aangifte): an aangifte alone is no investigation', [feit('aangifte', '2026-01-10')], '2026-11-20', false],
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7: opsporingsonderzoek_gestart makes it run', [feit('aangifte', '2026-01-10'), feit('opsporingsonderzoek_gestart', '2026-02-01')], '2026-11-20', true],
    ['Stcrt. 2019, 40593: aanwezigheid_noodzakelijk is declared for a running investigation', [feit('aanwezigheid_noodzakelijk', '2026-02-01')], '2026-11-20', true],
    ['B8/3 under 3.2 Vc 2000: a sepot ends it', [feit('opsporingsonderzoek_gestart', '2026-02-01'), feit('sepot', '2026-06-01')], '2026-11-20', false],
    ['B8/3 under 3.2 Vc 2000: onderzoek_beeindigd ends it', [feit('opsporingsonderzoek_gestart', '2026-02-01'), feit('onderzoek_beeindigd', '2026-06-01')], '2026-11-20', false],
    ['docs/domein.md §14: geen_opsporingsonderzoek means none runs', [feit('aangifte', '2026-01-10'), feit('geen_opsporingsonderzoek', '2026-01-20')], '2026-11-20', false],
    ['docs/domein.md §5, §10 (later change of mind): a new investigation after a sepot runs again', [feit('opsporingsonderzoek_gestart', '2026-02-01'), feit('sepot', '2026-06-01'), feit('opsporingsonderzoek_gestart', '2026-09-01')], '2026-11-20', true],
    ['the state on a date: a sepot after that date does not count yet', [feit('opsporingsonderzoek_gestart', '2026-02-01'), feit('sepot', '2026-06-01')], '2026-05-31', true],
    ['the state on a date: an investigation started on that very day counts', [feit('opsporingsonderzoek_gestart', '2026-02-01')], '2026-02-01', true],
    ['the state on a date: a start after that date does not count yet', [feit('opsporingsonderzoek_gestart', '2026-02-01')], '2026-01-31', false],
    ['same day: the later registration decides (start registered after the sepot)', [feit('sepot', '2026-06-01', '2026-06-01T09:00Z'), feit('opsporingsonderzoek_gestart', '2026-06-01', '2026-06-01T11:00Z')], '2026-11-20', true],
    ['same day: the later registration decides (sepot registered after the start)', [feit('sepot', '2026-06-01', '2026-06-01T11:00Z'), feit('opsporingsonderzoek_gestart', '2026-06-01', '2026-06-01T09:00Z')], '2026-11-20', false],
    ['input order is irrelevant: dates decide', [feit('sepot', '2026-06-01'), feit('opsporingsonderzoek_gestart', '2026-02-01')], '2026-11-20', false],
    ['victim acts do not end an investigation (afzien_aangifte)', [feit('opsporingsonderzoek_gestart', '2026-02-01'), feit('afzien_aangifte', '2026-03-01')], '2026-11-20', true],
  ];
  it.each(tabel)('%s', (_naam, feiten, opDatum, loopt) => {
    expect(onderzoekLoopt(feiten, opDatum)).toBe(loopt);
  });
  it('names the deciding OM decision', () => {
    expect(onderzoeksstand([feit('opsporingsonderzoek_gestart', '2026-02-01'), feit('sepot', '2026-06-01')], '2026-11-20').laatste)
      .toMatchObject({ soort: 'sepot', datum: '2026-06-01' });
  });
  it('opVolgorde sorts by date, then by registration moment', () => {
    const a = feit('aangifte', '2026-02-01', '2026-02-03T10:00Z');
    const b = feit('sepot', '2026-02-01', '2026-02-02T10:00Z');
    const c = feit('aangifte', '2026-01-01', '2026-03-01T10:00Z');
    expect(opVolgorde([a, b, c])).toEqual([c, b, a]);
  });
});

describe('aanwezigheidNoodzakelijkOp — Stcrt. 2019, 40593 (Dublin claimant\'s permit), B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7', () => {
  const tabel: Array<[string, StrafrechtelijkFeit[], string, boolean]> = [
    ['Stcrt. 2019, 40593: no declaration, not necessary', [], '2026-11-20', false],
    ['Stcrt. 2019, 40593: a declaration before the date counts', [feit('aanwezigheid_noodzakelijk', '2026-10-01')], '2026-11-20', true],
    ['Stcrt. 2019, 40593: a declaration on the same date counts ("earlier" = on or before)', [feit('aanwezigheid_noodzakelijk', '2026-11-20')], '2026-11-20', true],
    ['Stcrt. 2019, 40593: a declaration after the date does not count', [feit('aanwezigheid_noodzakelijk', '2026-11-21')], '2026-11-20', false],
    ['Stcrt. 2019, 40593: an aangifte alone is not the OM\'s declaration', [feit('aangifte', '2026-10-01')], '2026-11-20', false],
    ['Stcrt. 2019, 40593: an investigation alone is not the declaration', [feit('opsporingsonderzoek_gestart', '2026-10-01')], '2026-11-20', false],
    ['a sepot after the declaration overtakes it', [feit('aanwezigheid_noodzakelijk', '2026-10-01'), feit('sepot', '2026-10-15')], '2026-11-20', false],
    ['onderzoek_beeindigd after the declaration overtakes it', [feit('aanwezigheid_noodzakelijk', '2026-10-01'), feit('onderzoek_beeindigd', '2026-10-15')], '2026-11-20', false],
    ['a new declaration after a sepot counts again', [feit('aanwezigheid_noodzakelijk', '2026-09-01'), feit('sepot', '2026-09-15'), feit('aanwezigheid_noodzakelijk', '2026-10-01')], '2026-11-20', true],
    ['a sepot after the date does not overtake it yet', [feit('aanwezigheid_noodzakelijk', '2026-10-01'), feit('sepot', '2026-12-01')], '2026-11-20', true],
  ];
  it.each(tabel)('%s', (_naam, feiten, opDatum, noodzakelijk) => {
    expect(aanwezigheidNoodzakelijkOp(feiten, opDatum).noodzakelijk).toBe(noodzakelijk);
  });
});

describe('toestandsweigering — an investigation can only be ended while one runs (B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7)', () => {
  const tabel: Array<[string, StrafrechtelijkeSoort, string, StrafrechtelijkFeit[], boolean]> = [
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7: ending a running investigation is fine', 'onderzoek_beeindigd', '2026-11-20', [feit('opsporingsonderzoek_gestart', '2026-02-01')], true],
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7: nothing to end without a start', 'onderzoek_beeindigd', '2026-11-20', [], false],
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7: nothing to end after a sepot', 'onderzoek_beeindigd', '2026-11-20', [feit('opsporingsonderzoek_gestart', '2026-02-01'), feit('sepot', '2026-03-01')], false],
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7: nothing to end before the start date', 'onderzoek_beeindigd', '2026-01-31', [feit('opsporingsonderzoek_gestart', '2026-02-01')], false],
    ['docs/domein.md §14 (an aangifte alone is no investigation): nothing to end after only an aangifte', 'onderzoek_beeindigd', '2026-11-20', [feit('aangifte', '2026-02-01')], false],
    ['a sepot needs no running investigation (the OM may dismiss an aangifte)', 'sepot', '2026-11-20', [feit('aangifte', '2026-02-01')], true],
    ['an aangifte is always possible (docs/domein.md §5, §10: a later aangifte is allowed)', 'aangifte', '2026-11-20', [feit('sepot', '2026-02-01')], true],
  ];
  it.each(tabel)('%s', (_naam, soort, datum, feiten, ok) => {
    const w = toestandsweigering(soort, datum, feiten);
    if (ok) expect(w).toBeNull();
    else expect(w?.reden).toMatch(/Er loopt op .* geen opsporingsonderzoek om te beëindigen/);
  });
});

describe('effects — docs/beslissingen/0012-vroegtijdig-einde.md; docs/beslissingen/0016-kennisgevingen-per-ontvanger.md', () => {
  const eindeTabel: Array<[string, StrafrechtelijkeSoort, 'aangifte' | 'medewerking_strafproces' | 'afzien_medewerking' | null]> = [
    ['docs/beslissingen/0012-vroegtijdig-einde.md: an aangifte ends a running bedenktijd with reason aangifte', 'aangifte', 'aangifte'],
    ['docs/beslissingen/0012-vroegtijdig-einde.md: cooperation ends it with reason medewerking_strafproces', 'medewerking_strafproces', 'medewerking_strafproces'],
    ['B8/3.1 Vc 2000 (rapport vn. 60): declining to report ends it with reason afzien_medewerking', 'afzien_aangifte', 'afzien_medewerking'],
    ['docs/beslissingen/0012-vroegtijdig-einde.md: OM decisions do not end it', 'sepot', null],
    ['docs/beslissingen/0012-vroegtijdig-einde.md: an investigation start does not end it', 'opsporingsonderzoek_gestart', null],
  ];
  it.each(eindeTabel)('%s', (_naam, soort, reden) => expect(beeindigtBedenktijdMet(soort)).toBe(reden));

  const b = { ingangsdatum: '2026-11-01', uiterlijkeEinddatum: '2027-02-01' };
  const binnenTabel: Array<[string, string, boolean]> = [
    ['docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md (both inclusive): on ingangsdatum', '2026-11-01', true],
    ['docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md: in the middle', '2026-12-15', true],
    ['docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md (both inclusive): on uiterlijkeEinddatum', '2027-02-01', true],
    ['before the grant, the bedenktijd did not yet run', '2026-10-31', false],
    ['docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md: after uiterlijkeEinddatum it has lapsed', '2027-02-02', false],
  ];
  it.each(binnenTabel)('valtBinnenBedenktijd: %s', (_naam, datum, binnen) => expect(valtBinnenBedenktijd(b, datum)).toBe(binnen));
  it('valtBinnenBedenktijd: an offer without grant (no dates) never', () => {
    expect(valtBinnenBedenktijd({ ingangsdatum: null, uiterlijkeEinddatum: null }, '2026-11-20')).toBe(false);
  });

  const kennisgevingTabel: Array<[string, StrafrechtelijkeSoort, ReturnType<typeof kennisgevingVoor>, boolean]> = [
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md (M55 item 2): aangifte → m55_aangifte to IND and COA', 'aangifte', { soort: 'm55_aangifte', ontvangers: 'ind_en_coa' }, true],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md (M55 item 3): medewerking → m55_medewerking_strafproces to IND and COA', 'medewerking_strafproces', { soort: 'm55_medewerking_strafproces', ontvangers: 'ind_en_coa' }, true],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: sepot to IND (bears on the permit)', 'sepot', { soort: 'sepot', ontvangers: 'ind' }, false],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: onderzoek_beeindigd to IND', 'onderzoek_beeindigd', { soort: 'onderzoek_beeindigd', ontvangers: 'ind' }, false],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: aanwezigheid_noodzakelijk to IND', 'aanwezigheid_noodzakelijk', { soort: 'aanwezigheid_noodzakelijk', ontvangers: 'ind' }, false],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md lists no notification for afzien_aangifte', 'afzien_aangifte', null, false],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md lists no notification for opsporingsonderzoek_gestart', 'opsporingsonderzoek_gestart', null, false],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md lists no notification for geen_opsporingsonderzoek', 'geen_opsporingsonderzoek', null, false],
  ];
  it.each(kennisgevingTabel)('%s', (_naam, soort, verwacht, om) => {
    expect(kennisgevingVoor(soort)).toEqual(verwacht);
    // docs/architectuur.md §3: the OM's reason to see the dossier is the notification of the aangifte/cooperation.
    expect(omOntvangtKennisgeving(soort)).toBe(om);
  });
  it('every kind is covered by the tables above', () => {
    expect(new Set(kennisgevingTabel.map((r) => r[1]))).toEqual(new Set(STRAFRECHTELIJKE_SOORTEN));
  });
});

describe('the OM decisions that end an investigation or overtake a declaration (issue 21)', () => {
  it('B8/3 under 3.2 Vc 2000: geen_opsporingsonderzoek is the OM decision that decides, also after a start', () => {
    const feiten = [feit('aangifte', '2026-01-10'), feit('opsporingsonderzoek_gestart', '2026-01-15'), feit('geen_opsporingsonderzoek', '2026-01-20')];
    expect(onderzoeksstand(feiten, '2026-11-20')).toEqual({ loopt: false, laatste: feiten[2] });
  });
  it('Stcrt. 2019, 40593: geen_opsporingsonderzoek after the declaration overtakes it', () => {
    const feiten = [feit('aanwezigheid_noodzakelijk', '2026-10-01'), feit('geen_opsporingsonderzoek', '2026-10-15')];
    expect(aanwezigheidNoodzakelijkOp(feiten, '2026-11-20')).toEqual({ noodzakelijk: false, laatste: feiten[1] });
  });
  it('Stcrt. 2019, 40593: a later aangifte, cooperation or investigation start does not overtake the declaration', () => {
    const verklaring = feit('aanwezigheid_noodzakelijk', '2026-10-01');
    const feiten = [verklaring, feit('aangifte', '2026-10-10'), feit('medewerking_strafproces', '2026-10-11'), feit('opsporingsonderzoek_gestart', '2026-10-12'), feit('afzien_aangifte', '2026-10-13')];
    expect(aanwezigheidNoodzakelijkOp(feiten, '2026-11-20')).toEqual({ noodzakelijk: true, laatste: verklaring });
  });
});

describe('the Dutch details of the criminal-track refusals (issue 21)', () => {
  it('reason codes on a kind without reasons: the detail lists the kinds that carry them', () => {
    expect(redenenBevinding('aangifte', ['ander_delict'])).toEqual({
      pad: 'redenen', reden: 'Redenen horen alleen bij geen_opsporingsonderzoek, sepot, onderzoek_beeindigd; laat redenen leeg bij aangifte.',
    });
  });
  it('ending an investigation that never started says so', () => {
    expect(toestandsweigering('onderzoek_beeindigd', '2026-11-20', [feit('aangifte', '2026-02-01')])!.reden).toBe(
      'Er loopt op 2026-11-20 geen opsporingsonderzoek om te beëindigen: er is op of vóór 2026-11-20 geen opsporingsonderzoek gestart. Leg eerst opsporingsonderzoek_gestart vast, of kies sepot of geen_opsporingsonderzoek.');
  });
  it('ending an investigation after a sepot names that decision', () => {
    expect(toestandsweigering('onderzoek_beeindigd', '2026-11-20', [feit('opsporingsonderzoek_gestart', '2026-02-01'), feit('sepot', '2026-03-01')])!.reden).toBe(
      'Er loopt op 2026-11-20 geen opsporingsonderzoek om te beëindigen: de laatste beslissing op of vóór 2026-11-20 is sepot (2026-03-01). Leg eerst opsporingsonderzoek_gestart vast, of kies sepot of geen_opsporingsonderzoek.');
  });
  it('every kind has its own Dutch label on the timeline', () => {
    const labels = STRAFRECHTELIJKE_SOORTEN.map((s) => strafrechtelijkeSoortLabels[s]);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-zë ]{10,}/);
    expect(new Set(labels).size).toBe(STRAFRECHTELIJKE_SOORTEN.length);
  });
});
