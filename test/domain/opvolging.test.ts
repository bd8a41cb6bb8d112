// The follow-up duties (issue 20; docs/regels.md R4–R7): the informatief gesprek before the aangifte
// and its duties, certified intakers, CoMensha's withdrawal, and the enrichment deadlines of signals.
import { describe, expect, it } from 'vitest';
import { aanmeldingBijCoMensha, intrekkingBijCoMensha } from '../../src/domain/beoordeling.js';
import { IDENTIFICATIESTATUSSEN } from '../../src/domain/catalogus.js';
import {
  acuteSituatieNietToegestaan, certificeringWeigering, gespreksplichtenBevinding, informatiefGesprekVoorAangifteBevinding, type AcuteSituatie,
} from '../../src/domain/informatiefgesprek.js';
import { opvolgingRedenenBevinding, uiterlijkeOpvolging, verrijkingstermijnUren, zonderOpvolging } from '../../src/domain/signaal.js';

const ACUUT: AcuteSituatie = { omschrijving: 'Inval.', opsporingZonderAangifteMeegedeeld: true, opsporingsindicaties: 'geen_bruikbare', gewezenOpHulpverlening: true };

describe('informatiefGesprekVoorAangifteBevinding — Aanwijzing mensenhandel (rapport §3.3.4)', () => {
  it.each([
    ['een gesprek op de dag van de aangifte', [{ gevoerd: true, datum: '2026-11-20' }], null, false],
    ['een gesprek eerder', [{ gevoerd: true, datum: '2026-11-01' }], null, false],
    ['een gesprek pas na de aangifte', [{ gevoerd: true, datum: '2026-11-21' }], null, true],
    ['een beoordeling zonder gesprek', [{ gevoerd: false, datum: null }], null, true],
    ['geen beoordeling', [], null, true],
    ['geen gesprek, maar een acute situatie', [], ACUUT, false],
  ] as const)('%s', (_n, gesprekken, acuut, geweigerd) => {
    const b = informatiefGesprekVoorAangifteBevinding('2026-11-20', gesprekken, acuut);
    expect(b === null).toBe(!geweigerd);
    if (b) expect(b.pad).toBe('acuteSituatie');
  });

  it('acuteSituatie alleen bij een aangifte; plichten alleen bij een gevoerd gesprek', () => {
    expect(acuteSituatieNietToegestaan(true, ACUUT, 'x')).toBeNull();
    expect(acuteSituatieNietToegestaan(false, null, 'x')).toBeNull();
    expect(acuteSituatieNietToegestaan(false, undefined, 'x')).toBeNull();
    expect(acuteSituatieNietToegestaan(false, ACUUT, 'soort aangifte')?.reden).toContain('soort aangifte');
    expect(gespreksplichtenBevinding(true, ACUUT)).toBeNull();
    expect(gespreksplichtenBevinding(false, null)).toBeNull();
    expect(gespreksplichtenBevinding(false, ACUUT)?.pad).toBe('informatiefGesprek.verplichtingen');
  });
});

describe('certificeringWeigering — rapport §5.3, §5.6, §6.3', () => {
  it.each([
    [true, true, false], [true, false, true], [false, false, false], [false, true, false],
  ])('gesprek %s, gecertificeerd %s → geweigerd %s', (gesprek, gecertificeerd, geweigerd) => {
    expect(certificeringWeigering(gesprek, gecertificeerd) !== null).toBe(geweigerd);
  });
});

describe('CoMensha — één aanmelding per persoon, intrekking als correctie', () => {
  it.each(IDENTIFICATIESTATUSSEN.flatMap((v) => IDENTIFICATIESTATUSSEN.map((n) => [v, n] as const)))('%s → %s', (vorige, nieuwe) => {
    const aan = aanmeldingBijCoMensha(vorige, nieuwe);
    const in_ = intrekkingBijCoMensha(vorige, nieuwe);
    expect(aan).toBe(vorige !== 'vermoedelijk_slachtoffer' && nieuwe === 'vermoedelijk_slachtoffer');
    expect(in_).toBe(vorige === 'vermoedelijk_slachtoffer' && nieuwe !== 'vermoedelijk_slachtoffer');
    expect(aan && in_).toBe(false);
  });

  it('over elke reeks statussen: aanmeldingen min intrekkingen is 0 of 1, en 1 precies zolang de status vermoedelijk_slachtoffer is', () => {
    const reeksen: string[][] = [['gesignaleerd']];
    for (let stap = 0; stap < 5; stap++) {
      for (const r of reeksen.splice(0)) for (const s of IDENTIFICATIESTATUSSEN.filter((x) => x !== 'gesignaleerd')) reeksen.push([...r, s]);
    }
    for (const r of reeksen) {
      let stand = 0;
      for (let i = 1; i < r.length; i++) {
        if (aanmeldingBijCoMensha(r[i - 1] as never, r[i] as never)) stand++;
        if (intrekkingBijCoMensha(r[i - 1] as never, r[i] as never)) stand--;
        expect(stand, r.join(' → ')).toBe(r[i] === 'vermoedelijk_slachtoffer' ? 1 : 0);
      }
    }
  });
});

