import { describe, expect, it } from 'vitest';
import type { Verblijfssituatie } from '../../src/domain/catalogus.js';
import type { StrafrechtelijkeSoort, StrafrechtelijkFeit } from '../../src/domain/strafrecht.js';
import {
  beoordeelVerblijfsbesluit, invoerBevindingen, regelovertredingen, SCHRIJNEND_PAD_GRONDEN, schrijnendPadGrondLabels,
  schrijnendPadUiterlijkGeldigTot, standaardWerklijstGrens, VERBLIJFSBESLUIT_SOORTEN, verblijfsbesluitLabels, verblijfsstand,
  VERGUNNINGSBESLUITEN, VERGUNNINGSTOESTAND_BESLUITEN, verlengdGeldigTot, vergunningGeldigTot, type VerblijfsbesluitInvoer,
  type VerblijfsbesluitSoort, type Verblijfsfeit,
} from '../../src/domain/verblijf.js';

const besluit = (soort: VerblijfsbesluitSoort, datum: string, geldigTot: string | null = null, tijdstip = `${datum}T10:00:00Z`): Verblijfsfeit =>
  ({ soort, datum, geldigTot, tijdstipRegistratie: new Date(tijdstip) });
const straf = (soort: StrafrechtelijkeSoort, datum: string): StrafrechtelijkFeit => ({ soort, datum, tijdstipRegistratie: new Date(`${datum}T10:00:00Z`) });
const invoer = (soort: VerblijfsbesluitSoort, datum: string, extra: Partial<VerblijfsbesluitInvoer> = {}): VerblijfsbesluitInvoer =>
  ({ soort, datum, geldigTot: null, gronden: [], ...extra });

describe('geldigTot — docs/domein.md §7; art. 3.58(1)(q) Vb 2000 (one year); counted as art. 6:8 Awb (docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md)', () => {
  const A358 = 'art. 3.58(1)(q) Vb 2000 + art. 6:8 Awb counting';
  const tabel: Array<[string, (d: string) => string, string, string]> = [
    [`${A358}: granted 20 Nov 2026 → valid through 20 Nov 2027`, vergunningGeldigTot, '2026-11-20', '2027-11-20'],
    [`${A358}: granted 1 Jan → through 1 Jan next year`, vergunningGeldigTot, '2026-01-01', '2027-01-01'],
    [`${A358}: granted 31 Dec → through 31 Dec next year`, vergunningGeldigTot, '2026-12-31', '2027-12-31'],
    [`${A358} (date-fns clamps a leap day): granted 29 Feb 2028 → 28 Feb 2029`, vergunningGeldigTot, '2028-02-29', '2029-02-28'],
    [`${A358}: granted 28 Feb 2027 → 28 Feb 2028 (not 29)`, vergunningGeldigTot, '2027-02-28', '2028-02-28'],
    ['B8/3 under 3.2 Vc 2000 (renewal connects to the previous period): 20 Nov 2027 → 20 Nov 2028', verlengdGeldigTot, '2027-11-20', '2028-11-20'],
    ['B8/3 under 3.2 Vc 2000: renewal from a clamped 28 Feb 2029 → 28 Feb 2030', verlengdGeldigTot, '2029-02-28', '2030-02-28'],
    ['B8/3.1 Vc 2000; docs/domein.md §7 (schrijnend pad at most one year): granted 20 Nov 2026 → at the latest 20 Nov 2027', schrijnendPadUiterlijkGeldigTot, '2026-11-20', '2027-11-20'],
    ['B8/3.1 Vc 2000; docs/domein.md §7: granted 29 Feb 2028 → at the latest 28 Feb 2029', schrijnendPadUiterlijkGeldigTot, '2028-02-29', '2029-02-28'],
    ['issue 5 (worklist: permits ending within 30 days): 20 Nov 2026 → 20 Dec 2026', standaardWerklijstGrens, '2026-11-20', '2026-12-20'],
    ['issue 5 (worklist): across a year end, 15 Dec 2026 → 14 Jan 2027', standaardWerklijstGrens, '2026-12-15', '2027-01-14'],
    ['issue 5 (worklist): across February in a leap year, 1 Feb 2028 → 2 Mar 2028', standaardWerklijstGrens, '2028-02-01', '2028-03-02'],
  ];
  it.each(tabel)('%s', (_naam, f, datum, verwacht) => expect(f(datum)).toBe(verwacht));
});

