// The monitor's rules (src/domain/monitor.ts; docs/monitor.md, "De stappen" and "Wat u kunt vragen"):
// which recorded fact puts a dossier in which step, the cohort's period, the durations, the trees the
// figures are released over and the decomposition of a van–tot. The disclosure control itself is in
// test/domain/onthulling.test.ts and test/domain/monitor-aanval.test.ts.
import { describe, expect, it } from 'vitest';
import {
  BRONNEN, LEEFTIJDSCATEGORIEEN, NATIONALITEIT_CATEGORIEEN, UITBUITINGSVORMEN, VERBLIJFSSITUATIES,
} from '../../src/domain/catalogus.js';
import {
  ALLES, bomen, DOORLOOPTIJDEN, dossierfeiten, duurstatistiek, FILTERDIMENSIES, FILTERNAMEN, kwartaalVan, LANDELIJK, ontleed,
  OPVOLGINGSSTAPPEN, TOTAAL, TRECHTERSTAPPEN, voorFilter, Vrijgave, type Dossierfeiten, type RuweDossierfeiten,
} from '../../src/domain/monitor.js';
import { maakBoom, percentiel } from '../../src/domain/onthulling.js';

const OPTIES = { vandaag: '2026-12-02', signaleringsdagen: 2 };

/** A dossier with one signal and nothing else known. */
function ruw(over: Partial<RuweDossierfeiten> = {}): RuweDossierfeiten {
  return {
    sleutel: '0001', organisatieId: 'org-a', nationaliteitCategorie: 'onbekend', eurechtelijkeAanspraken: null,
    verblijfssituatie: 'onbekend', leeftijdscategorie: 'onbekend',
    signalen: [{ ontvangstdatum: '2026-02-10', bron: 'politie_eigen', uitbuitingsvormen: ['seksueel'] }],
    beoordelingen: [], bedenktijden: [], strafrecht: [], verwijzingen: [],
    ...over,
  };
}
const stappenVan = (r: RuweDossierfeiten, opties = OPTIES) => [...dossierfeiten(r, opties)!.stappen].sort();
const metStappen = (...s: string[]) => ['gesignaleerd', ...s].sort();

