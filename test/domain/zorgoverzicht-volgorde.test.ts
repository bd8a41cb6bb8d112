// The order of the care coordinator's overview (sorteerOpAandacht in src/domain/verwijzing.ts; GET
// /v1/zorgoverzicht: "achterstallige antwoorden, bedenktijden die binnen de herinneringstermijn eindigen,
// aanvaarde maar ongeplaatste verwijzingen, de rest"). Within each group the rule of issue 7 decides.
// issue 21: the ids in these tests sort alphabetically AGAINST the expected order, so a comparison
// that falls through to the id tie-break fails the test.
import { describe, expect, it } from 'vitest';
import { sorteerOpAandacht, type OverzichtItem } from '../../src/domain/verwijzing.js';

const VANDAAG = '2026-11-20';
const VENSTER = 14;
const item = (id: string, o: Partial<OverzichtItem>): OverzichtItem => ({
  verwijzingId: id, status: 'aanvaard', achterstallig: false, tijdstipVerwezen: new Date('2026-11-10T10:00:00Z'),
  tijdstipBesluit: new Date('2026-11-11T10:00:00Z'), bedenktijdStatus: null, uiterlijkeEinddatum: null, geplaatst: true, ...o,
});
const volgorde = (items: OverzichtItem[]) => sorteerOpAandacht(items, VANDAAG, VENSTER).map((i) => `${i.verwijzingId}:${i.aandacht}`);
const open = (verwezen: string, o: Partial<OverzichtItem> = {}): Partial<OverzichtItem> =>
  ({ status: 'open', achterstallig: true, tijdstipBesluit: null, tijdstipVerwezen: new Date(verwezen), ...o });

