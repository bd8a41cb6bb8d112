// Use cases of the residence track (docs/domein.md §7, §5, §6): the IND records its
// decisions; every organisation with access to the dossier reads them; the IND's worklist shows the
// permits that end soon. The rules live in src/domain/verblijf.ts. Nothing here touches the dossier
// itself — not its identificatiestatus, not its referrals or placements (docs/domein.md §1 punt 1).
import { and, asc, eq, gt, inArray, lte, notExists, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { naCursor } from '../../db/keyset.js';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { dossiers, verblijfsbesluiten } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { heeftToegang, isUuid, toegankelijkDossier } from '../../access/dossiertoegang.js';
import type { Verblijfssituatie } from '../../domain/catalogus.js';
import { amsterdamseDatum } from '../../domain/kalender.js';
import {
  beoordeelVerblijfsbesluit, regelovertredingen, standaardWerklijstGrens, VERGUNNINGSBESLUITEN, VERGUNNINGSTOESTAND_BESLUITEN,
  type VerblijfsbesluitSoort, type Verblijfsfeit,
} from '../../domain/verblijf.js';
import { problemen } from '../../http/problem.js';
import { strafrechtelijkeFeiten } from '../strafrechtelijke-gebeurtenissen/strafrechtelijke-gebeurtenissen.service.js';
import type { VerblijfsbesluitVastleggen } from './verblijfsbesluiten.schemas.js';

async function verblijfsfeiten(db: Queryable, dossierId: string): Promise<Verblijfsfeit[]> {
  const rijen = await db.select({
    soort: verblijfsbesluiten.soort, datum: verblijfsbesluiten.datum, geldigTot: verblijfsbesluiten.geldigTot,
    tijdstipRegistratie: verblijfsbesluiten.tijdstipRegistratie,
  }).from(verblijfsbesluiten).where(eq(verblijfsbesluiten.dossierId, dossierId));
  return rijen.map((r) => ({ ...r, soort: r.soort as VerblijfsbesluitSoort }));
}

/**
 * Records one IND decision. Refusals before anything is written: no access (404), a date in the
 * future or a schrijnend pad longer than a year (422), a decision the state does not allow (409:
 * Dublin claimant without the OM's declaration, renewal without a running investigation or of a
 * schrijnend pad, …).
 */
export async function legVerblijfsbesluitVast(ctx: UseCaseContext, dossierId: string, invoer: VerblijfsbesluitVastleggen) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // Lock the dossier: decisions of one dossier — and the criminal-track events they read — are
    // serialised, so two renewals cannot both pass the check.
    const dossier = await toegankelijkDossier(tx, ctx.principal, dossierId, { voorWijziging: true, open: true });
    const overtredingen = regelovertredingen(invoer, amsterdamseDatum(nu));
    if (overtredingen.length > 0) {
      throw problemen.regelOvertreden('verblijfsbesluit-ongeldig', overtredingen.map((o) => o.reden).join(' '), overtredingen.map((o) => ({ name: o.pad, code: 'regel', reason: o.reden })));
    }
    const uitkomst = beoordeelVerblijfsbesluit(invoer, {
      verblijfssituatie: dossier.verblijfssituatie as Verblijfssituatie,
      verblijfsfeiten: await verblijfsfeiten(tx, dossierId),
      strafrechtelijkeFeiten: await strafrechtelijkeFeiten(tx, dossierId),
    });
    if (!uitkomst.toegestaan) throw problemen.conflict('verblijfsbesluit-niet-mogelijk', uitkomst.reden);

    const [besluit] = await tx.insert(verblijfsbesluiten).values({
      id: ctx.ids.uuid(), dossierId, organisatieId: ctx.principal.organisatieId, soort: invoer.soort, datum: invoer.datum,
      geldigTot: uitkomst.geldigTot, gronden: invoer.gronden, toelichting: invoer.toelichting, tijdstipRegistratie: nu,
    }).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'verblijfsbesluit.vastgelegd', objectType: 'verblijfsbesluit', objectId: besluit!.id, dossierId });
    return { besluit: besluit!, identificatiestatus: dossier.identificatiestatus };
  });
}

/** A dossier's residence decisions in date order (datum, registration, id). */
export async function lijstVerblijfsbesluiten(ctx: UseCaseContext, dossierId: string, limit: number, na?: [string, string, string]) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  const t = verblijfsbesluiten;
  const voorwaarden: SQL[] = [eq(t.dossierId, dossierId)];
  if (na) voorwaarden.push(naCursor([t.datum, t.tijdstipRegistratie, t.id], [na[0], new Date(na[1]), na[2]]));
  return ctx.db.select().from(t).where(and(...voorwaarden)).orderBy(asc(t.datum), asc(t.tijdstipRegistratie), asc(t.id)).limit(limit + 1);
}

export async function leesVerblijfsbesluit(ctx: UseCaseContext, dossierId: string, besluitId: string) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  if (!isUuid(besluitId)) throw problemen.nietGevonden('Verblijfsbesluit niet gevonden.');
  const [rij] = await ctx.db.select().from(verblijfsbesluiten)
    .where(and(eq(verblijfsbesluiten.id, besluitId), eq(verblijfsbesluiten.dossierId, dossierId)));
  if (!rij) throw problemen.nietGevonden('Verblijfsbesluit niet gevonden.');
  return rij;
}

const later = alias(verblijfsbesluiten, 'later_besluit');

/**
 * IND's worklist (docs/domein.md §7, issue 5): the CURRENT permits and schrijnende paden — the latest
 * grant or renewal of a dossier, not followed by a renewal, a new grant or a withdrawal (the same
 * rule as verblijfsstand() in the domain) — with geldigTot on or before the limit (default today +
 * 30 days), ordered by geldigTot. A permit that already lapsed without a decision stays on the list:
 * the IND still has to renew or close it.
 */
export async function werklijst(ctx: UseCaseContext, geldigTotVoor: string | undefined, limit: number, na?: [string, string]) {
  const grens = geldigTotVoor ?? standaardWerklijstGrens(amsterdamseDatum(ctx.clock.now()));
  const t = verblijfsbesluiten;
  const voorwaarden: SQL[] = [
    inArray(t.soort, [...VERGUNNINGSBESLUITEN]),
    lte(t.geldigTot, grens),
    heeftToegang(ctx.db, ctx.principal.organisatieId, t.dossierId),
    notExists(ctx.db.select({ id: later.id }).from(later).where(and(
      eq(later.dossierId, t.dossierId),
      inArray(later.soort, [...VERGUNNINGSTOESTAND_BESLUITEN]),
      or(gt(later.datum, t.datum), and(eq(later.datum, t.datum), gt(later.tijdstipRegistratie, t.tijdstipRegistratie))),
    ))),
  ];
  if (na) voorwaarden.push(or(gt(t.geldigTot, na[0]), and(eq(t.geldigTot, na[0]), gt(t.id, na[1])))!);
  return ctx.db.select({ besluit: t, dossiernummer: dossiers.dossiernummer }).from(t)
    .innerJoin(dossiers, eq(dossiers.id, t.dossierId))
    .where(and(...voorwaarden)).orderBy(asc(t.geldigTot), asc(t.id)).limit(limit + 1);
}