describe('invoerBevindingen (400) — B8/3.1 Vc 2000; docs/domein.md §7 grounds; docs/domein.md §7 computed geldigTot', () => {
  const tabel: Array<[string, VerblijfsbesluitInvoer, string[]]> = [
    ['B8/3.1 Vc 2000; docs/domein.md §7 (grounds ≥1): an application without grounds', invoer('schrijnend_pad_aangevraagd', '2026-11-20'), ['gronden']],
    ['B8/3.1 Vc 2000; docs/domein.md §7: an application with one ground', invoer('schrijnend_pad_aangevraagd', '2026-11-20', { gronden: ['dreiging'] }), []],
    ['B8/3.1 Vc 2000; docs/domein.md §7: an application with all three grounds', invoer('schrijnend_pad_aangevraagd', '2026-11-20', { gronden: ['dreiging', 'medisch_psychisch', 'minderjarigheid'] }), []],
    ['B8/3.1 Vc 2000; docs/domein.md §7: grounds belong only to the application (on a grant)', invoer('schrijnend_pad_verleend', '2026-11-20', { gronden: ['dreiging'] }), ['gronden']],
    ['B8/3.1 Vc 2000; docs/domein.md §7: grounds belong only to the application (on a permit)', invoer('vergunning_verleend', '2026-11-20', { gronden: ['medisch_psychisch'] }), ['gronden']],
    ['docs/domein.md §7 (geldigTot computed): vergunning_verleend with a geldigTot', invoer('vergunning_verleend', '2026-11-20', { geldigTot: '2027-11-20' }), ['geldigTot']],
    ['docs/domein.md §7 (geldigTot computed): vergunning_verlengd with a geldigTot', invoer('vergunning_verlengd', '2026-11-20', { geldigTot: '2027-11-20' }), ['geldigTot']],
    ['docs/domein.md §7: a schrijnend pad grant may give a shorter geldigTot', invoer('schrijnend_pad_verleend', '2026-11-20', { geldigTot: '2027-05-20' }), []],
    ['docs/domein.md §7: vertrekplicht_opgeschort has no geldigTot', invoer('vertrekplicht_opgeschort', '2026-11-20', { geldigTot: '2027-05-20' }), ['geldigTot']],
    ['docs/domein.md §7: vergunning_ingetrokken has no geldigTot', invoer('vergunning_ingetrokken', '2026-11-20', { geldigTot: '2027-05-20' }), ['geldigTot']],
    ['both at once: a permit with grounds and a geldigTot', invoer('vergunning_verleend', '2026-11-20', { geldigTot: '2027-11-20', gronden: ['dreiging'] }), ['gronden', 'geldigTot']],
    ['docs/domein.md §7: a plain permit grant is fine', invoer('vergunning_verleend', '2026-11-20'), []],
  ];
  it.each(tabel)('%s', (_naam, i, velden) => expect(invoerBevindingen(i).map((b) => b.pad)).toEqual(velden));
});

