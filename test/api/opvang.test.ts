import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditregels, plaatsingen, strafrechtelijkeGebeurtenissen } from '../../src/db/schema.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const politie = () => t.sleutel('politie', 'intaker');
const opvang = () => t.sleutel('opvang', 'opvangmedewerker');
const zorg = () => t.sleutel('zorg', 'zorgcoordinator');
const beheerder = () => t.sleutel('beheer', 'beheerder');

async function geweigerd(methode: string, pad: string, o: Parameters<TestApp['verzoek']>[2]) {
  const voor = await t.tabeltellingen();
  const r = await t.verzoek(methode, pad, o);
  expect(await t.tabeltellingen()).toEqual(voor);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect(r.headers.get('api-version')).toBe('1.0.0');
  return r;
}

async function locatie(body: Record<string, unknown>, sleutel = opvang()) {
  const r = await t.verzoek('POST', '/v1/opvanglocaties', { sleutel, body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; capaciteit: number; bezetting: number; vrijePlaatsen: number };
}

async function nieuwDossier(extra: Record<string, unknown> = {}): Promise<string> {
  const r = await t.verzoek('POST', '/v1/dossiers', {
    sleutel: politie(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig', ...extra },
  });
  expect(r.status).toBe(201);
  return r.body.id;
}

/** A police dossier referred to the care coordinator (who then has access to it). */
async function dossierBijZorg(extra: Record<string, unknown> = {}): Promise<string> {
  const dossierId = await nieuwDossier(extra);
  const v = await t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, {
    sleutel: politie(), body: { doel: 'zorgcoordinator', ontvangendeOrganisatieId: t.organisatieIds.zorg, reden: 'Zorg.', urgentie: 'normaal', toestemming: 'ja' },
  });
  expect(v.status, JSON.stringify(v.body)).toBe(201);
  return dossierId;
}

/** A dossier referred to the shelter and accepted by it: ready to be placed. */
async function aanvaardeVerwijzing(o: { dossier?: Record<string, unknown>; doel?: string; verwijzer?: string } = {}) {
  const dossierId = o.verwijzer ? await dossierBijZorg(o.dossier) : await nieuwDossier(o.dossier);
  const v = await t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, {
    sleutel: o.verwijzer ?? politie(),
    body: { doel: o.doel ?? 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Opvang nodig.', urgentie: 'hoog', toestemming: 'ja' },
  });
  expect(v.status, JSON.stringify(v.body)).toBe(201);
  const b = await t.verzoek('POST', `/v1/verwijzingen/${v.body.id}/besluit`, { sleutel: opvang(), body: { besluit: 'aanvaard' } });
  expect(b.status).toBe(200);
  return { dossierId, verwijzingId: v.body.id as string };
}

async function plaats(verwijzingId: string, opvanglocatieId: string, startdatum = '2026-11-20') {
  const r = await t.verzoek('POST', `/v1/verwijzingen/${verwijzingId}/plaatsingen`, { sleutel: opvang(), body: { opvanglocatieId, startdatum } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; status: string };
}

const bezetting = async (id: string) => (await t.verzoek('GET', `/v1/opvanglocaties/${id}`, { sleutel: opvang() })).body as { bezetting: number; vrijePlaatsen: number; capaciteit: number };

describe('opvanglocaties', () => {
  it('een opvangmedewerker maakt een locatie voor de eigen organisatie: 201, Location, bezetting 0, audit', async () => {
    const r = await t.verzoek('POST', '/v1/opvanglocaties', { sleutel: opvang(), body: { naam: 'COSM Noord – Groningen', soort: 'cosm', capaciteit: 12 } });
    expect(r.status).toBe(201);
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect(r.headers.get('location')).toBe(`/v1/opvanglocaties/${r.body.id}`);
    expect(r.body).toEqual({
      id: expect.any(String), organisatieId: t.organisatieIds.opvang, naam: 'COSM Noord – Groningen', soort: 'cosm', capaciteit: 12,
      bezetting: 0, vrijePlaatsen: 12, tijdstipAangemaakt: t.klok.now().toISOString(), tijdstipGewijzigd: t.klok.now().toISOString(),
    });
    expect(await t.db.select().from(auditregels).where(and(eq(auditregels.objectId, r.body.id), eq(auditregels.actie, 'opvanglocatie.aangemaakt')))).toHaveLength(1);
    const gelezen = await t.verzoek('GET', r.headers.get('location')!, { sleutel: zorg() });
    expect(gelezen.status).toBe(200);
    expect(gelezen.body).toEqual(r.body);
  });

  it('een beheerder maakt een locatie voor een opvangorganisatie (organisatieId verplicht); een opvangmedewerker niet voor een ander (403)', async () => {
    const r = await locatie({ organisatieId: t.organisatieIds.zorg, naam: 'Zorg Amsterdam – Crisisbedden', soort: 'algemeen', capaciteit: 3 }, beheerder());
    expect(r).toMatchObject({ bezetting: 0, vrijePlaatsen: 3 });
    const zonder = await geweigerd('POST', '/v1/opvanglocaties', { sleutel: beheerder(), body: { naam: 'X', soort: 'algemeen', capaciteit: 1 } });
    expect(zonder.status).toBe(422);
    expect(zonder.body.invalidParams[0].name).toBe('organisatieId');
    const politieOrg = await geweigerd('POST', '/v1/opvanglocaties', { sleutel: beheerder(), body: { organisatieId: t.organisatieIds.politie, naam: 'X', soort: 'algemeen', capaciteit: 1 } });
    expect(politieOrg.status).toBe(422);
    expect(politieOrg.body.detail).toMatch(/beheert geen opvanglocaties/);
    const onbekend = await geweigerd('POST', '/v1/opvanglocaties', { sleutel: beheerder(), body: { organisatieId: crypto.randomUUID(), naam: 'X', soort: 'algemeen', capaciteit: 1 } });
    expect(onbekend.status).toBe(422);
    const ander = await geweigerd('POST', '/v1/opvanglocaties', { sleutel: opvang(), body: { organisatieId: t.organisatieIds.zorg, naam: 'X', soort: 'algemeen', capaciteit: 1 } });
    expect(ander.status).toBe(403);
    expect(ander.body.detail).toMatch(/eigen organisatie/);
  });

  it('400 noemt alle ongeldige velden', async () => {
    const r = await geweigerd('POST', '/v1/opvanglocaties', { sleutel: opvang(), body: { naam: '', soort: 'hotel', capaciteit: -1, bezetting: 0 } });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['bezetting', 'capaciteit', 'naam', 'soort']);
  });

  it.each([['politie', 'intaker'], ['zorg', 'zorgcoordinator'], ['om', 'officier']] as const)('%s/%s mag geen opvanglocatie beheren: 403', async (org, rol) => {
    const r = await geweigerd('POST', '/v1/opvanglocaties', { sleutel: t.sleutel(org, rol), body: { naam: 'X', soort: 'algemeen', capaciteit: 1 } });
    expect(r.status).toBe(403);
  });

  it('lijst op naam met filters en paginering; lezen door wie mag; 403 en 404', async () => {
    const a = await locatie({ naam: 'AAA Jeugd', soort: 'jeugdzorg', capaciteit: 4 });
    const b = await locatie({ naam: 'AAB Algemeen', soort: 'algemeen', capaciteit: 5 });
    const jeugd = await t.verzoek('GET', `/v1/opvanglocaties?soort=jeugdzorg&organisatieId=${t.organisatieIds.opvang}`, { sleutel: politie() });
    expect(jeugd.status).toBe(200);
    expect(jeugd.body.opvanglocaties.map((l: { id: string }) => l.id)).toContain(a.id);
    expect(jeugd.body.opvanglocaties.every((l: { soort: string }) => l.soort === 'jeugdzorg')).toBe(true);
    const p1 = await t.verzoek('GET', '/v1/opvanglocaties?limit=1', { sleutel: beheerder() });
    expect(p1.body.opvanglocaties.map((l: { id: string }) => l.id)).toEqual([a.id]);
    const volgende = /<([^>]+)>; rel="next"/.exec(p1.headers.get('link') ?? '')![1]!;
    expect((await t.verzoek('GET', volgende, { sleutel: beheerder() })).body.opvanglocaties[0].id).toBe(b.id);
    expect((await t.verzoek('GET', '/v1/opvanglocaties', { sleutel: t.sleutel('om', 'officier') })).status).toBe(403);
    expect((await t.verzoek('GET', `/v1/opvanglocaties/${crypto.randomUUID()}`, { sleutel: opvang() })).status).toBe(404);
  });

  it('PATCH: naam, soort en capaciteit; niet onder de bezetting (409); niet voor een andere organisatie (403)', async () => {
    const l = await locatie({ naam: 'Wijzigbaar', soort: 'algemeen', capaciteit: 2 });
    const r = await t.verzoek('PATCH', `/v1/opvanglocaties/${l.id}`, { sleutel: opvang(), body: { naam: 'Gewijzigd', capaciteit: 3 }, headers: { 'Content-Type': 'application/merge-patch+json' } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ naam: 'Gewijzigd', capaciteit: 3, soort: 'algemeen', vrijePlaatsen: 3 });
    expect((await t.verzoek('PATCH', `/v1/opvanglocaties/${l.id}`, { sleutel: beheerder(), body: { soort: 'cosm' } })).body.soort).toBe('cosm');

    const { verwijzingId } = await aanvaardeVerwijzing();
    await plaats(verwijzingId, l.id);
    const { verwijzingId: tweede } = await aanvaardeVerwijzing();
    await plaats(tweede, l.id);
    const omlaag = await geweigerd('PATCH', `/v1/opvanglocaties/${l.id}`, { sleutel: opvang(), body: { capaciteit: 1 } });
    expect(omlaag.status).toBe(409);
    expect(omlaag.body.detail).toMatch(/huidige bezetting \(2\)/);
    expect((await t.verzoek('PATCH', `/v1/opvanglocaties/${l.id}`, { sleutel: opvang(), body: { capaciteit: 2 } })).body).toMatchObject({ capaciteit: 2, bezetting: 2, vrijePlaatsen: 0 });

    const zorgLocatie = await locatie({ organisatieId: t.organisatieIds.zorg, naam: 'Zorg – extra', soort: 'algemeen', capaciteit: 1 }, beheerder());
    const ander = await geweigerd('PATCH', `/v1/opvanglocaties/${zorgLocatie.id}`, { sleutel: opvang(), body: { capaciteit: 9 } });
    expect(ander.status).toBe(403);
    const leeg = await geweigerd('PATCH', `/v1/opvanglocaties/${l.id}`, { sleutel: opvang(), body: {} });
    expect(leeg.status).toBe(400);
    const fout = await geweigerd('PATCH', `/v1/opvanglocaties/${l.id}`, { sleutel: opvang(), body: { capaciteit: 'veel', soort: 'hotel' } });
    expect(fout.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['capaciteit', 'soort']);
    expect((await geweigerd('PATCH', `/v1/opvanglocaties/${l.id}`, { sleutel: politie(), body: { capaciteit: 9 } })).status).toBe(403);
  });
});

describe('POST /v1/verwijzingen/{id}/plaatsingen', () => {
  it('plaatst een aanvaarde verwijzing: 201, Location; bezetting telt mee; verwijzer en ontvanger lezen haar, een derde niet', async () => {
    const l = await locatie({ naam: 'Plaatsingshuis', soort: 'cosm', capaciteit: 4 });
    const { dossierId, verwijzingId } = await aanvaardeVerwijzing();
    const r = await t.verzoek('POST', `/v1/verwijzingen/${verwijzingId}/plaatsingen`, { sleutel: opvang(), body: { opvanglocatieId: l.id, startdatum: '2026-11-19' } });
    expect(r.status).toBe(201);
    expect(r.headers.get('location')).toBe(`/v1/plaatsingen/${r.body.id}`);
    expect(r.body).toEqual({
      id: expect.any(String), verwijzingId, dossierId, opvanglocatieId: l.id, status: 'lopend', startdatum: '2026-11-19', einddatum: null,
      beeindigingsreden: null, toelichting: null, tijdstipAangemaakt: t.klok.now().toISOString(), tijdstipGewijzigd: t.klok.now().toISOString(),
    });
    expect(await bezetting(l.id)).toMatchObject({ bezetting: 1, vrijePlaatsen: 3 });
    expect((await t.db.select().from(auditregels).where(eq(auditregels.objectId, r.body.id))).map((a) => a.actie)).toEqual(['plaatsing.gestart']);
    expect((await t.verzoek('GET', `/v1/plaatsingen/${r.body.id}`, { sleutel: politie() })).body).toEqual(r.body);
    expect((await t.verzoek('GET', `/v1/plaatsingen/${r.body.id}`, { sleutel: opvang() })).status).toBe(200);
    expect((await t.verzoek('GET', `/v1/plaatsingen/${r.body.id}`, { sleutel: zorg() })).status).toBe(404);
    expect((await t.verzoek('GET', '/v1/plaatsingen/geen-id', { sleutel: zorg() })).status).toBe(404);
  });

  it('boven de capaciteit: 409 die de bezetting noemt, niets geschreven', async () => {
    const l = await locatie({ naam: 'Klein huis', soort: 'cosm', capaciteit: 2 });
    await plaats((await aanvaardeVerwijzing()).verwijzingId, l.id);
    await plaats((await aanvaardeVerwijzing()).verwijzingId, l.id);
    const { verwijzingId } = await aanvaardeVerwijzing();
    const r = await geweigerd('POST', `/v1/verwijzingen/${verwijzingId}/plaatsingen`, { sleutel: opvang(), body: { opvanglocatieId: l.id, startdatum: '2026-11-20' } });
    expect(r.status).toBe(409);
    expect(r.body.detail).toMatch(/Opvanglocatie Klein huis is vol: bezetting 2 van 2\. Kies een andere locatie/);
  });

  it('een opvang die plaatst in de locatie van een andere organisatie: 422, niets geschreven', async () => {
    const vreemd = await locatie({ organisatieId: t.organisatieIds.zorg, naam: 'Zorglocatie', soort: 'algemeen', capaciteit: 10 }, beheerder());
    const { verwijzingId } = await aanvaardeVerwijzing();
    const r = await geweigerd('POST', `/v1/verwijzingen/${verwijzingId}/plaatsingen`, { sleutel: opvang(), body: { opvanglocatieId: vreemd.id, startdatum: '2026-11-20' } });
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(/alleen plaatsen in een opvanglocatie van uw eigen organisatie/);
    expect(r.body.invalidParams[0]).toMatchObject({ name: 'opvanglocatieId', code: 'andere_organisatie' });
    const onbekend = await geweigerd('POST', `/v1/verwijzingen/${verwijzingId}/plaatsingen`, { sleutel: opvang(), body: { opvanglocatieId: crypto.randomUUID(), startdatum: '2026-11-20' } });
    expect(onbekend.status).toBe(422);
  });

  it('nog niet aanvaard (409), door de verwijzer (403), door een derde (404), met een startdatum in de toekomst (422)', async () => {
    const l = await locatie({ naam: 'Regelhuis', soort: 'algemeen', capaciteit: 5 });
    const dossierId = await dossierBijZorg();
    const open = await t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, {
      sleutel: zorg(), body: { doel: 'hulpverlening', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Opvang.', urgentie: 'normaal', toestemming: 'ja' },
    });
    expect(open.status).toBe(201);
    const body = { opvanglocatieId: l.id, startdatum: '2026-11-20' };
    const teVroeg = await geweigerd('POST', `/v1/verwijzingen/${open.body.id}/plaatsingen`, { sleutel: opvang(), body });
    expect(teVroeg.status).toBe(409);
    expect(teVroeg.body.detail).toMatch(/Aanvaard haar eerst/);
    await t.verzoek('POST', `/v1/verwijzingen/${open.body.id}/besluit`, { sleutel: opvang(), body: { besluit: 'aanvaard' } });
    const verwijzer = await geweigerd('POST', `/v1/verwijzingen/${open.body.id}/plaatsingen`, { sleutel: zorg(), body });
    expect(verwijzer.status).toBe(403);
    expect(verwijzer.body.detail).toMatch(/Alleen de ontvangende organisatie/);
    expect((await geweigerd('POST', `/v1/verwijzingen/${open.body.id}/plaatsingen`, { sleutel: t.sleutel('gemeente', 'zorgcoordinator'), body })).status).toBe(404);
    const toekomst = await geweigerd('POST', `/v1/verwijzingen/${open.body.id}/plaatsingen`, { sleutel: opvang(), body: { ...body, startdatum: '2026-11-21' } });
    expect(toekomst.status).toBe(422);
    expect(toekomst.body.detail).toMatch(/ligt in de toekomst/);
  });

  it('een minderjarige niet in een COSM-locatie (422), wel in jeugdzorg', async () => {
    const cosmLocatie = await locatie({ naam: 'COSM Zuid', soort: 'cosm', capaciteit: 5 });
    const jeugd = await locatie({ naam: 'Jeugdhuis', soort: 'jeugdzorg', capaciteit: 5 });
    const { verwijzingId } = await aanvaardeVerwijzing({ dossier: { leeftijdscategorie: 'minderjarig' }, doel: 'hulpverlening' });
    const r = await geweigerd('POST', `/v1/verwijzingen/${verwijzingId}/plaatsingen`, { sleutel: opvang(), body: { opvanglocatieId: cosmLocatie.id, startdatum: '2026-11-20' } });
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(/minderjarige wordt niet in een COSM-locatie/);
    await plaats(verwijzingId, jeugd.id);
  });

  it('400 met alle ongeldige velden; rollen die niet mogen plaatsen: 403', async () => {
    const { verwijzingId } = await aanvaardeVerwijzing();
    const r = await geweigerd('POST', `/v1/verwijzingen/${verwijzingId}/plaatsingen`, { sleutel: opvang(), body: { opvanglocatieId: 'x', startdatum: 'gisteren', kamer: 3 } });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['kamer', 'opvanglocatieId', 'startdatum']);
    for (const [org, rol] of [['politie', 'intaker'], ['om', 'officier'], ['beheer', 'beheerder']] as const) {
      const g = await geweigerd('POST', `/v1/verwijzingen/${verwijzingId}/plaatsingen`, { sleutel: t.sleutel(org, rol), body: { opvanglocatieId: crypto.randomUUID(), startdatum: '2026-11-20' } });
      expect(g.status, rol).toBe(403);
    }
  });

  it('een persoon heeft hoogstens één lopende plaatsing; overplaatsen is beëindigen plus een nieuwe plaatsing', async () => {
    const a = await locatie({ naam: 'Huis A', soort: 'cosm', capaciteit: 5 });
    const b = await locatie({ naam: 'Huis B', soort: 'cosm', capaciteit: 5 });
    const { verwijzingId } = await aanvaardeVerwijzing();
    const eerste = await plaats(verwijzingId, a.id, '2026-11-10');
    const dubbel = await geweigerd('POST', `/v1/verwijzingen/${verwijzingId}/plaatsingen`, { sleutel: opvang(), body: { opvanglocatieId: b.id, startdatum: '2026-11-20' } });
    expect(dubbel.status).toBe(409);
    expect(dubbel.body.detail).toMatch(new RegExp(`al geplaatst in Huis A \\(plaatsing ${eerste.id}\\).*overgeplaatst`));
    const einde = await t.verzoek('POST', `/v1/plaatsingen/${eerste.id}/beeindiging`, { sleutel: opvang(), body: { einddatum: '2026-11-20', reden: 'overgeplaatst' } });
    expect(einde.status).toBe(200);
    const tweede = await plaats(verwijzingId, b.id);
    expect(tweede.status).toBe('lopend');
    expect(await bezetting(a.id)).toMatchObject({ bezetting: 0 });
    expect(await bezetting(b.id)).toMatchObject({ bezetting: 1 });
  });
});

