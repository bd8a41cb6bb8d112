import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditregels, bedenktijden, kennisgevingen, toegangsrechten, verwijzingen } from '../../src/db/schema.js';
import { nieuwVnummer } from '../support/personen.js';
import { startTestApp, type Antwoord, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const BEGIN = '2026-11-20T10:00:00Z';
const politie = () => t.sleutel('politie', 'intaker');
const opvang = () => t.sleutel('opvang', 'opvangmedewerker');
const zorg = () => t.sleutel('zorg', 'zorgcoordinator');

const volwassene = { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' };

async function nieuwDossier(extra: Record<string, unknown> = {}): Promise<string> {
  const r = await t.verzoek('POST', '/v1/dossiers', { sleutel: politie(), body: { ...volwassene, ...extra } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

async function legPersoonsgegevensVast(dossierId: string) {
  const r = await t.verzoek('PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, {
    sleutel: politie(), body: { voornamen: 'Ama', geslachtsnaam: 'Mensah', nationaliteit: 'GH', vreemdelingennummer: nieuwVnummer(), talen: ['en'] },
  });
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
}

const cosm = () => ({ doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Heeft onderdak nodig tijdens de bedenktijd.', urgentie: 'hoog', toestemming: 'ja' });

async function verwijs(dossierId: string, body: Record<string, unknown>, sleutel = politie()) {
  const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel, body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

async function besluit(verwijzingId: string, body: Record<string, unknown>, sleutel = opvang()) {
  const r = await t.verzoek('POST', `/v1/verwijzingen/${verwijzingId}/besluit`, { sleutel, body });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}

/** Sends a request that must be refused, and checks that nothing was written. */
async function geweigerd(methode: string, pad: string, o: Parameters<TestApp['verzoek']>[2]) {
  const voor = await t.tabeltellingen();
  const r = await t.verzoek(methode, pad, o);
  expect(await t.tabeltellingen()).toEqual(voor);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect(r.headers.get('api-version')).toBe('1.0.0');
  return r;
}

async function feed(sleutel: string, soort: string) {
  const r = await t.verzoek('GET', `/v1/kennisgevingen?soort=${soort}&limit=200`, { sleutel });
  expect(r.status).toBe(200);
  return r.body.kennisgevingen as Array<{ id: string; soort: string; dossierId: string }>;
}

/** The organisation's grants on the dossier as `doel:reikwijdte` (src/domain/toegang.ts). */
async function toegangsrechtenVan(dossierId: string, organisatieId: string) {
  const rijen = await t.db.select().from(toegangsrechten)
    .where(and(eq(toegangsrechten.dossierId, dossierId), eq(toegangsrechten.organisatieId, organisatieId)));
  return rijen.map((r) => `${r.doel}:${r.reikwijdte}`).sort();
}

describe('POST /v1/dossiers/{dossierId}/verwijzingen', () => {
  it('COSM voor een meerderjarige derdelander: 201, Location, open; ontvanger krijgt toegang, kennisgeving en ziet haar in de wachtrij', async () => {
    const dossierId = await nieuwDossier();
    await legPersoonsgegevensVast(dossierId);
    const voor = await t.tabeltellingen();
    const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: politie(), body: cosm() });
    expect(r.status).toBe(201);
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect(r.headers.get('location')).toBe(`/v1/verwijzingen/${r.body.id}`);
    expect(r.body).toEqual({
      id: expect.any(String), dossierId, dossiernummer: expect.stringMatching(/^NRM-2026-\d{6}$/),
      verwijzendeOrganisatieId: t.organisatieIds.politie, ontvangendeOrganisatieId: t.organisatieIds.opvang,
      doel: 'cosm', reden: cosm().reden, urgentie: 'hoog', toestemming: 'ja', grondslag: null, gegevensdeling: 'identiteit',
      status: 'open', achterstallig: false, afwijzingsreden: null, toelichting: null, opvangGeweigerd: false, opvangWeigeringReden: null,
      tijdstipVerwezen: t.klok.now().toISOString(), tijdstipBesluit: null, tijdstipAfgesloten: null, tijdstipGewijzigd: t.klok.now().toISOString(),
    });
    // One transaction: the referral, its audit row, the outbox row and the access rows.
    const na = await t.tabeltellingen();
    expect(na.verwijzingen).toBe(voor.verwijzingen! + 1);
    expect(na.kennisgevingen).toBe(voor.kennisgevingen! + 1);
    const acties = (await t.db.select().from(auditregels).where(eq(auditregels.objectId, r.body.id))).map((a) => a.actie);
    expect(acties).toEqual(['verwijzing.aangemaakt']);
    // The grant is audited as its own change.
    const grantAudit = await t.db.select().from(auditregels).where(eq(auditregels.objectId, `${t.organisatieIds.opvang}:verwijzing:${r.body.id}`));
    expect(grantAudit.map((a) => a.actie)).toEqual(['toegang.verleend.identiteit']);
    expect(await toegangsrechtenVan(dossierId, t.organisatieIds.opvang)).toEqual(['verwijzing:identiteit']);

    // The receiver: in its queue, in its feed (pseudonymous content), the dossier and the personal data.
    const wachtrij = await t.verzoek('GET', '/v1/verwijzingen', { sleutel: opvang() });
    expect(wachtrij.status).toBe(200);
    expect(wachtrij.body.verwijzingen.map((v: { id: string }) => v.id)).toContain(r.body.id);
    const kg = (await feed(opvang(), 'verwijzing_ontvangen')).filter((k) => k.dossierId === dossierId);
    expect(kg).toHaveLength(1);
    const inhoud = await t.verzoek('GET', `/v1/kennisgevingen/${kg[0]!.id}`, { sleutel: opvang() });
    expect(inhoud.body.inhoud).toMatchObject({ verwijzingId: r.body.id, doel: 'cosm', urgentie: 'hoog', gegevensdeling: 'identiteit', verwijzendeOrganisatie: { id: t.organisatieIds.politie } });
    expect(JSON.stringify(inhoud.body.inhoud)).not.toContain('Mensah');
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: opvang() })).status).toBe(200);
    const pg = await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: opvang() });
    expect(pg.status).toBe(200);
    expect(pg.body.geslachtsnaam).toBe('Mensah');
    expect((await t.verzoek('GET', `/v1/verwijzingen/${r.body.id}`, { sleutel: opvang() })).body.status).toBe('open');

    // A third organisation sees nothing (docs/architectuur.md §3: 404, never 403).
    for (const pad of [`/v1/verwijzingen/${r.body.id}`, `/v1/dossiers/${dossierId}/verwijzingen`, `/v1/dossiers/${dossierId}`]) {
      const ander = await t.verzoek('GET', pad, { sleutel: zorg() });
      expect(ander.status, pad).toBe(404);
    }
    const andereWachtrij = await t.verzoek('GET', '/v1/verwijzingen', { sleutel: zorg() });
    expect(andereWachtrij.body.verwijzingen.map((v: { id: string }) => v.id)).not.toContain(r.body.id);
    expect((await feed(zorg(), 'verwijzing_ontvangen')).filter((k) => k.dossierId === dossierId)).toHaveLength(0);
    const besluitAnder = await geweigerd('POST', `/v1/verwijzingen/${r.body.id}/besluit`, { sleutel: zorg(), body: { besluit: 'aanvaard' } });
    expect(besluitAnder.status).toBe(404);
  });

  it('een zorgcoördinator verwijst door (zorg → opvang, hulpverlening); beide zien haar in GET /v1/dossiers/{id}/verwijzingen, de politie alleen de eigen', async () => {
    const dossierId = await nieuwDossier();
    const eerste = await verwijs(dossierId, { doel: 'zorgcoordinator', ontvangendeOrganisatieId: t.organisatieIds.zorg, reden: 'Eerst zorg.', urgentie: 'normaal', toestemming: 'ja' });
    await besluit(eerste.id, { besluit: 'aanvaard' }, zorg());
    t.klok.verzet(1000); // distinct referral moments: the list is ordered by tijdstipVerwezen
    const tweede = await verwijs(dossierId, { doel: 'hulpverlening', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Opvang nodig.', urgentie: 'normaal', toestemming: 'ja' }, zorg());
    const ids = async (sleutel: string) => (await t.verzoek('GET', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel })).body.verwijzingen.map((v: { id: string }) => v.id);
    expect(await ids(zorg())).toEqual([eerste.id, tweede.id]);
    expect(await ids(opvang())).toEqual([tweede.id]);
    expect(await ids(politie())).toEqual([eerste.id]);
    // Pagination with a Link header and a stable order.
    const p1 = await t.verzoek('GET', `/v1/dossiers/${dossierId}/verwijzingen?limit=1`, { sleutel: zorg() });
    expect(p1.body.verwijzingen.map((v: { id: string }) => v.id)).toEqual([eerste.id]);
    const volgende = /<([^>]+)>; rel="next"/.exec(p1.headers.get('link') ?? '')![1]!;
    const p2 = await t.verzoek('GET', volgende, { sleutel: zorg() });
    expect(p2.body.verwijzingen.map((v: { id: string }) => v.id)).toEqual([tweede.id]);
    expect(p2.headers.get('link')).toBeNull();
  });

  describe('weigeringsregels (422, Nederlandse melding, niets geschreven)', () => {
    it('COSM voor een minderjarige: verwijst naar Veilig Thuis of de Raad voor de Kinderbescherming', async () => {
      const dossierId = await nieuwDossier({ leeftijdscategorie: 'minderjarig' });
      const r = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: politie(), body: cosm() });
      expect(r.status).toBe(422);
      expect(r.body.detail).toMatch(/niet voor minderjarigen.*Veilig Thuis \(doel veilig_thuis\).*Raad voor de Kinderbescherming \(doel raad_kinderbescherming\)/);
      expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'doel', code: 'cosm_minderjarige' })]);
    });

    it('COSM voor een EU-onderdaan: COSM is voor slachtoffers van buiten de EU', async () => {
      const dossierId = await nieuwDossier({ nationaliteitCategorie: 'eu_eer_zwitserland', eurechtelijkeAanspraken: false });
      const r = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: politie(), body: cosm() });
      expect(r.status).toBe(422);
      expect(r.body.detail).toMatch(/van buiten de EU.*EU, EER of Zwitserland/);
      expect(r.body.invalidParams[0]).toMatchObject({ name: 'doel', code: 'cosm_geen_derdelander' });
    });

    it('COSM bij een onbekende leeftijd: stel eerst de leeftijd vast', async () => {
      const dossierId = await nieuwDossier({ leeftijdscategorie: 'onbekend' });
      const r = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: politie(), body: cosm() });
      expect(r.status).toBe(422);
      expect(r.body.detail).toMatch(/leeftijd.*onbekend.*Stel eerst vast/);
    });

    it('zonder toestemming en zonder grondslag', async () => {
      const dossierId = await nieuwDossier();
      const r = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: politie(), body: { ...cosm(), toestemming: 'niet_gevraagd' } });
      expect(r.status).toBe(422);
      expect(r.body.detail).toMatch(/Zonder toestemming .* is een grondslag nodig/);
      expect(r.body.invalidParams[0]).toMatchObject({ name: 'grondslag', code: 'grondslag_ontbreekt' });
    });

    it('meldcode kindermishandeling voor een meerderjarige', async () => {
      const dossierId = await nieuwDossier();
      const r = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, {
        sleutel: politie(), body: { doel: 'zorgcoordinator', ontvangendeOrganisatieId: t.organisatieIds.zorg, reden: 'x', urgentie: 'normaal', toestemming: 'nee', grondslag: 'meldcode_kindermishandeling' },
      });
      expect(r.status).toBe(422);
      expect(r.body.detail).toMatch(/alleen voor een minderjarige/);
    });

    it('een ontvanger die niet bij het doel past, en alle regelovertredingen tegelijk', async () => {
      const dossierId = await nieuwDossier({ leeftijdscategorie: 'minderjarig' });
      const r = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, {
        sleutel: politie(), body: { ...cosm(), ontvangendeOrganisatieId: t.organisatieIds.zorg, toestemming: 'nee' },
      });
      expect(r.status).toBe(422);
      expect(r.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['doel', 'grondslag', 'ontvangendeOrganisatieId']);
      expect(r.body.detail).toMatch(/type opvang/);
    });

    it('een onbekende organisatie, en een verwijzing naar de eigen organisatie', async () => {
      const dossierId = await nieuwDossier();
      const onbekend = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: politie(), body: { ...cosm(), ontvangendeOrganisatieId: crypto.randomUUID() } });
      expect(onbekend.status).toBe(422);
      expect(onbekend.body.invalidParams[0]).toMatchObject({ name: 'ontvangendeOrganisatieId', code: 'onbekende_organisatie' });
      const zelf = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: politie(), body: { ...cosm(), doel: 'politie', ontvangendeOrganisatieId: t.organisatieIds.politie } });
      expect(zelf.status).toBe(422);
      expect(zelf.body.detail).toMatch(/eigen organisatie/);
    });

    it('een tweede lopende verwijzing naar dezelfde organisatie met hetzelfde doel: 409', async () => {
      const dossierId = await nieuwDossier();
      const eerste = await verwijs(dossierId, cosm());
      const r = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: politie(), body: cosm() });
      expect(r.status).toBe(409);
      expect(r.body.detail).toContain(eerste.id);
    });
  });

  it('400 noemt alle ongeldige velden tegelijk en schrijft niets', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, {
      sleutel: politie(), body: { doel: 'ziekenhuis', ontvangendeOrganisatieId: 'geen-uuid', reden: '', urgentie: 'zeer', toestemming: 'misschien', grondslag: 'gevoel', aangifte: true },
    });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['aangifte', 'doel', 'grondslag', 'ontvangendeOrganisatieId', 'reden', 'toestemming', 'urgentie']);
    const leeg = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: politie(), body: {} });
    expect(leeg.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['doel', 'ontvangendeOrganisatieId', 'reden', 'toestemming', 'urgentie']);
  });

  it.each([
    ['officier (om)', 'om', 'officier'],
    ['opvangmedewerker (opvang)', 'opvang', 'opvangmedewerker'],
    ['analist (politie)', 'politie', 'analist'],
    ['beheerder (beheer)', 'beheer', 'beheerder'],
    ['ind_medewerker (ind)', 'ind', 'ind_medewerker'],
  ] as const)('rol %s mag niet verwijzen: 403', async (_n, org, rol) => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: t.sleutel(org, rol), body: cosm() });
    expect(r.status).toBe(403);
  });

  it('een dossier van een andere organisatie: 404', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', `/v1/dossiers/${dossierId}/verwijzingen`, { sleutel: t.sleutel('politie2', 'intaker'), body: cosm() });
    expect(r.status).toBe(404);
  });

  it('Idempotency-Key: een herhaling geeft hetzelfde antwoord en schrijft niets', async () => {
    const dossierId = await nieuwDossier();
    const o = { sleutel: politie(), body: cosm(), headers: { 'Idempotency-Key': `verwijzing-${dossierId}` } };
    const eerste = await t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, o);
    expect(eerste.status).toBe(201);
    // The processing log (Logboek Dataverwerkingen) records the replayed answer too; no data is written.
    const zonderLog = async () => { const { verwerkingen: _v, ...rest } = await t.tabeltellingen(); return rest; };
    const voor = await zonderLog();
    const tweede = await t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, o);
    expect(tweede.status).toBe(201);
    expect(tweede.body).toEqual(eerste.body);
    expect(tweede.headers.get('idempotent-replayed')).toBe('true');
    expect(await zonderLog()).toEqual(voor);
  });
});