describe('regelovertredingen (422) — dates; B8/3.1 Vc 2000; docs/domein.md §7 (schrijnend pad at most one year)', () => {
  const VANDAAG = '2026-11-20';
  const tabel: Array<[string, VerblijfsbesluitInvoer, string[]]> = [
    ['README.md "HTTP conventions" (a decision is recorded once taken): today is fine', invoer('vergunning_verleend', VANDAAG), []],
    ['README.md "HTTP conventions": a backdated decision is fine', invoer('vergunning_verleend', '2025-01-01'), []],
    ['README.md "HTTP conventions": tomorrow is in the future', invoer('vergunning_verleend', '2026-11-21'), ['datum']],
    ['B8/3.1 Vc 2000; docs/domein.md §7: geldigTot exactly one year later is the maximum', invoer('schrijnend_pad_verleend', VANDAAG, { geldigTot: '2027-11-20' }), []],
    ['B8/3.1 Vc 2000; docs/domein.md §7: one day over a year is refused', invoer('schrijnend_pad_verleend', VANDAAG, { geldigTot: '2027-11-21' }), ['geldigTot']],
    ['B8/3.1 Vc 2000; docs/domein.md §7: six months is fine', invoer('schrijnend_pad_verleend', VANDAAG, { geldigTot: '2027-05-20' }), []],
    ['B8/3.1 Vc 2000; docs/domein.md §7: geldigTot on the decision day is the shortest possible', invoer('schrijnend_pad_verleend', VANDAAG, { geldigTot: VANDAAG }), []],
    ['B8/3.1 Vc 2000; docs/domein.md §7: geldigTot before the decision day is refused', invoer('schrijnend_pad_verleend', VANDAAG, { geldigTot: '2026-11-19' }), ['geldigTot']],
    ['B8/3.1 Vc 2000; docs/domein.md §7 + leap day: granted 29 Feb 2024, 1 Mar 2025 is over a year', invoer('schrijnend_pad_verleend', '2024-02-29', { geldigTot: '2025-03-01' }), ['geldigTot']],
    ['B8/3.1 Vc 2000; docs/domein.md §7 + leap day: granted 29 Feb 2024, 28 Feb 2025 is the maximum', invoer('schrijnend_pad_verleend', '2024-02-29', { geldigTot: '2025-02-28' }), []],
    ['both at once: future date and too long', invoer('schrijnend_pad_verleend', '2026-12-01', { geldigTot: '2028-01-01' }), ['datum', 'geldigTot']],
  ];
  it.each(tabel)('%s', (_naam, i, velden) => expect(regelovertredingen(i, VANDAAG).map((b) => b.pad)).toEqual(velden));
  it('the refusal of a too long schrijnend pad names the latest allowed day, in Dutch', () => {
    expect(regelovertredingen(invoer('schrijnend_pad_verleend', VANDAAG, { geldigTot: '2028-01-01' }), VANDAAG)[0]!.reden)
      .toContain('ten hoogste één jaar verleend: geldigTot uiterlijk 2027-11-20');
  });
});

describe('verblijfsstand — the residence situation on a date', () => {
  it('follows grant, renewal, withdrawal, suspension and the schrijnend pad application', () => {
    const feiten = [
      besluit('vertrekplicht_opgeschort', '2026-01-01'),
      besluit('vergunning_verleend', '2026-02-01', '2027-02-01'),
      besluit('opschorting_opgeheven', '2026-02-02'),
      besluit('vergunning_verlengd', '2027-01-15', '2028-02-01'),
      besluit('vergunning_ingetrokken', '2027-06-01'),
      besluit('schrijnend_pad_aangevraagd', '2027-06-02'),
    ];
    expect(verblijfsstand(feiten, '2026-01-15')).toEqual({ vergunning: null, vertrekplichtOpgeschort: { sinds: '2026-01-01' }, openAanvraagSchrijnendPad: null });
    expect(verblijfsstand(feiten, '2026-03-01').vergunning).toEqual({ soort: 'vergunning', geldigTot: '2027-02-01', datum: '2026-02-01' });
    expect(verblijfsstand(feiten, '2026-03-01').vertrekplichtOpgeschort).toBeNull();
    expect(verblijfsstand(feiten, '2027-02-01').vergunning?.geldigTot).toBe('2028-02-01');
    expect(verblijfsstand(feiten, '2027-06-01').vergunning).toBeNull();
    expect(verblijfsstand(feiten, '2027-06-02').openAanvraagSchrijnendPad).toEqual({ datum: '2027-06-02' });
  });
});

