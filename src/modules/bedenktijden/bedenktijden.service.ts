// Use cases of the B8/3 bedenktijd: offer, the victim's answer (grant), early end, reading, the
// worklist and the alert list (README.md "The *bedenktijd* policy rules"). Each runs in one transaction with its audit
// row and its outbox rows; the rules themselves live in src/domain/bedenktijd.ts.
import { and, asc, eq, getTableColumns, gt, inArray, lte, notExists, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { naCursor } from '../../db/keyset.js';
import { pagina } from '../../http/paginering.js';
import type { z } from '@hono/zod-openapi';
import type { Clock, IdGenerator, UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { bedenktijdAdviezen, bedenktijden, beoordelingen, dossiers, persoonsgegevens } from '../../db/schema.js';
import { kenmerkenVan } from '../../domain/persoon.js';
import { mogelijkeDubbelen, vergrendelPersoon } from '../dossiers/zelfde-persoon.js';
import { actorVan, schrijfAudit, type AuditActor } from '../../audit/auditlog.js';
import { heeftToegang, isUuid, toegankelijkDossier } from '../../access/dossiertoegang.js';
import {
  datumFout, inAanmerkingVoorBedenktijd, magBedenktijdAanbieden, magBeeindigen, OPEN_STATUSSEN,
  type Beeindigingsreden, type Weigering,
} from '../../domain/bedenktijd.js';
import { kiesBeleidsregel, uiterlijkeEinddatum } from '../../domain/beleidsregels.js';
import type { Verblijfssituatie } from '../../domain/catalogus.js';
import { amsterdamseDatum } from '../../domain/kalender.js';
import { Probleem, problemen } from '../../http/problem.js';
import { GEVOLGEN, gebeurtenisVoorBeeindigingsreden, gebeurtenisVoorReactie, type Slachtoffergebeurtenis } from '../../domain/gebeurtenissen.js';
import { magStrafrechtelijkVastleggen } from '../../domain/strafrecht.js';
// An import cycle with strafrechtelijke-gebeurtenissen.service (which ends a bedenktijd through this
// file): both only call each other's functions at run time.
import { legSlachtoffergebeurtenisVast } from '../strafrechtelijke-gebeurtenissen/strafrechtelijke-gebeurtenissen.service.js';
import { meldBedenktijd } from './bedenktijden.kennisgevingen.js';
import { bedenktijdFoutcode } from '../../http/foutcatalogus.js';
import type { AanbiedingSchema, BeeindigingSchema, ReactieSchema, WerklijstQuery } from './bedenktijden.schemas.js';

type Dossier = typeof dossiers.$inferSelect;
type Bedenktijd = typeof bedenktijden.$inferSelect;

/** A domain refusal as HTTP: not allowed → 403; not eligible or incomplete → 422 naming the field. */
export function weiger(w: Weigering): never {
  if (w.code === 'niet_toegestaan') throw problemen.verboden(bedenktijdFoutcode(w), w.reden);
  throw problemen.regelOvertreden(bedenktijdFoutcode(w), w.reden, w.veld ? [{ name: w.veld, code: w.code, reason: w.reden }] : undefined);
}

function controleerDatum(veld: string, datum: string, nu: Date, nietVoor: { datum: string; wat: string } | null) {
  const fout = datumFout(datum, nu, nietVoor);
  if (fout) throw problemen.regelOvertreden('ongeldige-datum', fout, [{ name: veld, code: 'ongeldige_datum', reason: fout }]);
}

/** The trigger of docs/beslissingen/0014-wie-biedt-aan.md: an established, not replaced assessment — or an open NLA advice. */
async function grondslagVoorAanbod(tx: Queryable, dossierId: string, invoer: z.output<typeof AanbiedingSchema>) {
  let beoordelingId = invoer.beoordelingId;
  let advies: typeof bedenktijdAdviezen.$inferSelect | undefined;
  if (invoer.adviesId) {
    [advies] = await tx.select().from(bedenktijdAdviezen)
      .where(and(eq(bedenktijdAdviezen.id, invoer.adviesId), eq(bedenktijdAdviezen.dossierId, dossierId))).for('update');
    if (!advies) throw problemen.regelOvertreden('bedenktijd-advies-onbekend', 'Dit bedenktijd-advies hoort niet bij dit dossier.', [{ name: 'adviesId', code: 'onbekend', reason: 'Niet gevonden in dit dossier.' }]);
    if (advies.status !== 'open') throw problemen.conflict('bedenktijd-advies-niet-open', `Dit advies is al ${advies.status.replace('_', ' ')}; er is geen open advies om over te nemen.`);
    beoordelingId = advies.beoordelingId;
  }
  const [beoordeling] = await tx.select().from(beoordelingen)
    .where(and(eq(beoordelingen.id, beoordelingId!), eq(beoordelingen.dossierId, dossierId)));
  if (!beoordeling) throw problemen.regelOvertreden('beoordeling-onbekend', 'Deze beoordeling hoort niet bij dit dossier.', [{ name: 'beoordelingId', code: 'onbekend', reason: 'Niet gevonden in dit dossier.' }]);
  if (!advies && beoordeling.resultaat !== 'vastgesteld') {
    throw problemen.regelOvertreden('geringste-aanwijzing-niet-vastgesteld', 'De geringste aanwijzing is in deze beoordeling niet vastgesteld; zonder vastgestelde geringste aanwijzing of open NLA-advies kan de bedenktijd niet worden aangeboden (B8/3 Vc 2000).', [{ name: 'beoordelingId', code: 'niet_vastgesteld', reason: 'Resultaat is niet_vastgesteld.' }]);
  }
  const [vervanger] = await tx.select({ id: beoordelingen.id }).from(beoordelingen).where(eq(beoordelingen.vervangt, beoordeling.id));
  if (!advies && vervanger) {
    throw problemen.regelOvertreden('beoordeling-vervangen', 'Deze beoordeling is vervangen door een latere; bied aan op grond van de geldende beoordeling.', [{ name: 'beoordelingId', code: 'vervangen', reason: `Vervangen door ${vervanger.id}.` }]);
  }
  return { beoordeling, advies };
}

async function openBedenktijd(tx: Queryable, dossierId: string) {
  const [open] = await tx.select().from(bedenktijden).where(and(eq(bedenktijden.dossierId, dossierId), inArray(bedenktijden.status, [...OPEN_STATUSSEN])));
  return open;
}

/**
 * At most one offered or running bedenktijd per person (one person, one dossier): an offer for a
 * person who has one in another dossier — possibly the same person by V-number, or surname and date
 * of birth — is refused, naming only that dossier's number and organisation. The person's lock makes
 * two simultaneous offers in two dossiers of one person end in one offer and one 409, so the IND
 * never receives two M55s for one person.
 */
async function geenOpenBedenktijdElders(tx: Queryable, dossierId: string): Promise<void> {
  const [pg] = await tx.select().from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossierId));
  if (!pg) return;
  const kenmerken = kenmerkenVan(pg);
  await vergrendelPersoon(tx, kenmerken);
  const anderen = await mogelijkeDubbelen(tx, kenmerken, dossierId);
  if (anderen.length === 0) return;
  const [elders] = await tx.select({ dossierId: bedenktijden.dossierId, status: bedenktijden.status }).from(bedenktijden)
    .where(and(inArray(bedenktijden.dossierId, anderen.map((a) => a.dossierId)), inArray(bedenktijden.status, [...OPEN_STATUSSEN])));
  if (!elders) return;
  const d = anderen.find((a) => a.dossierId === elders.dossierId)!;
  throw new Probleem(409, 'bedenktijd-al-open-voor-persoon', 'Bedenktijd al open voor deze persoon',
    `Deze persoon heeft al een bedenktijd (${elders.status}) in dossier ${d.dossiernummer} van ${d.registrerendeOrganisatie}. Een persoon heeft er `
    + 'maar één: neem contact op met die organisatie, en sluit aan bij dat dossier of laat de dossiers samenvoegen.',
    undefined, undefined, { mogelijkeDubbelen: [{ dossiernummer: d.dossiernummer, registrerendeOrganisatie: d.registrerendeOrganisatie }] });
}