describe('toestemming en grondslag bepalen wat de ontvanger ziet (GET /v1/dossiers/{id}/persoonsgegevens)', () => {
  const gevallen = [
    ['toestemming ja → identiteit', {}, { doel: 'zorgcoordinator', org: 'zorg', toestemming: 'ja', grondslag: null }, 'identiteit', 200],
    ['wettelijke taak zonder toestemming → alleen pseudoniem', {}, { doel: 'zorgcoordinator', org: 'zorg', toestemming: 'nee', grondslag: 'wettelijke_taak' }, 'pseudoniem', 403],
    ['acuut gevaar zonder toestemming → identiteit', {}, { doel: 'zorgcoordinator', org: 'zorg', toestemming: 'nee', grondslag: 'acuut_gevaar' }, 'identiteit', 200],
    ['meldcode: minderjarige naar Veilig Thuis → identiteit', { leeftijdscategorie: 'minderjarig' }, { doel: 'veilig_thuis', org: 'veiligthuis', toestemming: 'niet_gevraagd', grondslag: 'meldcode_kindermishandeling' }, 'identiteit', 200],
    ['wettelijke taak: minderjarige naar de Raad → alleen pseudoniem', { leeftijdscategorie: 'minderjarig' }, { doel: 'raad_kinderbescherming', org: 'raad', toestemming: 'niet_gevraagd', grondslag: 'wettelijke_taak' }, 'pseudoniem', 403],
  ] as const;
  it.each(gevallen)('%s', async (_n, dossier, v, deling, status) => {
    const dossierId = await nieuwDossier(dossier);
    await legPersoonsgegevensVast(dossierId);
    const verwijzing = await verwijs(dossierId, { doel: v.doel, ontvangendeOrganisatieId: t.organisatieIds[v.org], reden: 'Zorg nodig.', urgentie: 'acuut', toestemming: v.toestemming, grondslag: v.grondslag });
    expect(verwijzing.gegevensdeling).toBe(deling);
    const sleutel = t.sleutel(v.org, 'zorgcoordinator');
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel })).status).toBe(200);
    const pg = await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel });
    expect(pg.status).toBe(status);
    if (status === 403) expect(pg.body.detail).toMatch(/persoonsgegevens/);
  });

  it('een intaker die een pseudonieme verwijzing ontvangt, krijgt ook via de kennisgeving geen identiteit', async () => {
    const dossierId = await nieuwDossier();
    await legPersoonsgegevensVast(dossierId);
    const verwijzing = await verwijs(dossierId, { doel: 'politie', ontvangendeOrganisatieId: t.organisatieIds.politie2, reden: 'Opsporing elders.', urgentie: 'normaal', toestemming: 'nee', grondslag: 'wettelijke_taak' });
    expect(verwijzing.gegevensdeling).toBe('pseudoniem');
    const sleutel = t.sleutel('politie2', 'intaker');
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel })).status).toBe(200);
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel })).status).toBe(403);
  });
});

