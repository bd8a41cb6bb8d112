// The event table (issue 20; docs/regels.md R1): every path to a victim's act maps to one event, and
// the event alone decides the effects. B8/3.1 Vc 2000 (rapport §3.4.1, vn. 60); model M55.
import { describe, expect, it } from 'vitest';
import { BEEINDIGINGSREDENEN, REACTIES } from '../../src/domain/bedenktijd.js';
import {
  GEVOLGEN, SLACHTOFFERGEBEURTENISSEN, gebeurtenisVoorBeeindigingsreden, gebeurtenisVoorReactie, gebeurtenisVoorSoort,
} from '../../src/domain/gebeurtenissen.js';
import { beeindigtBedenktijdMet, kennisgevingVoor, omOntvangtKennisgeving, STRAFRECHTELIJKE_SOORTEN } from '../../src/domain/strafrecht.js';

describe('GEVOLGEN — de tabel', () => {
  it.each([
    ['aangifte', { strafrechtelijkeSoort: 'aangifte', beeindigingsreden: 'aangifte', kennisgeving: 'm55_aangifte', ontvangers: 'ind_en_coa', omKopie: true, vereistInformatiefGesprek: true }],
    ['medewerking_strafproces', { strafrechtelijkeSoort: 'medewerking_strafproces', beeindigingsreden: 'medewerking_strafproces', kennisgeving: 'm55_medewerking_strafproces', ontvangers: 'ind_en_coa', omKopie: true, vereistInformatiefGesprek: false }],
    ['afzien_medewerking', { strafrechtelijkeSoort: 'afzien_aangifte', beeindigingsreden: 'afzien_medewerking', kennisgeving: null, ontvangers: null, omKopie: false, vereistInformatiefGesprek: false }],
  ] as const)('%s', (g, verwacht) => {
    expect(GEVOLGEN[g]).toMatchObject(verwacht);
    expect(GEVOLGEN[g].bron).toMatch(/B8\/3\.1 Vc 2000/);
  });
});

describe('elk pad naar dezelfde gebeurtenis', () => {
  it.each([
    ['strafrecht aangifte', gebeurtenisVoorSoort('aangifte'), 'aangifte'],
    ['strafrecht medewerking_strafproces', gebeurtenisVoorSoort('medewerking_strafproces'), 'medewerking_strafproces'],
    ['strafrecht afzien_aangifte (rapport vn. 60)', gebeurtenisVoorSoort('afzien_aangifte'), 'afzien_medewerking'],
    ['beëindiging aangifte', gebeurtenisVoorBeeindigingsreden('aangifte'), 'aangifte'],
    ['beëindiging medewerking_strafproces', gebeurtenisVoorBeeindigingsreden('medewerking_strafproces'), 'medewerking_strafproces'],
    ['beëindiging afzien_medewerking', gebeurtenisVoorBeeindigingsreden('afzien_medewerking'), 'afzien_medewerking'],
    ['beëindiging vertrek_onbekende_bestemming: geen handeling richting het strafproces', gebeurtenisVoorBeeindigingsreden('vertrek_onbekende_bestemming'), null],
    ['reactie geweigerd_direct_aangifte (rapport §3.4.1, §4.6.3)', gebeurtenisVoorReactie('geweigerd_direct_aangifte'), 'aangifte'],
    ['reactie aanvaard', gebeurtenisVoorReactie('aanvaard'), null],
    ['reactie geweigerd', gebeurtenisVoorReactie('geweigerd'), null],
  ])('%s', (_n, echt, verwacht) => expect(echt).toBe(verwacht));

  it('elke reden, reactie en strafrechtelijke soort is gedekt: OM-besluiten zijn geen gebeurtenis van het slachtoffer', () => {
    const vanSoort = STRAFRECHTELIJKE_SOORTEN.filter((s) => gebeurtenisVoorSoort(s) !== null);
    expect(vanSoort.sort()).toEqual(['aangifte', 'afzien_aangifte', 'medewerking_strafproces']);
    expect(BEEINDIGINGSREDENEN.filter((r) => gebeurtenisVoorBeeindigingsreden(r) !== null).sort()).toEqual(['aangifte', 'afzien_medewerking', 'medewerking_strafproces']);
    expect(REACTIES.filter((r) => gebeurtenisVoorReactie(r) !== null)).toEqual(['geweigerd_direct_aangifte']);
    // Every event is reachable from the criminal track and from the early end.
    for (const g of SLACHTOFFERGEBEURTENISSEN) {
      expect(gebeurtenisVoorSoort(GEVOLGEN[g].strafrechtelijkeSoort)).toBe(g);
      expect(gebeurtenisVoorBeeindigingsreden(GEVOLGEN[g].beeindigingsreden)).toBe(g);
    }
  });
});

describe('de strafrechtelijke regels lezen de tabel', () => {
  it.each(STRAFRECHTELIJKE_SOORTEN)('%s', (soort) => {
    const g = gebeurtenisVoorSoort(soort);
    if (!g) {
      expect(beeindigtBedenktijdMet(soort)).toBeNull();
      expect(omOntvangtKennisgeving(soort)).toBe(false);
      return;
    }
    expect(beeindigtBedenktijdMet(soort)).toBe(GEVOLGEN[g].beeindigingsreden);
    expect(omOntvangtKennisgeving(soort)).toBe(GEVOLGEN[g].omKopie);
    expect(kennisgevingVoor(soort)).toEqual(GEVOLGEN[g].kennisgeving ? { soort: GEVOLGEN[g].kennisgeving, ontvangers: GEVOLGEN[g].ontvangers } : null);
  });
});
