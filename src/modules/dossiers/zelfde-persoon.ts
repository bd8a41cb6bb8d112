// One person, one dossier (docs/een-persoon-een-dossier.md): finding other dossiers of the same
// person across all organisations, and the answer when one is found. The rule of what counts as a
// match is src/domain/persoon.ts; here are the queries, the lock that serialises two registrations of
// one person, and the 409 that names the other dossier without revealing anything else of it.
import { and, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { dossiers, organisaties, persoonsbesluiten, persoonsgegevens, toegangsrechten } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { vergrendelsleutels, type Persoonskenmerken } from '../../domain/persoon.js';
import { plaatsKennisgeving } from '../../outbox/kennisgevingen.js';
import { Probleem } from '../../http/problem.js';

/**
 * Serialises every writer that could register or offer for this person (an advisory lock per
 * criterion, held until the transaction ends), so two organisations registering the same V-number
 * at the same moment end with one dossier and one 409. Sorted: two writers take shared keys in the
 * same order.
 */
export async function vergrendelPersoon(tx: Queryable, k: Persoonskenmerken): Promise<void> {
  for (const sleutel of vergrendelsleutels(k)) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`persoon:${sleutel}`}, 0))`);
  }
}

export interface MogelijkeDubbel {
  dossierId: string;
  dossiernummer: string;
  registrerendeOrganisatieId: string;
  registrerendeOrganisatie: string;
}

/** SQL: personal data of possibly the same person (mogelijkDezelfdePersoon, as a query). */
function zelfdePersoon(k: Persoonskenmerken): SQL | null {
  const criteria: SQL[] = [];
  if (k.vreemdelingennummer) criteria.push(eq(persoonsgegevens.vreemdelingennummer, k.vreemdelingennummer));
  if (k.geslachtsnaamNormaal && k.geboortedatum) {
    const naam = and(eq(persoonsgegevens.geslachtsnaamNormaal, k.geslachtsnaamNormaal), eq(persoonsgegevens.geboortedatum, k.geboortedatum))!;
    // Two different V-numbers are two people: the name decides only when one of them has none.
    criteria.push(k.vreemdelingennummer ? and(naam, isNull(persoonsgegevens.vreemdelingennummer))! : naam);
  }
  return criteria.length === 0 ? null : or(...criteria)!;
}

/**
 * Other dossiers of possibly the same person, across all organisations: not merged, not erased, and
 * not a pair that an organisation already declared to be two people. `eigenDossierId` is excluded.
 */
export async function mogelijkeDubbelen(tx: Queryable, k: Persoonskenmerken, eigenDossierId: string | null): Promise<MogelijkeDubbel[]> {
  const criterium = zelfdePersoon(k);
  if (!criterium) return [];
  const voorwaarden: SQL[] = [criterium, isNull(dossiers.samengevoegdIn), isNull(dossiers.tijdstipGewist)];
  if (eigenDossierId) {
    voorwaarden.push(ne(dossiers.id, eigenDossierId));
    voorwaarden.push(sql`not exists (select 1 from ${persoonsbesluiten}
      where ${persoonsbesluiten.soort} = 'andere_persoon'
        and ${persoonsbesluiten.dossierId} = least(${dossiers.id}, ${eigenDossierId}::uuid)
        and ${persoonsbesluiten.anderDossierId} = greatest(${dossiers.id}, ${eigenDossierId}::uuid))`);
  }
  return tx.select({
    dossierId: dossiers.id, dossiernummer: dossiers.dossiernummer,
    registrerendeOrganisatieId: dossiers.registrerendeOrganisatieId, registrerendeOrganisatie: organisaties.naam,
  }).from(persoonsgegevens)
    .innerJoin(dossiers, eq(dossiers.id, persoonsgegevens.dossierId))
    .innerJoin(organisaties, eq(organisaties.id, dossiers.registrerendeOrganisatieId))
    .where(and(...voorwaarden)).orderBy(dossiers.dossiernummer);
}

/** Which of the dossiers the organisation already holds a grant on (it may follow a link to them). */
async function zichtbaarVoor(tx: Queryable, organisatieId: string, dossierIds: string[]): Promise<Set<string>> {
  if (dossierIds.length === 0) return new Set();
  const rijen = await tx.selectDistinct({ dossierId: toegangsrechten.dossierId }).from(toegangsrechten)
    .where(and(eq(toegangsrechten.organisatieId, organisatieId), inArray(toegangsrechten.dossierId, dossierIds)));
  return new Set(rijen.map((r) => r.dossierId));
}

/** Thrown inside the use case's transaction (which rolls back); handled by metDubbelcontrole. */
class DubbelGevonden extends Error {
  constructor(readonly gevonden: MogelijkeDubbel[], readonly probleem: Probleem) { super(probleem.detail); }
}

export interface AnderePersoonVerklaring { dossiernummers: string[]; reden: string }

/**
 * Inside the use case's transaction, after vergrendelPersoon: the matches for these personal data,
 * minus those the caller declares to be another person (recorded as checked pairs, with the reason,
 * audited in both chains — only once the dossier exists: pass `eigenDossierId` then). Any match left
 * aborts the use case with the 409.
 */
export async function controleerOpDubbelen(
  tx: Queryable, ctx: UseCaseContext, k: Persoonskenmerken, eigenDossierId: string | null, verklaring: AnderePersoonVerklaring | undefined,
): Promise<MogelijkeDubbel[]> {
  const gevonden = await mogelijkeDubbelen(tx, k, eigenDossierId);
  const verklaard = new Set(verklaring?.dossiernummers ?? []);
  const over = gevonden.filter((d) => !verklaard.has(d.dossiernummer));
  if (over.length > 0) throw new DubbelGevonden(over, await mogelijkDezelfdePersoonProbleem(tx, ctx, over));
  return gevonden;
}

/** Records the declared pairs (from controleerOpDubbelen's result) once the dossier exists. */
export async function legAnderePersoonVast(tx: Queryable, ctx: UseCaseContext, dossierId: string, verklaard: MogelijkeDubbel[], reden: string): Promise<void> {
  const nu = ctx.clock.now();
  for (const d of verklaard) {
    const [a, b] = dossierId < d.dossierId ? [dossierId, d.dossierId] : [d.dossierId, dossierId];
    await tx.insert(persoonsbesluiten).values({
      id: ctx.ids.uuid(), soort: 'andere_persoon', dossierId: a, anderDossierId: b, organisatieId: ctx.principal.organisatieId, reden, tijdstip: nu,
    }).onConflictDoNothing();
    for (const id of [dossierId, d.dossierId].sort()) {
      await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'persoon.andere_persoon_verklaard', objectType: 'dossier', objectId: id === dossierId ? d.dossierId : dossierId, dossierId: id });
    }
  }
}

/**
 * Runs a use case that saves personal data. When it finds a possible duplicate, its transaction has
 * rolled back; the attempt is then audited and the other organisations notified (meldMogelijkeDubbelen),
 * and the 409 is raised.
 */
export async function metDubbelcontrole<T>(ctx: UseCaseContext, useCase: () => Promise<T>): Promise<T> {
  if (ctx.genest) return useCase();
  try {
    return await useCase();
  } catch (err) {
    throw await afhandelingVan(ctx, err);
  }
}

/**
 * For an outer use case (ctx not nested) whose transaction has rolled back: a possible duplicate found
 * inside it is audited and notified, and becomes its 409; any other error is returned as it is.
 */
export async function afhandelingVan(ctx: UseCaseContext, err: unknown): Promise<unknown> {
  if (!(err instanceof DubbelGevonden)) return err;
  await meldMogelijkeDubbelen(ctx, err.gevonden);
  return err.probleem;
}

/**
 * A possible duplicate was found and the caller did not resolve it. In a transaction of its own
 * (the refused change itself is rolled back): the attempt is audited in each matched dossier's
 * chain, and each registering organisation is notified — without personal data and without the
 * attempt's details beyond who tried — so it can contact the other organisation.
 */
export async function meldMogelijkeDubbelen(ctx: UseCaseContext, gevonden: MogelijkeDubbel[]): Promise<void> {
  const nu = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // Chain heads in dossier-id order, then the recipients' counter rows in organisation-id order:
    // the orders every writer keeps.
    for (const d of [...gevonden].sort((a, b) => (a.dossierId < b.dossierId ? -1 : 1))) {
      await schrijfAudit(tx, actorVan(ctx), nu, {
        actie: 'persoon.mogelijk_dubbel', objectType: 'dossier', objectId: d.dossierId, dossierId: d.dossierId, resultaat: 'geweigerd',
      });
    }
    for (const d of [...gevonden].sort((a, b) => (a.registrerendeOrganisatieId < b.registrerendeOrganisatieId ? -1 : 1))) {
      if (d.registrerendeOrganisatieId === ctx.principal.organisatieId) continue;
      await plaatsKennisgeving(tx, ctx.ids, nu, {
        ontvangerOrganisatieId: d.registrerendeOrganisatieId, soort: 'mogelijke_dubbele_registratie', dossierId: d.dossierId,
        afzenderOrganisatieId: ctx.principal.organisatieId,
        inhoud: {
          dossierId: d.dossierId, dossiernummer: d.dossiernummer,
          organisatie: { id: ctx.principal.organisatieId, naam: ctx.principal.organisatieNaam },
        },
        gebeurtenisSleutel: `mogelijke_dubbele_registratie:${d.dossierId}:${ctx.requestId}`,
      });
    }
  });
}

/**
 * The 409 `mogelijk-dezelfde-persoon`: for each match only its number and the organisation that
 * registered it — and, for a dossier the caller already sees, the link to it.
 */
export async function mogelijkDezelfdePersoonProbleem(tx: Queryable, ctx: UseCaseContext, gevonden: MogelijkeDubbel[]): Promise<Probleem> {
  const zichtbaar = await zichtbaarVoor(tx, ctx.principal.organisatieId, gevonden.map((d) => d.dossierId));
  const dubbelen = gevonden.map((d) => ({
    dossiernummer: d.dossiernummer,
    registrerendeOrganisatie: d.registrerendeOrganisatie,
    ...(zichtbaar.has(d.dossierId) ? { href: `/v1/dossiers/${d.dossierId}` } : {}),
  }));
  const lijst = dubbelen.map((d) => `${d.dossiernummer} (${d.registrerendeOrganisatie})`).join(', ');
  return new Probleem(409, 'mogelijk-dezelfde-persoon', 'Mogelijk dezelfde persoon',
    `Deze persoon staat mogelijk al geregistreerd: ${lijst}. Neem contact op met die organisatie. Is het dezelfde persoon, sluit dan met uw signaal `
    + `aan bij dat dossier (POST /v1/dossiers/{dossiernummer}/aansluiting) of laat de dossiers samenvoegen. Is het een andere persoon, leg de `
    + 'persoonsgegevens opnieuw vast met anderePersoon: { dossiernummers, reden }.',
    undefined, undefined, { mogelijkeDubbelen: dubbelen });
}
