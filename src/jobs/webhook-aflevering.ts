// Webhook delivery (issue 4): every notification is POSTed as a CloudEvent to each active
// subscription of its recipient that asked for its kind. At least once, per subscription in
// volgnummer order, with retries for WEBHOOK_RETRY_HOURS, safe with several instances.
//
// One run:
// 0. handshake — subscriptions waiting for their receiver's consent are asked for it (OPTIONS,
//    src/jobs/webhook-bevestiging.ts); only `actief` ones are planned and delivered to.
// 1. plan — for each active subscription, notifications of its organisation with a volgnummer above
//    geplandTotVolgnummer get a delivery row (`wachtend`), and geplandTotVolgnummer moves up. The
//    feed numbers commit in order per recipient (docs/beslissingen/0003-feed-per-ontvanger.md), so nothing below it can appear later.
// 2. claim — in a short transaction, the due head of each subscription (its lowest `wachtend`
//    delivery) is locked with FOR UPDATE SKIP LOCKED, given a lease (leaseTot) and its attempt
//    counted; commit. Another instance skips locked rows and sees the lease afterwards.
// 3. send — outside any transaction, with a time-out.
// 4. record — only if the lease is still ours: 2xx → afgeleverd; 410 → the subscription stops;
//    otherwise a retry after Retry-After or the backoff, or `niet_afleverbaar` after the window.
// A crash between 3 and 4 leaves the row `wachtend` with a lease: when the lease expires it is
// claimed and sent again with the same CloudEvent id (the receiver deduplicates) — never lost.
//
// Head-of-line blocking: a later delivery of a subscription waits while an earlier one is pending
// (also during its backoff), so a receiver sees its events in volgnummer order. A delivery that
// ends as `niet_afleverbaar` (or `vervallen`) no longer blocks: after the retry window the queue
// moves on, and the receiver catches up on what it missed through the feed (naVolgnummer).
import { and, asc, eq, gt, inArray, isNull, lt, lte, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schrijfAudit, systeemActor, type AuditActor } from '../audit/auditlog.js';
import type { Queryable } from '../db/client.js';
import { veiligeFoutmelding } from '../observability/foutmelding.js';
import { abonnementen, afleveringen, kennisgevingen } from '../db/schema.js';
import { bouwCloudEvent } from '../webhooks/cloudevent.js';
import { webhookAdresbeleid } from '../webhooks/callback-url.js';
import { systeemOpzoeker } from '../webhooks/naamopzoeking.js';
import { vastgepindeTransport } from '../webhooks/transport.js';
import { beoordeel, verzend, type Verzendmiddelen, type Verzendresultaat, type Vervolg } from '../webhooks/verzender.js';
import type { JobDeps } from './index.js';
import { bevestigAbonnementen, type Bevestigingsrapport } from './webhook-bevestiging.js';

/** Notifications read per planning step. */
const PLAN_BATCH = 500;
/** Deliveries claimed (and sent in parallel) per round; at most one per subscription. */
const CLAIM_BATCH = 25;
/** Rounds per run: a healthy receiver gets up to this many events per subscription per run. */
const MAX_RONDES = 100;
/** No new round after this long (by the injected clock), so one run never holds up the next for long. */
const MAX_DUUR_MS = 50_000;

export interface AfleverDeps extends JobDeps {
  /** Source of jitter in [0, 1); default Math.random. */
  random?: () => number;
  /** Records an attempt's outcome. Replaceable in tests to simulate a crash between sending and marking. */
  registreer?: typeof registreerPoging;
  maxRondes?: number;
}

export type AfleverRapport = Bevestigingsrapport & {
  gepland: number;
  pogingen: number;
  afgeleverd: number;
  opnieuw: number;
  nietAfleverbaar: number;
  gestopt: number;
  leaseVerloren: number;
  fouten: number;
};

