// The timeline of a dossier (issue 5): the victim, criminal, residence and care tracks merged in
// date order (datum, then registration moment), each entry with track, kind, date, organisation and
// a Dutch one-liner — without personal data, and each track only for roles that may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opvanglocaties, plaatsingen, toegangsrechten, verwijzingen } from '../../src/db/schema.js';
import { bedenktijdVerlopen } from '../../src/jobs/bedenktijd-verlopen.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { startTestApp, type Antwoord, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ nu: '2026-06-01T08:00:00Z' }); await seed(); });
afterAll(async () => { await t.close(); });

const intaker = (org: DemoCode = 'politie') => t.sleutel(org, 'intaker');
const officier = () => t.sleutel('om', 'officier');
const ind = () => t.sleutel('ind', 'ind_medewerker');

let dossierId: string;
const ids: Record<string, string> = {};

async function ok(methode: string, pad: string, sleutel: string, body?: unknown, status = 201) {
  t.klok.verzet(1000);
  const r = await t.verzoek(methode, pad, { sleutel, body });
  expect(r.status, `${methode} ${pad}: ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

/**
 * One dossier with an event of every kind the timeline knows on the victim track, events on the
 * criminal and residence tracks, and a referral with a placement on the care track (written
 * directly: the referral endpoints are another issue's). Registration moments deliberately do not
 * always follow the dates (the beroep is registered late), to show that the date decides.
 */
async function seed() {
  // 1 June: NLA registers, records a signal and an assessment, and advises the police.
  const dossier = await ok('POST', '/v1/dossiers', intaker('nla'), { nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' });
  dossierId = dossier.id;
  ids.dossier = dossierId;
  await ok('PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, intaker('nla'), { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: '1234567890', geslacht: 'vrouw', talen: ['en'] });
  ids.signaal = (await ok('POST', `/v1/dossiers/${dossierId}/signalen`, intaker('nla'), {
    ontvangstdatum: '2026-06-01', bron: 'ex_werknemer', melder: 'Jan de Buurman', uitbuitingsvormen: ['arbeid'], indicatoren: ['geen_of_te_weinig_loon'],
    locatie: 'nederland', weging: null, samenvatting: 'Ama werkt veertien uur per dag.',
  })).id;
  ids.beoordeling = (await ok('POST', `/v1/dossiers/${dossierId}/beoordelingen`, intaker('nla'), {
    beoordelingsdatum: '2026-06-01', informatiefGesprek: { gevoerd: true, datum: '2026-06-01' }, elementen: { handeling: true, middel: true, oogmerk: true },
    indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
  })).id;
  ids.advies = (await ok('POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, intaker('nla'), { beoordelingId: ids.beoordeling, ontvangendeOrganisatieId: t.organisatieIds.politie, toelichting: null })).id;

  // 2 June: the police offer on the advice; the victim accepts.
  t.klok.zet('2026-06-02T08:00:00Z');
  ids.bedenktijd1 = (await ok('POST', `/v1/dossiers/${dossierId}/bedenktijden`, intaker(), { aanbiedingsdatum: '2026-06-02', adviesId: ids.advies })).id;
  await ok('POST', `/v1/bedenktijden/${ids.bedenktijd1}/reactie`, intaker(), { reactie: 'aanvaard', datum: '2026-06-02', opvangGewenst: true }, 200);

  // Care track, written directly: referral 3 June, accepted 4 June, placement 5 June – 1 September, closed 2 September.
  ids.verwijzing = crypto.randomUUID();
  ids.locatie = crypto.randomUUID();
  ids.plaatsing = crypto.randomUUID();
  await t.db.insert(verwijzingen).values({
    id: ids.verwijzing, dossierId, verwijzendeOrganisatieId: t.organisatieIds.politie, ontvangendeOrganisatieId: t.organisatieIds.zorg,
    doel: 'cosm', reden: 'Opvang', urgentie: 'normaal', toestemming: 'ja', gegevensdeling: 'identiteit', status: 'afgerond',
    tijdstipVerwezen: new Date('2026-06-03T09:00:00Z'), tijdstipBesluit: new Date('2026-06-04T09:00:00Z'),
    tijdstipAfgesloten: new Date('2026-09-02T09:00:00Z'), tijdstipGewijzigd: new Date('2026-09-02T09:00:00Z'),
  });
  await t.db.insert(opvanglocaties).values({ id: ids.locatie, organisatieId: t.organisatieIds.opvang, naam: 'Safehouse Noord', soort: 'cosm', capaciteit: 8, tijdstipAangemaakt: new Date('2026-01-01T00:00:00Z'), tijdstipGewijzigd: new Date('2026-01-01T00:00:00Z') });
  await t.db.insert(plaatsingen).values({
    id: ids.plaatsing, verwijzingId: ids.verwijzing, dossierId, opvanglocatieId: ids.locatie, startdatum: '2026-06-05', einddatum: '2026-09-01',
    beeindigingsreden: 'vertrokken', tijdstipAangemaakt: new Date('2026-06-05T09:00:00Z'), tijdstipGewijzigd: new Date('2026-09-01T09:00:00Z'),
  });

  // 10 June: aangifte (ends the bedenktijd); 15 June: the OM starts an investigation; 20 June: the IND grants a permit.
  t.klok.zet('2026-06-10T08:00:00Z');
  ids.aangifte = (await ok('POST', `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, intaker(), { soort: 'aangifte', datum: '2026-06-10', toelichting: 'Ama Mensah verklaarde over haar werkgever.' })).id;
  t.klok.zet('2026-06-15T08:00:00Z');
  ids.onderzoek = (await ok('POST', `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, officier(), { soort: 'opsporingsonderzoek_gestart', datum: '2026-06-15' })).id;
  t.klok.zet('2026-06-20T08:00:00Z');
  ids.vergunning = (await ok('POST', `/v1/dossiers/${dossierId}/verblijfsbesluiten`, ind(), { soort: 'vergunning_verleend', datum: '2026-06-20' })).id;
  // Registered on 21 June, dated 12 June: the date decides its place.
  t.klok.zet('2026-06-21T08:00:00Z');
  ids.beroep = (await ok('POST', `/v1/dossiers/${dossierId}/beroepen-b8-3`, intaker(), { datum: '2026-06-12', toelichting: null })).id;

  // 1 July: a new offer, declined. 2 July: another offer, accepted; it expires after 2 October.
  t.klok.zet('2026-07-01T08:00:00Z');
  ids.bedenktijd2 = (await ok('POST', `/v1/dossiers/${dossierId}/bedenktijden`, intaker(), { aanbiedingsdatum: '2026-07-01', beoordelingId: ids.beoordeling })).id;
  await ok('POST', `/v1/bedenktijden/${ids.bedenktijd2}/reactie`, intaker(), { reactie: 'geweigerd', datum: '2026-07-01' }, 200);
  t.klok.zet('2026-07-02T08:00:00Z');
  ids.bedenktijd3 = (await ok('POST', `/v1/dossiers/${dossierId}/bedenktijden`, intaker(), { aanbiedingsdatum: '2026-07-02', beoordelingId: ids.beoordeling })).id;
  const verleend = await ok('POST', `/v1/bedenktijden/${ids.bedenktijd3}/reactie`, intaker(), { reactie: 'aanvaard', datum: '2026-07-02' }, 200);
  expect(verleend.uiterlijkeEinddatum).toBe('2026-10-02');
  t.klok.zet('2026-10-03T08:00:00Z');
  await bedenktijdVerlopen(t.deps);
  t.klok.zet('2026-11-20T10:00:00Z');
}

type Item = { spoor: string; soort: string; datum: string; organisatieId: string | null; organisatieNaam: string | null; omschrijving: string; bronId: string };

async function tijdlijn(sleutel: string): Promise<Item[]> {
  const items: Item[] = [];
  let url: string | null = `/v1/dossiers/${dossierId}/tijdlijn?limit=200`;
  while (url) {
    const r: Antwoord = await t.verzoek('GET', url, { sleutel });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    items.push(...r.body.tijdlijn);
    const link: string | null = r.headers.get('link');
    url = link ? link.slice(1, link.indexOf('>')) : null;
  }
  return items;
}

describe('GET /v1/dossiers/{dossierId}/tijdlijn', () => {
  it('lists every event of the seeded dossier in order: date, then registration moment, cause before consequence', async () => {
    const items = await tijdlijn(intaker());
    const o = t.organisatieIds;
    expect(items.map((i) => [i.datum, i.spoor, i.soort, i.bronId, i.organisatieId])).toEqual([
      ['2026-06-01', 'slachtoffer', 'registratie', ids.dossier, o.nla],
      ['2026-06-01', 'slachtoffer', 'signaal', ids.signaal, o.nla],
      ['2026-06-01', 'slachtoffer', 'beoordeling', ids.beoordeling, o.nla],
      ['2026-06-01', 'slachtoffer', 'bedenktijd_advies', ids.advies, o.nla],
      ['2026-06-02', 'slachtoffer', 'bedenktijd_aangeboden', ids.bedenktijd1, o.politie],
      ['2026-06-02', 'slachtoffer', 'bedenktijd_verleend', ids.bedenktijd1, o.politie],
      ['2026-06-03', 'zorg', 'verwijzing', ids.verwijzing, o.politie],
      ['2026-06-04', 'zorg', 'verwijzing_aanvaard', ids.verwijzing, o.zorg],
      ['2026-06-05', 'zorg', 'plaatsing', ids.plaatsing, o.opvang],
      ['2026-06-10', 'strafrecht', 'aangifte', ids.aangifte, o.politie],
      ['2026-06-10', 'slachtoffer', 'bedenktijd_beeindigd', ids.bedenktijd1, o.politie],
      ['2026-06-12', 'verblijf', 'beroep_b8_3', ids.beroep, o.politie],
      ['2026-06-15', 'strafrecht', 'opsporingsonderzoek_gestart', ids.onderzoek, o.om],
      ['2026-06-20', 'verblijf', 'vergunning_verleend', ids.vergunning, o.ind],
      ['2026-07-01', 'slachtoffer', 'bedenktijd_aangeboden', ids.bedenktijd2, o.politie],
      ['2026-07-01', 'slachtoffer', 'bedenktijd_geweigerd', ids.bedenktijd2, o.politie],
      ['2026-07-02', 'slachtoffer', 'bedenktijd_aangeboden', ids.bedenktijd3, o.politie],
      ['2026-07-02', 'slachtoffer', 'bedenktijd_verleend', ids.bedenktijd3, o.politie],
      ['2026-09-01', 'zorg', 'plaatsing_beeindigd', ids.plaatsing, o.opvang],
      ['2026-09-02', 'zorg', 'verwijzing_afgerond', ids.verwijzing, o.zorg],
      ['2026-10-02', 'slachtoffer', 'bedenktijd_verlopen', ids.bedenktijd3, null],
    ]);
  });

  it('each entry has the organisation\'s name and a Dutch one-liner', async () => {
    const items = await tijdlijn(intaker());
    const per = (soort: string, bronId?: string) => items.find((i) => i.soort === soort && (!bronId || i.bronId === bronId))!;
    expect(per('registratie').organisatieNaam).toBe('NLA Opsporing');
    expect(per('registratie').omschrijving).toMatch(/^Dossier NRM-\d{4}-\d{6} geregistreerd\.$/);
    expect(per('signaal').omschrijving).toBe('Signaal ontvangen (bron: (ex-)werknemer; uitbuitingsvorm: arbeidsuitbuiting (incl. bedelarij)).');
    expect(per('beoordeling').omschrijving).toBe('Geringste aanwijzing vastgesteld.');
    expect(per('bedenktijd_verleend', ids.bedenktijd1).omschrijving).toBe('Bedenktijd aanvaard en verleend, uiterlijk tot en met 2026-09-02 (b8-3-drie-maanden).');
    expect(per('bedenktijd_beeindigd').omschrijving).toBe('Bedenktijd beëindigd: aangifte gedaan.');
    expect(per('aangifte')).toMatchObject({ omschrijving: 'Aangifte gedaan.', organisatieNaam: 'Politie Eenheid Amsterdam (TMM)' });
    expect(per('vergunning_verleend')).toMatchObject({ omschrijving: 'Verblijfsvergunning (B8/3) verleend, geldig tot en met 2027-06-20.', organisatieNaam: 'IND' });
    expect(per('plaatsing').omschrijving).toBe('Geplaatst in de opvang (COSM).');
    expect(per('bedenktijd_verlopen')).toMatchObject({ organisatieNaam: null, omschrijving: 'Bedenktijd verlopen (uiterlijke einddatum 2026-10-02 bereikt).' });
    for (const i of items) expect(i.omschrijving).toMatch(/^[A-Z].*\.$/);
  });

  it('contains no personal data: no name, V-number, birth date, reporter, free text or shelter name', async () => {
    const r = await t.verzoek('GET', `/v1/dossiers/${dossierId}/tijdlijn?limit=200`, { sleutel: intaker() });
    for (const verboden of ['Ama', 'Mensah', '1234567890', '1999-04-02', 'Buurman', 'veertien uur', 'werkgever', 'Safehouse']) {
      expect(r.text).not.toContain(verboden);
    }
  });

  it('paginates with a Link header in the same order', async () => {
    const alles = await tijdlijn(intaker());
    const paginas: Item[] = [];
    let url: string | null = `/v1/dossiers/${dossierId}/tijdlijn?limit=4`;
    let aantal = 0;
    while (url) {
      const r: Antwoord = await t.verzoek('GET', url, { sleutel: intaker() });
      expect(r.body.tijdlijn.length).toBeLessThanOrEqual(4);
      paginas.push(...r.body.tijdlijn);
      const link: string | null = r.headers.get('link');
      url = link ? link.slice(1, link.indexOf('>')) : null;
      aantal++;
    }
    expect(aantal).toBe(Math.ceil(alles.length / 4));
    expect(paginas).toEqual(alles);
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}/tijdlijn?cursor=onzin`, { sleutel: intaker() })).status).toBe(400);
  });

  it('shows each track only to roles that may read it (docs/architectuur.md §3): IND, OM and a care coordinator', async () => {
    const soorten = async (sleutel: string) => new Set((await tijdlijn(sleutel)).map((i) => i.soort));
    const sporen = async (sleutel: string) => new Set((await tijdlijn(sleutel)).map((i) => i.spoor));
    // IND: no signals, no NLA advice, no care track.
    const voorInd = await soorten(ind());
    expect(voorInd.has('signaal') || voorInd.has('bedenktijd_advies') || voorInd.has('verwijzing')).toBe(false);
    expect(await sporen(ind())).toEqual(new Set(['slachtoffer', 'strafrecht', 'verblijf']));
    // OM: signals and the criminal track, no advice and no care track.
    const voorOm = await soorten(officier());
    expect(voorOm.has('signaal') && voorOm.has('aangifte') && !voorOm.has('bedenktijd_advies')).toBe(true);
    expect(await sporen(officier())).toEqual(new Set(['slachtoffer', 'strafrecht', 'verblijf']));
    // A care coordinator with a referral: care and residence, no criminal track and no signals.
    await t.db.insert(toegangsrechten).values({
      dossierId, organisatieId: t.organisatieIds.zorg, doel: 'verwijzing', bronId: ids.verwijzing!, reikwijdte: 'identiteit',
      magWijzigen: false, magDoorgeven: true, verleendDoorOrganisatieId: t.organisatieIds.politie, tijdstipVerleend: t.klok.now(),
    }).onConflictDoNothing();
    const zorg = t.sleutel('zorg', 'zorgcoordinator');
    expect(await sporen(zorg)).toEqual(new Set(['slachtoffer', 'verblijf', 'zorg']));
    expect((await soorten(zorg)).has('signaal')).toBe(false);
  });

  it('404 for another organisation\'s dossier and an unknown or malformed id; 403 for roles without tijdlijn.lezen', async () => {
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}/tijdlijn`, { sleutel: intaker('politie2') })).status).toBe(404);
    expect((await t.verzoek('GET', `/v1/dossiers/${crypto.randomUUID()}/tijdlijn`, { sleutel: intaker() })).status).toBe(404);
    expect((await t.verzoek('GET', '/v1/dossiers/geen-id/tijdlijn', { sleutel: intaker() })).status).toBe(404);
    // The COA has no reason to see this dossier (no asylum seeker: it was never notified).
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}/tijdlijn`, { sleutel: t.sleutel('coa', 'coa_medewerker') })).status).toBe(404);
    for (const [org, rol] of [['politie', 'analist'], ['beheer', 'auditor'], ['beheer', 'beheerder']] as const) {
      const r = await t.verzoek('GET', `/v1/dossiers/${dossierId}/tijdlijn`, { sleutel: t.sleutel(org, rol) });
      expect(r.status).toBe(403);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}/tijdlijn`)).status).toBe(401);
  });

  it('a new dossier has just its registration', async () => {
    const nieuw = await ok('POST', '/v1/dossiers', intaker(), { nationaliteitCategorie: 'onbekend', eurechtelijkeAanspraken: null, verblijfssituatie: 'onbekend', leeftijdscategorie: 'onbekend' });
    const r = await t.verzoek('GET', `/v1/dossiers/${nieuw.id}/tijdlijn`, { sleutel: intaker() });
    expect(r.status).toBe(200);
    expect(r.headers.get('api-version')).toBeTruthy();
    expect(r.body).toEqual({ tijdlijn: [{
      spoor: 'slachtoffer', soort: 'registratie', datum: '2026-11-20', organisatieId: t.organisatieIds.politie,
      organisatieNaam: 'Politie Eenheid Amsterdam (TMM)', omschrijving: `Dossier ${nieuw.dossiernummer} geregistreerd.`, bronId: nieuw.id,
    }] });
  });
});