export async function biedBedenktijdAan(ctx: UseCaseContext, dossierId: string, invoer: z.output<typeof AanbiedingSchema>) {
  const weigering = magBedenktijdAanbieden(ctx.principal.organisatieType, ctx.principal.rol);
  if (weigering) weiger(weigering);
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // Locking the dossier serialises two simultaneous offers (B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: at most one open).
    const dossier = await toegankelijkDossier(tx, ctx.principal, dossierId, { voorWijziging: true, open: true });
    const { beoordeling, advies } = await grondslagVoorAanbod(tx, dossierId, invoer);
    const nietInAanmerking = inAanmerkingVoorBedenktijd(dossier as never);
    if (nietInAanmerking) weiger(nietInAanmerking);
    const bestaand = await openBedenktijd(tx, dossierId);
    if (bestaand) {
      throw problemen.conflict('bedenktijd-al-open', `Voor dit dossier is al een bedenktijd ${bestaand.status} (${bestaand.id}). Er kan er maar één tegelijk openstaan; beëindig of beantwoord die eerst.`);
    }
    await geenOpenBedenktijdElders(tx, dossierId);
    controleerDatum('aanbiedingsdatum', invoer.aanbiedingsdatum, nu, { datum: beoordeling.beoordelingsdatum, wat: 'de beoordeling' });
    const [b] = await tx.insert(bedenktijden).values({
      id: ctx.ids.uuid(), dossierId, aanbiedendeOrganisatieId: ctx.principal.organisatieId,
      beoordelingId: advies ? null : beoordeling.id, adviesId: advies?.id ?? null, status: 'aangeboden',
      aanbiedingsdatum: invoer.aanbiedingsdatum, tijdstipAangemaakt: nu, tijdstipGewijzigd: nu,
    }).returning();
    if (advies) {
      await tx.update(bedenktijdAdviezen).set({ status: 'overgenomen', bedenktijdId: b!.id, tijdstipGewijzigd: nu }).where(eq(bedenktijdAdviezen.id, advies.id));
    }
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'bedenktijd.aangeboden', objectType: 'bedenktijd', objectId: b!.id, dossierId });
    // With the dossier's number, which the answer shows: no query after the commit for it.
    return { ...b!, dossiernummer: dossier.dossiernummer };
  });
}

