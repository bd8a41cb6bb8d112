// Who may see how a notification was delivered (issue 4): its receiving organisation (its own
// webhook), its sending organisation (afzenderOrganisatieId) and the beheerder. Nobody else: 404.
// The beheerder operates the delivery, not the cases: it sees kinds, organisations, times and
// delivery states, never which dossier a notification is about (docs/toegangsmodel.md).
import { and, asc, count, eq, exists, gt, inArray, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import { afleveringen, kennisgevingen, organisaties } from '../../db/schema.js';
import { isUuid } from '../../access/dossiertoegang.js';
import { problemen } from '../../http/problem.js';
import { escalatiegrens, termijnVerstreken } from '../../webhooks/werkdagen.js';
import type { VerzondenKennisgevingSchema, VerzondenListQuery } from './afleveringen.schemas.js';

const isBeheerder = (ctx: UseCaseContext) => ctx.principal.rol === 'beheerder';
const isM55 = (soort: string) => soort.startsWith('m55_');

export async function afleveringenVanKennisgeving(ctx: UseCaseContext, kennisgevingId: string) {
  if (!isUuid(kennisgevingId)) throw problemen.nietGevonden('Kennisgeving niet gevonden.');
  const voorwaarden: SQL[] = [eq(kennisgevingen.id, kennisgevingId)];
  if (!isBeheerder(ctx)) {
    const eigen = ctx.principal.organisatieId;
    voorwaarden.push(or(eq(kennisgevingen.ontvangerOrganisatieId, eigen), eq(kennisgevingen.afzenderOrganisatieId, eigen))!);
  }
  const [kennisgeving] = await ctx.db.select({ id: kennisgevingen.id }).from(kennisgevingen).where(and(...voorwaarden));
  if (!kennisgeving) throw problemen.nietGevonden('Kennisgeving niet gevonden.');
  return ctx.db.select().from(afleveringen).where(eq(afleveringen.kennisgevingId, kennisgeving.id))
    .orderBy(asc(afleveringen.tijdstipAangemaakt), asc(afleveringen.id));
}

type Filters = z.output<typeof VerzondenListQuery>;
type VerzondenKennisgeving = z.infer<typeof VerzondenKennisgevingSchema>;

/**
 * The notifications the caller's organisation sent (the beheerder: all), oldest first, with their
 * acknowledgement and delivery state. `onbevestigd` is the M55 escalation: an m55_* notification
 * without ontvangstbevestiging once M55_ESCALATIE_WERKDAGEN working days have passed (by the
 * injected clock), so no M55 goes unnoticed.
 */
export async function lijstVerzonden(ctx: UseCaseContext, filters: Filters, limit: number, na?: [string, string]): Promise<VerzondenKennisgeving[]> {
  const werkdagen = ctx.config.M55_ESCALATIE_WERKDAGEN;
  const voorwaarden: SQL[] = [];
  if (!isBeheerder(ctx)) voorwaarden.push(eq(kennisgevingen.afzenderOrganisatieId, ctx.principal.organisatieId));
  if (filters.soort) voorwaarden.push(eq(kennisgevingen.soort, filters.soort));
  if (filters.status === 'onbevestigd') {
    voorwaarden.push(
      like(kennisgevingen.soort, 'm55\\_%'),
      isNull(kennisgevingen.tijdstipBevestigd),
      lt(kennisgevingen.tijdstipAangemaakt, escalatiegrens(ctx.clock.now(), werkdagen)),
    );
  }
  if (filters.status === 'niet_afleverbaar') {
    voorwaarden.push(exists(ctx.db.select({ x: afleveringen.id }).from(afleveringen).where(and(
      eq(afleveringen.kennisgevingId, kennisgevingen.id), eq(afleveringen.status, 'niet_afleverbaar'),
    ))));
  }
  if (na) {
    const tijdstip = new Date(na[0]);
    voorwaarden.push(or(gt(kennisgevingen.tijdstipAangemaakt, tijdstip), and(eq(kennisgevingen.tijdstipAangemaakt, tijdstip), gt(kennisgevingen.id, na[1])))!);
  }
  const rijen = await ctx.db.select({
    id: kennisgevingen.id, soort: kennisgevingen.soort, volgnummer: kennisgevingen.volgnummer, dossierId: kennisgevingen.dossierId,
    afzenderOrganisatieId: kennisgevingen.afzenderOrganisatieId, ontvangerOrganisatieId: kennisgevingen.ontvangerOrganisatieId,
    ontvangerOrganisatieNaam: organisaties.naam, tijdstipAangemaakt: kennisgevingen.tijdstipAangemaakt,
    tijdstipBevestigd: kennisgevingen.tijdstipBevestigd, referentieOntvanger: kennisgevingen.referentieOntvanger,
  }).from(kennisgevingen)
    .innerJoin(organisaties, eq(organisaties.id, kennisgevingen.ontvangerOrganisatieId))
    .where(and(...voorwaarden))
    .orderBy(asc(kennisgevingen.tijdstipAangemaakt), asc(kennisgevingen.id)).limit(limit + 1);

  const tellingen = rijen.length === 0 ? [] : await ctx.db.select({ kennisgevingId: afleveringen.kennisgevingId, status: afleveringen.status, aantal: count() })
    .from(afleveringen).where(inArray(afleveringen.kennisgevingId, rijen.map((r) => r.id)))
    .groupBy(afleveringen.kennisgevingId, afleveringen.status);
  const perKennisgeving = new Map<string, VerzondenKennisgeving['afleveringen']>();
  for (const t of tellingen) {
    const telling = perKennisgeving.get(t.kennisgevingId) ?? { wachtend: 0, afgeleverd: 0, nietAfleverbaar: 0, vervallen: 0 };
    const sleutel = t.status === 'niet_afleverbaar' ? 'nietAfleverbaar' : (t.status as keyof typeof telling);
    if (sleutel in telling) telling[sleutel] += Number(t.aantal);
    perKennisgeving.set(t.kennisgevingId, telling);
  }

  return rijen.map((r) => ({
    id: r.id,
    soort: r.soort as VerzondenKennisgeving['soort'],
    volgnummer: r.volgnummer,
    dossierId: isBeheerder(ctx) ? null : r.dossierId,
    afzenderOrganisatieId: r.afzenderOrganisatieId,
    ontvangerOrganisatieId: r.ontvangerOrganisatieId,
    ontvangerOrganisatieNaam: r.ontvangerOrganisatieNaam,
    tijdstipAangemaakt: r.tijdstipAangemaakt.toISOString(),
    tijdstipBevestigd: r.tijdstipBevestigd?.toISOString() ?? null,
    referentieOntvanger: r.referentieOntvanger,
    tijdstipBevestigingsTermijnVerstreken: isM55(r.soort) ? termijnVerstreken(r.tijdstipAangemaakt, werkdagen).toISOString() : null,
    afleveringen: perKennisgeving.get(r.id) ?? { wachtend: 0, afgeleverd: 0, nietAfleverbaar: 0, vervallen: 0 },
  }));
}