describe('beoordeelVerblijfsbesluit (409 when refused) — docs/domein.md §7, §5', () => {
  type Rij = [string, VerblijfsbesluitInvoer, Verblijfssituatie, Verblijfsfeit[], StrafrechtelijkFeit[], { geldigTot: string | null } | RegExp];
  const D = '2026-11-20';
  const loopt = [straf('opsporingsonderzoek_gestart', '2026-02-01')];
  const vergunning = besluit('vergunning_verleend', '2026-01-10', '2027-01-10');
  const schrijnend = [besluit('schrijnend_pad_aangevraagd', '2026-03-01'), besluit('schrijnend_pad_verleend', '2026-04-01', '2027-04-01')];
  const tabel: Rij[] = [
    // vergunning_verleend
    ['docs/domein.md §7: a permit lasts one year', invoer('vergunning_verleend', D), 'geen_rechtmatig_verblijf', [], [], { geldigTot: '2027-11-20' }],
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7 (IND grants ambtshalve after the aangifte): an asylum seeker needs no OM declaration', invoer('vergunning_verleend', D), 'asielzoeker', [], [straf('aangifte', '2026-11-01')], { geldigTot: '2027-11-20' }],
    ['Stcrt. 2019, 40593: a Dublin claimant without aanwezigheid_noodzakelijk is refused', invoer('vergunning_verleend', D), 'dublinclaimant', [], [straf('aangifte', '2026-11-01')], /Dublinclaimant.*aanwezigheid in Nederland noodzakelijk.*Stcrt\. 2019, 40593/],
    ['Stcrt. 2019, 40593: a Dublin claimant with an earlier declaration gets the permit', invoer('vergunning_verleend', D), 'dublinclaimant', [], [straf('aanwezigheid_noodzakelijk', '2026-11-10')], { geldigTot: '2027-11-20' }],
    ['Stcrt. 2019, 40593: a declaration on the same day counts as earlier', invoer('vergunning_verleend', D), 'dublinclaimant', [], [straf('aanwezigheid_noodzakelijk', D)], { geldigTot: '2027-11-20' }],
    ['Stcrt. 2019, 40593: a declaration overtaken by a sepot no longer counts', invoer('vergunning_verleend', D), 'dublinclaimant', [], [straf('aanwezigheid_noodzakelijk', '2026-10-01'), straf('sepot', '2026-11-01')], /laatste beslissing van het OM .* sepot/],
    ['docs/domein.md §7: no second permit while one is valid (renew instead)', invoer('vergunning_verleend', D), 'geen_rechtmatig_verblijf', [vergunning], [], /al een geldige vergunning.*vergunning_verlengd/],
    ['docs/domein.md §7: a new permit after the previous one lapsed is fine', invoer('vergunning_verleend', '2027-02-01'), 'geen_rechtmatig_verblijf', [vergunning], [], { geldigTot: '2028-02-01' }],
    ['docs/domein.md §7: a new permit after a withdrawal is fine', invoer('vergunning_verleend', D), 'geen_rechtmatig_verblijf', [vergunning, besluit('vergunning_ingetrokken', '2026-06-01')], [], { geldigTot: '2027-11-20' }],
    // vergunning_verlengd
    ['B8/3 under 3.2 Vc 2000: renewal while the investigation runs adds a year to the previous period', invoer('vergunning_verlengd', D), 'geen_rechtmatig_verblijf', [vergunning], loopt, { geldigTot: '2028-01-10' }],
    ['B8/3 under 3.2 Vc 2000: no renewal after a sepot', invoer('vergunning_verlengd', D), 'geen_rechtmatig_verblijf', [vergunning], [...loopt, straf('sepot', '2026-10-01')], /alleen zolang er een strafrechtelijk onderzoek loopt.*sepot \(2026-10-01\)/],
    ['docs/domein.md §14: no renewal on an aangifte alone', invoer('vergunning_verlengd', D), 'geen_rechtmatig_verblijf', [vergunning], [straf('aangifte', '2026-01-05')], /geen opsporingsonderzoek vastgelegd/],
    ['B8/3 under 3.2 Vc 2000: no renewal after onderzoek_beeindigd', invoer('vergunning_verlengd', D), 'geen_rechtmatig_verblijf', [vergunning], [...loopt, straf('onderzoek_beeindigd', '2026-10-01')], /onderzoek_beeindigd/],
    ['docs/domein.md §7: no renewal without a permit', invoer('vergunning_verlengd', D), 'geen_rechtmatig_verblijf', [], loopt, /geen vergunning om te verlengen/],
    ['docs/domein.md §7: no renewal of a withdrawn permit', invoer('vergunning_verlengd', D), 'geen_rechtmatig_verblijf', [vergunning, besluit('vergunning_ingetrokken', '2026-06-01')], loopt, /geen vergunning om te verlengen/],
    ['B8/3.1 Vc 2000; docs/domein.md §7 (not renewable): the schrijnend pad cannot be renewed', invoer('vergunning_verlengd', D), 'geen_rechtmatig_verblijf', schrijnend, loopt, /schrijnend pad kan niet worden verlengd/],
    ['B8/3.1 Vc 2000; docs/domein.md §7: nor after it was withdrawn', invoer('vergunning_verlengd', D), 'geen_rechtmatig_verblijf', [...schrijnend, besluit('vergunning_ingetrokken', '2026-06-01')], loopt, /schrijnend pad kan niet worden verlengd/],
    ['B8/3 under 3.2 Vc 2000: a second renewal adds a year to the renewed period', invoer('vergunning_verlengd', '2027-12-20'), 'geen_rechtmatig_verblijf', [vergunning, besluit('vergunning_verlengd', '2026-12-20', '2028-01-10')], loopt, { geldigTot: '2029-01-10' }],
    // vergunning_ingetrokken
    ['B8/3 under 3.2 Vc 2000: withdrawing the current permit', invoer('vergunning_ingetrokken', D), 'geen_rechtmatig_verblijf', [vergunning], [], { geldigTot: null }],
    ['docs/domein.md §7: no withdrawal without a permit', invoer('vergunning_ingetrokken', D), 'geen_rechtmatig_verblijf', [], [], /geen vergunning om in te trekken/],
    ['docs/domein.md §7: no second withdrawal', invoer('vergunning_ingetrokken', D), 'geen_rechtmatig_verblijf', [vergunning, besluit('vergunning_ingetrokken', '2026-06-01')], [], /geen vergunning om in te trekken/],
    // vertrekplicht
    ['art. 8 onder k Vw 2000; docs/domein.md §5 (IND suspends during the bedenktijd): suspension', invoer('vertrekplicht_opgeschort', D), 'geen_rechtmatig_verblijf', [], [], { geldigTot: null }],
    ['art. 8 onder k Vw 2000; docs/domein.md §5: no second suspension while suspended', invoer('vertrekplicht_opgeschort', D), 'geen_rechtmatig_verblijf', [besluit('vertrekplicht_opgeschort', '2026-11-01')], [], /al opgeschort sinds 2026-11-01/],
    ['art. 8 onder k Vw 2000; docs/domein.md §5 (IND lifts the suspension afterwards): lifting', invoer('opschorting_opgeheven', D), 'geen_rechtmatig_verblijf', [besluit('vertrekplicht_opgeschort', '2026-11-01')], [], { geldigTot: null }],
    ['art. 8 onder k Vw 2000; docs/domein.md §5: nothing to lift without a suspension', invoer('opschorting_opgeheven', D), 'geen_rechtmatig_verblijf', [], [], /geen opschorting om op te heffen/],
    ['art. 8 onder k Vw 2000; docs/domein.md §5: nothing to lift after it was lifted', invoer('opschorting_opgeheven', D), 'geen_rechtmatig_verblijf', [besluit('vertrekplicht_opgeschort', '2026-11-01'), besluit('opschorting_opgeheven', '2026-11-10')], [], /geen opschorting om op te heffen/],
    // schrijnend pad
    ['B8/3.1 Vc 2000; docs/domein.md §7: an application', invoer('schrijnend_pad_aangevraagd', D, { gronden: ['dreiging'] }), 'geen_rechtmatig_verblijf', [], [], { geldigTot: null }],
    ['B8/3.1 Vc 2000; docs/domein.md §7: no second application while one is open', invoer('schrijnend_pad_aangevraagd', D, { gronden: ['dreiging'] }), 'geen_rechtmatig_verblijf', [besluit('schrijnend_pad_aangevraagd', '2026-11-01')], [], /al een aanvraag/],
    ['B8/3.1 Vc 2000; docs/domein.md §7: a new application after a refusal is fine', invoer('schrijnend_pad_aangevraagd', D, { gronden: ['dreiging'] }), 'geen_rechtmatig_verblijf', [besluit('schrijnend_pad_aangevraagd', '2026-10-01'), besluit('schrijnend_pad_afgewezen', '2026-11-01')], [], { geldigTot: null }],
    ['B8/3.1 Vc 2000; docs/domein.md §7 (not renewable): a new application after a grant is refused', invoer('schrijnend_pad_aangevraagd', D, { gronden: ['dreiging'] }), 'geen_rechtmatig_verblijf', schrijnend, [], /schrijnend pad kan niet worden verlengd/],
    ['B8/3.1 Vc 2000; docs/domein.md §7 (max one year): granted without geldigTot lasts exactly one year', invoer('schrijnend_pad_verleend', D), 'geen_rechtmatig_verblijf', [besluit('schrijnend_pad_aangevraagd', '2026-11-01')], [], { geldigTot: '2027-11-20' }],
    ['B8/3.1 Vc 2000; docs/domein.md §7: granted with a shorter geldigTot keeps it', invoer('schrijnend_pad_verleend', D, { geldigTot: '2027-03-01' }), 'geen_rechtmatig_verblijf', [besluit('schrijnend_pad_aangevraagd', '2026-11-01')], [], { geldigTot: '2027-03-01' }],
    ['B8/3.1 Vc 2000; docs/domein.md §7: a grant needs an open application', invoer('schrijnend_pad_verleend', D), 'geen_rechtmatig_verblijf', [], [], /geen openstaande aanvraag/],
    ['B8/3.1 Vc 2000; docs/domein.md §7: an application dated after the grant does not count', invoer('schrijnend_pad_verleend', D), 'geen_rechtmatig_verblijf', [besluit('schrijnend_pad_aangevraagd', '2026-11-25')], [], /geen openstaande aanvraag/],
    ['B8/3.1 Vc 2000; docs/domein.md §7 (not renewable): a second grant is refused', invoer('schrijnend_pad_verleend', '2027-05-01'), 'geen_rechtmatig_verblijf', [...schrijnend, besluit('schrijnend_pad_aangevraagd', '2027-04-02')], [], /schrijnend pad kan niet worden verlengd/],
    ['B8/3.1 Vc 2000; docs/domein.md §7: a refusal of an open application', invoer('schrijnend_pad_afgewezen', D), 'geen_rechtmatig_verblijf', [besluit('schrijnend_pad_aangevraagd', '2026-11-01')], [], { geldigTot: null }],
    ['B8/3.1 Vc 2000; docs/domein.md §7: nothing to refuse without an open application', invoer('schrijnend_pad_afgewezen', D), 'geen_rechtmatig_verblijf', [], [], /geen openstaande aanvraag/],
    ['B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7 (another route): a B8/3 permit after a schrijnend pad is fine', invoer('vergunning_verleend', D), 'geen_rechtmatig_verblijf', schrijnend, [straf('aangifte', '2026-11-01')], { geldigTot: '2027-11-20' }],
  ];
  it.each(tabel)('%s', (_naam, i, verblijfssituatie, verblijfsfeiten, strafrechtelijkeFeiten, verwacht) => {
    const uitkomst = beoordeelVerblijfsbesluit(i, { verblijfssituatie, verblijfsfeiten, strafrechtelijkeFeiten });
    if (verwacht instanceof RegExp) {
      expect(uitkomst.toegestaan).toBe(false);
      expect(uitkomst.toegestaan ? '' : uitkomst.reden).toMatch(verwacht);
    } else {
      expect(uitkomst).toEqual({ toegestaan: true, ...verwacht });
    }
  });
});

