import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotentieSleutels } from '../../src/db/schema.js';
import { jobs, voerJobsUit, type Job } from '../../src/jobs/index.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

const UUR = 3_600_000;

async function bewaarSleutel(sleutel: string, tijdstipAangemaakt: Date) {
  await t.db.insert(idempotentieSleutels).values({
    credential: t.sleutels[0]!.sleutelId, sleutel, methode: 'POST', pad: '/v1/dossiers', verzoekHash: 'x',
    status: 201, antwoord: '{}', antwoordHeaders: {}, tijdstipAangemaakt,
  });
}

const aanwezig = async () =>
  (await t.db.select({ sleutel: idempotentieSleutels.sleutel }).from(idempotentieSleutels)).map((r) => r.sleutel).sort();

describe('job idempotentie-opruimen', () => {
  it('verwijdert alleen sleutels ouder dan IDEMPOTENCY_TTL_HOURS (volgens de geïnjecteerde klok), en is daarna een no-op', async () => {
    t.klok.zet('2026-11-20T10:00:00Z');
    const nu = t.klok.now().getTime();
    expect(t.deps.config.IDEMPOTENCY_TTL_HOURS).toBe(24);
    await bewaarSleutel('oud', new Date(nu - 25 * UUR));
    await bewaarSleutel('vers', new Date(nu - 1 * UUR));
    // Exactly at the boundary is not yet older than the TTL.
    await bewaarSleutel('grens', new Date(nu - 24 * UUR));

    const rapport = await voerJobsUit(t.deps);
    expect(rapport['idempotentie-opruimen']).toEqual({ verwijderd: 1 });
    expect(await aanwezig()).toEqual(['grens', 'vers']);

    const nogmaals = await voerJobsUit(t.deps);
    expect(nogmaals['idempotentie-opruimen']).toEqual({ verwijderd: 0 });
    expect(await aanwezig()).toEqual(['grens', 'vers']);
  });

  it('rekent vanaf de klok, niet vanaf de systeemtijd: verder in de tijd verdwijnen ook de overige', async () => {
    t.klok.zet('2026-11-22T10:00:00Z');
    const rapport = await voerJobsUit(t.deps);
    expect(rapport['idempotentie-opruimen']).toEqual({ verwijderd: 2 });
    expect(await aanwezig()).toEqual([]);
  });

  it('ruimt een achterstand groter dan één batch helemaal op', async () => {
    t.klok.zet('2026-11-20T10:00:00Z');
    const oud = new Date(t.klok.now().getTime() - 48 * UUR);
    const credential = t.sleutels[0]!.sleutelId;
    await t.db.execute(sql`
      insert into idempotentie_sleutels (credential, sleutel, methode, pad, verzoek_hash, tijdstip_aangemaakt)
      select ${credential}, 'bulk-' || n, 'POST', '/v1/dossiers', 'x', ${oud.toISOString()}::timestamptz
      from generate_series(1, 2500) as n`);
    const rapport = await voerJobsUit(t.deps);
    expect(rapport['idempotentie-opruimen']).toEqual({ verwijderd: 2500 });
    expect(await aanwezig()).toEqual([]);
  });
});

describe('voerJobsUit', () => {
  it('een mislukte job stopt de andere niet, wordt gelogd met de jobnaam en gerapporteerd als { fout }, zonder persoonsgegevens', async () => {
    const register = jobs as Record<string, Job>;
    // A database error whose PostgreSQL message would quote the value (a name) it failed on.
    register['test-faalt'] = async ({ db }) => { await db.execute(sql`select ${'Ama Mensah'}::int`); return {}; };
    register['test-daarna'] = async () => ({ uitgevoerd: true });
    try {
      const foutenVooraf = t.logregels.filter((r) => r.niveau === 'error').length;
      const rapport = await voerJobsUit(t.deps);
      expect(rapport['idempotentie-opruimen']).toEqual({ verwijderd: 0 });
      expect(rapport['test-daarna']).toEqual({ uitgevoerd: true });
      const fout = (rapport['test-faalt'] as { fout: string }).fout;
      expect(fout).toBe('Databasefout (SQLSTATE 22P02)');

      const fouten = t.logregels.filter((r) => r.niveau === 'error').slice(foutenVooraf);
      expect(fouten).toHaveLength(1);
      expect(fouten[0]!.obj).toMatchObject({ job: 'test-faalt', fout });
      expect(JSON.stringify(fouten)).not.toContain('Mensah');
      expect(JSON.stringify(rapport)).not.toContain('Mensah');
    } finally {
      delete register['test-faalt'];
      delete register['test-daarna'];
    }
  });

  it('een gewone fout (geen databasefout) wordt met haar melding gerapporteerd', async () => {
    const register = jobs as Record<string, Job>;
    register['test-gooit'] = async () => { throw new Error('webhook-ontvanger onbereikbaar'); };
    try {
      const rapport = await voerJobsUit(t.deps);
      expect(rapport['test-gooit']).toEqual({ fout: 'webhook-ontvanger onbereikbaar' });
    } finally {
      delete register['test-gooit'];
    }
  });
});