/** A claimed delivery with what is needed to send it (the notification without its inhoud). */
export interface Claim {
  afleveringId: string;
  abonnementId: string;
  callbackUrl: string;
  authorization: string | null;
  pogingen: number;
  leaseTot: Date;
  tijdstipAangemaakt: Date;
  kennisgeving: { id: string; volgnummer: number; soort: string; dossierId: string | null; tijdstipAangemaakt: Date };
}

export function leaseMs(config: JobDeps['config']): number {
  return Math.max(config.WEBHOOK_LEASE_SECONDS * 1000, config.WEBHOOK_TIMEOUT_MS + 30_000);
}

/** The dispatcher: plan, then claim–send–record rounds until nothing is due. */
export async function webhookAflevering(deps: AfleverDeps): Promise<AfleverRapport> {
  // Resolve, check every address, connect to a checked one (issue 11).
  const middelen: Verzendmiddelen = {
    transport: deps.webhookTransport ?? vastgepindeTransport,
    opzoeker: deps.opzoeker ?? systeemOpzoeker,
    beleid: webhookAdresbeleid(deps.config),
  };
  const bevestiging = await bevestigAbonnementen(deps, middelen, leaseMs(deps.config));
  const rapport: AfleverRapport = {
    ...bevestiging, gepland: 0, pogingen: 0, afgeleverd: 0, opnieuw: 0, nietAfleverbaar: 0, leaseVerloren: 0, fouten: 0,
  };
  rapport.gepland = await planAfleveringen(deps);
  const random = deps.random ?? Math.random;
  const registreer = deps.registreer ?? registreerPoging;
  const start = deps.clock.now().getTime();
  for (let ronde = 0; ronde < (deps.maxRondes ?? MAX_RONDES) && deps.clock.now().getTime() - start < MAX_DUUR_MS; ronde++) {
    const claims = await claimAfleveringen(deps.db, deps.clock.now(), leaseMs(deps.config));
    if (claims.length === 0) break;
    rapport.pogingen += claims.length;
    await Promise.all(claims.map(async (claim) => {
      try {
        const event = bouwCloudEvent(claim.kennisgeving, deps.config);
        const resultaat = await verzend(middelen, claim.callbackUrl, claim.authorization, event, deps.config.WEBHOOK_TIMEOUT_MS, () => deps.clock.now());
        if (resultaat.adresGeweigerd) {
          // Possibly an attempt to reach the internal network through a re-pointed name: operators should know.
          deps.logger.warn({ abonnementId: claim.abonnementId, fout: resultaat.fout }, 'webhook niet verzonden: adres niet toegestaan');
        }
        const nu = deps.clock.now();
        const uiterlijk = new Date(claim.tijdstipAangemaakt.getTime() + deps.config.WEBHOOK_RETRY_HOURS * 3_600_000);
        const vervolg = beoordeel(resultaat, claim.pogingen, nu, uiterlijk, random);
        const geregistreerd = await registreer(deps.db, claim, resultaat, vervolg, nu, systeemActor(deps.config));
        if (!geregistreerd) { rapport.leaseVerloren++; return; }
        if (vervolg.soort === 'afgeleverd') rapport.afgeleverd++;
        else if (vervolg.soort === 'opnieuw') rapport.opnieuw++;
        else if (vervolg.soort === 'gestopt') {
          rapport.gestopt++;
          deps.logger.warn({ abonnementId: claim.abonnementId }, 'abonnement gestopt: ontvanger antwoordde 410 Gone');
        } else {
          rapport.nietAfleverbaar++;
          deps.logger.warn({ abonnementId: claim.abonnementId, kennisgevingId: claim.kennisgeving.id }, 'kennisgeving niet afleverbaar');
        }
      } catch (err) {
        // The lease stays: after it expires the delivery is claimed and sent again (same event id).
        rapport.fouten++;
        deps.logger.error({ afleveringId: claim.afleveringId, fout: veiligeFoutmelding(err) }, 'aflevering niet geregistreerd');
      }
    }));
  }
  return rapport;
}

