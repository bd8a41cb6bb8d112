// Use cases on signals: record a signal on a dossier, list a dossier's signals.
import { and, asc, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { beoordelingen, dossiers, signalen } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { heeftToegang, isUuid, toegankelijkDossier } from '../../access/dossiertoegang.js';
import { amsterdamseDatum, ligtInDeToekomst } from '../../domain/kalender.js';
import type { Signaalcontext, Wegingsschaal } from '../../domain/catalogus.js';
import { schaalWeigering, uiterlijkeOpvolging, VERRIJKINGSTERMIJN_UREN, zonderOpvolging } from '../../domain/signaal.js';
import { problemen, type InvalidParam } from '../../http/problem.js';
import type { OpvolgingVastleggen, SignaalVastleggen } from './signalen.schemas.js';

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
    throw problemen.regelOvertreden('signaal-ongeldig', overtredingen.map((o) => o.reason).join(' '), overtredingen);
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

/**
 * docs/regels.md R7 — the organisation that recorded a signal records the outcome of its enrichment
 * and weighing, once (rapport §4.3: enrich, then weigh again; §4.6.2: record why a signal is not
 * followed up). Another organisation that sees the dossier cannot (403); a second outcome is 409.
 */
export async function legOpvolgingVast(ctx: UseCaseContext, dossierId: string, signaalId: string, invoer: OpvolgingVastleggen) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await toegankelijkDossier(tx, ctx.principal, dossierId);
    if (!isUuid(signaalId)) throw problemen.nietGevonden('Signaal niet gevonden.');
    const [signaal] = await tx.select().from(signalen).where(and(eq(signalen.id, signaalId), eq(signalen.dossierId, dossierId))).for('update');
    if (!signaal) throw problemen.nietGevonden('Signaal niet gevonden.');
    if (signaal.organisatieId !== ctx.principal.organisatieId) {
      throw problemen.verboden('opvolging-alleen-registrerende-organisatie', 'Alleen de organisatie die het signaal vastlegde, legt de uitkomst van de verrijking vast. Leg een eigen signaal vast als uw organisatie dit signaal zelf opvolgt.');
    }
    if (signaal.tijdstipOpvolging) {
      throw problemen.conflict('opvolging-al-vastgelegd', `De opvolging van dit signaal is al vastgelegd op ${signaal.tijdstipOpvolging.toISOString()} (${signaal.opvolging?.uitkomst}). Leg een nieuw signaal vast als er nieuwe informatie is.`);
    }
    const [bijgewerkt] = await tx.update(signalen).set({
      opvolging: { ...invoer, organisatieId: ctx.principal.organisatieId }, tijdstipOpvolging: nu,
    }).where(eq(signalen.id, signaalId)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'signaal.opgevolgd', objectType: 'signaal', objectId: signaalId, dossierId });
    return bijgewerkt!;
  });
}

/** The deadline of a signal in SQL, from the same table as uiterlijkeOpvolging (null without a deadline). */
const termijnUren = sql`(case ${sql.join(
  Object.entries(VERRIJKINGSTERMIJN_UREN).flatMap(([schaal, waarden]) => Object.entries(waarden ?? {}).map(([waarde, uren]) =>
    sql`when ${signalen.weging}->>'schaal' = ${schaal} and ${signalen.weging}->>'waarde' = ${waarde} then ${sql.raw(String(Number(uren)))}`)),
  sql` `,
)} end)`;
const uiterlijk = sql<Date>`(${signalen.tijdstipRegistratie} + ${termijnUren} * interval '1 hour')`;

/**
 * docs/regels.md R7 — the alert list of the caller's organisation: its signals whose enrichment
 * deadline has passed without a recorded outcome and without an assessment on the dossier since the
 * signal came in; most overdue first. zonderOpvolging (the domain rule) has the last word per row.
 */
export async function signalenZonderOpvolging(ctx: UseCaseContext, limit: number, na?: [string, string]) {
  const nu = ctx.clock.now();
  const rijen = await ctx.db.select({ signaal: signalen, dossiernummer: dossiers.dossiernummer })
    .from(signalen).innerJoin(dossiers, eq(dossiers.id, signalen.dossierId))
    .where(and(
      eq(signalen.organisatieId, ctx.principal.organisatieId),
      heeftToegang(ctx.db, ctx.principal.organisatieId, signalen.dossierId),
      isNull(signalen.tijdstipOpvolging),
      sql`${termijnUren} is not null`,
      sql`${uiterlijk} < ${nu.toISOString()}::timestamptz`,
      sql`not exists (select 1 from ${beoordelingen} where ${beoordelingen.dossierId} = ${signalen.dossierId} and ${beoordelingen.tijdstipRegistratie} >= ${signalen.tijdstipRegistratie})`,
      ...(na ? [sql`(${uiterlijk}, ${signalen.id}) > (${na[0]}::timestamptz, ${na[1]}::uuid)`] : []),
    ))
    .orderBy(asc(uiterlijk), asc(signalen.id)).limit(limit + 1);
  const volgende = rijen.length > limit ? rijen[limit - 1] : undefined;
  const signaleringen = rijen.slice(0, limit)
    .filter(({ signaal }) => zonderOpvolging(signaal, null, nu))
    .map(({ signaal, dossiernummer }) => {
      const grens = uiterlijkeOpvolging(signaal.tijdstipRegistratie, signaal.weging)!;
      const uren = Math.floor((nu.getTime() - grens.getTime()) / 3_600_000);
      return {
        signaalId: signaal.id, dossierId: signaal.dossierId, dossiernummer, ontvangstdatum: signaal.ontvangstdatum,
        weging: signaal.weging as { schaal: Wegingsschaal; waarde: string }, contexten: signaal.contexten as Signaalcontext[], tijdstipRegistratie: signaal.tijdstipRegistratie.toISOString(),
        uiterlijkeOpvolging: grens.toISOString(), urenOverschreden: uren,
        melding: `Dit signaal (weging ${signaal.weging!.waarde}) had uiterlijk ${grens.toISOString()} verrijkt en opnieuw gewogen moeten zijn; er is nog geen opvolging vastgelegd. `
          + 'Leg de uitkomst vast (POST …/signalen/{signaalId}/opvolging), ook als het signaal niet wordt opgevolgd — met de reden (rapport Rijke signalen, wisselende opvolging, §4.3, §4.6.2).',
      };
    });
  const laatste = volgende ? [uiterlijkeOpvolging(volgende.signaal.tijdstipRegistratie, volgende.signaal.weging)!.toISOString(), volgende.signaal.id] as [string, string] : undefined;
  return { signaleringen, volgende: laatste };
}