describe('which decisions carry a permit (art. 3.58(1)(q) Vb 2000; B8/3 under 3.1 and 3.2 Vc 2000) — issue 21', () => {
  // Written out per kind: [carries a geldigTot (a permit granted, renewed, or a schrijnend pad granted),
  // changes which permit is current (those, and a withdrawal)]. The IND worklist reads both sets.
  const verwacht: Record<VerblijfsbesluitSoort, [boolean, boolean]> = {
    vertrekplicht_opgeschort: [false, false], opschorting_opgeheven: [false, false],
    vergunning_verleend: [true, true], vergunning_verlengd: [true, true], vergunning_ingetrokken: [false, true],
    schrijnend_pad_aangevraagd: [false, false], schrijnend_pad_verleend: [true, true], schrijnend_pad_afgewezen: [false, false],
  };
  it.each(VERBLIJFSBESLUIT_SOORTEN.map((s) => [s, ...verwacht[s]] as const))('%s: carries a geldigTot %s, changes the current permit %s', (soort, geldig, toestand) => {
    expect(VERGUNNINGSBESLUITEN.includes(soort)).toBe(geldig);
    expect(VERGUNNINGSTOESTAND_BESLUITEN.includes(soort)).toBe(toestand);
  });

  it('B8/3 under 3.1 Vc 2000: after a schrijnend pad grant that is the current permit and no application is open', () => {
    const feiten = [besluit('schrijnend_pad_aangevraagd', '2026-03-01'), besluit('schrijnend_pad_verleend', '2026-04-01', '2027-04-01')];
    expect(verblijfsstand(feiten, '2026-04-01')).toEqual({
      vergunning: { soort: 'schrijnend_pad', geldigTot: '2027-04-01', datum: '2026-04-01' }, vertrekplichtOpgeschort: null, openAanvraagSchrijnendPad: null,
    });
    expect(verblijfsstand(feiten, '2026-03-31').openAanvraagSchrijnendPad).toEqual({ datum: '2026-03-01' });
  });

  it('art. 3.58 Vb 2000 (geldigTot is the last day of validity): on that last day a new grant is refused — renew instead', () => {
    const uitkomst = beoordeelVerblijfsbesluit(invoer('vergunning_verleend', '2027-01-10'), {
      verblijfssituatie: 'geen_rechtmatig_verblijf', verblijfsfeiten: [besluit('vergunning_verleend', '2026-01-10', '2027-01-10')], strafrechtelijkeFeiten: [],
    });
    expect(uitkomst).toEqual({ toegestaan: false, reden: 'Er is al een geldige vergunning (verleend of verlengd op 2026-01-10, geldig tot en met 2027-01-10). Gebruik vergunning_verlengd om haar te verlengen.' });
  });

  it('Stcrt. 2019, 40593: a Dublin claimant without any OM decision is told what the OM must record', () => {
    const uitkomst = beoordeelVerblijfsbesluit(invoer('vergunning_verleend', '2026-11-20'), { verblijfssituatie: 'dublinclaimant', verblijfsfeiten: [], strafrechtelijkeFeiten: [] });
    expect(uitkomst).toEqual({
      toegestaan: false,
      reden: 'Een Dublinclaimant krijgt de vergunning alleen als het OM eerder heeft verklaard dat zijn aanwezigheid in Nederland noodzakelijk is voor het strafrechtelijk onderzoek (Stcrt. 2019, 40593). Laat het OM eerst aanwezigheid_noodzakelijk vastleggen.',
    });
  });

  it('every decision and every ground of the schrijnend pad has its own Dutch label', () => {
    for (const [codes, labels] of [[VERBLIJFSBESLUIT_SOORTEN, verblijfsbesluitLabels], [SCHRIJNEND_PAD_GRONDEN, schrijnendPadGrondLabels]] as const) {
      const teksten = codes.map((c) => (labels as Record<string, string>)[c]);
      for (const t of teksten) expect(t).toMatch(/^[A-Z][a-z]{5,}/);
      expect(new Set(teksten).size).toBe(codes.length);
    }
  });
});

