// The audit trail for auditors (docs/architectuur.md §4): listing per dossier with cursor pagination, and the
// hash-chain verification that must notice a changed row, a removed middle row and a removed tail.
// Tampering is done with raw SQL (the application itself never updates or deletes audit rows) and
// undone afterwards, so every test starts from a valid trail and checks only its own finding.
import { readFile } from 'node:fs/promises';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/client.js';
import { auditKetens, auditregels } from '../../src/db/schema.js';
import { plaatsKennisgeving } from '../../src/outbox/kennisgevingen.js';
import { veranker } from '../../src/audit/anker.js';
import { geldigeInhoud } from '../support/inhoud.js';
import { startTestApp, type Antwoord, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const auditor = () => t.sleutel('beheer', 'auditor');

/**
 * A dossier whose audit chain has `lengte` (≥ 2) rows, written through the API: its registration
 * with the registering organisation's grant, then reads of a notification about it by the IND (each
 * read is audited).
 */
async function dossierMetKeten(lengte: number) {
  const d = await t.verzoek('POST', '/v1/dossiers', {
    sleutel: t.sleutel('politie', 'intaker'),
    body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' },
  });
  const dossierId: string = d.body.id;
  const kennisgevingId = await t.db.transaction((tx) => plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
    ontvangerOrganisatieId: t.organisatieIds.ind, soort: 'm55_bedenktijd', dossierId, afzenderOrganisatieId: t.organisatieIds.politie,
    inhoud: geldigeInhoud('m55_bedenktijd', dossierId), gebeurtenisSleutel: `audittest:${dossierId}`,
  }));
  for (let i = 2; i < lengte; i++) {
    t.klok.verzet(1000);
    const r = await t.verzoek('GET', `/v1/kennisgevingen/${kennisgevingId}`, { sleutel: t.sleutel('ind', 'ind_medewerker') });
    expect(r.status).toBe(200);
  }
  const regels = await t.db.select().from(auditregels).where(eq(auditregels.dossierId, dossierId)).orderBy(asc(auditregels.positie));
  expect(regels.map((r) => r.positie)).toEqual(Array.from({ length: lengte }, (_, i) => i + 1));
  return { dossierId, keten: `dossier:${dossierId}`, regels };
}

const verifieer = async (sleutel = auditor()) => {
  const r = await t.verzoek('GET', '/v1/auditregels/_verificatie', { sleutel });
  expect(r.status).toBe(200);
  return r.body as { geldig: boolean; gecontroleerd: number; ketens: number; bevindingen: Array<{ keten: string; positie: number | null; probleem: string }> };
};

const telling = async (tabel: 'auditregels' | 'audit_ketens') =>
  rowsOf<{ n: number }>(await t.db.execute(sql.raw(`select count(*)::int as n from ${tabel}`)))[0]!.n;

describe('GET /v1/auditregels', () => {
  it('geeft de auditor de regels van één dossier, oplopend, met de hashketen', async () => {
    const { dossierId, keten } = await dossierMetKeten(3);
    await dossierMetKeten(2); // another dossier: must not appear
    const r = await t.verzoek('GET', `/v1/auditregels?dossierId=${dossierId}`, { sleutel: auditor() });
    expect(r.status).toBe(200);
    const regels = r.body.auditregels as Array<Record<string, any>>;
    expect(regels.map((g) => g.actie)).toEqual(['dossier.geregistreerd', 'toegang.verleend.identiteit', 'kennisgeving.gelezen']);
    expect(regels.map((g) => g.positie)).toEqual([1, 2, 3]);
    for (const g of regels) expect(g).toMatchObject({ dossierId, keten, resultaat: 'geslaagd' });
    expect(regels.map((g) => g.id)).toEqual([...regels.map((g) => g.id)].sort((a, b) => a - b));
    expect(regels[0]).toMatchObject({
      organisatieId: t.organisatieIds.politie, rol: 'intaker', objectType: 'dossier', objectId: dossierId, vorigeHash: '',
    });
    expect(regels[1]).toMatchObject({ organisatieId: t.organisatieIds.politie, objectType: 'toegangsrecht', objectId: `${t.organisatieIds.politie}:registratie:${dossierId}` });
    expect(regels[2]).toMatchObject({ organisatieId: t.organisatieIds.ind, rol: 'ind_medewerker', objectType: 'kennisgeving' });
    expect(Object.keys(regels[0]!).sort()).toEqual([
      'actie', 'dossierId', 'hash', 'id', 'keten', 'ketensleutel', 'objectId', 'objectType', 'organisatieId', 'positie', 'requestId',
      'resultaat', 'rol', 'sleutelId', 'tijdstip', 'vorigeHash',
    ]);
    expect(regels[0]!.tijdstip).toMatch(/Z$/);
    // Each row links to the previous one in its chain.
    expect(regels[1]!.vorigeHash).toBe(regels[0]!.hash);
    expect(regels[2]!.vorigeHash).toBe(regels[1]!.hash);
  });

  it('pagineert oplopend op id met een Link-header, zonder overlap', async () => {
    const alles = await t.verzoek('GET', '/v1/auditregels?limit=200', { sleutel: auditor() });
    const verwacht = (alles.body.auditregels as Array<{ id: number }>).map((g) => g.id);
    expect(verwacht.length).toBeGreaterThan(5);
    const gezien: number[] = [];
    let pad: string | undefined = '/v1/auditregels?limit=4';
    while (pad) {
      const r: Antwoord = await t.verzoek('GET', pad, { sleutel: auditor() });
      expect(r.status).toBe(200);
      gezien.push(...r.body.auditregels.map((g: { id: number }) => g.id));
      const link: string | null = r.headers.get('link');
      pad = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : undefined;
    }
    expect(gezien).toEqual(verwacht);
  });

  it('weigert ongeldige query-parameters met alle problemen tegelijk (400)', async () => {
    const r = await t.verzoek('GET', '/v1/auditregels?dossierId=geen-uuid&limit=0', { sleutel: auditor() });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['dossierId', 'limit']);
    const cursor = await t.verzoek('GET', '/v1/auditregels?cursor=bm9n', { sleutel: auditor() });
    expect(cursor.status).toBe(400);
    expect(cursor.body.invalidParams).toEqual([expect.objectContaining({ name: 'cursor' })]);
  });

  it('weigert elke rol behalve de auditor (403), ook de beheerder', async () => {
    for (const [org, rol] of [
      ['politie', 'intaker'], ['politie', 'analist'], ['ind', 'ind_medewerker'], ['om', 'officier'], ['comensha', 'zorgcoordinator'],
      ['beheer', 'beheerder'], ['beheer', 'analist'],
    ] as const) {
      const r = await t.verzoek('GET', '/v1/auditregels', { sleutel: t.sleutel(org, rol) });
      expect(r.status, `${org}/${rol}`).toBe(403);
    }
    expect((await t.verzoek('GET', '/v1/auditregels')).status).toBe(401);
  });
});