/**
 * The bedenktijd, locked for a state change, with its dossier; 404 without access. The dossier row
 * is locked first, then the bedenktijd: the same order as every other writer of a dossier (the offer,
 * the criminal track that ends a running bedenktijd). Locking the bedenktijd first and then waiting
 * for the dossier's audit chain deadlocked against an aangifte recorded at the same moment.
 */
async function bedenktijdVoorWijziging(tx: Queryable, ctx: UseCaseContext, bedenktijdId: string) {
  if (!isUuid(bedenktijdId)) throw problemen.nietGevonden('Bedenktijd niet gevonden.');
  const [gevonden] = await tx.select({ dossierId: bedenktijden.dossierId }).from(bedenktijden)
    .where(and(eq(bedenktijden.id, bedenktijdId), heeftToegang(tx, ctx.principal.organisatieId, bedenktijden.dossierId)));
  if (!gevonden) throw problemen.nietGevonden('Bedenktijd niet gevonden.');
  const [dossier] = await tx.select().from(dossiers).where(eq(dossiers.id, gevonden.dossierId)).for('update');
  const [b] = await tx.select().from(bedenktijden).where(eq(bedenktijden.id, bedenktijdId)).for('update');
  return { b: b!, dossier: dossier! };
}

export async function legReactieVast(ctx: UseCaseContext, bedenktijdId: string, invoer: z.output<typeof ReactieSchema>) {
  const weigering = magBedenktijdAanbieden(ctx.principal.organisatieType, ctx.principal.rol);
  if (weigering) weiger({ ...weigering, reden: `${weigering.reden} De reactie op het aanbod legt de aanbiedende politie of KMar vast.` });
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { b, dossier } = await bedenktijdVoorWijziging(tx, ctx, bedenktijdId);
    if (b.status !== 'aangeboden') {
      throw problemen.conflict('reactie-al-vastgelegd', `Op dit aanbod is al gereageerd (status ${b.status}); een reactie kan maar één keer worden vastgelegd.`);
    }
    controleerDatum('datum', invoer.datum, nu, { datum: b.aanbiedingsdatum, wat: 'het aanbod' });
    let wijziging: Partial<Bedenktijd>;
    if (invoer.reactie === 'aanvaard') {
      // B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md holds at the grant too: the dossier may have changed since the offer (e.g. the
      // person turned out to be Dutch, or the residence situation is now unknown and so is the rule).
      const nietInAanmerking = inAanmerkingVoorBedenktijd(dossier as never);
      if (nietInAanmerking) weiger(nietInAanmerking);
      // docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md: granted on the day the victim accepts; docs/beslissingen/0001-beleidsregels-als-data.md: the rule in force that day.
      const regel = kiesBeleidsregel(dossier.verblijfssituatie as Verblijfssituatie, invoer.datum);
      wijziging = {
        status: 'lopend', ingangsdatum: invoer.datum, uiterlijkeEinddatum: uiterlijkeEinddatum(regel, invoer.datum),
        beleidsregel: regel.code, verblijfssituatieBijVerlening: dossier.verblijfssituatie,
      };
    } else {
      // A declined offer is recorded but notifies nobody: nothing changes for the departure obligation (§5.9).
      wijziging = { status: 'geweigerd' };
    }
    const [bijgewerkt] = await tx.update(bedenktijden).set({
      ...wijziging, reactie: invoer.reactie, reactiedatum: invoer.datum, opvangGewenst: invoer.opvangGewenst, tijdstipGewijzigd: nu,
    }).where(eq(bedenktijden.id, b.id)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: invoer.reactie === 'aanvaard' ? 'bedenktijd.verleend' : 'bedenktijd.geweigerd', objectType: 'bedenktijd', objectId: b.id, dossierId: b.dossierId });
    if (invoer.reactie === 'aanvaard') await meldBedenktijd(tx, ctx.ids, nu, 'm55_bedenktijd', bijgewerkt!, dossier, actorVan(ctx));
    // Declining in order to report at once IS an aangifte (docs/regels.md, R1): the same use case as
    // every other path records it on the criminal track and sends m55_aangifte and the OM's copy.
    const gebeurtenis = gebeurtenisVoorReactie(invoer.reactie);
    if (gebeurtenis) {
      await legSlachtoffergebeurtenisVast(tx, ctx, dossier, gebeurtenis, { datum: invoer.datum, toelichting: null, acuteSituatie: invoer.acuteSituatie ?? null });
    }
    return { ...bijgewerkt!, dossiernummer: dossier.dossiernummer };
  });
}