describe('POST /v1/plaatsingen/{id}/beeindiging', () => {
  it('beëindigt met reden: 200, bezetting daalt; een tweede keer 409; regels 422; verwijzer 403; derde 404; 400', async () => {
    const l = await locatie({ naam: 'Eindhuis', soort: 'algemeen', capaciteit: 3 });
    const { verwijzingId } = await aanvaardeVerwijzing({ doel: 'hulpverlening', verwijzer: zorg() });
    const p = await plaats(verwijzingId, l.id, '2026-11-15');
    const pad = `/v1/plaatsingen/${p.id}/beeindiging`;

    const voorStart = await geweigerd('POST', pad, { sleutel: opvang(), body: { einddatum: '2026-11-14', reden: 'doorstroom' } });
    expect(voorStart.status).toBe(422);
    expect(voorStart.body.detail).toMatch(/vóór de startdatum van de plaatsing/);
    const toekomst = await geweigerd('POST', pad, { sleutel: opvang(), body: { einddatum: '2026-12-01', reden: 'overig' } });
    expect(toekomst.status).toBe(422);
    expect(toekomst.body.invalidParams.map((i: { name: string }) => i.name)).toEqual(['einddatum', 'toelichting']);
    const verwijzer = await geweigerd('POST', pad, { sleutel: zorg(), body: { einddatum: '2026-11-20', reden: 'doorstroom' } });
    expect(verwijzer.status).toBe(403);
    expect((await geweigerd('POST', pad, { sleutel: t.sleutel('gemeente', 'zorgcoordinator'), body: { einddatum: '2026-11-20', reden: 'doorstroom' } })).status).toBe(404);
    const ongeldig = await geweigerd('POST', pad, { sleutel: opvang(), body: { einddatum: 'morgen', reden: 'weg' } });
    expect(ongeldig.status).toBe(400);
    expect(ongeldig.body.invalidParams.map((i: { name: string }) => i.name).sort()).toEqual(['einddatum', 'reden']);

    const r = await t.verzoek('POST', pad, { sleutel: opvang(), body: { einddatum: '2026-11-20', reden: 'vertrokken_onbekende_bestemming', toelichting: 'Niet teruggekomen.' } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'beeindigd', einddatum: '2026-11-20', beeindigingsreden: 'vertrokken_onbekende_bestemming', toelichting: 'Niet teruggekomen.' });
    expect(await bezetting(l.id)).toMatchObject({ bezetting: 0, vrijePlaatsen: 3 });
    const opnieuw = await geweigerd('POST', pad, { sleutel: opvang(), body: { einddatum: '2026-11-20', reden: 'doorstroom' } });
    expect(opnieuw.status).toBe(409);
    expect(opnieuw.body.detail).toMatch(/al beëindigd/);
  });

  it('afronden van een verwijzing met een lopende plaatsing: 409; na beëindiging: afgerond', async () => {
    const l = await locatie({ naam: 'Afrondhuis', soort: 'cosm', capaciteit: 2 });
    const { verwijzingId } = await aanvaardeVerwijzing();
    const p = await plaats(verwijzingId, l.id);
    const r = await geweigerd('POST', `/v1/verwijzingen/${verwijzingId}/afronding`, { sleutel: opvang() });
    expect(r.status).toBe(409);
    expect(r.body.detail).toContain(`Beëindig eerst de plaatsing (POST /v1/plaatsingen/${p.id}/beeindiging)`);
    await t.verzoek('POST', `/v1/plaatsingen/${p.id}/beeindiging`, { sleutel: opvang(), body: { einddatum: '2026-11-20', reden: 'doorstroom' } });
    expect((await t.verzoek('POST', `/v1/verwijzingen/${verwijzingId}/afronding`, { sleutel: opvang() })).body.status).toBe('afgerond');
  });
});