describe('POST /v1/verwijzingen/{id}/besluit', () => {
  it('aanvaard door de ontvanger: 200; de verwijzer krijgt verwijzing_besluit en ziet het antwoord', async () => {
    const dossierId = await nieuwDossier();
    const v = await verwijs(dossierId, cosm());
    t.klok.verzet(60_000);
    const r = await besluit(v.id, { besluit: 'aanvaard', toelichting: 'Plaats vrij vanaf vandaag.' });
    expect(r).toMatchObject({ status: 'aanvaard', afwijzingsreden: null, toelichting: 'Plaats vrij vanaf vandaag.', tijdstipBesluit: t.klok.now().toISOString(), tijdstipAfgesloten: null });
    const kg = (await feed(politie(), 'verwijzing_besluit')).filter((k) => k.dossierId === dossierId);
    expect(kg).toHaveLength(1);
    const inhoud = await t.verzoek('GET', `/v1/kennisgevingen/${kg[0]!.id}`, { sleutel: politie() });
    expect(inhoud.body.inhoud).toMatchObject({ verwijzingId: v.id, besluit: 'aanvaard', ontvangendeOrganisatie: { id: t.organisatieIds.opvang, naam: 'COSM-opvang Noord' } });
    expect((await t.verzoek('GET', `/v1/verwijzingen/${v.id}`, { sleutel: politie() })).body.status).toBe('aanvaard');
    expect((await t.db.select().from(auditregels).where(eq(auditregels.objectId, v.id))).map((a) => a.actie)).toEqual(['verwijzing.aangemaakt', 'verwijzing.aanvaard']);

    // Answered once (409), and never by the sender (403).
    const opnieuw = await geweigerd('POST', `/v1/verwijzingen/${v.id}/besluit`, { sleutel: opvang(), body: { besluit: 'afgewezen', afwijzingsreden: 'geen_capaciteit' } });
    expect(opnieuw.status).toBe(409);
    expect(opnieuw.body.detail).toMatch(/al aanvaard/);
  });

  it('de verwijzer kan niet zelf beslissen: 403', async () => {
    const dossierId = await nieuwDossier();
    const v = await verwijs(dossierId, cosm());
    const r = await geweigerd('POST', `/v1/verwijzingen/${v.id}/besluit`, { sleutel: politie(), body: { besluit: 'aanvaard' } });
    expect(r.status).toBe(403);
    expect(r.body.detail).toMatch(/Alleen de ontvangende organisatie/);
  });

  it('afwijzing zonder reden: 422, niets geschreven; met reden: 200, verwijzer ingelicht, identiteit niet meer zichtbaar', async () => {
    const dossierId = await nieuwDossier();
    await legPersoonsgegevensVast(dossierId);
    const v = await verwijs(dossierId, cosm());
    const zonder = await geweigerd('POST', `/v1/verwijzingen/${v.id}/besluit`, { sleutel: opvang(), body: { besluit: 'afgewezen' } });
    expect(zonder.status).toBe(422);
    expect(zonder.body.detail).toMatch(/Geef bij een afwijzing de afwijzingsreden op/);
    expect(zonder.body.invalidParams).toEqual([expect.objectContaining({ name: 'afwijzingsreden', code: 'afwijzingsreden_ontbreekt' })]);
    const overig = await geweigerd('POST', `/v1/verwijzingen/${v.id}/besluit`, { sleutel: opvang(), body: { besluit: 'afgewezen', afwijzingsreden: 'overig' } });
    expect(overig.status).toBe(422);
    expect(overig.body.invalidParams[0].name).toBe('toelichting');

    const r = await besluit(v.id, { besluit: 'afgewezen', afwijzingsreden: 'geen_capaciteit', toelichting: 'Vol tot januari.' });
    expect(r).toMatchObject({ status: 'afgewezen', afwijzingsreden: 'geen_capaciteit', tijdstipAfgesloten: expect.any(String) });
    const kg = (await feed(politie(), 'verwijzing_besluit')).filter((k) => k.dossierId === dossierId);
    expect(kg).toHaveLength(1);
    const inhoud = await t.verzoek('GET', `/v1/kennisgevingen/${kg[0]!.id}`, { sleutel: politie() });
    expect(inhoud.body.inhoud).toMatchObject({ besluit: 'afgewezen', afwijzingsreden: 'geen_capaciteit', toelichting: 'Vol tot januari.' });
    // The receiver keeps its decided referral on record, but the refusal ended the referral's grant:
    // the dossier and the identity no longer exist for it.
    expect((await t.verzoek('GET', `/v1/verwijzingen/${v.id}`, { sleutel: opvang() })).status).toBe(200);
    expect(await toegangsrechtenVan(dossierId, t.organisatieIds.opvang)).toEqual([]);
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: opvang() })).status).toBe(404);
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: opvang() })).status).toBe(404);
  });

  it('400 met alle ongeldige velden', async () => {
    const dossierId = await nieuwDossier();
    const v = await verwijs(dossierId, cosm());
    const r = await geweigerd('POST', `/v1/verwijzingen/${v.id}/besluit`, { sleutel: opvang(), body: { besluit: 'misschien', afwijzingsreden: 'zomaar', toelichting: 5 } });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['afwijzingsreden', 'besluit', 'toelichting']);
  });

  it('rollen die niet mogen beslissen: 403', async () => {
    const dossierId = await nieuwDossier();
    const v = await verwijs(dossierId, cosm());
    for (const [org, rol] of [['om', 'officier'], ['beheer', 'beheerder'], ['coa', 'coa_medewerker']] as const) {
      const r = await geweigerd('POST', `/v1/verwijzingen/${v.id}/besluit`, { sleutel: t.sleutel(org, rol), body: { besluit: 'aanvaard' } });
      expect(r.status, rol).toBe(403);
    }
  });
});