describe('verrijkingstermijnen — rapport §4.3, Fase 2', () => {
  it.each([
    [{ schaal: 'politie_digw', waarde: 'zeer_sterk' }, 24],
    [{ schaal: 'politie_digw', waarde: 'sterk' }, 168],
    [{ schaal: 'politie_digw', waarde: 'zwak' }, 168],
    [{ schaal: 'kmar_stoplicht', waarde: 'rood' }, null],
    [{ schaal: 'nla_weeginstrument', waarde: 'opvolgingswaardig' }, null],
    [null, null],
  ])('%o → %s uur', (weging, uren) => expect(verrijkingstermijnUren(weging)).toBe(uren));

  const registratie = new Date('2026-11-20T10:00:00Z');
  const zeerSterk = { tijdstipRegistratie: registratie, weging: { schaal: 'politie_digw', waarde: 'zeer_sterk' }, tijdstipOpvolging: null };
  it('uiterlijkeOpvolging: registratie + termijn', () => {
    expect(uiterlijkeOpvolging(registratie, zeerSterk.weging)?.toISOString()).toBe('2026-11-21T10:00:00.000Z');
    expect(uiterlijkeOpvolging(registratie, null)).toBeNull();
  });
  it.each([
    ['op de termijn zelf nog niet', zeerSterk, null, '2026-11-21T10:00:00Z', false],
    ['een milliseconde erna wel', zeerSterk, null, '2026-11-21T10:00:00.001Z', true],
    ['met een vastgelegde opvolging niet', { ...zeerSterk, tijdstipOpvolging: new Date('2026-11-22T00:00:00Z') }, null, '2026-11-25T00:00:00Z', false],
    ['met een beoordeling na het signaal niet', zeerSterk, new Date('2026-11-23T00:00:00Z'), '2026-11-25T00:00:00Z', false],
    ['een beoordeling van vóór het signaal telt niet', zeerSterk, new Date('2026-11-19T00:00:00Z'), '2026-11-25T00:00:00Z', true],
    ['een beoordeling op hetzelfde moment als het signaal telt wel (sinds het signaal)', zeerSterk, registratie, '2026-11-25T00:00:00Z', false],
    ['een beoordeling een milliseconde vóór het signaal telt niet', zeerSterk, new Date(registratie.getTime() - 1), '2026-11-25T00:00:00Z', true],
    ['zonder termijn nooit', { ...zeerSterk, weging: { schaal: 'kmar_stoplicht', waarde: 'rood' } }, null, '2027-01-01T00:00:00Z', false],
  ] as const)('zonderOpvolging: %s', (_n, s, beoordeling, nu, verwacht) => expect(zonderOpvolging(s, beoordeling, new Date(nu))).toBe(verwacht));

  it('opvolgingRedenenBevinding: redenen verplicht bij niet_opvolgen, anders verboden', () => {
    // The reason tells the signal team what to do (a Dutch detail that says what to do).
    expect(opvolgingRedenenBevinding('niet_opvolgen', [])).toEqual({
      pad: 'redenen', reden: 'Geef bij niet_opvolgen ten minste één reden op (catalogus redenenGeenOpsporing), bijvoorbeeld onvoldoende_opsporingsindicaties.',
    });
    expect(opvolgingRedenenBevinding('niet_opvolgen', ['slachtoffer_onbereikbaar'])).toBeNull();
    expect(opvolgingRedenenBevinding('weegtafel', ['slachtoffer_onbereikbaar'])).toEqual({
      pad: 'redenen', reden: 'Redenen horen alleen bij niet_opvolgen; laat redenen leeg bij weegtafel.',
    });
    expect(opvolgingRedenenBevinding('informatief_gesprek', [])).toBeNull();
  });
});
