// The handshake step of webhook delivery (issue 16 item 4; src/webhooks/bevestiging.ts): every
// subscription waiting for its receiver's consent whose next attempt is due gets an OPTIONS request.
// Allowed → `actief` (the planner then delivers everything since the subscription was made, from
// geplandTotVolgnummer on: nothing is lost while it waited). Not allowed → the reason is kept for the
// subscriber to read and the request repeated after the delivery backoff; after WEBHOOK_RETRY_HOURS
// the subscription is `gestopt`, saying why.
//
// Several instances: a due row is claimed in a short transaction (FOR UPDATE SKIP LOCKED) by moving
// volgendeBevestiging a lease ahead, and the outcome is recorded only while the row still waits.
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { schrijfAudit, systeemActor } from '../audit/auditlog.js';
import { abonnementen } from '../db/schema.js';
import { vraagBevestiging, type Bevestiging } from '../webhooks/bevestiging.js';
import { backoffMs, type Verzendmiddelen } from '../webhooks/verzender.js';
import type { AfleverDeps } from './webhook-aflevering.js';

const WACHT = 'wacht_op_bevestiging';
/** Subscriptions asked per run. */
const BATCH = 25;

export type Bevestigingsrapport = { bevestigd: number; nietBevestigd: number; gestopt: number };

interface Claim { id: string; callbackUrl: string; authorization: string | null; pogingen: number; tijdstipAangemaakt: Date; lease: Date }

export async function bevestigAbonnementen(deps: AfleverDeps, middelen: Verzendmiddelen, leaseMs: number): Promise<Bevestigingsrapport> {
  const rapport: Bevestigingsrapport = { bevestigd: 0, nietBevestigd: 0, gestopt: 0 };
  const claims = await claimTeBevestigen(deps, leaseMs);
  await Promise.all(claims.map(async (claim) => {
    const uitkomst = await vraagBevestiging(middelen, claim.callbackUrl, claim.authorization, deps.config);
    // As a delivery to a refused address is (src/jobs/webhook-aflevering.ts): the operator should see it.
    if (!uitkomst.bevestigd && uitkomst.adresGeweigerd) {
      deps.logger.warn({ abonnementId: claim.id, fout: uitkomst.reden }, 'webhook-handshake niet verzonden: adres niet toegestaan');
    }
    const vervolg = await registreerBevestiging(deps, claim, uitkomst);
    if (vervolg) rapport[vervolg]++;
    if (vervolg === 'gestopt') deps.logger.warn({ abonnementId: claim.id }, 'abonnement gestopt: ontvanger bevestigde de webhook-handshake niet');
  }));
  return rapport;
}

async function claimTeBevestigen({ db, clock }: AfleverDeps, leaseMs: number): Promise<Claim[]> {
  const nu = clock.now();
  const lease = new Date(nu.getTime() + leaseMs);
  return db.transaction(async (tx) => {
    const rijen = await tx.select({
      id: abonnementen.id, callbackUrl: abonnementen.callbackUrl, authorization: abonnementen.authorization,
      pogingen: abonnementen.bevestigingPogingen, tijdstipAangemaakt: abonnementen.tijdstipAangemaakt,
    }).from(abonnementen)
      .where(and(eq(abonnementen.status, WACHT), lte(abonnementen.volgendeBevestiging, nu)))
      .orderBy(asc(abonnementen.volgendeBevestiging), asc(abonnementen.id)).limit(BATCH)
      .for('update', { skipLocked: true });
    if (rijen.length === 0) return [];
    await tx.update(abonnementen)
      .set({ volgendeBevestiging: lease, bevestigingPogingen: sql`${abonnementen.bevestigingPogingen} + 1` })
      .where(inArray(abonnementen.id, rijen.map((r) => r.id)));
    return rijen.map((r) => ({ ...r, pogingen: r.pogingen + 1, lease }));
  });
}

/** Records the outcome while the row still waits with our lease; returns what happened, or null when it no longer waited. */
async function registreerBevestiging(
  deps: AfleverDeps, claim: Claim, uitkomst: Bevestiging,
): Promise<keyof Bevestigingsrapport | null> {
  const nu = deps.clock.now();
  const uiterlijk = claim.tijdstipAangemaakt.getTime() + deps.config.WEBHOOK_RETRY_HOURS * 3_600_000;
  return deps.db.transaction(async (tx) => {
    const nogVanOns = and(eq(abonnementen.id, claim.id), eq(abonnementen.status, WACHT), eq(abonnementen.volgendeBevestiging, claim.lease));
    const actor = systeemActor(deps.config);
    if (uitkomst.bevestigd) {
      const rijen = await tx.update(abonnementen).set({
        status: 'actief', tijdstipBevestigd: nu, volgendeBevestiging: null, bevestigingsfout: null, tijdstipGewijzigd: nu,
      }).where(nogVanOns).returning({ id: abonnementen.id });
      if (rijen.length === 0) return null;
      await schrijfAudit(tx, actor, nu, { actie: 'abonnement.bevestigd', objectType: 'abonnement', objectId: claim.id });
      return 'bevestigd';
    }
    const fout = uitkomst.reden.slice(0, 300);
    if (nu.getTime() < uiterlijk) {
      // As for a delivery: the backoff, with a last attempt at the end of the window.
      const volgende = Math.min(nu.getTime() + backoffMs(claim.pogingen, deps.random ?? Math.random), uiterlijk);
      const rijen = await tx.update(abonnementen).set({ bevestigingsfout: fout, volgendeBevestiging: new Date(volgende) })
        .where(nogVanOns).returning({ id: abonnementen.id });
      return rijen.length === 0 ? null : 'nietBevestigd';
    }
    const rijen = await tx.update(abonnementen).set({
      status: 'gestopt', bevestigingsfout: fout, volgendeBevestiging: null, tijdstipGewijzigd: nu,
      redenGestopt: `De ontvanger bevestigde de webhook-handshake (OPTIONS met WebHook-Request-Origin) niet binnen `
        + `${deps.config.WEBHOOK_RETRY_HOURS} uur; laatste poging: ${fout}. Maak een nieuw abonnement zodra uw ontvanger OPTIONS beantwoordt.`,
    }).where(nogVanOns).returning({ id: abonnementen.id });
    if (rijen.length === 0) return null;
    await schrijfAudit(tx, actor, nu, { actie: 'abonnement.gestopt', objectType: 'abonnement', objectId: claim.id });
    return 'gestopt';
  });
}