interface BeeindigDeps { ids: IdGenerator; clock: Clock; actor: AuditActor; organisatieId: string }

/**
 * The refusals of an early end of this bedenktijd on `datum` (docs/beslissingen/0012-vroegtijdig-einde.md): only a running one (409),
 * not on a date before its grant (422) nor after it lapsed (409).
 */
export function controleerBeeindiging(b: Bedenktijd, datum: string, nu: Date) {
  if (b.status !== 'lopend') {
    throw problemen.conflict('bedenktijd-niet-lopend', b.status === 'aangeboden'
      ? 'Deze bedenktijd is aangeboden maar nog niet aanvaard. Leg eerst de reactie vast; alleen een lopende bedenktijd kan worden beëindigd.'
      : `Deze bedenktijd is al ${b.status}; hij kan niet nog eens worden beëindigd.`);
  }
  controleerDatum('datum', datum, nu, { datum: b.ingangsdatum!, wat: 'de ingangsdatum van de bedenktijd' });
  if (datum > b.uiterlijkeEinddatum!) {
    throw problemen.conflict('bedenktijd-al-verlopen', `De bedenktijd liep tot en met ${b.uiterlijkeEinddatum} en was op ${datum} al verlopen; een vroegtijdig einde is dan niet meer mogelijk.`);
  }
}