/** Step 1: delivery rows for new notifications of every active subscription. Returns how many. */
export async function planAfleveringen({ db, clock, ids }: Pick<JobDeps, 'db' | 'clock' | 'ids'>): Promise<number> {
  const nu = clock.now();
  const actief = await db.select({ id: abonnementen.id }).from(abonnementen).where(eq(abonnementen.status, 'actief'));
  let gepland = 0;
  for (const { id } of actief) {
    for (;;) {
      const stap = await db.transaction(async (tx) => {
        // Another instance planning this subscription holds the row: leave it to that one.
        const [abonnement] = await tx.select().from(abonnementen)
          .where(and(eq(abonnementen.id, id), eq(abonnementen.status, 'actief'))).for('update', { skipLocked: true });
        if (!abonnement) return { gelezen: 0, nieuw: 0 };
        const nieuw = await tx.select({ id: kennisgevingen.id, volgnummer: kennisgevingen.volgnummer, soort: kennisgevingen.soort })
          .from(kennisgevingen)
          .where(and(eq(kennisgevingen.ontvangerOrganisatieId, abonnement.organisatieId), gt(kennisgevingen.volgnummer, abonnement.geplandTotVolgnummer)))
          .orderBy(asc(kennisgevingen.volgnummer)).limit(PLAN_BATCH);
        if (nieuw.length === 0) return { gelezen: 0, nieuw: 0 };
        const gewenst = nieuw.filter((k) => abonnement.soorten.includes(k.soort));
        if (gewenst.length > 0) {
          await tx.insert(afleveringen).values(gewenst.map((k) => ({
            id: ids.uuid(), kennisgevingId: k.id, abonnementId: abonnement.id, volgnummer: k.volgnummer,
            status: 'wachtend', pogingen: 0, volgendePoging: nu, tijdstipAangemaakt: nu,
          }))).onConflictDoNothing();
        }
        await tx.update(abonnementen).set({ geplandTotVolgnummer: nieuw.at(-1)!.volgnummer }).where(eq(abonnementen.id, abonnement.id));
        return { gelezen: nieuw.length, nieuw: gewenst.length };
      });
      gepland += stap.nieuw;
      if (stap.gelezen < PLAN_BATCH) break;
    }
  }
  return gepland;
}

/**
 * Step 2: claims due heads — per active subscription only its lowest `wachtend` delivery, when its
 * time has come and no lease is running — and leases them. Commits before anything is sent.
 */
export async function claimAfleveringen(db: JobDeps['db'], nu: Date, lease: number): Promise<Claim[]> {
  const eerder = alias(afleveringen, 'eerder');
  const leaseTot = new Date(nu.getTime() + lease);
  return db.transaction(async (tx) => {
    const rijen = await tx.select({
      afleveringId: afleveringen.id, abonnementId: afleveringen.abonnementId, pogingen: afleveringen.pogingen,
      tijdstipAangemaakt: afleveringen.tijdstipAangemaakt, callbackUrl: abonnementen.callbackUrl, authorization: abonnementen.authorization,
      kId: kennisgevingen.id, kVolgnummer: kennisgevingen.volgnummer, kSoort: kennisgevingen.soort,
      kDossierId: kennisgevingen.dossierId, kTijdstip: kennisgevingen.tijdstipAangemaakt,
    }).from(afleveringen)
      .innerJoin(abonnementen, eq(abonnementen.id, afleveringen.abonnementId))
      .innerJoin(kennisgevingen, eq(kennisgevingen.id, afleveringen.kennisgevingId))
      .where(and(
        eq(afleveringen.status, 'wachtend'),
        eq(abonnementen.status, 'actief'),
        lte(afleveringen.volgendePoging, nu),
        or(isNull(afleveringen.leaseTot), lte(afleveringen.leaseTot, nu)),
        // Only the head: no earlier delivery of this subscription is still pending (in flight or waiting).
        notExists(tx.select({ x: sql`1` }).from(eerder).where(and(
          eq(eerder.abonnementId, afleveringen.abonnementId), eq(eerder.status, 'wachtend'), lt(eerder.volgnummer, afleveringen.volgnummer),
        ))),
      ))
      .orderBy(asc(afleveringen.volgendePoging), asc(afleveringen.id))
      .limit(CLAIM_BATCH)
      .for('update', { of: afleveringen, skipLocked: true });
    if (rijen.length === 0) return [];
    await tx.update(afleveringen)
      .set({ leaseTot, pogingen: sql`${afleveringen.pogingen} + 1` })
      .where(inArray(afleveringen.id, rijen.map((r) => r.afleveringId)));
    return rijen.map((r) => ({
      afleveringId: r.afleveringId, abonnementId: r.abonnementId, callbackUrl: r.callbackUrl, authorization: r.authorization,
      pogingen: r.pogingen + 1, leaseTot, tijdstipAangemaakt: r.tijdstipAangemaakt,
      kennisgeving: { id: r.kId, volgnummer: r.kVolgnummer, soort: r.kSoort, dossierId: r.kDossierId, tijdstipAangemaakt: r.kTijdstip },
    }));
  });
}