describe('POST /v1/verwijzingen/{id}/intrekking en /afronding', () => {
  it('de verwijzer trekt een open verwijzing in; de ontvanger krijgt verwijzing_ingetrokken en verliest de identiteit', async () => {
    const dossierId = await nieuwDossier();
    await legPersoonsgegevensVast(dossierId);
    const v = await verwijs(dossierId, cosm());
    const doorOntvanger = await geweigerd('POST', `/v1/verwijzingen/${v.id}/intrekking`, { sleutel: opvang() });
    expect(doorOntvanger.status).toBe(403); // opvangmedewerker has no verwijzingen.intrekken
    const r = await t.verzoek('POST', `/v1/verwijzingen/${v.id}/intrekking`, { sleutel: politie() });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ingetrokken', tijdstipAfgesloten: t.klok.now().toISOString() });
    expect((await feed(opvang(), 'verwijzing_ingetrokken')).filter((k) => k.dossierId === dossierId)).toHaveLength(1);
    // The withdrawal ends exactly the referral's grant: the dossier no longer exists for the receiver.
    expect(await toegangsrechtenVan(dossierId, t.organisatieIds.opvang)).toEqual([]);
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: opvang() })).status).toBe(404);
    const opnieuw = await geweigerd('POST', `/v1/verwijzingen/${v.id}/intrekking`, { sleutel: politie() });
    expect(opnieuw.status).toBe(409);
    expect(opnieuw.body.detail).toMatch(/alleen een open verwijzing/);
  });

  it('een zorgcoördinator als ontvanger kan niet intrekken (403), een derde ziet niets (404)', async () => {
    const dossierId = await nieuwDossier();
    const v = await verwijs(dossierId, { doel: 'zorgcoordinator', ontvangendeOrganisatieId: t.organisatieIds.zorg, reden: 'Zorg.', urgentie: 'normaal', toestemming: 'ja' });
    const ontvanger = await geweigerd('POST', `/v1/verwijzingen/${v.id}/intrekking`, { sleutel: zorg() });
    expect(ontvanger.status).toBe(403);
    expect(ontvanger.body.detail).toMatch(/Alleen de verwijzende organisatie/);
    const derde = await geweigerd('POST', `/v1/verwijzingen/${v.id}/intrekking`, { sleutel: t.sleutel('gemeente', 'zorgcoordinator') });
    expect(derde.status).toBe(404);
  });

  it('een aanvaarde verwijzing kan niet meer worden ingetrokken (409); de ontvanger rondt haar af', async () => {
    const dossierId = await nieuwDossier();
    const v = await verwijs(dossierId, cosm());
    const teVroeg = await geweigerd('POST', `/v1/verwijzingen/${v.id}/afronding`, { sleutel: opvang() });
    expect(teVroeg.status).toBe(409);
    await besluit(v.id, { besluit: 'aanvaard' });
    expect((await geweigerd('POST', `/v1/verwijzingen/${v.id}/intrekking`, { sleutel: politie() })).status).toBe(409);
    const doorVerwijzer = await geweigerd('POST', `/v1/verwijzingen/${v.id}/afronding`, { sleutel: politie() });
    expect(doorVerwijzer.status).toBe(403);
    const r = await t.verzoek('POST', `/v1/verwijzingen/${v.id}/afronding`, { sleutel: opvang() });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'afgerond', tijdstipAfgesloten: expect.any(String) });
    // Completed care keeps its access (on record).
    expect(await toegangsrechtenVan(dossierId, t.organisatieIds.opvang)).toEqual(['verwijzing:identiteit']);
  });
});

