// Concurrency of shelter placements on real PostgreSQL (README.md, "Running on PostgreSQL": "nothing assumes a single
// instance"; docs/beslissingen/0017-verwijzing-en-opvang.md; README.md, "Tests and CI"; issue 7): placements racing for the last place, a capacity cut racing a
// placement, and one person placed twice at once. PGlite has one connection and cannot show any of
// this, so these run only with TEST_DATABASE_URL.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plaatsingen } from '../../src/db/schema.js';
import { opPostgres, startTestApp, type TestApp } from '../support/harness.js';

describe.runIf(opPostgres)('plaatsingen gelijktijdig (PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
  afterAll(async () => { await t.close(); });

  const politie = () => t.sleutel('politie', 'intaker');
  const opvang = () => t.sleutel('opvang', 'opvangmedewerker');

  async function locatie(capaciteit: number, naam: string) {
    const r = await t.verzoek('POST', '/v1/opvanglocaties', { sleutel: opvang(), body: { naam, soort: 'cosm', capaciteit } });
    expect(r.status).toBe(201);
    return r.body.id as string;
  }

  async function aanvaard(dossierId?: string, doel = 'cosm') {
    if (!dossierId) {
      const d = await t.verzoek('POST', '/v1/dossiers', { sleutel: politie(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' } });
      expect(d.status).toBe(201);
      dossierId = d.body.id as string;
    }
    const v = await t.verzoek('POST', `/v1/dossiers/${dossierId}/verwijzingen`, {
      sleutel: politie(), body: { doel, ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Opvang.', urgentie: 'acuut', toestemming: 'ja' },
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    const b = await t.verzoek('POST', `/v1/verwijzingen/${v.body.id}/besluit`, { sleutel: opvang(), body: { besluit: 'aanvaard' } });
    expect(b.status).toBe(200);
    return { dossierId, verwijzingId: v.body.id as string };
  }

  const plaats = (verwijzingId: string, opvanglocatieId: string) =>
    t.verzoek('POST', `/v1/verwijzingen/${verwijzingId}/plaatsingen`, { sleutel: opvang(), body: { opvanglocatieId, startdatum: '2026-11-20' } });

  const lopend = async (opvanglocatieId: string) =>
    t.db.select().from(plaatsingen).where(and(eq(plaatsingen.opvanglocatieId, opvanglocatieId), isNull(plaatsingen.einddatum)));

  it('docs/beslissingen/0017-verwijzing-en-opvang.md: 12 gelijktijdige plaatsingen voor de laatste plaats → precies één plaatsing, de rest 409 met de bezetting', async () => {
    const id = await locatie(3, 'Laatste plaats');
    for (let i = 0; i < 2; i++) expect((await plaats((await aanvaard()).verwijzingId, id)).status).toBe(201);
    const kandidaten = await Promise.all(Array.from({ length: 12 }, () => aanvaard()));

    const antwoorden = await Promise.all(kandidaten.map((k) => plaats(k.verwijzingId, id)));

    expect(antwoorden.filter((r) => r.status === 201)).toHaveLength(1);
    const geweigerd = antwoorden.filter((r) => r.status !== 201);
    expect(geweigerd).toHaveLength(11);
    for (const r of geweigerd) {
      expect(r.status).toBe(409);
      expect(r.body.detail).toContain('bezetting 3 van 3');
    }
    expect(await lopend(id)).toHaveLength(3);
    expect((await t.verzoek('GET', `/v1/opvanglocaties/${id}`, { sleutel: opvang() })).body).toMatchObject({ capaciteit: 3, bezetting: 3, vrijePlaatsen: 0 });
  });

  it('issue 7: een capaciteitsverlaging die gelijk loopt met plaatsingen zakt nooit onder de bezetting', async () => {
    for (let ronde = 0; ronde < 5; ronde++) {
      const id = await locatie(2, `Verlagen ${ronde}`);
      const [a, b] = await Promise.all([aanvaard(), aanvaard()]);
      const [p1, verlaging, p2] = await Promise.all([
        plaats(a!.verwijzingId, id),
        t.verzoek('PATCH', `/v1/opvanglocaties/${id}`, { sleutel: opvang(), body: { capaciteit: 1 } }),
        plaats(b!.verwijzingId, id),
      ]);
      const geplaatst = [p1, p2].filter((r) => r.status === 201).length;
      const loc = (await t.verzoek('GET', `/v1/opvanglocaties/${id}`, { sleutel: opvang() })).body;
      expect(loc.bezetting).toBe(geplaatst);
      expect(loc.bezetting).toBeLessThanOrEqual(loc.capaciteit);
      if (verlaging.status === 200) expect(geplaatst).toBeLessThanOrEqual(1);
      else expect(verlaging.status).toBe(409);
    }
  });

  it('een persoon die tegelijk in twee locaties wordt geplaatst: één plaatsing, één 409', async () => {
    const x = await locatie(5, 'Dubbel X');
    const y = await locatie(5, 'Dubbel Y');
    const eerste = await aanvaard(undefined, 'cosm');
    const tweede = await aanvaard(eerste.dossierId, 'hulpverlening');
    const antwoorden = await Promise.all([plaats(eerste.verwijzingId, x), plaats(tweede.verwijzingId, y)]);
    expect(antwoorden.map((r) => r.status).sort()).toEqual([201, 409]);
    const rijen = await t.db.select().from(plaatsingen).where(and(eq(plaatsingen.dossierId, eerste.dossierId), isNull(plaatsingen.einddatum)));
    expect(rijen).toHaveLength(1);
  });
});