// Eligible for the bedenktijd (B8/3 Vc 2000): a third-country national without durable residence.
const aanbiedbaar = { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf' } as const;
const bedenktijd = (aanbiedingsdatum: string, reactie: string | null = null, status = 'aangeboden', beeindigingsreden: string | null = null) =>
  ({ aanbiedingsdatum, reactie, status, beeindigingsreden });

describe('kwartaalVan — het kwartaal van een datum', () => {
  it.each([
    ['2026-01-01', '2026-K1'], ['2026-03-31', '2026-K1'], ['2026-04-01', '2026-K2'], ['2026-06-30', '2026-K2'],
    ['2026-07-01', '2026-K3'], ['2026-10-01', '2026-K4'], ['2026-12-31', '2026-K4'],
  ])('%s → %s', (datum, kwartaal) => expect(kwartaalVan(datum)).toBe(kwartaal));
});

describe('dossierfeiten — een dossier hoort bij het kwartaal van zijn eerste signaal (een cohort)', () => {
  it('zonder signaal: niet in de monitor', () => expect(dossierfeiten(ruw({ signalen: [] }), OPTIES)).toBeNull());

  it('het vroegste signaal beslist, in welke volgorde ook vastgelegd; de kenmerken komen uit alle signalen', () => {
    const f = dossierfeiten(ruw({
      sleutel: '0042', organisatieId: 'org-b', leeftijdscategorie: 'minderjarig', nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker',
      signalen: [
        { ontvangstdatum: '2026-05-03', bron: 'politie_eigen', uitbuitingsvormen: ['seksueel', 'arbeid'] },
        { ontvangstdatum: '2026-03-30', bron: 'kmar', uitbuitingsvormen: ['crimineel'] },
        { ontvangstdatum: '2026-07-01', bron: 'politie_eigen', uitbuitingsvormen: ['arbeid'] },
      ],
    }), OPTIES)!;
    expect(f.kwartaal).toBe('2026-K1');
    expect(f.sleutel).toBe('0042');
    expect(f.organisatieId).toBe('org-b');
    expect(f.kenmerken).toEqual({
      uitbuitingsvorm: ['arbeid', 'crimineel', 'seksueel'], bron: ['kmar', 'politie_eigen'],
      leeftijdscategorie: ['minderjarig'], nationaliteitCategorie: ['derdelander'], verblijfssituatie: ['asielzoeker'],
    });
  });
});

describe('dossierfeiten — welk vastgelegd feit een dossier in welke stap zet (docs/monitor.md, "De stappen")', () => {
  const tabel: Array<[string, Partial<RuweDossierfeiten>, string[]]> = [
    ['alleen een signaal', {}, metStappen()],
    ['nationaliteit bekend: slachtoffer bekend', { nationaliteitCategorie: 'derdelander' }, metStappen('slachtofferBekend')],
    ['leeftijd bekend: slachtoffer bekend', { leeftijdscategorie: 'minderjarig' }, metStappen('slachtofferBekend')],
    ['een beoordeling zonder gesprek, niet vastgesteld', { beoordelingen: [{ datum: '2026-02-11', gesprek: false, resultaat: 'niet_vastgesteld' }] }, metStappen('beoordeeld')],
    ['een beoordeling met informatief gesprek', { beoordelingen: [{ datum: '2026-02-11', gesprek: true, resultaat: 'niet_vastgesteld' }] }, metStappen('beoordeeld', 'informatiefGesprek')],
    ['vastgesteld, ook als een latere beoordeling anders luidt', {
      beoordelingen: [{ datum: '2026-02-11', gesprek: false, resultaat: 'vastgesteld' }, { datum: '2026-03-11', gesprek: false, resultaat: 'niet_vastgesteld' }],
    }, metStappen('beoordeeld', 'vastgesteld')],
    ['een bedenktijd in welke status ook: aangeboden', { bedenktijden: [bedenktijd('2026-02-12')] }, metStappen('aangeboden')],
    ['reactie aanvaard', { bedenktijden: [bedenktijd('2026-02-12', 'aanvaard', 'lopend')] }, metStappen('aangeboden', 'aanvaard')],
    ['reactie geweigerd', { bedenktijden: [bedenktijd('2026-02-12', 'geweigerd', 'geweigerd')] }, metStappen('aangeboden', 'geweigerd')],
    ['reactie geweigerd_direct_aangifte', { bedenktijden: [bedenktijd('2026-02-12', 'geweigerd_direct_aangifte', 'geweigerd')] }, metStappen('aangeboden', 'geweigerdDirectAangifte')],
    ['aangifte zonder gesprek', { strafrecht: [{ soort: 'aangifte', datum: '2026-02-20' }] }, metStappen('aangifte')],
    ['aangifte na een informatief gesprek', {
      beoordelingen: [{ datum: '2026-02-11', gesprek: true, resultaat: 'niet_vastgesteld' }], strafrecht: [{ soort: 'aangifte', datum: '2026-02-20' }],
    }, metStappen('beoordeeld', 'informatiefGesprek', 'aangifte', 'aangifteNaGesprek')],
    ['OM: opsporingsonderzoek gestart zonder aangifte', { strafrecht: [{ soort: 'opsporingsonderzoek_gestart', datum: '2026-02-20' }] }, metStappen('onderzoekGestart')],
    ['OM: opsporingsonderzoek na aangifte', {
      strafrecht: [{ soort: 'aangifte', datum: '2026-02-20' }, { soort: 'opsporingsonderzoek_gestart', datum: '2026-03-01' }],
    }, metStappen('aangifte', 'onderzoekGestart', 'onderzoekNaAangifte')],
    ['OM: geen opsporingsonderzoek', { strafrecht: [{ soort: 'geen_opsporingsonderzoek', datum: '2026-02-20' }] }, metStappen('geenOnderzoek')],
    ['OM: sepot', { strafrecht: [{ soort: 'sepot', datum: '2026-02-20' }] }, metStappen('sepot')],
    ['OM: aanwezigheid noodzakelijk', { strafrecht: [{ soort: 'aanwezigheid_noodzakelijk', datum: '2026-02-20' }] }, metStappen('aanwezigheidNoodzakelijk')],
    ['OM: onderzoek beëindigd', { strafrecht: [{ soort: 'onderzoek_beeindigd', datum: '2026-02-20' }] }, metStappen('onderzoekBeeindigd')],
    ['beëindigd met aangifte', { bedenktijden: [bedenktijd('2026-02-12', 'aanvaard', 'beeindigd', 'aangifte')] }, metStappen('aangeboden', 'aanvaard', 'beeindigdAangifte')],
    ['beëindigd met medewerking', { bedenktijden: [bedenktijd('2026-02-12', 'aanvaard', 'beeindigd', 'medewerking_strafproces')] }, metStappen('aangeboden', 'aanvaard', 'beeindigdMedewerking')],
    ['beëindigd met vertrek', { bedenktijden: [bedenktijd('2026-02-12', 'aanvaard', 'beeindigd', 'vertrek_onbekende_bestemming')] }, metStappen('aangeboden', 'aanvaard', 'beeindigdVertrek')],
    ['beëindigd met afzien', { bedenktijden: [bedenktijd('2026-02-12', 'aanvaard', 'beeindigd', 'afzien_medewerking')] }, metStappen('aangeboden', 'aanvaard', 'beeindigdAfzien')],
    ['verlopen', { bedenktijden: [bedenktijd('2026-02-12', 'aanvaard', 'verlopen')] }, metStappen('aangeboden', 'aanvaard', 'verlopen')],
    ['een verwijzing zonder besluit', { verwijzingen: [{ verwezen: new Date('2026-02-12T10:00:00Z'), besluit: null, plaatsing: null }] }, metStappen('verwezen')],
    ['een beantwoorde verwijzing met plaatsing', {
      verwijzingen: [{ verwezen: new Date('2026-02-12T10:00:00Z'), besluit: new Date('2026-02-13T10:00:00Z'), plaatsing: '2026-02-15' }],
    }, metStappen('verwezen', 'verwijzingBeantwoord', 'geplaatst')],
  ];
  it.each(tabel)('%s', (_n, over, stappen) => expect(stappenVan(ruw(over))).toEqual(stappen));
});

describe('dossierfeiten — aanbiedbaar en niet tijdig aangeboden (B8/3 Vc 2000: het aanbod is een recht)', () => {
  const vastgesteld = (datum: string) => ({ datum, gesprek: false, resultaat: 'vastgesteld' });
  // Vastgesteld on 2026-02-11; the signalling window is 2 days (so until 2026-02-13).
  const tabel: Array<[string, Partial<RuweDossierfeiten>, string, string[]]> = [
    ['niet in aanmerking (Nederlander): niet aanbiedbaar', { nationaliteitCategorie: 'nederlands', verblijfssituatie: 'geen_rechtmatig_verblijf' }, '2026-12-02', []],
    ['in aanmerking, termijn verstreken, geen aanbod: niet tijdig', aanbiedbaar, '2026-12-02', ['aanbiedbaar', 'nietTijdigAangeboden']],
    ['in aanmerking, op de laatste dag van de termijn: nog op tijd', aanbiedbaar, '2026-02-13', ['aanbiedbaar']],
    ['in aanmerking, de dag na de termijn: niet tijdig', aanbiedbaar, '2026-02-14', ['aanbiedbaar', 'nietTijdigAangeboden']],
    ['aanbod op de laatste dag van de termijn: tijdig', { ...aanbiedbaar, bedenktijden: [bedenktijd('2026-02-13')] }, '2026-12-02', ['aanbiedbaar', 'aanbodNaVaststelling', 'aangeboden']],
    ['aanbod de dag na de termijn: niet tijdig', { ...aanbiedbaar, bedenktijden: [bedenktijd('2026-02-14')] }, '2026-12-02', ['aanbiedbaar', 'aanbodNaVaststelling', 'aangeboden', 'nietTijdigAangeboden']],
    ['aanbod alleen vóór de vaststelling: geen aanbod na vaststelling, niet tijdig', { ...aanbiedbaar, bedenktijden: [bedenktijd('2026-02-10')] }, '2026-12-02', ['aanbiedbaar', 'aangeboden', 'nietTijdigAangeboden']],
  ];
  it.each(tabel)('%s', (_n, over, vandaag, extra) => {
    const r = ruw({ ...over, beoordelingen: [vastgesteld('2026-02-11')] });
    const basis = over.nationaliteitCategorie ? ['slachtofferBekend'] : [];
    expect(stappenVan(r, { vandaag, signaleringsdagen: 2 })).toEqual(metStappen('beoordeeld', 'vastgesteld', ...basis, ...extra));
  });

  it('zonder vaststelling telt niets van het aanbod', () => {
    const r = ruw({ ...aanbiedbaar, beoordelingen: [{ datum: '2026-02-11', gesprek: false, resultaat: 'niet_vastgesteld' }], bedenktijden: [bedenktijd('2026-02-12')] });
    expect(stappenVan(r)).toEqual(metStappen('slachtofferBekend', 'beoordeeld', 'aangeboden'));
  });
});

describe('dossierfeiten — de doorlooptijden in dagen (docs/monitor.md: signaal → beoordeling, vaststelling → aanbod, verwijzing → antwoord, verwijzing → plaatsing)', () => {
  it('van het eerste naar het eerste, en bij een verwijzing van de eerste verwijzing', () => {
    const f = dossierfeiten(ruw({
      ...aanbiedbaar,
      signalen: [{ ontvangstdatum: '2026-02-10', bron: 'politie_eigen', uitbuitingsvormen: [] }, { ontvangstdatum: '2026-02-01', bron: 'politie_eigen', uitbuitingsvormen: [] }],
      beoordelingen: [
        { datum: '2026-02-20', gesprek: false, resultaat: 'vastgesteld' }, { datum: '2026-02-05', gesprek: false, resultaat: 'niet_vastgesteld' },
        { datum: '2026-02-15', gesprek: false, resultaat: 'vastgesteld' },
      ],
      // An offer before the first establishment does not count; of those after it, the earliest.
      bedenktijden: [bedenktijd('2026-02-25'), bedenktijd('2026-02-12'), bedenktijd('2026-02-18')],
      verwijzingen: [
        { verwezen: new Date('2026-03-10T09:00:00Z'), besluit: null, plaatsing: null },
        { verwezen: new Date('2026-03-01T09:00:00Z'), besluit: new Date('2026-03-04T16:00:00Z'), plaatsing: '2026-03-08' },
      ],
    }), OPTIES)!;
    expect(f.kwartaal).toBe('2026-K1');
    expect(f.duren).toEqual({ signaalTotBeoordeling: 4, vaststellingTotAanbod: 3, verwijzingTotBesluit: 3, verwijzingTotPlaatsing: 7 });
    expect(f.stappen.has('verwijzingBeantwoord')).toBe(true);
    expect(f.stappen.has('geplaatst')).toBe(true);
  });

  it('aanbod op de dag van de vaststelling: 0 dagen', () => {
    const f = dossierfeiten(ruw({ beoordelingen: [{ datum: '2026-02-15', gesprek: false, resultaat: 'vastgesteld' }], bedenktijden: [bedenktijd('2026-02-15')] }), OPTIES)!;
    expect(f.duren).toEqual({ signaalTotBeoordeling: 5, vaststellingTotAanbod: 0 });
  });

  it('de eerste verwijzing zonder antwoord: geen antwoord, ook als een latere wel een heeft', () => {
    const f = dossierfeiten(ruw({
      verwijzingen: [
        { verwezen: new Date('2026-03-10T09:00:00Z'), besluit: new Date('2026-03-11T09:00:00Z'), plaatsing: '2026-03-12' },
        { verwezen: new Date('2026-03-01T09:00:00Z'), besluit: null, plaatsing: null },
      ],
    }), OPTIES)!;
    expect([...f.stappen].sort()).toEqual(metStappen('verwezen'));
    expect(f.duren).toEqual({});
  });
});

describe('de stappen en hun noemers (docs/monitor.md, "De stappen")', () => {
  const noemers = (defs: typeof TRECHTERSTAPPEN) => defs.map((d) => [d.stap, d.noemer, d.noemerBijUitsluiting ?? null, d.nietBij ?? []]);
  it('de trechter', () => {
    expect(noemers(TRECHTERSTAPPEN)).toEqual([
      ['gesignaleerd', null, null, []],
      ['slachtofferBekend', 'gesignaleerd', null, ['leeftijdscategorie', 'nationaliteitCategorie']],
      ['beoordeeld', 'slachtofferBekend', 'gesignaleerd', []],
      ['informatiefGesprek', 'slachtofferBekend', 'gesignaleerd', []],
      ['vastgesteld', 'beoordeeld', null, []],
      ['aangeboden', 'vastgesteld', null, []],
      ['aanvaard', 'aangeboden', null, []],
      ['geweigerd', 'aangeboden', null, []],
      ['geweigerdDirectAangifte', 'aangeboden', null, []],
      ['aangifte', 'slachtofferBekend', 'gesignaleerd', []],
      ['aangifteNaGesprek', 'informatiefGesprek', null, []],
      ['onderzoekGestart', 'gesignaleerd', null, []],
      ['onderzoekNaAangifte', 'aangifte', null, []],
      ['geenOnderzoek', 'aangifte', null, []],
      ['sepot', 'aangifte', null, []],
      ['aanwezigheidNoodzakelijk', 'onderzoekGestart', null, []],
      ['onderzoekBeeindigd', 'onderzoekGestart', null, []],
    ]);
  });
  it('de opvolging', () => {
    expect(noemers(OPVOLGINGSSTAPPEN)).toEqual([
      ['aanbiedbaar', 'vastgesteld', null, ['nationaliteitCategorie', 'verblijfssituatie']],
      ['nietTijdigAangeboden', 'aanbiedbaar', 'vastgesteld', []],
      ['aanbodNaVaststelling', 'vastgesteld', null, []],
      ['verwezen', 'gesignaleerd', null, []],
      ['verwijzingBeantwoord', 'verwezen', null, []],
      ['geplaatst', 'verwezen', null, []],
      ['beeindigdAangifte', 'aanvaard', null, []],
      ['beeindigdMedewerking', 'aanvaard', null, []],
      ['beeindigdVertrek', 'aanvaard', null, []],
      ['beeindigdAfzien', 'aanvaard', null, []],
      ['verlopen', 'aanvaard', null, []],
    ]);
  });
  it('elke stap heeft een eigen label en een definitie die zegt wat de service vastlegt', () => {
    const alle = [...TRECHTERSTAPPEN, ...OPVOLGINGSSTAPPEN];
    for (const d of alle) {
      expect(d.label, d.stap).toMatch(/^\p{Lu}.{5,}/u);
      expect(d.definitie.length, d.stap).toBeGreaterThan(10);
    }
    expect(new Set(alle.map((d) => d.label)).size).toBe(alle.length);
    expect(new Set(alle.map((d) => d.definitie)).size).toBe(alle.length);
  });
  it('de doorlooptijden: bij welke stap ze horen, van wanneer tot wanneer', () => {
    expect(DOORLOOPTIJDEN.map((d) => [d.maat, d.stap])).toEqual([
      ['signaalTotBeoordeling', 'beoordeeld'], ['vaststellingTotAanbod', 'aanbodNaVaststelling'],
      ['verwijzingTotBesluit', 'verwijzingBeantwoord'], ['verwijzingTotPlaatsing', 'geplaatst'],
    ]);
    for (const d of DOORLOOPTIJDEN) {
      expect(d.label, d.maat).toMatch(/^\p{Lu}.* → .+/u);
      expect(d.van.length, d.maat).toBeGreaterThan(5);
      expect(d.tot.length, d.maat).toBeGreaterThan(5);
    }
    expect(new Set(DOORLOOPTIJDEN.map((d) => d.label)).size).toBe(DOORLOOPTIJDEN.length);
  });
  it('de filters: één per kenmerk, met de waarden van de catalogus (docs/monitor.md, "Wat u kunt vragen")', () => {
    expect(FILTERNAMEN).toEqual(['uitbuitingsvorm', 'leeftijdscategorie', 'nationaliteitCategorie', 'verblijfssituatie', 'bron']);
    expect(FILTERDIMENSIES).toEqual({
      uitbuitingsvorm: UITBUITINGSVORMEN, leeftijdscategorie: LEEFTIJDSCATEGORIEEN, nationaliteitCategorie: NATIONALITEIT_CATEGORIEEN,
      verblijfssituatie: VERBLIJFSSITUATIES, bron: BRONNEN,
    });
  });
});

describe('bomen — periode: alles → jaar → kwartaal; organisatie: landelijk → type → organisatie', () => {
  const feit = (kwartaal: string): Dossierfeiten => ({ ...dossierfeiten(ruw(), OPTIES)!, kwartaal });
  it('elk jaar van het eerste tot het laatste, ook een jaar zonder gegevens, met vier kwartalen', () => {
    const { tijd } = bomen([feit('2024-K3'), feit('2022-K1'), feit('2024-K1')], []);
    expect(tijd.wortel).toBe(ALLES);
    expect(tijd.kinderen.get(ALLES)).toEqual(['2022', '2023', '2024']);
    expect(tijd.kinderen.get('2023')).toEqual(['2023-K1', '2023-K2', '2023-K3', '2023-K4']);
    expect(tijd.ouder.get('2024-K4')).toBe('2024');
  });
  it('zonder dossiers: alleen de wortel', () => {
    const { tijd } = bomen([], []);
    expect([...tijd.ouder.keys()]).toEqual([ALLES]);
  });
  it('organisaties onder hun type, beide op volgorde', () => {
    const { org } = bomen([], [
      { id: 'p2', type: 'politie', naam: 'B' }, { id: 'n1', type: 'nla', naam: 'C' }, { id: 'p1', type: 'politie', naam: 'A' }, { id: 'k1', type: 'kmar', naam: 'D' },
    ]);
    expect(org.wortel).toBe(LANDELIJK);
    expect(org.kinderen.get(LANDELIJK)).toEqual(['type:kmar', 'type:nla', 'type:politie']);
    expect(org.kinderen.get('type:politie')).toEqual(['p1', 'p2']);
    expect(org.ouder.get('n1')).toBe('type:nla');
  });
});

describe('ontleed — een reeks hele kwartalen: hele jaren waar het kan, dan kwartalen; en het complement', () => {
  const tijd = maakBoom(ALLES, {
    [ALLES]: ['2022', '2023'],
    2022: ['2022-K1', '2022-K2', '2022-K3', '2022-K4'], 2023: ['2023-K1', '2023-K2', '2023-K3', '2023-K4'],
  });
  it.each([
    ['alles', '2022-K1', '2023-K4', ['2022', '2023'], []],
    ['één heel jaar', '2023-K1', '2023-K4', ['2023'], ['2022']],
    ['over de jaargrens', '2022-K3', '2023-K2', ['2022-K3', '2022-K4', '2023-K1', '2023-K2'], ['2022-K1', '2022-K2', '2023-K3', '2023-K4']],
    ['één kwartaal', '2022-K2', '2022-K2', ['2022-K2'], ['2022-K1', '2022-K3', '2022-K4', '2023']],
    ['een jaar en een kwartaal', '2022-K1', '2023-K1', ['2022', '2023-K1'], ['2023-K2', '2023-K3', '2023-K4']],
  ])('%s (%s t/m %s)', (_n, van, tot, binnen, buiten) => expect(ontleed(tijd, van, tot)).toEqual({ binnen, buiten }));
});

describe('duurstatistiek — mediaan en p90 alleen naast een getoond aantal van ten minste DREMPEL (docs/monitor.md, punt 7)', () => {
  const feiten = [3, 1, 10, 2, 5].map((d): Dossierfeiten => ({ ...dossierfeiten(ruw(), OPTIES)!, duren: { signaalTotBeoordeling: d } }));
  const zonder: Dossierfeiten = { ...dossierfeiten(ruw(), OPTIES)!, duren: {} };
  it.each([
    ['onderdrukt aantal: niets', { aantal: null, onderdrukt: 'primair' } as const, { mediaan: null, p90: null }],
    ['aantal 4 (onder de drempel): niets', { aantal: 4, onderdrukt: null } as const, { mediaan: null, p90: null }],
    ['aantal 5: mediaan en p90 (dichtstbijzijnde rang); dossiers zonder die duur tellen niet', { aantal: 5, onderdrukt: null } as const, { mediaan: 3, p90: 10 }],
  ])('%s', (_n, aantal, verwacht) => expect(duurstatistiek([...feiten, zonder], 'signaalTotBeoordeling', aantal, percentiel)).toEqual(verwacht));
});

describe('voorFilter — dezelfde regel als de gefilterde tabellen', () => {
  const a = dossierfeiten(ruw({ sleutel: 'a', signalen: [{ ontvangstdatum: '2026-02-10', bron: 'politie_eigen', uitbuitingsvormen: ['seksueel', 'arbeid'] }] }), OPTIES)!;
  const b = dossierfeiten(ruw({ sleutel: 'b', signalen: [{ ontvangstdatum: '2026-02-10', bron: 'kmar', uitbuitingsvormen: ['arbeid'] }] }), OPTIES)!;
  it.each([
    ['geen filter: alle', null, ['a', 'b']],
    ['een vorm die één dossier heeft', { dimensie: 'uitbuitingsvorm', waarde: 'seksueel' } as const, ['a']],
    ['een vorm die beide hebben (een dossier kan meer vormen hebben)', { dimensie: 'uitbuitingsvorm', waarde: 'arbeid' } as const, ['a', 'b']],
    ['bron', { dimensie: 'bron', waarde: 'kmar' } as const, ['b']],
  ])('%s', (_n, filter, sleutels) => {
    const lijst = [a, b];
    const uit = voorFilter(lijst, filter);
    expect(uit.map((d) => d.sleutel)).toEqual(sleutels);
    expect(uit).not.toBe(lijst); // a copy: the caller may sort it
  });
});

describe('Vrijgave — één beslissing voor alle cijfers (docs/monitor.md, "Onthullingsbeheersing")', () => {
  // Politie A: 3 dossiers in 2022-K1 (primary) and 10 in 2022-K2; politie B: 10 and 10; nothing in K3
  // and K4; 6 dossiers of an organisation outside the tree. All third-country nationals, source kmar.
  let volgnummer = 0;
  const feit = (org: string, datum: string) => dossierfeiten(ruw({
    sleutel: String(volgnummer++).padStart(4, '0'), organisatieId: org, nationaliteitCategorie: 'derdelander', leeftijdscategorie: 'meerderjarig',
    signalen: [{ ontvangstdatum: datum, bron: 'kmar', uitbuitingsvormen: ['arbeid'] }],
    beoordelingen: [{ datum, gesprek: false, resultaat: 'niet_vastgesteld' }],
  }), OPTIES)!;
  const n = (aantal: number, org: string, datum: string) => Array.from({ length: aantal }, () => feit(org, datum));
  // A new release in every test: a Vrijgave decides each table once and keeps it, so one shared across
  // tests would answer from a table decided in an earlier test (under the mutation run: another mutant).
  const vrijgave = () => {
    volgnummer = 0;
    return new Vrijgave(
      [...n(3, 'a', '2022-02-01'), ...n(10, 'a', '2022-05-01'), ...n(10, 'b', '2022-02-01'), ...n(10, 'b', '2022-05-01'), ...n(6, 'elders', '2022-05-01')],
      [{ id: 'a', type: 'politie', naam: 'A' }, { id: 'b', type: 'politie', naam: 'B' }],
    );
  };
  const gepubliceerd = (aantal: number) => ({ aantal, onderdrukt: null });
  const onderdrukt = (reden: 'primair' | 'secundair') => ({ aantal: null, onderdrukt: reden });

  it.each([
    ['de primaire cel', 'gesignaleerd', '2022-K1', 'a', onderdrukt('primair')],
    ['haar broer in de organisatieboom', 'gesignaleerd', '2022-K1', 'b', onderdrukt('secundair')],
    ['haar broer in de periode: het gevulde kwartaal, niet een leeg (lege kwartalen blijven getoond, punt 5)', 'gesignaleerd', '2022-K2', 'a', onderdrukt('secundair')],
    ['de vierde hoek van de kubus', 'gesignaleerd', '2022-K2', 'b', onderdrukt('secundair')],
    ['een leeg kwartaal: 0, getoond', 'gesignaleerd', '2022-K3', 'a', gepubliceerd(0)],
    ['het totaal verandert niet met de kubus en wordt getoond', 'gesignaleerd', '2022-K1', 'type:politie', gepubliceerd(13)],
    ['alleen organisaties in de boom tellen: landelijk zonder de 6 van elders', 'gesignaleerd', ALLES, LANDELIJK, gepubliceerd(33)],
    ['een andere stap heeft een eigen tabel', 'aangifte', '2022-K1', 'a', gepubliceerd(0)],
  ] as const)('%s', (_n, stap, tijd, org, verwacht) => expect(vrijgave().lees(stap, null, tijd, org)).toEqual(verwacht));

  it.each([
    // Punt 4: for the base step the ±1 is a dossier of which nothing else is known, so in a table by
    // nationality the cube's cells are suppressed at "onbekend" — though every dossier here has a known one.
    ['gesignaleerd per nationaliteit: de kubus bij onbekend, ook met 0', 'gesignaleerd', { dimensie: 'nationaliteitCategorie', waarde: 'onbekend' }, '2022-K2', 'a', onderdrukt('secundair')],
    ['gesignaleerd per nationaliteit: een andere waarde buiten de kubus is een gewone cel', 'gesignaleerd', { dimensie: 'nationaliteitCategorie', waarde: 'nederlands' }, '2022-K2', 'a', gepubliceerd(0)],
    // The filtered table protects its own small cells too (derdelander in 2022-K1 at A is 3), and there
    // as well an empty quarter is the last choice of partner: it stays published (punt 5).
    ['gesignaleerd per nationaliteit: een leeg kwartaal blijft getoond', 'gesignaleerd', { dimensie: 'nationaliteitCategorie', waarde: 'derdelander' }, '2022-K3', 'a', gepubliceerd(0)],
    ['gesignaleerd per leeftijd: de kubus bij onbekend', 'gesignaleerd', { dimensie: 'leeftijdscategorie', waarde: 'onbekend' }, '2022-K2', 'a', onderdrukt('secundair')],
    ['gesignaleerd per leeftijd: minderjarig buiten de kubus', 'gesignaleerd', { dimensie: 'leeftijdscategorie', waarde: 'minderjarig' }, '2022-K2', 'a', gepubliceerd(0)],
    // Any later step: the ±1 is a dossier like the representative, with its nationality.
    ['beoordeeld per nationaliteit: de kubus bij de nationaliteit van de representant', 'beoordeeld', { dimensie: 'nationaliteitCategorie', waarde: 'derdelander' }, '2022-K2', 'a', onderdrukt('secundair')],
    ['beoordeeld per nationaliteit: niet bij onbekend', 'beoordeeld', { dimensie: 'nationaliteitCategorie', waarde: 'onbekend' }, '2022-K2', 'a', gepubliceerd(0)],
    // Other filters carry the cube over at the values of a representative dossier of the primary cell.
    ['per bron: de kubus bij de bron van de representant', 'gesignaleerd', { dimensie: 'bron', waarde: 'kmar' }, '2022-K2', 'a', onderdrukt('secundair')],
    ['per bron: een andere bron buiten de kubus', 'gesignaleerd', { dimensie: 'bron', waarde: 'politie_eigen' }, '2022-K2', 'a', gepubliceerd(0)],
    ['slachtoffer bekend per verblijfssituatie: de kubus bij de waarde van de representant', 'slachtofferBekend', { dimensie: 'verblijfssituatie', waarde: 'onbekend' }, '2022-K2', 'a', onderdrukt('secundair')],
    ['het totaal van een gefilterde tabel is de cel zonder filter', 'gesignaleerd', { dimensie: 'bron', waarde: 'kmar' }, '2022-K1', 'type:politie', gepubliceerd(13)],
  ] as const)('%s', (_n, stap, filter, tijd, org, verwacht) => expect(vrijgave().lees(stap, filter, tijd, org)).toEqual(verwacht));

  it('een kubus in een gefilterde tabel ruilt alleen een waarde en raakt de totalen niet (punt 4): die beslist de tabel zonder filter', () => {
    // The filtered tables' own total cells are never suppressed there, not even the small 3 of A in
    // 2022-K1: what is published of that total is the cell of the unfiltered table (primair).
    const v = vrijgave();
    for (const dimensie of FILTERNAMEN) {
      for (const tijd of v.tijd.ouder.keys()) {
        for (const org of v.org.ouder.keys()) {
          expect(v.lees('gesignaleerd', { dimensie, waarde: TOTAAL }, tijd, org).onderdrukt, `${dimensie} ${tijd} ${org}`).toBeNull();
        }
      }
    }
    expect(v.lees('gesignaleerd', null, '2022-K1', 'a')).toEqual(onderdrukt('primair'));
  });

  it('dezelfde vraag twee keer: hetzelfde antwoord (de beslissing wordt één keer genomen)', () => {
    const filter = { dimensie: 'bron', waarde: 'kmar' } as const;
    const v = vrijgave();
    expect(v.lees('gesignaleerd', filter, '2022-K2', 'b')).toEqual(v.lees('gesignaleerd', filter, '2022-K2', 'b'));
    expect(v.lees('gesignaleerd', null, '2022-K1', 'b')).toEqual(v.lees('gesignaleerd', null, '2022-K1', 'b'));
  });

  it.each([
    ['een knoop van de boom', { knoop: '2022' }, gepubliceerd(33)],
    ['een periode buiten de gegevens: 0', { knoop: '2019-K1' }, gepubliceerd(0)],
    ['van–tot als som van getoonde kwartalen (K3 en K4 zijn leeg)', { knoop: null, van: '2022-K3', tot: '2022-K4' }, gepubliceerd(0)],
    ['van–tot als alles min getoonde kwartalen erbuiten', { knoop: null, van: '2022-K1', tot: '2022-K2' }, gepubliceerd(33)],
  ] as const)('leesPeriode: %s', (_n, periode, verwacht) => expect(vrijgave().leesPeriode('gesignaleerd', null, periode, 'type:politie')).toEqual(verwacht));
});

describe('Vrijgave — de representant van een primaire cel: het dossier met de kleinste sleutel uit die cel', () => {
  // Politie A has 3 dossiers in 2022-K1 (primary): the one with the smallest key came in through the
  // KMar, the other two from the police itself, as every other dossier. Through a filter on the source
  // the cube is carried over at the representative's source, kmar — whatever order the dossiers come in.
  const feit = (sleutel: string, org: string, datum: string, bron: string) => dossierfeiten(ruw({
    sleutel, organisatieId: org, signalen: [{ ontvangstdatum: datum, bron, uitbuitingsvormen: ['arbeid'] }],
  }), OPTIES)!;
  const reeks = (voorvoegsel: string, aantal: number, org: string, datum: string) =>
    Array.from({ length: aantal }, (_, i) => feit(`${voorvoegsel}${String(i).padStart(2, '0')}`, org, datum, 'politie_eigen'));
  const feiten = [
    ...reeks('01', 10, 'b', '2022-02-01'), ...reeks('02', 10, 'a', '2022-05-01'), ...reeks('03', 10, 'b', '2022-05-01'),
    feit('0901', 'a', '2022-02-01', 'politie_eigen'), feit('0900', 'a', '2022-02-01', 'kmar'), feit('0902', 'a', '2022-02-01', 'politie_eigen'),
  ];
  const organisaties = [{ id: 'a', type: 'politie', naam: 'A' }, { id: 'b', type: 'politie', naam: 'B' }];
  const kmar = { dimensie: 'bron', waarde: 'kmar' } as const;
  const coa = { dimensie: 'bron', waarde: 'coa' } as const;

  it.each([['zoals aangeleverd', feiten], ['omgekeerd aangeleverd', [...feiten].reverse()]])('%s', (_n, lijst) => {
    const v = new Vrijgave(lijst, organisaties);
    expect(v.lees('gesignaleerd', null, '2022-K1', 'a')).toEqual({ aantal: null, onderdrukt: 'primair' });
    // The cube's other corners, at kmar, are suppressed, though nobody there came in through the KMar.
    expect(v.lees('gesignaleerd', kmar, '2022-K2', 'a')).toEqual({ aantal: null, onderdrukt: 'secundair' });
    expect(v.lees('gesignaleerd', kmar, '2022-K1', 'b')).toEqual({ aantal: null, onderdrukt: 'secundair' });
    // Sources the representative does not have stay ordinary cells.
    expect(v.lees('gesignaleerd', coa, '2022-K2', 'a')).toEqual({ aantal: 0, onderdrukt: null });
  });
});
