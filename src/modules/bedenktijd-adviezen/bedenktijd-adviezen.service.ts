// The NLA recommendation (B8/3.1 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md; docs/domein.md §5): NLA Opsporing assesses the geringste
// aanwijzing itself, but the bedenktijd is offered by the police or KMar "op voorspraak" of the NLA.
import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import { bedenktijdAdviezen, beoordelingen, organisaties } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { dossierMetToegang, verleenToegang } from '../../access/dossiertoegang.js';
import { doorgegevenBevoegdheid } from '../../domain/toegang.js';
import { inAanmerkingVoorBedenktijd, magBedenktijdAdviseren } from '../../domain/bedenktijd.js';
import { problemen } from '../../http/problem.js';
import { plaatsKennisgeving } from '../../outbox/kennisgevingen.js';
import { weiger } from '../bedenktijden/bedenktijden.service.js';
import type { AdviesInvoerSchema, AdviesLijstQuery } from './bedenktijd-adviezen.schemas.js';

export async function legAdviesVast(ctx: UseCaseContext, dossierId: string, invoer: z.output<typeof AdviesInvoerSchema>) {
  const weigering = magBedenktijdAdviseren(ctx.principal.organisatieType, ctx.principal.rol);
  if (weigering) weiger(weigering);
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // Advising hands the dossier to a police or KMar unit: it passes the dossier on.
    const { dossier, toegang } = await dossierMetToegang(tx, ctx.principal, dossierId, { voorWijziging: true, vereist: 'doorgeven', open: true });
    const [beoordeling] = await tx.select().from(beoordelingen).where(and(eq(beoordelingen.id, invoer.beoordelingId), eq(beoordelingen.dossierId, dossierId)));
    if (!beoordeling) throw problemen.regelOvertreden('beoordeling-onbekend', 'Deze beoordeling hoort niet bij dit dossier.', [{ name: 'beoordelingId', code: 'onbekend', reason: 'Niet gevonden in dit dossier.' }]);
    if (beoordeling.resultaat !== 'vastgesteld') {
      throw problemen.regelOvertreden('geringste-aanwijzing-niet-vastgesteld', 'Een bedenktijd-advies vraagt een beoordeling waarin de geringste aanwijzing is vastgesteld.', [{ name: 'beoordelingId', code: 'niet_vastgesteld', reason: 'Resultaat is niet_vastgesteld.' }]);
    }
    const nietInAanmerking = inAanmerkingVoorBedenktijd(dossier as never);
    if (nietInAanmerking) weiger(nietInAanmerking);
    const [ontvanger] = await tx.select().from(organisaties).where(eq(organisaties.id, invoer.ontvangendeOrganisatieId));
    if (!ontvanger || (ontvanger.type !== 'politie' && ontvanger.type !== 'kmar')) {
      throw problemen.regelOvertreden('advies-ontvanger-geen-politie-of-kmar', 'Richt het advies aan een politie- of KMar-eenheid: alleen zij bieden de bedenktijd aan.', [{ name: 'ontvangendeOrganisatieId', code: 'geen_politie_of_kmar', reason: 'Geen organisatie van type politie of kmar.' }]);
    }
    const [open] = await tx.select({ id: bedenktijdAdviezen.id }).from(bedenktijdAdviezen).where(and(eq(bedenktijdAdviezen.dossierId, dossierId), eq(bedenktijdAdviezen.status, 'open')));
    if (open) throw problemen.conflict('bedenktijd-advies-al-open', `Voor dit dossier staat al een bedenktijd-advies open (${open.id}).`);
    const [advies] = await tx.insert(bedenktijdAdviezen).values({
      id: ctx.ids.uuid(), dossierId, organisatieId: ctx.principal.organisatieId, beoordelingId: beoordeling.id,
      ontvangendeOrganisatieId: ontvanger.id, toelichting: invoer.toelichting, status: 'open', tijdstipAangemaakt: nu, tijdstipGewijzigd: nu,
    }).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'bedenktijdadvies.vastgelegd', objectType: 'bedenktijd_advies', objectId: advies!.id, dossierId });
    // The unit that is to offer the bedenktijd meets the person (the informatief gesprek): it sees
    // what the NLA may pass on, and no more.
    await verleenToegang(tx, actorVan(ctx), nu, {
      dossierId, organisatieId: ontvanger.id, doel: 'bedenktijd_advies', bronId: advies!.id, verleendDoorOrganisatieId: ctx.principal.organisatieId,
      ...doorgegevenBevoegdheid(toegang.doorgeefbaar!, 'identiteit'),
    });
    await plaatsKennisgeving(tx, ctx.ids, nu, {
      ontvangerOrganisatieId: ontvanger.id, soort: 'bedenktijd_advies', dossierId, afzenderOrganisatieId: ctx.principal.organisatieId,
      inhoud: { dossierId, dossiernummer: dossier.dossiernummer, adviesId: advies!.id, beoordelingId: beoordeling.id, beoordelingsdatum: beoordeling.beoordelingsdatum, adviserendeOrganisatie: ctx.principal.organisatieNaam },
      gebeurtenisSleutel: `bedenktijd_advies:${advies!.id}`,
    });
    return advies!;
  });
}

export async function adviezenVanDossier(ctx: UseCaseContext, dossierId: string) {
  await dossierMetToegang(ctx.db, ctx.principal, dossierId);
  return ctx.db.select().from(bedenktijdAdviezen).where(eq(bedenktijdAdviezen.dossierId, dossierId)).orderBy(asc(bedenktijdAdviezen.tijdstipAangemaakt));
}

/**
 * Advices addressed to the caller's unit (police/KMar: the open ones to act on) or made by it (NLA),
 * oldest first; one page of `limit` (+1 to know whether another follows) after the cursor.
 */
export async function adviezenVoorOrganisatie(ctx: UseCaseContext, filters: z.output<typeof AdviesLijstQuery>, limit: number, na?: [string, string]) {
  const voorwaarden: SQL[] = [or(eq(bedenktijdAdviezen.ontvangendeOrganisatieId, ctx.principal.organisatieId), eq(bedenktijdAdviezen.organisatieId, ctx.principal.organisatieId))!];
  if (filters.status) voorwaarden.push(eq(bedenktijdAdviezen.status, filters.status));
  if (na) {
    const tijdstip = new Date(na[0]);
    voorwaarden.push(or(gt(bedenktijdAdviezen.tijdstipAangemaakt, tijdstip), and(eq(bedenktijdAdviezen.tijdstipAangemaakt, tijdstip), gt(bedenktijdAdviezen.id, na[1])))!);
  }
  return ctx.db.select().from(bedenktijdAdviezen).where(and(...voorwaarden))
    .orderBy(asc(bedenktijdAdviezen.tijdstipAangemaakt), asc(bedenktijdAdviezen.id)).limit(limit + 1);
}
