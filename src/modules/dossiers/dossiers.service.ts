// Use cases on dossiers: register, list, read, change the classification fields, search.
import { and, desc, eq, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../context.js';
import { dossiernummerTellers, dossiers, persoonsgegevens } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { wisDossier } from '../../privacy/wissen.js';
import { controleerGeboortedatum, schrijfPersoonsgegevens } from '../persoonsgegevens/persoonsgegevens.service.js';
import { metDubbelcontrole } from './zelfde-persoon.js';
import { heeftToegang, isUuid, toegankelijkDossier, verleenToegang } from '../../access/dossiertoegang.js';
import { registratieBevoegdheid, rolHeeftIdentiteitNodig } from '../../domain/toegang.js';
import { amsterdamseDatum } from '../../domain/kalender.js';
import { eurechtelijkeAansprakenFout } from '../../domain/dossier.js';
import { problemen } from '../../http/problem.js';
import { weigerTegenstrijdigeNationaliteit } from '../persoonsgegevens/persoonsgegevens.service.js';
import { vereisVersie } from '../../http/versie.js';
import type { z } from '@hono/zod-openapi';
import type { DossierAanmakenSchema, DossierListQuery, DossierWijzigenSchema, DossierZoekenSchema } from './dossiers.schemas.js';

type Aanmaken = z.output<typeof DossierAanmakenSchema>;

/**
 * Registers a dossier, with its personal data when given (one transaction: a possible duplicate of
 * the same person aborts the whole registration with the 409, see zelfde-persoon.ts).
 */
export async function registreerDossier(ctx: UseCaseContext, input: Aanmaken) {
  const nu = ctx.clock.now();
  const jaar = Number(amsterdamseDatum(nu).slice(0, 4));
  const { persoonsgegevens: pg, ...velden } = input;
  if (pg) controleerGeboortedatum(pg, nu, 'persoonsgegevens.geboortedatum');
  return metDubbelcontrole(ctx, () => ctx.db.transaction(async (tx) => {
    const [teller] = await tx.insert(dossiernummerTellers).values({ jaar, laatste: 1 })
      .onConflictDoUpdate({ target: dossiernummerTellers.jaar, set: { laatste: sql`${dossiernummerTellers.laatste} + 1` } })
      .returning();
    const id = ctx.ids.uuid();
    const [dossier] = await tx.insert(dossiers).values({
      id,
      dossiernummer: `NRM-${jaar}-${String(teller!.laatste).padStart(6, '0')}`,
      registrerendeOrganisatieId: ctx.principal.organisatieId,
      ...velden,
      identificatiestatus: 'gesignaleerd',
      versie: 1,
      tijdstipRegistratie: nu,
      tijdstipGewijzigd: nu,
    }).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'dossier.geregistreerd', objectType: 'dossier', objectId: id, dossierId: id });
    await verleenToegang(tx, actorVan(ctx), nu, {
      dossierId: id, organisatieId: ctx.principal.organisatieId, doel: 'registratie', bronId: id, verleendDoorOrganisatieId: null, ...registratieBevoegdheid,
    });
    if (!pg) return dossier!;
    await schrijfPersoonsgegevens(tx, ctx, dossier!, pg);
    const [metLeeftijd] = await tx.select().from(dossiers).where(eq(dossiers.id, id));
    return metLeeftijd!;
  }));
}

type Filters = z.output<typeof DossierListQuery>;

export async function lijstDossiers(ctx: UseCaseContext, filters: Filters, limit: number, na?: [string, string]) {
  const voorwaarden: SQL[] = [heeftToegang(ctx.db, ctx.principal.organisatieId)];
  if (filters.identificatiestatus) voorwaarden.push(eq(dossiers.identificatiestatus, filters.identificatiestatus));
  if (filters.nationaliteitCategorie) voorwaarden.push(eq(dossiers.nationaliteitCategorie, filters.nationaliteitCategorie));
  if (filters.verblijfssituatie) voorwaarden.push(eq(dossiers.verblijfssituatie, filters.verblijfssituatie));
  if (filters.leeftijdscategorie) voorwaarden.push(eq(dossiers.leeftijdscategorie, filters.leeftijdscategorie));
  if (filters.dossiernummer) voorwaarden.push(eq(dossiers.dossiernummer, filters.dossiernummer));
  if (na) {
    const tijdstip = new Date(na[0]);
    voorwaarden.push(or(lt(dossiers.tijdstipRegistratie, tijdstip), and(eq(dossiers.tijdstipRegistratie, tijdstip), lt(dossiers.id, na[1])))!);
  }
  return ctx.db.select().from(dossiers).where(and(...voorwaarden))
    .orderBy(desc(dossiers.tijdstipRegistratie), desc(dossiers.id)).limit(limit + 1);
}