/**
 * Ends a running bedenktijd early (docs/beslissingen/0012-vroegtijdig-einde.md) and notifies IND/COA. Used by the early-end
 * endpoint for a departure to an unknown destination, and by the one use case of the victim's acts
 * (legSlachtoffergebeurtenisVast) for an aangifte, cooperation or declining to cooperate.
 */
export async function beeindigLopendeBedenktijd(tx: Queryable, deps: BeeindigDeps, b: Bedenktijd, dossier: Dossier, reden: Beeindigingsreden, datum: string, toelichting: string | null) {
  const nu = deps.clock.now();
  controleerBeeindiging(b, datum, nu);
  const [beeindigd] = await tx.update(bedenktijden).set({
    status: 'beeindigd', einddatum: datum, beeindigingsreden: reden, beeindigingToelichting: toelichting,
    beeindigdDoorOrganisatieId: deps.organisatieId, tijdstipGewijzigd: nu,
  }).where(eq(bedenktijden.id, b.id)).returning();
  await schrijfAudit(tx, deps.actor, nu, { actie: 'bedenktijd.beeindigd', objectType: 'bedenktijd', objectId: b.id, dossierId: b.dossierId });
  await meldBedenktijd(tx, deps.ids, nu, 'bedenktijd_beeindigd', beeindigd!, dossier, deps.actor);
  return beeindigd!;
}

/** The running bedenktijd of a dossier, locked, or undefined (for the criminal track). */
export async function lopendeBedenktijdVoorWijziging(tx: Queryable, dossierId: string) {
  const [b] = await tx.select().from(bedenktijden).where(and(eq(bedenktijden.dossierId, dossierId), eq(bedenktijden.status, 'lopend'))).for('update');
  return b;
}

/**
 * POST /v1/bedenktijden/{id}/beeindiging. An aangifte, cooperation or the declaration not to cooperate
 * is a victim's act: it goes through the one use case of that act (docs/regels.md, R1), which also
 * records it on the criminal track and sends the M55 part. A departure only ends the bedenktijd.
 */
export async function beeindigBedenktijd(ctx: UseCaseContext, bedenktijdId: string, invoer: z.output<typeof BeeindigingSchema>) {
  const weigering = magBeeindigen(invoer.reden, ctx.principal.organisatieType, ctx.principal.rol);
  if (weigering) weiger(weigering);
  const gebeurtenis = gebeurtenisVoorBeeindigingsreden(invoer.reden);
  if (gebeurtenis) vereisStrafrechtelijkVastleggen(ctx, gebeurtenis);
  return ctx.db.transaction(async (tx) => {
    const { b, dossier } = await bedenktijdVoorWijziging(tx, ctx, bedenktijdId);
    if (gebeurtenis) {
      const { beeindigdeBedenktijd } = await legSlachtoffergebeurtenisVast(tx, ctx, dossier, gebeurtenis, {
        datum: invoer.datum, toelichting: invoer.toelichting, acuteSituatie: invoer.acuteSituatie ?? null, bedenktijd: b,
      });
      return beeindigdeBedenktijd!;
    }
    return beeindigLopendeBedenktijd(tx, { ids: ctx.ids, clock: ctx.clock, actor: actorVan(ctx), organisatieId: ctx.principal.organisatieId }, b, dossier, invoer.reden, invoer.datum, invoer.toelichting);
  });
}

