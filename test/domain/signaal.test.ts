import { describe, expect, it } from 'vitest';
import { ORGANISATIE_TYPEN, type OrganisatieType, type Wegingsschaal } from '../../src/domain/catalogus.js';
import {
  magSchaalGebruiken, schaalWeigering, schalenVoorOrganisatieType, uitbuitingsvormenVan, waardeHoortBijSchaal, WEGINGSWAARDEN,
} from '../../src/domain/signaal.js';

describe('waardeHoortBijSchaal — docs/domein.md §14 (each organisation its own scale)', () => {
  const tabel: Array<[string, Wegingsschaal, string, boolean]> = [
    ['docs/domein.md §14 (rapport §4.3): politie_digw zwak', 'politie_digw', 'zwak', true],
    ['docs/domein.md §14 (rapport §4.3): politie_digw sterk', 'politie_digw', 'sterk', true],
    ['docs/domein.md §14 (rapport §4.3): politie_digw zeer_sterk', 'politie_digw', 'zeer_sterk', true],
    ['docs/domein.md §14 (rapport §4.3): politie_digw has no rood', 'politie_digw', 'rood', false],
    ['docs/domein.md §14 (rapport §6.3): kmar_stoplicht groen', 'kmar_stoplicht', 'groen', true],
    ['docs/domein.md §14 (rapport §6.3): kmar_stoplicht oranje', 'kmar_stoplicht', 'oranje', true],
    ['docs/domein.md §14 (rapport §6.3): kmar_stoplicht rood', 'kmar_stoplicht', 'rood', true],
    ['docs/domein.md §14 (rapport §6.3): kmar_stoplicht has no sterk', 'kmar_stoplicht', 'sterk', false],
    ['docs/domein.md §14 (rapport §5.5): nla_weeginstrument opvolgingswaardig', 'nla_weeginstrument', 'opvolgingswaardig', true],
    ['docs/domein.md §14 (rapport §5.5): nla_weeginstrument niet_opvolgingswaardig', 'nla_weeginstrument', 'niet_opvolgingswaardig', true],
    ['docs/domein.md §14 (rapport §5.5): nla_weeginstrument has no groen', 'nla_weeginstrument', 'groen', false],
    ['docs/domein.md §14: an inherited object key is no value', 'politie_digw', 'toString', false],
  ];
  it.each(tabel)('%s', (_naam, schaal, waarde, verwacht) => {
    expect(waardeHoortBijSchaal(schaal, waarde)).toBe(verwacht);
  });

  it('docs/domein.md §14: WEGINGSWAARDEN lists every value of every scale once', () => {
    expect([...WEGINGSWAARDEN].sort()).toEqual(['groen', 'niet_opvolgingswaardig', 'opvolgingswaardig', 'oranje', 'rood', 'sterk', 'zeer_sterk', 'zwak']);
  });
});

describe('schalenVoorOrganisatieType — docs/domein.md §3 (weging per organisation\'s own scale)', () => {
  const verwacht: Record<OrganisatieType, Wegingsschaal[]> = {
    politie: ['politie_digw'],
    kmar: ['kmar_stoplicht'],
    // As the catalogue assigns them (wegingsschalen[x].organisatieTypen in catalogus.ts).
    nla: ['politie_digw', 'nla_weeginstrument'],
    om: [], ind: [], coa: [], comensha: [], zorg: [], opvang: [], veilig_thuis: [], raad_kinderbescherming: [], gemeente: [], beheer: [],
  };
  it.each(ORGANISATIE_TYPEN.map((t) => [`docs/domein.md §14: ${t} weighs on ${verwacht[t].join(', ') || 'no scale'}`, t] as const))('%s', (_naam, type) => {
    expect(schalenVoorOrganisatieType(type)).toEqual(verwacht[type]);
    for (const schaal of ['politie_digw', 'kmar_stoplicht', 'nla_weeginstrument'] as const) {
      expect(magSchaalGebruiken(schaal, type)).toBe(verwacht[type].includes(schaal));
      expect(schaalWeigering(schaal, type) === null).toBe(verwacht[type].includes(schaal));
    }
  });

  it('README.md "HTTP conventions": the refusal says in Dutch which scale to use instead', () => {
    expect(schaalWeigering('kmar_stoplicht', 'politie')).toBe('Uw organisatie weegt signalen niet met de schaal kmar_stoplicht. Gebruik politie_digw, of laat weging leeg (null).');
    // An organisation with two scales hears both (the NLA weighs on the police DIGW scale and its own instrument).
    expect(schaalWeigering('kmar_stoplicht', 'nla')).toBe('Uw organisatie weegt signalen niet met de schaal kmar_stoplicht. Gebruik politie_digw of nla_weeginstrument, of laat weging leeg (null).');
    expect(schaalWeigering('politie_digw', 'om')).toBe('Uw organisatie heeft geen eigen wegingsschaal. Laat weging leeg (null).');
  });
});

describe('uitbuitingsvormenVan — art. 273f Sr; docs/domein.md §2 (forms combine; multi-valued)', () => {
  const tabel: Array<[string, string[][], string[]]> = [
    ['art. 273f Sr; docs/domein.md §2: no signals, no forms', [], []],
    ['art. 273f Sr; docs/domein.md §2: one signal, its forms', [['arbeid']], ['arbeid']],
    ['art. 273f Sr; docs/domein.md §2 (rapport §4.4.3): criminal + sexual combine, in catalogue order', [['crimineel'], ['seksueel']], ['seksueel', 'crimineel']],
    ['art. 273f Sr; docs/domein.md §2: duplicates across signals appear once', [['seksueel', 'arbeid'], ['arbeid', 'overig']], ['seksueel', 'arbeid', 'overig']],
  ];
  it.each(tabel)('%s', (_naam, vormen, verwacht) => {
    expect(uitbuitingsvormenVan(vormen.map((uitbuitingsvormen) => ({ uitbuitingsvormen })))).toEqual(verwacht);
  });
});
