// The informatief gesprek and the duties around it (src/domain/informatiefgesprek.ts; docs/regels.md
// R5 and R6): what the refusals say. Aanwijzing mensenhandel (rapport Rijke signalen, wisselende
// opvolging, §3.3.4, vn. 48): the interview comes before an aangifte, except in an acute situation;
// only certified staff hold it (rapport §5.3, §5.6, §6.3). Which cases are refused is in
// test/domain/opvolging.test.ts; here: the field each refusal names and the way out it offers.
import { describe, expect, it } from 'vitest';
import {
  acuteSituatieNietToegestaan, certificeringWeigering, gespreksplichtenBevinding, informatiefGesprekVoorAangifteBevinding, OPSPORINGSINDICATIES,
} from '../../src/domain/informatiefgesprek.js';

describe('informatiefGesprekVoorAangifteBevinding — alleen een gevoerd gesprek telt', () => {
  it.each([
    ['een beoordeling met een datum maar zonder gevoerd gesprek', [{ gevoerd: false, datum: '2026-11-01' }], true],
    ['een gevoerd gesprek naast een beoordeling zonder gesprek', [{ gevoerd: false, datum: '2026-11-01' }, { gevoerd: true, datum: '2026-11-02' }], false],
  ] as const)('%s', (_n, gesprekken, geweigerd) => {
    expect(informatiefGesprekVoorAangifteBevinding('2026-11-20', gesprekken, null) !== null).toBe(geweigerd);
  });

  it('de weigering (422) noemt de datum, de regel en beide uitwegen: het gesprek vastleggen of de acute situatie', () => {
    const b = informatiefGesprekVoorAangifteBevinding('2026-11-20', [], null)!;
    expect(b.pad).toBe('acuteSituatie');
    for (const deel of [
      /^Er is op of vóór 2026-11-20 geen informatief gesprek vastgelegd\. /,
      /Volgens de Aanwijzing mensenhandel gaat een informatief gesprek vooraf aan een aangifte van mensenhandel\. Leg eerst/,
      /\(informatiefGesprek\.gevoerd: true met de datum\)/,
      /of leg in acuteSituatie vast waarom een gesprek door een acute situatie niet mogelijk was, met wat u/,
      /\(opsporing kan ook zonder aangifte\).*opsporingsindicaties.*hulpverlening\.$/,
    ]) expect(b.reden).toMatch(deel);
  });
});

describe('acuteSituatieNietToegestaan en gespreksplichtenBevinding — het veld en wat te doen', () => {
  it('acuteSituatie bij iets anders dan een aangifte: laat het veld weg', () => {
    expect(acuteSituatieNietToegestaan(false, { omschrijving: 'x', opsporingZonderAangifteMeegedeeld: true, opsporingsindicaties: 'geen_bruikbare', gewezenOpHulpverlening: true }, 'soort sepot'))
      .toEqual({ pad: 'acuteSituatie', reden: 'acuteSituatie hoort alleen bij een aangifte (soort sepot); laat het veld weg.' });
  });
  it('plichten bij een gesprek dat niet gevoerd is: verplichtingen leeg, of gevoerd true', () => {
    const b = gespreksplichtenBevinding(false, { opsporingZonderAangifteMeegedeeld: true, opsporingsindicaties: 'niet_vastgelegd', gewezenOpHulpverlening: false })!;
    expect(b.pad).toBe('informatiefGesprek.verplichtingen');
    expect(b.reden).toMatch(/geen informatief gesprek gevoerd.*verplichtingen leeg \(null\).*gevoerd op true/);
  });
});

describe('certificeringWeigering — de weigering (403) zegt wie het gesprek voert en hoe het verder kan', () => {
  it('noemt de gecertificeerde functies per organisatie, de oorzaak en beide uitwegen', () => {
    const reden = certificeringWeigering(true, false)!;
    for (const deel of [
      /^Alleen een gecertificeerd intaker mensenhandel voert het informatief gesprek/,
      /\(bij de politie en de Arbeidsinspectie een gecertificeerd rechercheur mensenhandel, bij de KMar na de opleiding OAMK\)\. Uw/,
      /Uw sleutel of token is niet als gecertificeerd geregistreerd\. Laat een gecertificeerde collega/,
      /of vraag de beheerder om een gecertificeerde sleutel \(npm run beheer -- sleutel-aanmaken --gecertificeerd\)\.$/,
    ]) expect(reden).toMatch(deel);
  });
});

describe('OPSPORINGSINDICATIES — wat er met bruikbare opsporingsindicaties gebeurde (proces-verbaal van bevindingen)', () => {
  it('de drie mogelijke antwoorden', () => {
    expect(OPSPORINGSINDICATIES).toEqual(['geen_bruikbare', 'vastgelegd_in_proces_verbaal', 'niet_vastgelegd']);
  });
});