export function leesDossier(ctx: UseCaseContext, dossierId: string) {
  return toegankelijkDossier(ctx.db, ctx.principal, dossierId);
}

type Wijzigen = z.output<typeof DossierWijzigenSchema>;

export async function wijzigDossier(ctx: UseCaseContext, dossierId: string, ifMatch: string | undefined, wijziging: Wijzigen) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const huidig = await toegankelijkDossier(tx, ctx.principal, dossierId, { voorWijziging: true, vereist: 'wijzigen' });
    vereisVersie(ifMatch, huidig.versie);
    const nieuw = { ...huidig, ...Object.fromEntries(Object.entries(wijziging).filter(([, v]) => v !== undefined)) };
    // Changing the category to a non-EU one clears the EU-law field unless the caller set it.
    if (wijziging.nationaliteitCategorie && wijziging.nationaliteitCategorie !== 'eu_eer_zwitserland' && wijziging.eurechtelijkeAanspraken === undefined) {
      nieuw.eurechtelijkeAanspraken = null;
    }
    const fout = eurechtelijkeAansprakenFout(nieuw.nationaliteitCategorie as never, nieuw.eurechtelijkeAanspraken);
    if (fout) throw problemen.ongeldigeInvoer([{ name: 'eurechtelijkeAanspraken', code: 'custom', reason: fout }]);
    if (wijziging.nationaliteitCategorie) {
      // docs/regels.md R3: the new category must fit the nationality already in the personal data.
      const [pgNationaliteit] = await tx.select({ nationaliteit: persoonsgegevens.nationaliteit }).from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossierId));
      weigerTegenstrijdigeNationaliteit(pgNationaliteit?.nationaliteit ?? null, wijziging.nationaliteitCategorie);
    }
    if (wijziging.leeftijdscategorie) {
      const [pg] = await tx.select({ geboortedatum: persoonsgegevens.geboortedatum }).from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossierId));
      if (pg?.geboortedatum && wijziging.leeftijdscategorie !== huidig.leeftijdscategorie) {
        throw problemen.regelOvertreden('leeftijdscategorie-volgt-uit-geboortedatum', 'De leeftijdscategorie volgt uit de geboortedatum in de persoonsgegevens. Corrigeer daar de geboortedatum.');
      }
    }
    const [bijgewerkt] = await tx.update(dossiers).set({
      nationaliteitCategorie: nieuw.nationaliteitCategorie,
      eurechtelijkeAanspraken: nieuw.eurechtelijkeAanspraken,
      verblijfssituatie: nieuw.verblijfssituatie,
      leeftijdscategorie: nieuw.leeftijdscategorie,
      versie: huidig.versie + 1,
      tijdstipGewijzigd: nu,
    }).where(eq(dossiers.id, dossierId)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'dossier.gewijzigd', objectType: 'dossier', objectId: dossierId, dossierId });
    return bijgewerkt!;
  });
}

type Zoeken = z.output<typeof DossierZoekenSchema>;

/**
 * Search on personal data (README.md "HTTP conventions": never in a URL), only among the dossiers whose identity
 * the caller may see: a grant with identity scope, and a role that needs it (src/domain/toegang.ts).
 * A match in any other dossier is not a hit, so a search reveals nothing a read would not. Every
 * hit is a read of personal data: audited.
 */
export async function zoekDossiers(ctx: UseCaseContext, criteria: Zoeken) {
  const nu = ctx.clock.now();
  if (!rolHeeftIdentiteitNodig(ctx.principal.rol)) return [];
  const voorwaarden: SQL[] = [heeftToegang(ctx.db, ctx.principal.organisatieId, dossiers.id, { reikwijdte: 'identiteit' })];
  if (criteria.dossiernummer) voorwaarden.push(eq(dossiers.dossiernummer, criteria.dossiernummer));
  if (criteria.vreemdelingennummer) voorwaarden.push(eq(persoonsgegevens.vreemdelingennummer, criteria.vreemdelingennummer));
  if (criteria.geslachtsnaam) voorwaarden.push(ilike(persoonsgegevens.geslachtsnaam, criteria.geslachtsnaam.replace(/[\\%_]/g, (m) => `\\${m}`)));
  if (criteria.geboortedatum) voorwaarden.push(eq(persoonsgegevens.geboortedatum, criteria.geboortedatum));
  return ctx.db.transaction(async (tx) => {
    const kandidaten = await tx.select({ dossier: dossiers }).from(dossiers)
      .innerJoin(persoonsgegevens, eq(persoonsgegevens.dossierId, dossiers.id))
      .where(and(...voorwaarden)).orderBy(desc(dossiers.tijdstipRegistratie)).limit(50);
    const treffers = [];
    for (const { dossier } of kandidaten) {
      await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'persoonsgegevens.gezocht', objectType: 'persoonsgegevens', objectId: dossier.id, dossierId: dossier.id });
      treffers.push(dossier);
    }
    return treffers;
  });
}

