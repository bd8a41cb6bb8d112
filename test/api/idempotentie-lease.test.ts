// Issue 12.4: an Idempotency-Key claimed by a request whose process died stays "in progress" (status
// null). Its lease decides: before it runs out a retry is 409 with the seconds to wait; after it, the
// retry takes the key over and runs, once. (The kill -9 itself is in test/proces/idempotentie-crash.test.ts.)
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotentieSleutels } from '../../src/db/schema.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const DOSSIER = { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' };

describe('Idempotency-Key met lease', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp({ env: { IDEMPOTENCY_LEASE_SECONDS: '30' } }); });
  afterAll(async () => { await t.close(); });

  /** What a process that died mid-request leaves behind: a claim without an answer (its transaction rolled back). */
  async function achtergelatenClaim(sleutel: string, leaseTot: Date | null) {
    const sleutelId = t.sleutels.find((k) => k.sleutel === t.sleutel('politie', 'intaker'))!.sleutelId;
    // The request hash exactly as the middleware computes it: method, path and the raw body.
    const verzoekHash = createHash('sha256').update('POST /v1/dossiers\n').update(JSON.stringify(DOSSIER)).digest('hex');
    await t.db.insert(idempotentieSleutels).values({
      credential: `sleutel:${sleutelId}`, sleutel, methode: 'POST', pad: '/v1/dossiers', verzoekHash,
      tijdstipAangemaakt: t.klok.now(), tijdstipLeaseTot: leaseTot,
    });
  }

  it('binnen de lease: 409 met het aantal seconden; na de lease neemt de herhaling het over en maakt één dossier', async () => {
    await achtergelatenClaim('crash-1', new Date(t.klok.now().getTime() + 20_000));
    const voor = await t.tabeltellingen();

    const tevroeg = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), body: DOSSIER, headers: { 'Idempotency-Key': 'crash-1' } });
    expect(tevroeg.status).toBe(409);
    expect(tevroeg.body.detail).toContain('probeer het over 20 seconde(n) opnieuw');
    expect(await t.tabeltellingen()).toEqual(voor);

    t.klok.verzet(20_000);
    const herhaling = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), body: DOSSIER, headers: { 'Idempotency-Key': 'crash-1' } });
    expect(herhaling.status).toBe(201);
    expect((await t.tabeltellingen()).dossiers).toBe(voor.dossiers! + 1);

    // From now on the key replays the stored answer.
    const replay = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), body: DOSSIER, headers: { 'Idempotency-Key': 'crash-1' } });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(herhaling.body.id);
    const [rij] = await t.db.select().from(idempotentieSleutels).where(and(eq(idempotentieSleutels.sleutel, 'crash-1')));
    expect(rij).toMatchObject({ status: 201, tijdstipLeaseTot: null });
  });

  it('een claim van vóór de lease (zonder leasetijd) is na een crash meteen over te nemen', async () => {
    await achtergelatenClaim('crash-oud', null);
    const herhaling = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), body: DOSSIER, headers: { 'Idempotency-Key': 'crash-oud' } });
    expect(herhaling.status).toBe(201);
  });

  it('een andere body onder dezelfde sleutel blijft 422, ook na de lease', async () => {
    await achtergelatenClaim('crash-2', new Date(t.klok.now().getTime() - 1000));
    const ander = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), body: { ...DOSSIER, leeftijdscategorie: 'minderjarig' }, headers: { 'Idempotency-Key': 'crash-2' } });
    expect(ander.status).toBe(422);
  });

  it('docs/beslissingen/0006-idempotentie.md: een sleutel ouder dan IDEMPOTENCY_TTL_HOURS is vergeten en wordt in één upsert opnieuw geclaimd; daarbinnen herhaalt hij het antwoord', async () => {
    const intaker = t.sleutel('politie', 'intaker');
    const eerste = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker, body: DOSSIER, headers: { 'Idempotency-Key': 'ttl-1' } });
    expect(eerste.status).toBe(201);
    t.klok.verzet(23 * 3_600_000);
    const binnen = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker, body: { ...DOSSIER, leeftijdscategorie: 'minderjarig' }, headers: { 'Idempotency-Key': 'ttl-1' } });
    expect(binnen.status).toBe(422);
    t.klok.verzet(2 * 3_600_000);
    const na = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker, body: { ...DOSSIER, leeftijdscategorie: 'minderjarig' }, headers: { 'Idempotency-Key': 'ttl-1' } });
    expect(na.status).toBe(201);
    expect(na.headers.get('idempotent-replayed')).toBeNull();
    expect(na.body.id).not.toBe(eerste.body.id);
    const [rij] = await t.db.select().from(idempotentieSleutels).where(eq(idempotentieSleutels.sleutel, 'ttl-1'));
    expect(rij).toMatchObject({ status: 201, tijdstipLeaseTot: null, tijdstipAangemaakt: t.klok.now() });
  });
});