/** The row is still ours: `wachtend` with the lease we set (another instance may have taken over after expiry). */
const nogVanOns = (claim: Claim) => and(
  eq(afleveringen.id, claim.afleveringId), eq(afleveringen.status, 'wachtend'), eq(afleveringen.leaseTot, claim.leaseTot),
);

/** Step 4: records an attempt's outcome. Returns false when the lease was lost (nothing written). */
export async function registreerPoging(db: JobDeps['db'], claim: Claim, r: Verzendresultaat, vervolg: Vervolg, nu: Date, actor: AuditActor): Promise<boolean> {
  const resultaat = { laatsteHttpStatus: r.httpStatus, laatsteFout: r.fout, leaseTot: null };
  return db.transaction(async (tx) => {
    switch (vervolg.soort) {
      case 'afgeleverd':
        return bijgewerkt(tx, { ...resultaat, status: 'afgeleverd', tijdstipAfgeleverd: nu }, claim);
      case 'opnieuw':
        return bijgewerkt(tx, { ...resultaat, volgendePoging: vervolg.volgendePoging }, claim);
      case 'niet_afleverbaar':
        return bijgewerkt(tx, { ...resultaat, status: 'niet_afleverbaar', laatsteFout: vervolg.reden }, claim);
      case 'gestopt': {
        // Subscription first, then its deliveries: the same lock order as deleting a subscription.
        const [abonnement] = await tx.select({ status: abonnementen.status }).from(abonnementen)
          .where(eq(abonnementen.id, claim.abonnementId)).for('update');
        if (!(await bijgewerkt(tx, { ...resultaat, status: 'vervallen' }, claim))) return false;
        if (abonnement?.status !== 'actief') return true;
        await tx.update(abonnementen).set({
          status: 'gestopt', tijdstipGewijzigd: nu,
          redenGestopt: `De ontvanger antwoordde 410 Gone op ${nu.toISOString()}; maak een nieuw abonnement om weer kennisgevingen te ontvangen.`,
        }).where(eq(abonnementen.id, claim.abonnementId));
        await tx.update(afleveringen).set({ status: 'vervallen', leaseTot: null, laatsteFout: 'Abonnement gestopt (410 Gone)' })
          .where(and(eq(afleveringen.abonnementId, claim.abonnementId), eq(afleveringen.status, 'wachtend')));
        await schrijfAudit(tx, actor, nu, { actie: 'abonnement.gestopt', objectType: 'abonnement', objectId: claim.abonnementId });
        return true;
      }
    }
  });
}

async function bijgewerkt(tx: Queryable, waarden: Partial<typeof afleveringen.$inferInsert>, claim: Claim): Promise<boolean> {
  const rijen = await tx.update(afleveringen).set(waarden).where(nogVanOns(claim)).returning({ id: afleveringen.id });
  return rijen.length > 0;
}