describe('geen afhankelijkheid van een aangifte (docs/beslissingen/0017-verwijzing-en-opvang.md; CoE art. 12; Richtlijn 2011/36/EU art. 11)', () => {
  it('verwijzen, aanvaarden, plaatsen, beëindigen en afronden lukken voor een dossier zonder enige strafrechtelijke gebeurtenis', async () => {
    const l = await locatie({ naam: 'Zonder aangifte', soort: 'cosm', capaciteit: 1 });
    const dossierId = await nieuwDossier();
    const v = await t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, {
      sleutel: politie(), body: { doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Wil (nog) geen aangifte doen; wel opvang.', urgentie: 'normaal', toestemming: 'ja' },
    });
    expect(v.status).toBe(201);
    expect((await t.verzoek('POST', `/v1/verwijzingen/${v.body.id}/besluit`, { sleutel: opvang(), body: { besluit: 'aanvaard' } })).status).toBe(200);
    const p = await plaats(v.body.id, l.id);
    expect((await t.verzoek('POST', `/v1/plaatsingen/${p.id}/beeindiging`, { sleutel: opvang(), body: { einddatum: '2026-11-20', reden: 'doorstroom' } })).status).toBe(200);
    expect((await t.verzoek('POST', `/v1/verwijzingen/${v.body.id}/afronding`, { sleutel: opvang() })).status).toBe(200);
    expect(await t.db.select().from(strafrechtelijkeGebeurtenissen).where(eq(strafrechtelijkeGebeurtenissen.dossierId, dossierId))).toHaveLength(0);
    expect(await t.db.select().from(plaatsingen).where(eq(plaatsingen.dossierId, dossierId))).toHaveLength(1);
  });
});
