// Personal data: a separate table, only for the roles that need it, every read audited (design.md §6).
import { eq } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import { dossiers, persoonsgegevens } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { dossierMetToegang, magPersoonsgegevensZien } from '../../access/dossiertoegang.js';
import { leeftijdscategorieOpDatum, nationaliteitBevindingen } from '../../domain/dossier.js';
import type { NationaliteitCategorie } from '../../domain/catalogus.js';
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
    throw problemen.verboden('Uw organisatie mag de persoonsgegevens van dit dossier niet inzien: uw toegang is pseudoniem. '
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

/** Replaces the personal data. A known birth date sets the dossier's leeftijdscategorie (design.md §4a). */
export async function legPersoonsgegevensVast(ctx: UseCaseContext, dossierId: string, invoer: Invoer) {
  const nu = ctx.clock.now();
  if (invoer.geboortedatum && ligtInDeToekomst(invoer.geboortedatum, nu)) {
    throw problemen.regelOvertreden('De geboortedatum ligt in de toekomst. Controleer de datum.', [{ name: 'geboortedatum', code: 'in_toekomst', reason: 'Ligt in de toekomst.' }]);
  }
  return ctx.db.transaction(async (tx) => {
    const dossier = await dossierMetInzage(tx, ctx, dossierId, true);
    weigerTegenstrijdigeNationaliteit(invoer.nationaliteit, dossier.nationaliteitCategorie);
    const waarden = { ...invoer, tijdstipGewijzigd: nu };
    const [bestaand] = await tx.select({ dossierId: persoonsgegevens.dossierId }).from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossierId));
    const [rij] = bestaand
      ? await tx.update(persoonsgegevens).set(waarden).where(eq(persoonsgegevens.dossierId, dossierId)).returning()
      : await tx.insert(persoonsgegevens).values({ dossierId, ...waarden }).returning();
    const leeftijd = leeftijdscategorieOpDatum(invoer.geboortedatum, amsterdamseDatum(nu));
    if (leeftijd && leeftijd !== dossier.leeftijdscategorie) {
      await tx.update(dossiers).set({ leeftijdscategorie: leeftijd, versie: dossier.versie + 1, tijdstipGewijzigd: nu }).where(eq(dossiers.id, dossierId));
    }
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: bestaand ? 'persoonsgegevens.gewijzigd' : 'persoonsgegevens.vastgelegd', objectType: 'persoonsgegevens', objectId: dossierId, dossierId });
    return { rij: rij!, aangemaakt: !bestaand };
  });
}

/** docs/regels.md R3: nationality and nationaliteitCategorie may not contradict each other (422 naming both). */
export function weigerTegenstrijdigeNationaliteit(nationaliteit: string | null, categorie: string) {
  const bevindingen = nationaliteitBevindingen(nationaliteit, categorie as NationaliteitCategorie);
  if (bevindingen.length > 0) {
    throw problemen.regelOvertreden(bevindingen[0]!.reden, bevindingen.map((b) => ({ name: b.pad, code: 'nationaliteit_tegenstrijdig', reason: b.reden })));
  }
}