describe('the Dutch details of the residence refusals (issue 21)', () => {
  const tabel: Array<[string, VerblijfsbesluitInvoer, Array<{ pad: string; reden: string }>]> = [
    ['B8/3 under 3.1 Vc 2000: an application without grounds lists the grounds', invoer('schrijnend_pad_aangevraagd', '2026-11-20'),
      [{ pad: 'gronden', reden: 'Kies ten minste één grond voor het schrijnend pad: dreiging, medisch_psychisch of minderjarigheid (B8/3 onder 3.1 Vc 2000).' }]],
    ['B8/3 under 3.1 Vc 2000: grounds on another decision are to be left empty', invoer('vergunning_ingetrokken', '2026-11-20', { gronden: ['dreiging'] }),
      [{ pad: 'gronden', reden: 'Gronden horen alleen bij schrijnend_pad_aangevraagd; laat gronden leeg bij vergunning_ingetrokken.' }]],
    ['art. 3.58 Vb 2000: a granted permit\'s geldigTot is computed by the service', invoer('vergunning_verleend', '2026-11-20', { geldigTot: '2027-11-20' }),
      [{ pad: 'geldigTot', reden: 'Bij vergunning_verleend berekent de service geldigTot (één jaar, art. 3.58 Vb 2000); laat het veld weg.' }]],
    ['art. 3.58 Vb 2000: so is a renewed permit\'s', invoer('vergunning_verlengd', '2026-11-20', { geldigTot: '2027-11-20' }),
      [{ pad: 'geldigTot', reden: 'Bij vergunning_verlengd berekent de service geldigTot (één jaar, art. 3.58 Vb 2000); laat het veld weg.' }]],
    ['a suspension has no geldigTot', invoer('vertrekplicht_opgeschort', '2026-11-20', { geldigTot: '2027-11-20' }),
      [{ pad: 'geldigTot', reden: 'Een vertrekplicht_opgeschort heeft geen geldigTot; laat het veld weg.' }]],
  ];
  it.each(tabel)('%s', (_naam, i, verwacht) => expect(invoerBevindingen(i)).toEqual(verwacht));

  it('a decision dated in the future names the latest allowed day', () => {
    expect(regelovertredingen(invoer('vergunning_ingetrokken', '2026-11-21'), '2026-11-20')).toEqual([
      { pad: 'datum', reden: 'De datum 2026-11-21 ligt in de toekomst; leg een besluit vast op of na de dag waarop het is genomen (uiterlijk 2026-11-20).' },
    ]);
  });
  it('B8/3 under 3.1 Vc 2000: a schrijnend pad ending before its grant names the days to choose from', () => {
    expect(regelovertredingen(invoer('schrijnend_pad_verleend', '2026-11-20', { geldigTot: '2026-11-19' }), '2026-11-20')).toEqual([
      { pad: 'geldigTot', reden: 'geldigTot 2026-11-19 ligt vóór de datum van het besluit (2026-11-20); kies een dag van 2026-11-20 tot en met 2027-11-20.' },
    ]);
  });
  it('the at-most-one-year rule is the schrijnend pad\'s: a permit\'s given geldigTot is the 400 above, not a second (422) finding', () => {
    expect(regelovertredingen(invoer('vergunning_verleend', '2026-11-20', { geldigTot: '2030-01-01' }), '2026-11-20')).toEqual([]);
  });
});