/** The event goes onto the criminal track: the caller must be one who records it there (403 otherwise). */
function vereisStrafrechtelijkVastleggen(ctx: UseCaseContext, gebeurtenis: Slachtoffergebeurtenis) {
  const w = magStrafrechtelijkVastleggen(GEVOLGEN[gebeurtenis].strafrechtelijkeSoort, ctx.principal.rol, ctx.principal.organisatieType);
  if (w) throw problemen.verboden('strafrecht-niet-toegestaan', w.reden);
}

export async function leesBedenktijd(ctx: UseCaseContext, bedenktijdId: string) {
  if (!isUuid(bedenktijdId)) throw problemen.nietGevonden('Bedenktijd niet gevonden.');
  const [b] = await ctx.db.select().from(bedenktijden)
    .where(and(eq(bedenktijden.id, bedenktijdId), heeftToegang(ctx.db, ctx.principal.organisatieId, bedenktijden.dossierId)));
  if (!b) throw problemen.nietGevonden('Bedenktijd niet gevonden.');
  return b;
}

export async function bedenktijdenVanDossier(ctx: UseCaseContext, dossierId: string) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  return ctx.db.select().from(bedenktijden).where(eq(bedenktijden.dossierId, dossierId)).orderBy(asc(bedenktijden.tijdstipAangemaakt));
}

const GEEN_EINDE = '9999-12-31';

/** The worklist: ordered by end date (offers without one last), within the caller's dossiers. */
export async function werklijst(ctx: UseCaseContext, filters: z.output<typeof WerklijstQuery>, limit: number, na?: [string, string]) {
  // A literal, not a parameter: it must match the expression of index bedenktijden_werklijst_idx.
  const einde = sql<string>`coalesce(${bedenktijden.uiterlijkeEinddatum}, ${sql.raw(`'${GEEN_EINDE}'::date`)})`;
  const voorwaarden: SQL[] = [heeftToegang(ctx.db, ctx.principal.organisatieId, bedenktijden.dossierId)];
  if (filters.status) voorwaarden.push(eq(bedenktijden.status, filters.status));
  if (filters.uiterlijkeEinddatumTot) voorwaarden.push(lte(bedenktijden.uiterlijkeEinddatum, filters.uiterlijkeEinddatumTot));
  if (filters.organisatieId) voorwaarden.push(eq(bedenktijden.aanbiedendeOrganisatieId, filters.organisatieId));
  if (na) voorwaarden.push(or(gt(einde, na[0]), and(eq(einde, na[0]), gt(bedenktijden.id, na[1])))!);
  return ctx.db.select({ ...getTableColumns(bedenktijden), dossiernummer: dossiers.dossiernummer }).from(bedenktijden)
    .innerJoin(dossiers, eq(dossiers.id, bedenktijden.dossierId))
    .where(and(...voorwaarden)).orderBy(asc(einde), asc(bedenktijden.id)).limit(limit + 1);
}

/** Bedenktijden with their dossier's number (one query), for the answers of the other use cases. */
export async function metDossiernummer(db: Queryable, rijen: readonly Bedenktijd[]): Promise<Array<Bedenktijd & { dossiernummer: string }>> {
  const ids = [...new Set(rijen.map((r) => r.dossierId))];
  const nummers = ids.length === 0 ? new Map<string, string>() : new Map((await db.select({ id: dossiers.id, dossiernummer: dossiers.dossiernummer })
    .from(dossiers).where(inArray(dossiers.id, ids))).map((d) => [d.id, d.dossiernummer]));
  return rijen.map((r) => ({ ...r, dossiernummer: nummers.get(r.dossierId)! }));
}

