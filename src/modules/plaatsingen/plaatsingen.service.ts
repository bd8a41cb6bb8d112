// Use cases on placements (docs/beslissingen/0017-verwijzing-en-opvang.md): place a referred person in a shelter location, end
// the placement, read it. Capacity is enforced under a lock on the location row, so two placements
// racing for the last place end in one placement and one 409. Nothing here asks for an aangifte.
import { and, eq, isNull, or } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { opvanglocaties, plaatsingen, verwijzingen } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { isUuid } from '../../access/dossiertoegang.js';
import type { Leeftijdscategorie } from '../../domain/catalogus.js';
import {
  beeindigingFouten, capaciteitFout, datumFout, plaatsingLocatieFout, plaatsingToestandFout,
  type OpvanglocatieSoort, type VerwijzingStatus, type Weigering,
} from '../../domain/verwijzing.js';
import { problemen } from '../../http/problem.js';
import { bezettingVan } from '../opvanglocaties/opvanglocaties.service.js';
import { betrokkenVerwijzing, weiger, weigerAlle } from '../verwijzingen/verwijzingen.service.js';
import type { PlaatsingAanmakenSchema, PlaatsingBeeindigingSchema } from './plaatsingen.schemas.js';

export async function plaats(ctx: UseCaseContext, verwijzingId: string, invoer: z.output<typeof PlaatsingAanmakenSchema>) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { verwijzing: v, leeftijdscategorie, partij } = await betrokkenVerwijzing(tx, ctx, verwijzingId, { voorWijziging: true });
    const toestandFout = plaatsingToestandFout(v.status as VerwijzingStatus, partij);
    if (toestandFout) weiger(toestandFout);
    // Lock the location before counting (docs/beslissingen/0017-verwijzing-en-opvang.md, issue 7): placements into one location
    // serialise here, and a capacity change waits for them too.
    const [locatie] = await tx.select().from(opvanglocaties).where(eq(opvanglocaties.id, invoer.opvanglocatieId)).for('update');
    if (!locatie) {
      throw problemen.regelOvertreden('opvanglocatie-onbekend', 'Deze opvanglocatie bestaat niet. Kies een locatie van uw organisatie uit GET /v1/opvanglocaties.', [
        { name: 'opvanglocatieId', code: 'onbekende_locatie', reason: 'Onbekende opvanglocatie.' },
      ]);
    }
    const fout = plaatsingLocatieFout(locatie.organisatieId === ctx.principal.organisatieId, locatie.soort as OpvanglocatieSoort, leeftijdscategorie as Leeftijdscategorie);
    const weigeringen: Weigering[] = [];
    if (fout) weigeringen.push(fout);
    const datum = datumFout('startdatum', invoer.startdatum, nu);
    if (datum) weigeringen.push(datum);
    weigerAlle(weigeringen);

    // A person is in at most one shelter at a time (unique partial index; checked first for a Dutch answer).
    const [elders] = await tx.select({ id: plaatsingen.id, naam: opvanglocaties.naam }).from(plaatsingen)
      .innerJoin(opvanglocaties, eq(opvanglocaties.id, plaatsingen.opvanglocatieId))
      .where(and(eq(plaatsingen.dossierId, v.dossierId), isNull(plaatsingen.einddatum)));
    if (elders) {
      throw problemen.conflict('persoon-al-geplaatst', `Deze persoon is al geplaatst in ${elders.naam} (plaatsing ${elders.id}). Een overplaatsing is een beëindiging met reden overgeplaatst (POST /v1/plaatsingen/${elders.id}/beeindiging) gevolgd door een nieuwe plaatsing.`);
    }
    const bezetting = (await bezettingVan(tx, [locatie.id])).get(locatie.id) ?? 0;
    const vol = capaciteitFout(locatie.naam, bezetting, locatie.capaciteit);
    if (vol) weiger(vol);

    const [plaatsing] = await tx.insert(plaatsingen).values({
      id: ctx.ids.uuid(), verwijzingId: v.id, dossierId: v.dossierId, opvanglocatieId: locatie.id,
      startdatum: invoer.startdatum, tijdstipAangemaakt: nu, tijdstipGewijzigd: nu,
    }).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'plaatsing.gestart', objectType: 'plaatsing', objectId: plaatsing!.id, dossierId: v.dossierId });
    return plaatsing!;
  });
}

/** The placement, for the sender and the receiver of its referral only (others: 404). */
async function betrokkenPlaatsing(db: Queryable, ctx: UseCaseContext, plaatsingId: string, voorWijziging = false) {
  if (!isUuid(plaatsingId)) throw problemen.nietGevonden('Plaatsing niet gevonden.');
  const org = ctx.principal.organisatieId;
  const query = db.select({ plaatsing: plaatsingen, ontvanger: verwijzingen.ontvangendeOrganisatieId, locatieOrganisatie: opvanglocaties.organisatieId })
    .from(plaatsingen)
    .innerJoin(verwijzingen, eq(verwijzingen.id, plaatsingen.verwijzingId))
    .innerJoin(opvanglocaties, eq(opvanglocaties.id, plaatsingen.opvanglocatieId))
    .where(and(eq(plaatsingen.id, plaatsingId), or(eq(verwijzingen.verwijzendeOrganisatieId, org), eq(verwijzingen.ontvangendeOrganisatieId, org))));
  const [rij] = voorWijziging ? await query.for('update', { of: plaatsingen }) : await query;
  if (!rij) throw problemen.nietGevonden('Plaatsing niet gevonden.');
  return rij;
}

export async function leesPlaatsing(ctx: UseCaseContext, plaatsingId: string) {
  return (await betrokkenPlaatsing(ctx.db, ctx, plaatsingId)).plaatsing;
}

export async function beeindigPlaatsing(ctx: UseCaseContext, plaatsingId: string, invoer: z.output<typeof PlaatsingBeeindigingSchema>) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { plaatsing: p, locatieOrganisatie } = await betrokkenPlaatsing(tx, ctx, plaatsingId, true);
    if (locatieOrganisatie !== ctx.principal.organisatieId) {
      throw problemen.verboden('plaatsing-alleen-opvangorganisatie', 'Alleen de organisatie van de opvanglocatie beëindigt een plaatsing.');
    }
    if (p.einddatum !== null) {
      throw problemen.conflict('plaatsing-al-beeindigd', `Deze plaatsing is al beëindigd op ${p.einddatum} (${p.beeindigingsreden}). Een nieuwe plaatsing legt u vast op de verwijzing.`);
    }
    weigerAlle(beeindigingFouten({ reden: invoer.reden, toelichting: invoer.toelichting, einddatum: invoer.einddatum, startdatum: p.startdatum, nu }));
    const [bijgewerkt] = await tx.update(plaatsingen).set({
      einddatum: invoer.einddatum, beeindigingsreden: invoer.reden, toelichting: invoer.toelichting, tijdstipGewijzigd: nu,
    }).where(eq(plaatsingen.id, p.id)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'plaatsing.beeindigd', objectType: 'plaatsing', objectId: p.id, dossierId: p.dossierId });
    return bijgewerkt!;
  });
}
