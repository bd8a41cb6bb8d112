// Logboek Dataverwerkingen per processing (issue 17; AVG art. 30): one record per request and
// activity naming every dossier it touched, pseudonymised; found again per dossier through
// GET /v1/verwerkingen; and the log's own retention (src/jobs/verwerkingslog-opruimen.ts).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/client.js';
import { verwerkingen } from '../../src/db/schema.js';
import { verwerkingslogOpruimen } from '../../src/jobs/verwerkingslog-opruimen.js';
import { plaatsKennisgeving } from '../../src/outbox/kennisgevingen.js';
import { pseudoniem } from '../../src/privacy/verwerkingslog.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
const dossierIds: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ nu: '2026-11-20T10:00:00Z' });
  for (let i = 0; i < 20; i++) {
    const d = await t.verzoek('POST', '/v1/dossiers', {
      sleutel: t.sleutel('politie', 'intaker'),
      body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' },
    });
    expect(d.status).toBe(201);
    dossierIds.push(d.body.id);
  }
  // 100 notifications for the IND, five per dossier, placed with the outbox writer itself.
  for (let i = 0; i < 100; i++) {
    await t.db.transaction((tx) => plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
      ontvangerOrganisatieId: t.organisatieIds.ind, soort: 'bedenktijd_loopt_af', dossierId: dossierIds[i % 20]!,
      afzenderOrganisatieId: t.organisatieIds.politie, inhoud: { i }, gebeurtenisSleutel: `test:${i}`,
    }));
  }
});
afterAll(async () => { await t.close(); });

const aantal = async () => (await t.db.select({ id: verwerkingen.id }).from(verwerkingen)).length;
const ps = (id: string) => pseudoniem(id, t.deps.config.VERWERKINGSLOG_SLEUTEL);

describe('Logboek Dataverwerkingen: één record per verwerking', () => {
  it('een feedpagina van 100 kennisgevingen voegt precies één record toe dat al haar dossiers noemt', async () => {
    const voor = await aantal();
    const traceId = 'aaaabbbbccccddddeeeeffff00001111';
    const r = await t.verzoek('GET', '/v1/kennisgevingen?limit=100', { sleutel: t.sleutel('ind', 'ind_medewerker'), headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    expect(r.status).toBe(200);
    expect(r.body.kennisgevingen).toHaveLength(100);
    expect(await aantal()).toBe(voor + 1);
    const [rij] = rowsOf<{ betrokkene_pseudoniemen: string[] }>(await t.db.execute(sql`select betrokkene_pseudoniemen from verwerkingen where trace_id = ${traceId}`));
    expect([...rij!.betrokkene_pseudoniemen].sort()).toEqual(dossierIds.map(ps).sort());
    expect(JSON.stringify(rij)).not.toContain(dossierIds[0]);

    // "Who processed dossier X" finds this record for every dossier on the page.
    const overzicht = await t.verzoek('GET', `/v1/verwerkingen?dossierId=${dossierIds[7]}`, { sleutel: t.sleutel('beheer', 'auditor') });
    expect(overzicht.status).toBe(200);
    expect(overzicht.body.verwerkingen.filter((v: { traceId: string }) => v.traceId === traceId)).toHaveLength(1);
  });

  it('het lezen van één dossier voegt één record toe, met alleen dat dossier', async () => {
    const voor = await aantal();
    const traceId = 'aaaabbbbccccddddeeeeffff00002222';
    const r = await t.verzoek('GET', `/v1/dossiers/${dossierIds[3]}`, { sleutel: t.sleutel('politie', 'intaker'), headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    expect(r.status).toBe(200);
    expect(await aantal()).toBe(voor + 1);
    const [rij] = rowsOf<{ betrokkene_pseudoniemen: string[] }>(await t.db.execute(sql`select betrokkene_pseudoniemen from verwerkingen where trace_id = ${traceId}`));
    expect(rij!.betrokkene_pseudoniemen).toEqual([ps(dossierIds[3]!)]);
  });

  it('zoeken per dossier gebruikt de GIN-index op de pseudoniemen', async () => {
    await t.db.execute(sql`set enable_seqscan = off`);
    try {
      const plan = rowsOf<Record<string, string>>(await t.db.execute(sql`explain select id from verwerkingen where betrokkene_pseudoniemen @> array[${ps(dossierIds[0]!)}]::text[]`));
      expect(plan.map((p) => Object.values(p)[0]).join('\n')).toContain('verwerkingen_betrokkenen_idx');
    } finally {
      await t.db.execute(sql`set enable_seqscan = on`);
    }
  });
});

describe('bewaartermijn van het logboek zelf', () => {
  it('verwijdert records ouder dan VERWERKINGSLOG_BEWAARTERMIJN_DAGEN (volgens de klok); 0 bewaart alles', async () => {
    const totaal = await aantal();
    expect(totaal).toBeGreaterThan(0);
    const dagen = t.deps.config.VERWERKINGSLOG_BEWAARTERMIJN_DAGEN;
    const jobDeps = t.deps;
    // Exactly at the boundary is not yet older than the retention.
    t.klok.zet(new Date(Date.parse('2026-11-20T10:00:00Z') + dagen * 86_400_000).toISOString());
    expect(await verwerkingslogOpruimen(jobDeps)).toEqual({ verwijderd: 0 });
    t.klok.verzet(2 * 86_400_000);
    expect(await verwerkingslogOpruimen({ ...jobDeps, config: { ...t.deps.config, VERWERKINGSLOG_BEWAARTERMIJN_DAGEN: 0 } })).toEqual({ verwijderd: 0 });
    expect(await verwerkingslogOpruimen(jobDeps)).toEqual({ verwijderd: totaal });
    expect(await aantal()).toBe(0);
  });
});