/** Closing starts the retention period (BEWAARTERMIJN_DAGEN); versioned like every dossier change. */
export async function sluitDossier(ctx: UseCaseContext, dossierId: string, ifMatch: string | undefined, reden: string) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const huidig = await toegankelijkDossier(tx, ctx.principal, dossierId, { voorWijziging: true, vereist: 'wijzigen' });
    vereisVersie(ifMatch, huidig.versie);
    if (huidig.tijdstipGesloten) throw problemen.conflict('dossier-al-gesloten', `Dit dossier is al gesloten op ${huidig.tijdstipGesloten.toISOString()}.`);
    const [gesloten] = await tx.update(dossiers).set({ tijdstipGesloten: nu, sluitingsreden: reden, versie: huidig.versie + 1, tijdstipGewijzigd: nu })
      .where(eq(dossiers.id, dossierId)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'dossier.gesloten', objectType: 'dossier', objectId: dossierId, dossierId });
    return gesloten!;
  });
}

/**
 * Reopening a closed dossier: an explicit act of an organisation that may change it (the registering
 * one, or one that joined it), with its reason; audited. It accepts new registrations again and the
 * retention period stops.
 */
export async function heropenDossier(ctx: UseCaseContext, dossierId: string, ifMatch: string | undefined, reden: string) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const huidig = await toegankelijkDossier(tx, ctx.principal, dossierId, { voorWijziging: true, vereist: 'wijzigen' });
    vereisVersie(ifMatch, huidig.versie);
    if (huidig.tijdstipGewist) throw problemen.conflict('dossier-gewist', 'De persoonsgegevens van dit dossier zijn gewist; het kan niet worden heropend. Registreer een nieuw dossier.');
    if (!huidig.tijdstipGesloten) throw problemen.conflict('dossier-niet-gesloten', 'Dit dossier is niet gesloten; heropenen is niet nodig.');
    const [heropend] = await tx.update(dossiers).set({
      tijdstipGesloten: null, sluitingsreden: null, tijdstipHeropend: nu, heropeningsreden: reden, versie: huidig.versie + 1, tijdstipGewijzigd: nu,
    }).where(eq(dossiers.id, dossierId)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'dossier.heropend', objectType: 'dossier', objectId: dossierId, dossierId });
    return heropend!;
  });
}

/**
 * Right to erasure (AVG art. 17), for the beheerder with a recorded legal basis. The beheerder acts
 * for the whole service, so no object-level access is needed; the audit row records who and why.
 */
export async function wisDossierNu(ctx: UseCaseContext, dossierId: string, grondslag: string, toelichting: string) {
  if (!isUuid(dossierId)) throw problemen.nietGevonden('Dossier niet gevonden.');
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [dossier] = await tx.select().from(dossiers).where(eq(dossiers.id, dossierId)).for('update');
    if (!dossier) throw problemen.nietGevonden('Dossier niet gevonden.');
    if (dossier.tijdstipGewist) throw problemen.conflict('dossier-gewist', `De gegevens van dit dossier zijn al gewist op ${dossier.tijdstipGewist.toISOString()}.`);
    await wisDossier(tx, dossierId, `${grondslag}: ${toelichting}`, actorVan(ctx), nu);
    const [gewist] = await tx.select().from(dossiers).where(eq(dossiers.id, dossierId));
    return gewist!;
  });
}

/**
 * Look up a dossier by its number (the human reference, e.g. NRM-2026-000123), among the dossiers the
 * caller's organisation may see; undefined otherwise. Pseudonymous: no personal data is read.
 */
export async function zoekOpDossiernummer(ctx: UseCaseContext, dossiernummer: string) {
  const [dossier] = await ctx.db.select().from(dossiers)
    .where(and(eq(dossiers.dossiernummer, dossiernummer.trim().toUpperCase()), heeftToegang(ctx.db, ctx.principal.organisatieId)))
    .limit(1);
  return dossier;
}
