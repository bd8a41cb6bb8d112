// The Dutch labels (src/domain/labels.ts): no screen shows a raw code or an empty text. Every code of
// every enumeration has a label of its own; countries and languages get their Dutch name (ISO 3166-1
// alpha-2, ISO 639-1, from CLDR), and what is no country never appears in the list of countries.
import { describe, expect, it } from 'vitest';
import { BEDENKTIJD_STATUSSEN, BEEINDIGINGSREDENEN, REACTIES } from '../../src/domain/bedenktijd.js';
import {
  aandachtspunten, adviesStatussen, afwijzingsredenen, alleLanden, bedenktijdStatussen, beeindigingsredenen, geslachten, grondslagen,
  landenOpNaam, landnaam, opvanglocatieSoorten, plaatsingBeeindigingsredenen, reacties, taalnaam, toestemmingen, urgenties, VEELGEBRUIKTE_TALEN,
  verwijzingDoelen, verwijzingStatussen,
} from '../../src/domain/labels.js';
import {
  AANDACHTSPUNTEN, AFWIJZINGSREDENEN, GRONDSLAGEN, OPVANGLOCATIE_SOORTEN, PLAATSING_BEEINDIGINGSREDENEN, TOESTEMMINGEN, URGENTIES,
  VERWIJZING_DOELEN, VERWIJZING_STATUSSEN,
} from '../../src/domain/verwijzing.js';

describe('elke code van elke opsomming heeft een eigen, niet-lege Nederlandse tekst', () => {
  // The codes as the domain defines them; the advice statuses and sexes are the API's
  // (src/modules/bedenktijd-adviezen, src/modules/persoonsgegevens), spelled out here.
  const tabel: Array<[string, Readonly<Record<string, string>>, readonly string[]]> = [
    ['bedenktijdStatussen', bedenktijdStatussen, BEDENKTIJD_STATUSSEN],
    ['reacties', reacties, REACTIES],
    ['beeindigingsredenen (met verlopen)', beeindigingsredenen, [...BEEINDIGINGSREDENEN, 'verlopen']],
    ['adviesStatussen', adviesStatussen, ['open', 'overgenomen', 'niet_overgenomen']],
    ['verwijzingDoelen', verwijzingDoelen, VERWIJZING_DOELEN],
    ['verwijzingStatussen', verwijzingStatussen, VERWIJZING_STATUSSEN],
    ['urgenties', urgenties, URGENTIES],
    ['toestemmingen', toestemmingen, TOESTEMMINGEN],
    ['grondslagen', grondslagen, GRONDSLAGEN],
    ['afwijzingsredenen', afwijzingsredenen, AFWIJZINGSREDENEN],
    ['geslachten', geslachten, ['vrouw', 'man', 'x', 'onbekend']],
    ['plaatsingBeeindigingsredenen', plaatsingBeeindigingsredenen, PLAATSING_BEEINDIGINGSREDENEN],
    ['opvanglocatieSoorten', opvanglocatieSoorten, OPVANGLOCATIE_SOORTEN],
    ['aandachtspunten', aandachtspunten, AANDACHTSPUNTEN],
  ];
  it.each(tabel)('%s', (_n, labels, codes) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(labels[code], code).toMatch(/^\p{Lu}/u); // a sentence, starting with a capital: never '' and never the code
      expect(labels[code], code).not.toBe(code);
    }
    // Two options with one text cannot be told apart in a form.
    expect(new Set(Object.values(labels)).size).toBe(codes.length);
  });

  it('de grondslagen noemen het artikel van de AVG waarop ze rusten', () => {
    expect(grondslagen.acuut_gevaar).toContain('AVG art. 6 lid 1 sub d');
    expect(grondslagen.wettelijke_taak).toContain('AVG art. 6 lid 1 sub e');
  });
});