describe('GET /v1/verwijzingen — wachtrij van de ontvangende organisatie', () => {
  it('open eerst, oudste eerst; filters status, doel en achterstallig; achterstallig per item; paginering', async () => {
    const gemeente = t.sleutel('gemeente', 'zorgcoordinator');
    const naarGemeente = { doel: 'gemeente', ontvangendeOrganisatieId: t.organisatieIds.gemeente, reden: 'Bestuurlijke opvolging.', urgentie: 'normaal', toestemming: 'nee', grondslag: 'wettelijke_taak' };
    try {
      t.klok.zet('2026-11-01T09:00:00Z');
      const oudAanvaard = await verwijs(await nieuwDossier(), naarGemeente);
      await besluit(oudAanvaard.id, { besluit: 'aanvaard' }, gemeente);
      t.klok.zet('2026-11-10T09:00:00Z');
      const achterstallig = await verwijs(await nieuwDossier(), { ...naarGemeente, urgentie: 'hoog' });
      t.klok.zet('2026-11-18T09:00:00Z');
      const recent = await verwijs(await nieuwDossier(), naarGemeente);
      t.klok.zet('2026-11-19T09:00:00Z');
      const zorgDoel = await verwijs(await nieuwDossier(), { ...naarGemeente, doel: 'hulpverlening', ontvangendeOrganisatieId: t.organisatieIds.zorg });
      t.klok.zet(BEGIN);

      const lijst = async (query = '') => {
        const r = await t.verzoek('GET', `/v1/verwijzingen${query}`, { sleutel: gemeente });
        expect(r.status).toBe(200);
        return r.body.verwijzingen as Array<{ id: string; achterstallig: boolean; status: string }>;
      };
      const alle = await lijst();
      expect(alle.map((v) => v.id)).toEqual([achterstallig.id, recent.id, oudAanvaard.id]);
      expect(alle.map((v) => v.achterstallig)).toEqual([true, false, false]);
      expect((await lijst('?achterstallig=true')).map((v) => v.id)).toEqual([achterstallig.id]);
      expect((await lijst('?achterstallig=false')).map((v) => v.id)).toEqual([recent.id, oudAanvaard.id]);
      expect((await lijst('?status=aanvaard')).map((v) => v.id)).toEqual([oudAanvaard.id]);
      expect((await lijst('?doel=hulpverlening'))).toEqual([]);
      expect((await t.verzoek('GET', '/v1/verwijzingen?doel=hulpverlening', { sleutel: zorg() })).body.verwijzingen.map((v: { id: string }) => v.id)).toContain(zorgDoel.id);

      // Pages of one follow the Link header through the same order.
      const gezien: string[] = [];
      let pad: string | null = '/v1/verwijzingen?limit=1';
      while (pad) {
        const r: Antwoord = await t.verzoek('GET', pad, { sleutel: gemeente });
        gezien.push(...r.body.verwijzingen.map((v: { id: string }) => v.id));
        pad = /<([^>]+)>; rel="next"/.exec(r.headers.get('link') ?? '')?.[1] ?? null;
      }
      expect(gezien).toEqual(alle.map((v) => v.id));

      const fout = await t.verzoek('GET', '/v1/verwijzingen?status=kwijt&achterstallig=ja&limit=0', { sleutel: gemeente });
      expect(fout.status).toBe(400);
      expect(fout.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['achterstallig', 'limit', 'status']);
    } finally {
      t.klok.zet(BEGIN);
    }
  });

  it.each([['beheer', 'beheerder'], ['om', 'officier'], ['coa', 'coa_medewerker']] as const)('rol %s/%s: 403', async (org, rol) => {
    const r = await t.verzoek('GET', '/v1/verwijzingen', { sleutel: t.sleutel(org, rol) });
    expect(r.status).toBe(403);
  });

  it('zonder sleutel 401; onbekende of misvormde verwijzing 404', async () => {
    expect((await t.verzoek('GET', '/v1/verwijzingen')).status).toBe(401);
    expect((await t.verzoek('GET', `/v1/verwijzingen/${crypto.randomUUID()}`, { sleutel: opvang() })).status).toBe(404);
    expect((await t.verzoek('GET', '/v1/verwijzingen/geen-id', { sleutel: opvang() })).status).toBe(404);
  });
});