describe('sorteerOpAandacht — within each group (issue 7)', () => {
  it('overdue answers: the longest waiting first, whatever the bedenktijd', () => {
    expect(volgorde([
      item('a-sinds-12-nov', open('2026-11-12T10:00:00Z', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-11-22' })),
      item('z-sinds-1-nov', open('2026-11-01T10:00:00Z')),
      item('m-sinds-5-nov', open('2026-11-05T10:00:00Z')),
    ])).toEqual(['z-sinds-1-nov:antwoord_achterstallig', 'm-sinds-5-nov:antwoord_achterstallig', 'a-sinds-12-nov:antwoord_achterstallig']);
  });

  it('bedenktijd ending within the reminder horizon: the soonest end first', () => {
    expect(volgorde([
      item('a-eind-1-dec', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-12-01' }),
      item('z-eind-22-nov', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-11-22' }),
    ])).toEqual(['z-eind-22-nov:bedenktijd_loopt_af', 'a-eind-1-dec:bedenktijd_loopt_af']);
  });

  it('bedenktijd ending on the same day: the tie ends on the id (a stable order), not on the age of the referral', () => {
    expect(volgorde([
      item('c-oud', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-11-25', tijdstipVerwezen: new Date('2026-11-01T10:00:00Z') }),
      item('b-nieuw', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-11-25', tijdstipVerwezen: new Date('2026-11-09T10:00:00Z') }),
    ])).toEqual(['b-nieuw:bedenktijd_loopt_af', 'c-oud:bedenktijd_loopt_af']);
  });

  it('accepted but not placed: the longest accepted first — by the decision, not by the referral, and not by a bedenktijd that ends later', () => {
    expect(volgorde([
      // Referred earlier, accepted later, with a running bedenktijd outside the horizon.
      item('a-aanvaard-15-nov', {
        geplaatst: false, tijdstipVerwezen: new Date('2026-11-01T10:00:00Z'), tijdstipBesluit: new Date('2026-11-15T10:00:00Z'),
        bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2027-02-01',
      }),
      item('z-aanvaard-10-nov', { geplaatst: false, tijdstipVerwezen: new Date('2026-11-05T10:00:00Z'), tijdstipBesluit: new Date('2026-11-10T10:00:00Z') }),
    ])).toEqual(['z-aanvaard-10-nov:niet_geplaatst', 'a-aanvaard-15-nov:niet_geplaatst']);
  });

  it('nothing needed: a running bedenktijd first, by its end; then the rest', () => {
    expect(volgorde([
      item('a-geen-bedenktijd', { tijdstipVerwezen: new Date('2026-11-01T10:00:00Z') }),
      item('m-eind-maart', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2027-03-01' }),
      item('z-eind-februari', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2027-02-01' }),
    ])).toEqual(['z-eind-februari:null', 'm-eind-maart:null', 'a-geen-bedenktijd:null']);
  });

  it('issue 21: the end date of a bedenktijd that no longer runs does not count in the order', () => {
    expect(volgorde([
      item('a-verlopen-19-nov', { bedenktijdStatus: 'verlopen', uiterlijkeEinddatum: '2026-11-19', tijdstipVerwezen: new Date('2026-11-09T10:00:00Z') }),
      item('b-beeindigd-18-nov', { bedenktijdStatus: 'beeindigd', uiterlijkeEinddatum: '2026-11-18', tijdstipVerwezen: new Date('2026-11-08T10:00:00Z') }),
      item('z-loopt-tot-maart', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2027-03-01', tijdstipVerwezen: new Date('2026-11-10T10:00:00Z') }),
    ])).toEqual(['z-loopt-tot-maart:null', 'b-beeindigd-18-nov:null', 'a-verlopen-19-nov:null']);
  });

  it('nothing needed and no running bedenktijd: the oldest referral first', () => {
    expect(volgorde([
      item('a-verwezen-5-nov', { tijdstipVerwezen: new Date('2026-11-05T10:00:00Z') }),
      item('z-verwezen-1-nov', { tijdstipVerwezen: new Date('2026-11-01T10:00:00Z') }),
      item('m-verwezen-3-nov', { tijdstipVerwezen: new Date('2026-11-03T10:00:00Z') }),
    ])).toEqual(['z-verwezen-1-nov:null', 'm-verwezen-3-nov:null', 'a-verwezen-5-nov:null']);
  });

  it('otherwise equal items are ordered by id, whatever the input order (a stable order)', () => {
    for (const invoer of [['c', 'a', 'b'], ['b', 'c', 'a'], ['a', 'b', 'c'], ['c', 'b', 'a']]) {
      expect(volgorde(invoer.map((id) => item(id, {})))).toEqual(['a:null', 'b:null', 'c:null']);
    }
  });

  it('the groups come in the order of GET /v1/zorgoverzicht, whatever the ids and ages', () => {
    expect(volgorde([
      item('a-rest', { tijdstipVerwezen: new Date('2026-10-01T10:00:00Z') }),
      item('b-ongeplaatst', { geplaatst: false, tijdstipBesluit: new Date('2026-10-02T10:00:00Z') }),
      item('c-bedenktijd', { bedenktijdStatus: 'lopend', uiterlijkeEinddatum: '2026-12-04' }),
      item('d-achterstallig', open('2026-11-14T10:00:00Z')),
    ])).toEqual(['d-achterstallig:antwoord_achterstallig', 'c-bedenktijd:bedenktijd_loopt_af', 'b-ongeplaatst:niet_geplaatst', 'a-rest:null']);
  });
});

describe('sorteerOpAandacht — a missing moment (issue 21)', () => {
  it('an accepted referral without a recorded decision moment counts as the longest accepted: when in doubt, first', () => {
    expect(volgorde([
      item('a-aanvaard-10-nov', { geplaatst: false, tijdstipBesluit: new Date('2026-11-10T10:00:00Z') }),
      item('z-zonder-moment', { geplaatst: false, tijdstipBesluit: null }),
    ])).toEqual(['z-zonder-moment:niet_geplaatst', 'a-aanvaard-10-nov:niet_geplaatst']);
  });
});