describe('landnaam — ISO 3166-1 alpha-2 in het Nederlands', () => {
  it.each([
    ['GH', 'Ghana'],
    ['gh', 'Ghana'], // a code in lower case is still the country
    ['NL', 'Nederland'],
    ['AA', 'AA'], // not assigned: the code itself, never an empty cell
    [null, '—'],
    [undefined, '—'],
    ['', '—'],
  ] as const)('%s → %s', (code, naam) => expect(landnaam(code)).toBe(naam));
});

describe('taalnaam — ISO 639 in het Nederlands, met een hoofdletter', () => {
  it.each([
    ['en', 'Engels'],
    ['tw', 'Akan'],
    ['mul', 'Meerdere talen'], // CLDR writes this one in lower case
    ['zxx', 'Geen linguïstische inhoud'],
    ['qq', 'qq'], // no name: the code itself
  ] as const)('%s → %s', (code, naam) => expect(taalnaam(code)).toBe(naam));
});

// landenOpNaam computes the list, alleLanden keeps it: the rules are tested on a fresh computation,
// so that no list computed earlier in the same process can hide a change.
describe('landenOpNaam — elk land met zijn Nederlandse naam, op Nederlandse alfabetvolgorde', () => {
  const codes = () => landenOpNaam().map((l) => l.code);

  it.each([
    ['AD', 'Andorra'], ['NL', 'Nederland'], ['NZ', 'Nieuw-Zeeland'], ['ZA', 'Zuid-Afrika'], ['ZW', 'Zimbabwe'],
  ])('%s (%s) staat erin — van AA tot en met ZZ', (code, naam) => {
    expect(landenOpNaam()).toContainEqual({ code, naam });
  });

  // CLDR names these codes, but they are no country a person can come from.
  it.each([
    ['EU', 'Europese Unie'], ['EZ', 'eurozone'], ['UN', 'Verenigde Naties'], ['QO', 'overig Oceanië'], ['ZZ', 'onbekend gebied'],
    ['XA', 'pseudo-locale'], ['XB', 'pseudo-locale'],
    ['AC', 'Ascension (deel van Sint-Helena, SH)'], ['CP', 'Clipperton (Frans)'], ['DG', 'Diego Garcia (deel van IO)'],
    ['EA', 'Ceuta en Melilla (Spanje)'], ['IC', 'Canarische Eilanden (Spanje)'], ['TA', 'Tristan da Cunha (deel van SH)'], ['CQ', 'Sark (Guernsey)'],
  ])('%s (%s) staat er niet in', (code) => {
    expect(landnaam(code)).not.toBe(code); // CLDR does name it: the exclusion is what keeps it out
    expect(codes()).not.toContain(code);
  });

  it('alfabetisch zoals in het Nederlands: Åland tussen Afghanistan en Albanië, Zwitserland achteraan', () => {
    const namen = landenOpNaam().map((l) => l.naam);
    expect(namen.slice(0, 3)).toEqual(['Afghanistan', 'Åland', 'Albanië']);
    expect(namen.at(-1)).toBe('Zwitserland');
  });

  it('elke code één keer, elke naam anders dan de code', () => {
    expect(new Set(codes()).size).toBe(landenOpNaam().length);
    for (const l of landenOpNaam()) expect(l.naam).not.toBe(l.code);
  });

  it('alleLanden: die lijst, één keer berekend — elke formulierweergave krijgt dezelfde', () => {
    expect(alleLanden()).toEqual(landenOpNaam());
    expect(alleLanden()).toBe(alleLanden());
  });
});

describe('VEELGEBRUIKTE_TALEN — de talen in de formulieren', () => {
  it('elke code is een taal met een Nederlandse naam, en komt één keer voor', () => {
    for (const code of VEELGEBRUIKTE_TALEN) expect(taalnaam(code), code).not.toBe(code);
    expect(new Set(VEELGEBRUIKTE_TALEN).size).toBe(VEELGEBRUIKTE_TALEN.length);
  });
  it('Nederlands en Engels staan vooraan', () => expect(VEELGEBRUIKTE_TALEN.slice(0, 2)).toEqual(['nl', 'en']));
});