export const werklijstCursor = (b: Bedenktijd): [string, string] => [b.uiterlijkeEinddatum ?? GEEN_EINDE, b.id];

/**
 * B8/3.1 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md; docs/domein.md §5 — alert: the geringste aanwijzing is established for an eligible
 * person, but no offer followed within the configured number of days. Not offering breaches CoE
 * art. 13 and Directive 2011/36/EU; case prospects are never a reason.
 */
export async function nietAangebodenSignaleringen(ctx: UseCaseContext, limit: number, na?: [string, string]) {
  const nu = ctx.clock.now();
  const vandaag = amsterdamseDatum(nu);
  const grens = amsterdamseDatum(new Date(Date.parse(`${vandaag}T12:00:00Z`) - ctx.config.BEDENKTIJD_SIGNALERING_DAGEN * 86_400_000));
  const eerste = alias(beoordelingen, 'eerste_vastgestelde');
  const rijen = await ctx.db.select({ dossier: dossiers, beoordeling: beoordelingen }).from(dossiers)
    .innerJoin(beoordelingen, eq(beoordelingen.dossierId, dossiers.id))
    .where(and(
      heeftToegang(ctx.db, ctx.principal.organisatieId),
      eq(dossiers.identificatiestatus, 'vermoedelijk_slachtoffer'),
      // B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md in SQL, so a page is a page; inAanmerkingVoorBedenktijd below stays the authority.
      or(eq(dossiers.nationaliteitCategorie, 'derdelander'), and(eq(dossiers.nationaliteitCategorie, 'eu_eer_zwitserland'), eq(dossiers.eurechtelijkeAanspraken, false))),
      notInArray(dossiers.verblijfssituatie, ['duurzaam', 'onbekend']),
      // One row per dossier: its earliest established assessment that was not replaced.
      eq(beoordelingen.id, ctx.db.select({ id: eerste.id }).from(eerste).where(and(
        eq(eerste.dossierId, dossiers.id), eq(eerste.resultaat, 'vastgesteld'),
        notExists(ctx.db.select({ x: sql`1` }).from(sql`beoordelingen as latere`).where(sql`latere.vervangt = ${eerste.id}`)),
      )).orderBy(asc(eerste.beoordelingsdatum), asc(eerste.tijdstipRegistratie), asc(eerste.id)).limit(1)),
      lte(beoordelingen.beoordelingsdatum, grens),
      notExists(ctx.db.select({ x: bedenktijden.id }).from(bedenktijden).where(eq(bedenktijden.dossierId, dossiers.id))),
      ...(na ? [naCursor([beoordelingen.beoordelingsdatum, dossiers.id], na)] : []),
    ))
    .orderBy(asc(beoordelingen.beoordelingsdatum), asc(dossiers.id)).limit(limit + 1);
  const { items, laatste } = pagina(rijen, limit);
  const signaleringen = items
    .filter(({ dossier }) => !inAanmerkingVoorBedenktijd(dossier as never))
    .map(({ dossier, beoordeling }) => {
      const dagen = Math.round((Date.parse(vandaag) - Date.parse(beoordeling.beoordelingsdatum)) / 86_400_000);
      return {
        dossierId: dossier.id, dossiernummer: dossier.dossiernummer, beoordelingId: beoordeling.id,
        beoordelingsdatum: beoordeling.beoordelingsdatum, dagenZonderAanbod: dagen,
        melding: `De geringste aanwijzing is op ${beoordeling.beoordelingsdatum} vastgesteld, maar na ${dagen} dagen is nog geen bedenktijd aangeboden. Bied die aan: zaakskansen of uitbuiting in het buitenland zijn geen reden om af te zien (B8/3 Vc 2000; art. 13 Verdrag van Warschau).`,
      };
    });
  return { signaleringen, volgende: laatste ? [laatste.beoordeling.beoordelingsdatum, laatste.dossier.id] as [string, string] : undefined };
}

