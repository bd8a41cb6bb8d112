import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
const BEGIN = '2026-11-20T10:00:00Z';
beforeAll(async () => { t = await startTestApp({ nu: BEGIN }); });
afterAll(async () => { await t.close(); });

const politie = () => t.sleutel('politie', 'intaker');
const zorg = () => t.sleutel('zorg', 'zorgcoordinator');

async function ok<T = any>(methode: string, pad: string, sleutel: string, body?: unknown): Promise<T> {
  const r = await t.verzoek(methode, pad, { sleutel, body });
  expect(r.status, `${methode} ${pad}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
  return r.body;
}

/**
 * One referred dossier of the seeded set. `verwezen` is the moment of the referral (the fixed clock
 * is set to it); `bedenktijdVanaf` grants a B8/3 bedenktijd that day (three months: it ends on the
 * same day number three months later, docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md).
 */
async function casus(o: {
  verwezen: string; besluit?: { op: string; besluit: 'aanvaard' | 'afgewezen' }; bedenktijdVanaf?: string; geplaatstIn?: string;
  ontvanger?: 'zorg' | 'opvang';
}) {
  t.klok.zet(o.verwezen);
  const dossier = await ok('POST', '/v1/dossiers', politie(), { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' });
  let bedenktijd: { id: string; uiterlijkeEinddatum: string } | null = null;
  if (o.bedenktijdVanaf) {
    const d = o.bedenktijdVanaf;
    const b = await ok('POST', `/v1/dossiers/${dossier.id}/beoordelingen`, politie(), {
      beoordelingsdatum: d, informatiefGesprek: { gevoerd: true, datum: d }, elementen: { handeling: true, middel: true, oogmerk: true },
      indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
    });
    const aanbod = await ok('POST', `/v1/dossiers/${dossier.id}/bedenktijden`, politie(), { aanbiedingsdatum: d, beoordelingId: b.id });
    bedenktijd = await ok('POST', `/v1/bedenktijden/${aanbod.id}/reactie`, politie(), { reactie: 'aanvaard', datum: d });
  }
  const ontvanger = o.ontvanger ?? 'zorg';
  const v = await ok('POST', `/v1/dossiers/${dossier.id}/verwijzingen`, politie(), {
    doel: ontvanger === 'zorg' ? 'zorgcoordinator' : 'cosm', ontvangendeOrganisatieId: t.organisatieIds[ontvanger],
    reden: 'Zorg en opvang regelen.', urgentie: 'normaal', toestemming: 'ja',
  });
  if (o.besluit) {
    t.klok.zet(o.besluit.op);
    const body = o.besluit.besluit === 'aanvaard' ? { besluit: 'aanvaard' } : { besluit: 'afgewezen', afwijzingsreden: 'buiten_doelgroep' };
    await ok('POST', `/v1/verwijzingen/${v.id}/besluit`, ontvanger === 'zorg' ? zorg() : t.sleutel('opvang', 'opvangmedewerker'), body);
  }
  let plaatsing: { id: string } | null = null;
  if (o.geplaatstIn) {
    t.klok.zet(BEGIN);
    plaatsing = await ok('POST', `/v1/verwijzingen/${v.id}/plaatsingen`, zorg(), { opvanglocatieId: o.geplaatstIn, startdatum: '2026-11-20' });
  }
  t.klok.zet(BEGIN);
  return { dossierId: dossier.id as string, dossiernummer: dossier.dossiernummer as string, verwijzingId: v.id as string, bedenktijd, plaatsing };
}

describe('GET /v1/zorgoverzicht', () => {
  it('geeft de verwezen dossiers in volgorde van wat aandacht vraagt, met plaatsing en bedenktijd, en de eigen opvang met bezetting', async () => {
    const locatie = await ok('POST', '/v1/opvanglocaties', t.sleutel('beheer', 'beheerder'), {
      organisatieId: t.organisatieIds.zorg, naam: 'Zorg Amsterdam – Beschermd wonen', soort: 'algemeen', capaciteit: 3,
    });

    // Seeded set (fixed clock 2026-11-20 10:00 UTC; an unanswered referral is overdue after 5 days).
    const H = await casus({ verwezen: '2026-11-02T09:00:00Z', besluit: { op: '2026-11-03T09:00:00Z', besluit: 'aanvaard' }, geplaatstIn: locatie.id });
    const F = await casus({ verwezen: '2026-11-04T09:00:00Z', besluit: { op: '2026-11-18T09:00:00Z', besluit: 'aanvaard' } });
    const A = await casus({ verwezen: '2026-11-10T09:00:00Z' });
    const D = await casus({ verwezen: '2026-11-05T09:00:00Z', besluit: { op: '2026-11-06T09:00:00Z', besluit: 'aanvaard' }, bedenktijdVanaf: '2026-09-01' });
    const B = await casus({ verwezen: '2026-11-13T09:00:00Z', bedenktijdVanaf: '2026-08-22' });
    const E = await casus({ verwezen: '2026-11-06T09:00:00Z', besluit: { op: '2026-11-12T09:00:00Z', besluit: 'aanvaard' } });
    const C = await casus({ verwezen: '2026-11-07T09:00:00Z', besluit: { op: '2026-11-08T09:00:00Z', besluit: 'aanvaard' }, bedenktijdVanaf: '2026-08-25', geplaatstIn: locatie.id });
    const G = await casus({ verwezen: '2026-11-19T09:00:00Z', bedenktijdVanaf: '2026-11-18' });
    const afgewezen = await casus({ verwezen: '2026-11-01T09:00:00Z', besluit: { op: '2026-11-02T09:00:00Z', besluit: 'afgewezen' } });
    const elders = await casus({ verwezen: '2026-11-01T09:00:00Z', ontvanger: 'opvang' });

    expect(B.bedenktijd!.uiterlijkeEinddatum).toBe('2026-11-22');
    expect(C.bedenktijd!.uiterlijkeEinddatum).toBe('2026-11-25');
    expect(D.bedenktijd!.uiterlijkeEinddatum).toBe('2026-12-01');
    expect(G.bedenktijd!.uiterlijkeEinddatum).toBe('2027-02-18');

    const r = await t.verzoek('GET', '/v1/zorgoverzicht', { sleutel: zorg() });
    expect(r.status).toBe(200);
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect(r.body.peildatum).toBe('2026-11-20');
    const rijen = r.body.verwijzingen as Array<Record<string, any>>;
    expect(rijen.map((i) => i.verwijzingId)).toEqual([A, B, C, D, E, F, G, H].map((c) => c.verwijzingId));
    expect(rijen.map((i) => i.aandacht)).toEqual([
      'antwoord_achterstallig', 'antwoord_achterstallig', 'bedenktijd_loopt_af', 'bedenktijd_loopt_af', 'niet_geplaatst', 'niet_geplaatst', null, null,
    ]);
    const ids = rijen.map((i) => i.verwijzingId);
    expect(ids).not.toContain(afgewezen.verwijzingId);
    expect(ids).not.toContain(elders.verwijzingId);

    // Each item: the dossier (pseudonymous), the referral, the current placement and the bedenktijd.
    expect(rijen[0]).toEqual({
      verwijzingId: A.verwijzingId, dossierId: A.dossierId, dossiernummer: A.dossiernummer, leeftijdscategorie: 'meerderjarig',
      doel: 'zorgcoordinator', urgentie: 'normaal', status: 'open', achterstallig: true, tijdstipVerwezen: '2026-11-10T09:00:00.000Z',
      tijdstipBesluit: null, aandacht: 'antwoord_achterstallig', plaatsing: null, bedenktijd: null,
    });
    expect(rijen[1]).toMatchObject({ status: 'open', achterstallig: true, bedenktijd: { id: B.bedenktijd!.id, status: 'lopend', uiterlijkeEinddatum: '2026-11-22' } });
    expect(rijen[2]).toMatchObject({
      status: 'aanvaard', achterstallig: false,
      plaatsing: { id: C.plaatsing!.id, opvanglocatieId: locatie.id, opvanglocatieNaam: 'Zorg Amsterdam – Beschermd wonen', startdatum: '2026-11-20' },
      bedenktijd: { status: 'lopend', uiterlijkeEinddatum: '2026-11-25' },
    });
    expect(rijen[3]).toMatchObject({ plaatsing: null, bedenktijd: { uiterlijkeEinddatum: '2026-12-01' } });
    expect(rijen[4]).toMatchObject({ status: 'aanvaard', plaatsing: null, bedenktijd: null, tijdstipBesluit: '2026-11-12T09:00:00.000Z' });
    expect(rijen[6]).toMatchObject({ status: 'open', achterstallig: false, bedenktijd: { uiterlijkeEinddatum: '2027-02-18' } });
    expect(rijen[7]).toMatchObject({ status: 'aanvaard', plaatsing: { id: H.plaatsing!.id }, bedenktijd: null });
    expect(JSON.stringify(r.body)).not.toMatch(/voornamen|geslachtsnaam|vreemdelingennummer/);

    // Own shelter locations only, with occupancy and free places.
    expect(r.body.opvanglocaties).toEqual([expect.objectContaining({ id: locatie.id, capaciteit: 3, bezetting: 2, vrijePlaatsen: 1 })]);

    // A is accepted now and H leaves its shelter: both become accepted-but-unplaced, longest accepted first.
    await ok('POST', `/v1/verwijzingen/${A.verwijzingId}/besluit`, zorg(), { besluit: 'aanvaard' });
    await ok('POST', `/v1/plaatsingen/${H.plaatsing!.id}/beeindiging`, zorg(), { einddatum: '2026-11-20', reden: 'doorstroom' });
    const daarna = await t.verzoek('GET', '/v1/zorgoverzicht', { sleutel: zorg() });
    const volgorde = (daarna.body.verwijzingen as Array<{ verwijzingId: string; aandacht: string | null }>);
    expect(volgorde.map((i) => i.verwijzingId)).toEqual([B, C, D, H, E, F, A, G].map((c) => c.verwijzingId));
    expect(volgorde.find((i) => i.verwijzingId === H.verwijzingId)!.aandacht).toBe('niet_geplaatst');
    expect(daarna.body.opvanglocaties[0]).toMatchObject({ bezetting: 1, vrijePlaatsen: 2 });
  });

  it('een andere organisatie ziet alleen haar eigen verwijzingen; de opvang ziet haar eigen overzicht', async () => {
    const gemeente = await t.verzoek('GET', '/v1/zorgoverzicht', { sleutel: t.sleutel('gemeente', 'zorgcoordinator') });
    expect(gemeente.status).toBe(200);
    expect(gemeente.body).toEqual({ peildatum: '2026-11-20', verwijzingen: [], opvanglocaties: [] });
    const opvang = await t.verzoek('GET', '/v1/zorgoverzicht', { sleutel: t.sleutel('opvang', 'opvangmedewerker') });
    expect(opvang.status).toBe(200);
    expect(opvang.body.verwijzingen).toHaveLength(1);
    expect(opvang.body.verwijzingen[0]).toMatchObject({ doel: 'cosm', status: 'open', achterstallig: true, aandacht: 'antwoord_achterstallig' });
  });

  it.each([['politie', 'intaker'], ['beheer', 'beheerder'], ['om', 'officier'], ['ind', 'ind_medewerker']] as const)('rol %s/%s: 403', async (org, rol) => {
    const r = await t.verzoek('GET', '/v1/zorgoverzicht', { sleutel: t.sleutel(org, rol) });
    expect(r.status).toBe(403);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });

  it('zonder sleutel: 401', async () => {
    expect((await t.verzoek('GET', '/v1/zorgoverzicht')).status).toBe(401);
  });
});
