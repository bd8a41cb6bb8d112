// The calendar the deadlines are counted in (src/domain/kalender.ts; docs/architectuur.md §1): civil
// dates are days in Europe/Amsterdam, moments are instants with an explicit offset, and only real
// calendar days in 1900–2100 are accepted (a typing error such as 0202 or 30 February is a 400, never
// a deadline). The bedenktijd's end date (B8/3.1 Vc 2000: three months) is a civil date, so the day
// on which a moment falls in the Netherlands decides it.
import { describe, expect, it } from 'vitest';
import {
  ALLE_JAREN, amsterdamseDatum, dagenTot, EERSTE_JAAR, isKalenderdatum, isMoment, LAATSTE_JAAR, ligtInDeToekomst, TIJDZONE,
} from '../../src/domain/kalender.js';

describe('amsterdamseDatum: de burgerlijke datum in Nederland op een moment', () => {
  it.each([
    // winter time (CET, UTC+1)
    ['2026-01-15T12:00:00Z', '2026-01-15'],
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    ['2026-02-28T23:30:00Z', '2026-03-01'],
    // summer time (CEST, UTC+2): two hours ahead, so 22:00 UTC is already tomorrow
    ['2026-07-01T21:59:59Z', '2026-07-01'],
    ['2026-07-01T22:00:00Z', '2026-07-02'],
    // the night the clocks go forward (29 March 2026, 02:00 CET → 03:00 CEST)
    ['2026-03-28T22:59:59Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    // and back (25 October 2026, 03:00 CEST → 02:00 CET)
    ['2026-10-24T21:59:59Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
  ])('%s → %s', (moment, datum) => {
    expect(amsterdamseDatum(new Date(moment))).toBe(datum);
  });

  it('de tijdzone is Europe/Amsterdam', () => {
    expect(TIJDZONE).toBe('Europe/Amsterdam');
  });
});

describe('ligtInDeToekomst: na vandaag in Nederland', () => {
  it.each([
    ['2026-07-02', '2026-07-01T21:59:59Z', true],
    ['2026-07-02', '2026-07-01T22:00:00Z', false], // it is 2 July in Amsterdam already: today is not the future
    ['2026-07-01', '2026-07-01T12:00:00Z', false],
    ['2026-06-30', '2026-07-01T12:00:00Z', false],
    ['2027-01-01', '2026-12-31T22:59:59Z', true],
    ['2027-01-01', '2026-12-31T23:00:00Z', false],
  ])('%s op moment %s → %s', (datum, nu, verwacht) => {
    expect(ligtInDeToekomst(datum, new Date(nu))).toBe(verwacht);
  });
});

describe('isKalenderdatum: een echte kalenderdag als JJJJ-MM-DD in 1900–2100', () => {
  it('de grenzen zijn 1900 en 2100', () => {
    expect([EERSTE_JAAR, LAATSTE_JAAR]).toEqual([1900, 2100]);
    expect(ALLE_JAREN).toEqual({ van: 1, tot: 9999 });
  });

  it.each([
    ['2026-12-02', true],
    ['1900-01-01', true],
    ['1899-12-31', false],
    ['2100-12-31', true],
    ['2101-01-01', false],
    ['2026-01-31', true],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['2100-02-29', false], // divisible by 100, not by 400
    ['1900-02-29', false],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-01-00', false],
    ['2026-01-32', false],
    ['0202-01-01', false], // a typing error for 2020 or 2026
    ['20266-01-01', false],
    ['2026-1-01', false],
    ['2026-01-1', false],
    ['26-01-01', false],
    ['2026/01/01', false],
    [' 2026-01-01', false],
    ['2026-01-01 ', false],
    ['x2026-01-01', false],
    ['2026-01-01x', false],
    ['2026-01-01T00:00:00Z', false],
    ['２０２６-01-01', false], // full-width digits are not \d
    ['', false],
  ])('%j → %s', (waarde, verwacht) => {
    expect(isKalenderdatum(waarde)).toBe(verwacht);
  });

  it.each([
    ['0001-01-01', { van: 1, tot: 9999 }, true],
    ['0004-02-29', { van: 1, tot: 9999 }, true],
    ['0003-02-29', { van: 1, tot: 9999 }, false],
    ['9999-12-31', { van: 1, tot: 9999 }, true],
    ['0000-01-01', { van: 1, tot: 9999 }, false],
    ['2026-06-01', { van: 2026, tot: 2026 }, true],
    ['2025-12-31', { van: 2026, tot: 2026 }, false],
    ['2027-01-01', { van: 2026, tot: 2026 }, false],
  ])('%s in %j → %s', (waarde, jaren, verwacht) => {
    expect(isKalenderdatum(waarde, jaren)).toBe(verwacht);
  });
});

describe('isMoment: ISO 8601 met een echte kalenderdag en een expliciete offset', () => {
  it.each([
    ['2026-12-02T10:00:00Z', true],
    ['2026-12-02T00:00:00Z', true],
    ['2026-12-02T09:59:59Z', true],
    ['2026-12-02T19:30:00Z', true],
    ['2026-12-02T20:00:00Z', true],
    ['2026-12-02T23:59:59Z', true],
    ['2026-12-02T24:00:00Z', false],
    ['2026-12-02T30:00:00Z', false],
    ['2026-12-02T10:60:00Z', false],
    ['2026-12-02T10:00:60Z', false],
    ['2026-12-02T10:00:00.1Z', true],
    ['2026-12-02T10:00:00.123456Z', true],
    ['2026-12-02T10:00:00.1234567Z', false],
    ['2026-12-02T10:00:00.Z', false],
    ['2026-12-02T10:00:00+01:00', true],
    ['2026-12-02T10:00:00-23:59', true],
    ['2026-12-02T10:00:00+05:30', true],
    ['2026-12-02T10:00:00+19:00', true],
    ['2026-12-02T10:00:00+24:00', false],
    ['2026-12-02T10:00:00+01:60', false],
    ['2026-12-02T10:00:00+0100', false],
    ['2026-12-02T10:00:00', false], // no offset: whose 10 o'clock?
    ['2026-12-02T10:00:00z', false],
    ['2026-12-02 10:00:00Z', false],
    ['2026-12-02T10:00Z', false],
    ['2026-12-02T1:00:00Z', false],
    ['x2026-12-02T10:00:00Z', false],
    ['+002026-12-02T10:00:00Z', false], // an expanded year: Date.parse takes it, the service does not
    ['2026-12-02T10:00:00Zx', false],
    ['2026-02-30T10:00:00Z', false], // no such day
    ['1899-12-31T23:00:00Z', false], // outside 1900–2100
    ['2101-01-01T00:00:00Z', false],
    ['2026-12-02', false],
  ])('%j → %s', (waarde, verwacht) => {
    expect(isMoment(waarde)).toBe(verwacht);
  });

  it('met ALLE_JAREN gelden de jaren van PostgreSQL', () => {
    expect(isMoment('0001-01-01T00:00:00Z', ALLE_JAREN)).toBe(true);
    expect(isMoment('9999-12-31T23:59:59Z', ALLE_JAREN)).toBe(true);
    expect(isMoment('0001-01-01T00:00:00Z')).toBe(false);
  });
});

describe('dagenTot: kalenderdagen tot de einddatum (0 op de laatste dag zelf, negatief erna)', () => {
  it.each([
    ['2026-12-02', '2026-12-02', 0],
    ['2026-12-03', '2026-12-02', 1],
    ['2026-12-01', '2026-12-02', -1],
    ['2027-03-02', '2026-12-02', 90],
    ['2026-03-30', '2026-03-28', 2], // across the night the clocks go forward: still two days
    ['2026-10-26', '2026-10-24', 2], // and back
    ['2026-12-16', '2026-12-02', 14], // the worklist's "ends within 14 days"
    ['2024-03-01', '2024-02-28', 2], // 29 February counts
  ])('van %s tot %s: %i', (einddatum, vandaag, dagen) => {
    expect(dagenTot(einddatum, vandaag)).toBe(dagen);
  });
});
