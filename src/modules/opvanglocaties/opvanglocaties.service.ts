// Use cases on shelter locations (docs/beslissingen/0017-verwijzing-en-opvang.md): create, list, read and change. Managed by a
// beheerder for any shelter organisation and by a shelter's own staff for their own organisation.
// Occupancy is never stored: it is the number of running placements.
import { and, asc, count, eq, gt, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { opvanglocaties, organisaties, plaatsingen } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { isUuid } from '../../access/dossiertoegang.js';
import type { OrganisatieType } from '../../domain/catalogus.js';
import { capaciteitVerlagenFout, opvangorganisatieFout } from '../../domain/verwijzing.js';
import { problemen } from '../../http/problem.js';
import { weiger } from '../verwijzingen/verwijzingen.service.js';
import type { OpvanglocatieAanmakenSchema, OpvanglocatieListQuery, OpvanglocatieRij, OpvanglocatieWijzigenSchema } from './opvanglocaties.schemas.js';

/** Running placements per location (served by the partial index plaatsingen_lopend_idx). */
export async function bezettingVan(db: Queryable, locatieIds: string[]): Promise<Map<string, number>> {
  if (locatieIds.length === 0) return new Map();
  const rijen = await db.select({ id: plaatsingen.opvanglocatieId, n: count() }).from(plaatsingen)
    .where(and(inArray(plaatsingen.opvanglocatieId, locatieIds), isNull(plaatsingen.einddatum)))
    .groupBy(plaatsingen.opvanglocatieId);
  return new Map(rijen.map((r) => [r.id, Number(r.n)]));
}

export async function metBezetting(db: Queryable, rijen: OpvanglocatieRij[]) {
  const bezetting = await bezettingVan(db, rijen.map((r) => r.id));
  return rijen.map((locatie) => ({ locatie, bezetting: bezetting.get(locatie.id) ?? 0 }));
}

/** A beheerder manages every shelter's locations; shelter staff only those of their own organisation. */
function magBeheren(ctx: UseCaseContext, organisatieId: string) {
  if (ctx.principal.rol === 'beheerder') return;
  if (organisatieId !== ctx.principal.organisatieId) {
    throw problemen.verboden('opvanglocatie-andere-organisatie', 'U beheert alleen de opvanglocaties van uw eigen organisatie. Vraag de beheerder of die organisatie om deze wijziging.');
  }
}

type Aanmaken = z.output<typeof OpvanglocatieAanmakenSchema>;

export async function maakOpvanglocatie(ctx: UseCaseContext, invoer: Aanmaken) {
  const nu = ctx.clock.now();
  const organisatieId = invoer.organisatieId ?? (ctx.principal.rol === 'beheerder' ? undefined : ctx.principal.organisatieId);
  if (!organisatieId) {
    throw problemen.regelOvertreden('organisatie-id-verplicht', 'Geef als beheerder in organisatieId op van welke opvangorganisatie deze locatie is.', [
      { name: 'organisatieId', code: 'required', reason: 'Verplicht voor een beheerder.' },
    ]);
  }
  magBeheren(ctx, organisatieId);
  return ctx.db.transaction(async (tx) => {
    const [organisatie] = await tx.select().from(organisaties).where(eq(organisaties.id, organisatieId));
    if (!organisatie) {
      throw problemen.regelOvertreden('organisatie-onbekend', 'Deze organisatie bestaat niet. Kies een opvangorganisatie uit GET /v1/organisaties.', [
        { name: 'organisatieId', code: 'onbekende_organisatie', reason: 'Onbekende organisatie.' },
      ]);
    }
    const fout = opvangorganisatieFout(organisatie.type as OrganisatieType);
    if (fout) weiger(fout);
    const [locatie] = await tx.insert(opvanglocaties).values({
      id: ctx.ids.uuid(), organisatieId, naam: invoer.naam, soort: invoer.soort, capaciteit: invoer.capaciteit,
      tijdstipAangemaakt: nu, tijdstipGewijzigd: nu,
    }).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'opvanglocatie.aangemaakt', objectType: 'opvanglocatie', objectId: locatie!.id });
    return { locatie: locatie!, bezetting: 0 };
  });
}

/** All shelter locations, by name: referrers and coordinators need to know where there is room. */
export async function lijstOpvanglocaties(ctx: UseCaseContext, filters: z.output<typeof OpvanglocatieListQuery>, limit: number, na?: [string, string]) {
  const voorwaarden: SQL[] = [];
  if (filters.organisatieId) voorwaarden.push(eq(opvanglocaties.organisatieId, filters.organisatieId));
  if (filters.soort) voorwaarden.push(eq(opvanglocaties.soort, filters.soort));
  if (na) voorwaarden.push(or(gt(opvanglocaties.naam, na[0]), and(eq(opvanglocaties.naam, na[0]), gt(opvanglocaties.id, na[1])))!);
  const rijen = await ctx.db.select().from(opvanglocaties).where(and(...voorwaarden))
    .orderBy(asc(opvanglocaties.naam), asc(opvanglocaties.id)).limit(limit + 1);
  return metBezetting(ctx.db, rijen);
}

async function vindLocatie(db: Queryable, id: string, voorWijziging = false) {
  if (!isUuid(id)) throw problemen.nietGevonden('Opvanglocatie niet gevonden.');
  const query = db.select().from(opvanglocaties).where(eq(opvanglocaties.id, id));
  const [locatie] = voorWijziging ? await query.for('update') : await query;
  if (!locatie) throw problemen.nietGevonden('Opvanglocatie niet gevonden.');
  return locatie;
}

export async function leesOpvanglocatie(ctx: UseCaseContext, id: string) {
  const locatie = await vindLocatie(ctx.db, id);
  return { locatie, bezetting: (await bezettingVan(ctx.db, [id])).get(id) ?? 0 };
}

type Wijzigen = z.output<typeof OpvanglocatieWijzigenSchema>;

export async function wijzigOpvanglocatie(ctx: UseCaseContext, id: string, wijziging: Wijzigen) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // The row lock serialises this change with placements into the location (they lock it too),
    // so the capacity can never drop below an occupancy that a concurrent placement just raised.
    const locatie = await vindLocatie(tx, id, true);
    magBeheren(ctx, locatie.organisatieId);
    const bezetting = (await bezettingVan(tx, [id])).get(id) ?? 0;
    if (wijziging.capaciteit !== undefined) {
      const fout = capaciteitVerlagenFout(wijziging.capaciteit, bezetting);
      if (fout) weiger(fout);
    }
    const [bijgewerkt] = await tx.update(opvanglocaties).set({
      ...(wijziging.naam !== undefined ? { naam: wijziging.naam } : {}),
      ...(wijziging.soort !== undefined ? { soort: wijziging.soort } : {}),
      ...(wijziging.capaciteit !== undefined ? { capaciteit: wijziging.capaciteit } : {}),
      tijdstipGewijzigd: nu,
    }).where(eq(opvanglocaties.id, id)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'opvanglocatie.gewijzigd', objectType: 'opvanglocatie', objectId: id });
    return { locatie: bijgewerkt!, bezetting };
  });
}
