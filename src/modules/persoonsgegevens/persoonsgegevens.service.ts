// Personal data: a separate table, only for the roles that need it, every read audited (docs/beslissingen/0004-pseudonimisering.md; docs/architectuur.md §3, §4).
import { eq } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import { dossiers, persoonsgegevens } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { dossierMetToegang, magPersoonsgegevensZien } from '../../access/dossiertoegang.js';
import { leeftijdscategorieOpDatum, nationaliteitBevindingen } from '../../domain/dossier.js';
import type { NationaliteitCategorie } from '../../domain/catalogus.js';
import { kenmerkenVan } from '../../domain/persoon.js';
import { controleerOpDubbelen, legAnderePersoonVast, metDubbelcontrole, vergrendelPersoon } from '../dossiers/zelfde-persoon.js';
import { amsterdamseDatum, ligtInDeToekomst } from '../../domain/kalender.js';
import { problemen } from '../../http/problem.js';
import type { Queryable } from '../../db/client.js';
import type { PersoonsgegevensInvoerSchema } from './persoonsgegevens.schemas.js';

/**
 * The dossier, if the caller may see its personal data: 404 without a grant (its existence stays
 * hidden), 403 with a grant that does not open the identity or a role that does not need it.
 * Recording personal data also needs a grant that may change the dossier.
 */
async function dossierMetInzage(tx: Queryable, ctx: UseCaseContext, dossierId: string, voorWijziging = false) {
  const { dossier, toegang } = await dossierMetToegang(tx, ctx.principal, dossierId, { voorWijziging, vereist: voorWijziging ? 'wijzigen' : 'lezen' });
  if (!magPersoonsgegevensZien(ctx.principal, toegang)) {
    throw problemen.verboden('identiteit-niet-inzienbaar', 'Uw organisatie mag de persoonsgegevens van dit dossier niet inzien: uw toegang is pseudoniem. '
      + 'Alleen een verwijzing met toestemming van het slachtoffer of een wettelijke grondslag die de identiteit deelt, geeft inzage.');
  }
  return dossier;
}

export async function leesPersoonsgegevens(ctx: UseCaseContext, dossierId: string) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await dossierMetInzage(tx, ctx, dossierId);
    const [rij] = await tx.select().from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossierId));
    if (!rij) throw problemen.nietGevonden('Voor dit dossier zijn (nog) geen persoonsgegevens vastgelegd.');
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'persoonsgegevens.gelezen', objectType: 'persoonsgegevens', objectId: dossierId, dossierId });
    return rij;
  });
}

type Invoer = z.output<typeof PersoonsgegevensInvoerSchema>;
type DossierRij = typeof dossiers.$inferSelect;

/** A birth date in the future is refused before anything is looked up. */
export function controleerGeboortedatum(invoer: Pick<Invoer, 'geboortedatum'>, nu: Date, veld = 'geboortedatum'): void {
  if (invoer.geboortedatum && ligtInDeToekomst(invoer.geboortedatum, nu)) {
    throw problemen.regelOvertreden('geboortedatum-in-toekomst', 'De geboortedatum ligt in de toekomst. Controleer de datum.', [{ name: veld, code: 'in_toekomst', reason: 'Ligt in de toekomst.' }]);
  }
}

/**
 * Saves the personal data of a dossier, in the use case's transaction (which holds the dossier's
 * lock): first the check for another dossier of the same person (one person, one dossier — a match
 * the caller did not declare to be another person aborts with the 409), then the row, the dossier's
 * leeftijdscategorie from a known birth date (docs/regels.md R2), the checked pairs and the audit row.
 */
export async function schrijfPersoonsgegevens(tx: Queryable, ctx: UseCaseContext, dossier: DossierRij, invoer: Invoer) {
  const nu = ctx.clock.now();
  weigerTegenstrijdigeNationaliteit(invoer.nationaliteit, dossier.nationaliteitCategorie);
  const { anderePersoon, ...gegevens } = invoer;
  const kenmerken = kenmerkenVan(gegevens);
  await vergrendelPersoon(tx, kenmerken);
  const verklaard = await controleerOpDubbelen(tx, ctx, kenmerken, dossier.id, anderePersoon);
  const waarden = { ...gegevens, geslachtsnaamNormaal: kenmerken.geslachtsnaamNormaal, tijdstipGewijzigd: nu };
  const [bestaand] = await tx.select({ dossierId: persoonsgegevens.dossierId }).from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossier.id));
  const [rij] = bestaand
    ? await tx.update(persoonsgegevens).set(waarden).where(eq(persoonsgegevens.dossierId, dossier.id)).returning()
    : await tx.insert(persoonsgegevens).values({ dossierId: dossier.id, ...waarden }).returning();
  const leeftijd = leeftijdscategorieOpDatum(gegevens.geboortedatum, amsterdamseDatum(nu));
  if (leeftijd && leeftijd !== dossier.leeftijdscategorie) {
    await tx.update(dossiers).set({ leeftijdscategorie: leeftijd, versie: dossier.versie + 1, tijdstipGewijzigd: nu }).where(eq(dossiers.id, dossier.id));
  }
  await schrijfAudit(tx, actorVan(ctx), nu, { actie: bestaand ? 'persoonsgegevens.gewijzigd' : 'persoonsgegevens.vastgelegd', objectType: 'persoonsgegevens', objectId: dossier.id, dossierId: dossier.id });
  if (anderePersoon && verklaard.length > 0) await legAnderePersoonVast(tx, ctx, dossier.id, verklaard, anderePersoon.reden);
  return { rij: rij!, aangemaakt: !bestaand };
}

/** Replaces the personal data (PUT). */
export async function legPersoonsgegevensVast(ctx: UseCaseContext, dossierId: string, invoer: Invoer) {
  controleerGeboortedatum(invoer, ctx.clock.now());
  return metDubbelcontrole(ctx, () => ctx.db.transaction(async (tx) => {
    const dossier = await dossierMetInzage(tx, ctx, dossierId, true);
    return schrijfPersoonsgegevens(tx, ctx, dossier, invoer);
  }));
}

/** docs/regels.md R3: nationality and nationaliteitCategorie may not contradict each other (422 naming both). */
export function weigerTegenstrijdigeNationaliteit(nationaliteit: string | null, categorie: string) {
  const bevindingen = nationaliteitBevindingen(nationaliteit, categorie as NationaliteitCategorie);
  if (bevindingen.length > 0) {
    throw problemen.regelOvertreden('nationaliteit-tegenstrijdig', bevindingen[0]!.reden, bevindingen.map((b) => ({ name: b.pad, code: 'nationaliteit_tegenstrijdig', reason: b.reden })));
  }
}
