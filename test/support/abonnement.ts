// A subscription as the CloudEvents handshake leaves it once its receiver allowed the NRM
// (src/jobs/webhook-bevestiging.ts): for tests of the delivery path whose receivers cannot answer
// OPTIONS (raw TCP listeners, or none at all). The handshake itself is tested in test/api/webhooks.test.ts.
import { eq } from 'drizzle-orm';
import { abonnementen } from '../../src/db/schema.js';
import type { TestApp } from './harness.js';

export async function alsBevestigd(t: TestApp, abonnementId: string): Promise<void> {
  await t.db.update(abonnementen).set({ status: 'actief', tijdstipBevestigd: t.klok.now(), volgendeBevestiging: null })
    .where(eq(abonnementen.id, abonnementId));
}