describe('GET /v1/auditregels/_verificatie', () => {
  it('is geldig op een onaangeroerde database, voor auditor en beheerder, en schrijft zelf niets', async () => {
    await dossierMetKeten(3);
    const zonderAnker = await verifieer();
    expect(zonderAnker).toMatchObject({ geldig: true, anker: null, waarschuwingen: [expect.stringContaining('Nog geen anker')] });
    expect((await veranker(t.deps)).verankerd).toBe(await telling('audit_ketens'));
    const voor = await t.tabeltellingen();
    const uitslag = await verifieer();
    expect(uitslag).toEqual({
      geldig: true, gecontroleerd: await telling('auditregels'), ketens: await telling('audit_ketens'), bevindingen: [],
      anker: { aantal: 1, laatsteTijdstip: t.klok.now().toISOString(), ketens: await telling('audit_ketens'), regels: await telling('auditregels') },
      waarschuwingen: [],
    });
    expect(uitslag.ketens).toBeGreaterThan(1);
    expect(await verifieer(t.sleutel('beheer', 'beheerder'))).toEqual(uitslag);
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it('meldt een gewijzigde regel met keten en positie', async () => {
    const { keten, regels } = await dossierMetKeten(3);
    const doelwit = regels[1]!;
    await t.db.execute(sql`update auditregels set actie = 'x' where id = ${doelwit.id}`);
    const uitslag = await verifieer();
    expect(uitslag.geldig).toBe(false);
    expect(uitslag.bevindingen).toEqual([{ keten, positie: 2, probleem: expect.stringContaining('gewijzigd') }]);

    await t.db.execute(sql`update auditregels set actie = ${doelwit.actie} where id = ${doelwit.id}`);
    expect((await verifieer()).geldig).toBe(true);
  });

  it('meldt een verwijderde regel midden in een keten', async () => {
    const { keten, regels } = await dossierMetKeten(4);
    const doelwit = regels[1]!;
    await t.db.execute(sql`delete from auditregels where id = ${doelwit.id}`);
    const uitslag = await verifieer();
    expect(uitslag.geldig).toBe(false);
    expect(uitslag.bevindingen).toEqual([{ keten, positie: 3, probleem: expect.stringContaining('ontbreken vóór positie 3') }]);

    await t.db.insert(auditregels).values(doelwit);
    expect((await verifieer()).geldig).toBe(true);
  });

  it('meldt een verwijderd einde van een keten', async () => {
    const { keten, regels } = await dossierMetKeten(3);
    const doelwit = regels[2]!;
    await t.db.execute(sql`delete from auditregels where id = ${doelwit.id}`);
    const uitslag = await verifieer();
    expect(uitslag.geldig).toBe(false);
    expect(uitslag.bevindingen).toEqual([{ keten, positie: null, probleem: expect.stringContaining('kop verwacht 3') }]);

    await t.db.insert(auditregels).values(doelwit);
    expect((await verifieer()).geldig).toBe(true);
  });

  it('meldt meerdere vervalsingen in verschillende ketens tegelijk', async () => {
    const a = await dossierMetKeten(3);
    const b = await dossierMetKeten(3);
    await t.db.execute(sql`update auditregels set organisatie_id = ${t.organisatieIds.om} where id = ${a.regels[0]!.id}`);
    await t.db.execute(sql`delete from auditregels where id = ${b.regels[2]!.id}`);
    const uitslag = await verifieer();
    expect(uitslag.geldig).toBe(false);
    expect(uitslag.bevindingen).toHaveLength(2);
    expect(uitslag.bevindingen).toEqual(expect.arrayContaining([
      expect.objectContaining({ keten: a.keten, positie: 1 }),
      expect.objectContaining({ keten: b.keten, positie: null }),
    ]));
    await t.db.execute(sql`update auditregels set organisatie_id = ${a.regels[0]!.organisatieId} where id = ${a.regels[0]!.id}`);
    await t.db.insert(auditregels).values(b.regels[2]!);
    expect((await verifieer()).geldig).toBe(true);
  });

  it('meldt een verankerde keten die met haar kop is verwijderd, en een teruggedraaide keten (issue 11)', async () => {
    const weg = await dossierMetKeten(2);
    const kort = await dossierMetKeten(3);
    await veranker(t.deps);
    await t.db.execute(sql`delete from auditregels where keten = ${weg.keten}`);
    await t.db.execute(sql`delete from audit_ketens where keten = ${weg.keten}`);
    await t.db.execute(sql`delete from auditregels where id = ${kort.regels[2]!.id}`);
    await t.db.execute(sql`update audit_ketens set lengte = 2, laatste_hash = ${kort.regels[1]!.hash} where keten = ${kort.keten}`);
    const uitslag = await verifieer();
    expect(uitslag.geldig).toBe(false);
    expect(uitslag.bevindingen).toEqual(expect.arrayContaining([
      { keten: weg.keten, positie: null, probleem: expect.stringContaining('Keten verwijderd') },
      { keten: kort.keten, positie: null, probleem: expect.stringContaining('Keten teruggedraaid: het anker van') },
      { keten: null, positie: null, probleem: expect.stringContaining('Audittrail ingekort') },
      { keten: null, positie: null, probleem: expect.stringContaining('Ketens verwijderd') },
    ]));
    expect(uitslag.bevindingen).toHaveLength(4);

    await t.db.insert(auditregels).values(weg.regels);
    await t.db.execute(sql`insert into audit_ketens (keten, lengte, laatste_hash) values (${weg.keten}, 2, ${weg.regels[1]!.hash})`);
    await t.db.insert(auditregels).values(kort.regels[2]!);
    await t.db.execute(sql`update audit_ketens set lengte = 3, laatste_hash = ${kort.regels[2]!.hash} where keten = ${kort.keten}`);
    expect(await verifieer()).toMatchObject({ geldig: true, bevindingen: [] });
  });

  it('de ankerjob verankert alleen ketens met nieuwe regels, en een nieuwe regel in een verankerde keten bij de volgende run', async () => {
    const { keten, dossierId } = await dossierMetKeten(2);
    await veranker(t.deps);
    expect(await veranker(t.deps)).toEqual({ verankerd: 0, ankers: 0, teruggedraaid: 0 });
    // One more audited read in that chain: the next run anchors exactly that chain, at its new head.
    const kennisgeving = await t.db.execute(sql`select id from kennisgevingen where dossier_id = ${dossierId}`);
    const [{ id }] = rowsOf<{ id: string }>(kennisgeving) as [{ id: string }];
    expect((await t.verzoek('GET', `/v1/kennisgevingen/${id}`, { sleutel: t.sleutel('ind', 'ind_medewerker') })).status).toBe(200);
    const regelsVoor = (await readFile(t.ankerbestand, 'utf8')).trimEnd().split('\n').length;
    expect(await veranker(t.deps)).toEqual({ verankerd: 1, ankers: 1, teruggedraaid: 0 });
    const laatste = JSON.parse((await readFile(t.ankerbestand, 'utf8')).trimEnd().split('\n').at(-1)!);
    const [kop] = await t.db.select().from(auditKetens).where(eq(auditKetens.keten, keten));
    expect(laatste.koppen).toEqual([[keten, 3, kop!.laatsteHash]]);
    expect((await readFile(t.ankerbestand, 'utf8')).trimEnd().split('\n')).toHaveLength(regelsVoor + 1);
  });

  it('weigert rollen zonder auditregels.verifieren (403)', async () => {
    for (const [org, rol] of [
      ['politie', 'intaker'], ['politie', 'analist'], ['ind', 'ind_medewerker'], ['om', 'officier'], ['beheer', 'analist'],
    ] as const) {
      const r = await t.verzoek('GET', '/v1/auditregels/_verificatie', { sleutel: t.sleutel(org, rol) });
      expect(r.status, `${org}/${rol}`).toBe(403);
    }
  });
});
