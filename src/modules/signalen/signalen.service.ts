// Use cases on signals: record a signal on a dossier, list a dossier's signals.
import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { signalen } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { isUuid, toegankelijkDossier } from '../../access/dossiertoegang.js';
import { amsterdamseDatum, ligtInDeToekomst } from '../../domain/kalender.js';
import { schaalWeigering } from '../../domain/signaal.js';
import { problemen, type InvalidParam } from '../../http/problem.js';
import type { SignaalVastleggen } from './signalen.schemas.js';

/**
 * Records one signal. Refusals (422) come before anything is written: a receipt date in the
 * future (a signal is something that already came in), and a weighing on a scale the caller's
 * organisation does not use (each organisation weighs on its own scale, rapport §4.2).
 */
export async function legSignaalVast(ctx: UseCaseContext, dossierId: string, input: SignaalVastleggen) {
  return ctx.db.transaction(async (tx) => {
    await toegankelijkDossier(tx, ctx.principal, dossierId, { open: true });
    return schrijfSignaal(tx, ctx, dossierId, input);
  });
}

/** The signal's checks and row with its audit row, in the caller's transaction (also used by aansluiting). */
export async function schrijfSignaal(tx: Queryable, ctx: UseCaseContext, dossierId: string, input: SignaalVastleggen, veldVoorvoegsel = '') {
  const nu = ctx.clock.now();
  const overtredingen: InvalidParam[] = [];
  if (ligtInDeToekomst(input.ontvangstdatum, nu)) {
    overtredingen.push({
      name: `${veldVoorvoegsel}ontvangstdatum`, code: 'in_de_toekomst',
      reason: `De ontvangstdatum ${input.ontvangstdatum} ligt in de toekomst. Vul de dag in waarop het signaal binnenkwam (uiterlijk ${amsterdamseDatum(nu)}).`,
    });
  }
  const schaalFout = input.weging && schaalWeigering(input.weging.schaal, ctx.principal.organisatieType);
  if (schaalFout) overtredingen.push({ name: `${veldVoorvoegsel}weging.schaal`, code: 'schaal_niet_toegestaan', reason: schaalFout });
  if (overtredingen.length > 0) {
    throw problemen.regelOvertreden(overtredingen.map((o) => o.reason).join(' '), overtredingen);
  }
  const [signaal] = await tx.insert(signalen).values({
    id: ctx.ids.uuid(),
    dossierId,
    organisatieId: ctx.principal.organisatieId,
    ...input,
    tijdstipRegistratie: nu,
  }).returning();
  await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'signaal.vastgelegd', objectType: 'signaal', objectId: signaal!.id, dossierId });
  return signaal!;
}

/** A dossier's signals, oldest first (registration moment, then id: a stable order for the cursor). */
export async function lijstSignalen(ctx: UseCaseContext, dossierId: string, limit: number, na?: [string, string]) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  const voorwaarden: SQL[] = [eq(signalen.dossierId, dossierId)];
  if (na) {
    const tijdstip = new Date(na[0]);
    voorwaarden.push(or(gt(signalen.tijdstipRegistratie, tijdstip), and(eq(signalen.tijdstipRegistratie, tijdstip), gt(signalen.id, na[1])))!);
  }
  return ctx.db.select().from(signalen).where(and(...voorwaarden))
    .orderBy(asc(signalen.tijdstipRegistratie), asc(signalen.id)).limit(limit + 1);
}

/** One signal of a dossier; 404 when the dossier is not visible or the signal belongs elsewhere. */
export async function leesSignaal(ctx: UseCaseContext, dossierId: string, signaalId: string) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  if (!isUuid(signaalId)) throw problemen.nietGevonden('Signaal niet gevonden.');
  const [signaal] = await ctx.db.select().from(signalen).where(and(eq(signalen.id, signaalId), eq(signalen.dossierId, dossierId)));
  if (!signaal) throw problemen.nietGevonden('Signaal niet gevonden.');
  return signaal;
}
