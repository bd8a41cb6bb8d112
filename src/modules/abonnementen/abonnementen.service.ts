// Use cases on webhook subscriptions (issue 4): only ever the caller's own organisation's; another
// organisation's subscription does not exist for the caller (404).
import { and, asc, eq, gt, inArray, ne, or, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { abonnementen, afleveringen, kennisgevingTellers, organisaties } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { isUuid } from '../../access/dossiertoegang.js';
import { problemen } from '../../http/problem.js';
import type { Opzoeker } from '../../webhooks/adresbeleid.js';
import { callbackUrlBeleid } from '../../webhooks/callback-url.js';
import type { AbonnementAanmakenSchema, AbonnementListQuery } from './abonnementen.schemas.js';

type Aanmaken = z.output<typeof AbonnementAanmakenSchema>;
type Filters = z.output<typeof AbonnementListQuery>;

/**
 * Registers a subscription, waiting for its receiver's consent (the handshake, src/webhooks/bevestiging.ts;
 * the dispatcher asks at once). It receives the notifications placed after it: geplandTotVolgnummer
 * starts at the recipient's counter, so the subscriber knows exactly up to which volgnummer to
 * read the feed for what came before. A notification still being written commits with a higher
 * number (the writer holds the counter row), so nothing falls between feed and webhook.
 */
export async function maakAbonnement(ctx: UseCaseContext, invoer: Aanmaken, opzoeker: Opzoeker) {
  // Before the transaction: resolving the name may take a while and holds no lock.
  const beleid = await callbackUrlBeleid(invoer.callbackUrl, ctx.config, opzoeker);
  if (beleid.length > 0) throw problemen.ongeldigeInvoer(beleid);
  const nu = ctx.clock.now();
  const organisatieId = ctx.principal.organisatieId;
  return ctx.db.transaction(async (tx) => {
    const [dubbel] = await tx.select({ id: abonnementen.id }).from(abonnementen).where(and(
      eq(abonnementen.organisatieId, organisatieId), eq(abonnementen.callbackUrl, invoer.callbackUrl),
      inArray(abonnementen.status, ['actief', 'wacht_op_bevestiging']),
    ));
    if (dubbel) {
      throw problemen.conflict('abonnement-dubbel', `Uw organisatie heeft al een actief abonnement (${dubbel.id}) op deze callbackUrl. `
        + 'Verwijder dat eerst, of gebruik één abonnement met alle soorten: anders ontvangt u elke kennisgeving twee keer.');
    }
    const [teller] = await tx.select({ laatste: kennisgevingTellers.laatsteVolgnummer }).from(kennisgevingTellers)
      .where(eq(kennisgevingTellers.organisatieId, organisatieId));
    const [abonnement] = await tx.insert(abonnementen).values({
      id: ctx.ids.uuid(), organisatieId, callbackUrl: invoer.callbackUrl, authorization: invoer.authorization ?? null,
      soorten: invoer.soorten, status: 'wacht_op_bevestiging', redenGestopt: null, geplandTotVolgnummer: teller?.laatste ?? 0,
      volgendeBevestiging: nu,
      tijdstipAangemaakt: nu, tijdstipGewijzigd: nu,
    }).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'abonnement.aangemaakt', objectType: 'abonnement', objectId: abonnement!.id });
    return abonnement!;
  });
}

/** The caller's organisation's subscriptions (deleted ones excluded), oldest first, after the cursor. */
export function lijstAbonnementen(ctx: UseCaseContext, filters: Filters, limit: number, na?: [string, string]) {
  const voorwaarden: SQL[] = [eq(abonnementen.organisatieId, ctx.principal.organisatieId), ne(abonnementen.status, 'verwijderd')];
  if (filters.status) voorwaarden.push(eq(abonnementen.status, filters.status));
  if (na) {
    const tijdstip = new Date(na[0]);
    voorwaarden.push(or(gt(abonnementen.tijdstipAangemaakt, tijdstip), and(eq(abonnementen.tijdstipAangemaakt, tijdstip), gt(abonnementen.id, na[1])))!);
  }
  return ctx.db.select().from(abonnementen).where(and(...voorwaarden))
    .orderBy(asc(abonnementen.tijdstipAangemaakt), asc(abonnementen.id)).limit(limit + 1);
}

async function eigenAbonnement(db: Queryable, ctx: UseCaseContext, abonnementId: string, opties: { voorWijziging?: boolean } = {}) {
  if (!isUuid(abonnementId)) throw problemen.nietGevonden('Abonnement niet gevonden.');
  const query = db.select().from(abonnementen).where(and(
    eq(abonnementen.id, abonnementId),
    eq(abonnementen.organisatieId, ctx.principal.organisatieId),
    ne(abonnementen.status, 'verwijderd'),
  ));
  const [abonnement] = opties.voorWijziging ? await query.for('update') : await query;
  if (!abonnement) throw problemen.nietGevonden('Abonnement niet gevonden.');
  return abonnement;
}

export function leesAbonnement(ctx: UseCaseContext, abonnementId: string) {
  return eigenAbonnement(ctx.db, ctx, abonnementId);
}

/**
 * Deletes a subscription: nothing more is sent to it, and what was still waiting lapses
 * (`vervallen`); those notifications remain in the feed. The row is kept (status `verwijderd`) so
 * the delivery history stays readable for the sender.
 */
export async function verwijderAbonnement(ctx: UseCaseContext, abonnementId: string): Promise<void> {
  const nu = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const abonnement = await eigenAbonnement(tx, ctx, abonnementId, { voorWijziging: true });
    // The receiver's secret is not kept once it can no longer be used.
    await tx.update(abonnementen).set({ status: 'verwijderd', authorization: null, tijdstipGewijzigd: nu }).where(eq(abonnementen.id, abonnement.id));
    await tx.update(afleveringen).set({ status: 'vervallen', leaseTot: null, laatsteFout: 'Abonnement verwijderd' })
      .where(and(eq(afleveringen.abonnementId, abonnement.id), eq(afleveringen.status, 'wachtend')));
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'abonnement.verwijderd', objectType: 'abonnement', objectId: abonnement.id });
  });
}

/**
 * Issue 15: the state of every organisation's webhook subscriptions for the beheerder, who operates
 * the delivery (docs/toegangsmodel.md): organisation, address, status and why it stopped — never the
 * Authorization value the receiver chose, and nothing about dossiers. Deleted ones excluded.
 */
export async function abonnementenVoorBeheer(ctx: UseCaseContext) {
  if (ctx.principal.rol !== 'beheerder') throw problemen.verboden('rol-niet-toegestaan', 'Alleen de beheerder ziet de abonnementen van alle organisaties.');
  return ctx.db.select({
    id: abonnementen.id, organisatie: organisaties.naam, callbackUrl: abonnementen.callbackUrl, soorten: abonnementen.soorten,
    status: abonnementen.status, redenGestopt: abonnementen.redenGestopt, bevestigingsfout: abonnementen.bevestigingsfout,
    tijdstipGewijzigd: abonnementen.tijdstipGewijzigd,
  }).from(abonnementen).innerJoin(organisaties, eq(organisaties.id, abonnementen.organisatieId))
    .where(ne(abonnementen.status, 'verwijderd')).orderBy(asc(organisaties.naam), asc(abonnementen.tijdstipAangemaakt), asc(abonnementen.id)).limit(500);
}