describe('POST /v1/verwijzingen/{id}/opvangweigering — beëindigt de bedenktijd niet (docs/beslissingen/0017-verwijzing-en-opvang.md)', () => {
  it('met een lopende bedenktijd: weigering vastgelegd, bedenktijd blijft lopend, geen kennisgeving bedenktijd_beeindigd', async () => {
    const dossierId = await nieuwDossier();
    const beoordeling = await t.verzoek('POST', `/v1/dossiers/${dossierId}/beoordelingen`, {
      sleutel: politie(),
      body: {
        beoordelingsdatum: '2026-11-20', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' },
        elementen: { handeling: true, middel: true, oogmerk: true }, indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
      },
    });
    expect(beoordeling.status, JSON.stringify(beoordeling.body)).toBe(201);
    const aanbod = await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: politie(), body: { aanbiedingsdatum: '2026-11-20', beoordelingId: beoordeling.body.id } });
    expect(aanbod.status, JSON.stringify(aanbod.body)).toBe(201);
    const reactie = await t.verzoek('POST', `/v1/bedenktijden/${aanbod.body.id}/reactie`, { sleutel: politie(), body: { reactie: 'aanvaard', datum: '2026-11-20' } });
    expect(reactie.status, JSON.stringify(reactie.body)).toBe(200);
    expect(reactie.body.status).toBe('lopend');

    const v = await verwijs(dossierId, cosm());
    const leeg = await geweigerd('POST', `/v1/verwijzingen/${v.id}/opvangweigering`, { sleutel: opvang(), body: { reden: '' } });
    expect(leeg.status).toBe(400);
    expect(leeg.body.invalidParams[0].name).toBe('reden');

    const r = await t.verzoek('POST', `/v1/verwijzingen/${v.id}/opvangweigering`, { sleutel: opvang(), body: { reden: 'Verblijft bij een kennis.' } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: 'open', opvangGeweigerd: true, opvangWeigeringReden: 'Verblijft bij een kennis.' });

    const bt = await t.verzoek('GET', `/v1/bedenktijden/${aanbod.body.id}`, { sleutel: politie() });
    expect(bt.body).toMatchObject({ status: 'lopend', einddatum: null, beeindigingsreden: null, uiterlijkeEinddatum: reactie.body.uiterlijkeEinddatum });
    const [rij] = await t.db.select().from(bedenktijden).where(eq(bedenktijden.id, aanbod.body.id));
    expect(rij!.status).toBe('lopend');
    const beeindigd = await t.db.select().from(kennisgevingen).where(and(eq(kennisgevingen.dossierId, dossierId), eq(kennisgevingen.soort, 'bedenktijd_beeindigd')));
    expect(beeindigd).toHaveLength(0);
    expect((await t.db.select().from(auditregels).where(eq(auditregels.objectId, v.id))).map((a) => a.actie)).toContain('verwijzing.opvang_geweigerd');

    const opnieuw = await geweigerd('POST', `/v1/verwijzingen/${v.id}/opvangweigering`, { sleutel: politie(), body: { reden: 'Nogmaals.' } });
    expect(opnieuw.status).toBe(409);
    expect(opnieuw.body.detail).toMatch(/al vastgelegd/);
  });

  it('niet bij een verwijzing die niet over opvang gaat (422); een derde ziet niets (404)', async () => {
    const dossierId = await nieuwDossier();
    const v = await verwijs(dossierId, { doel: 'nla', ontvangendeOrganisatieId: t.organisatieIds.nla, reden: 'Arbeidsuitbuiting.', urgentie: 'normaal', toestemming: 'ja' });
    const r = await geweigerd('POST', `/v1/verwijzingen/${v.id}/opvangweigering`, { sleutel: politie(), body: { reden: 'Wil geen opvang.' } });
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(/gaat niet over opvang/);
    expect((await geweigerd('POST', `/v1/verwijzingen/${v.id}/opvangweigering`, { sleutel: zorg(), body: { reden: 'x' } })).status).toBe(404);
  });
});

describe('statuswaarden in de database', () => {
  it('elke verwijzing heeft een bekende status', async () => {
    const rijen = await t.db.select({ status: verwijzingen.status }).from(verwijzingen);
    for (const r of rijen) expect(['open', 'aanvaard', 'afgewezen', 'ingetrokken', 'afgerond']).toContain(r.status);
  });
});
