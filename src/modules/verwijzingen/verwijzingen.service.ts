// Use cases on referrals (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md; docs/beslissingen/0017-verwijzing-en-opvang.md; docs/domein.md §10): refer, the receiver's queue,
// read, decide, withdraw, complete, and record that the victim declines shelter. Each change runs in
// one transaction with its audit row and its outbox rows; the rules live in src/domain/verwijzing.ts.
import { and, asc, eq, gt, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { dossiers, organisaties, plaatsingen, verwijzingen } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { beeindigToegang, dossierMetToegang, isUuid, toegankelijkDossier, verleenToegang } from '../../access/dossiertoegang.js';
import { doorgegevenBevoegdheid } from '../../domain/toegang.js';
import type { Leeftijdscategorie, NationaliteitCategorie, OrganisatieType } from '../../domain/catalogus.js';
import {
  achterstalligGrens, afrondingFout, besluitBevindingen, besluitFout, doelFout, gegevensdeling, intrekkingFout,
  isAchterstallig, ontvangerFout, opvangweigeringFout,
  type Gegevensdeling, type Partij, type VerwijzingDoel, type VerwijzingStatus, type Weigering,
} from '../../domain/verwijzing.js';
import { plaatsKennisgeving } from '../../outbox/kennisgevingen.js';
import { problemen } from '../../http/problem.js';
import { verwijzingFoutcode } from '../../http/foutcatalogus.js';
import type {
  OpvangweigeringSchema, VerwijzingAanmakenSchema, VerwijzingBesluitSchema, VerwijzingListQuery, VerwijzingRij,
} from './verwijzingen.schemas.js';

/** A domain refusal as HTTP: 403 (not this organisation), 409 (state) or 422 (rule, naming the field). */
export function weiger(w: Weigering): never {
  const code = verwijzingFoutcode(w.code);
  if (w.soort === 'niet_toegestaan') throw problemen.verboden(code, w.reden);
  if (w.soort === 'toestand') throw problemen.conflict(code, w.reden);
  throw problemen.regelOvertreden(code, w.reden, w.veld ? [{ name: w.veld, code: w.code, reason: w.reden }] : undefined);
}

/** Several rule refusals at once: one 422 naming every field (README.md "HTTP conventions": all problems at once). */
export function weigerAlle(weigeringen: Weigering[]): void {
  if (weigeringen.length === 0) return;
  if (weigeringen.length === 1) weiger(weigeringen[0]!);
  const eerste = weigeringen.find((w) => w.soort !== 'regel');
  if (eerste) weiger(eerste);
  throw problemen.regelOvertreden(
    'verwijzing-ongeldig',
    weigeringen.map((w) => w.reden).join(' '),
    weigeringen.map((w) => ({ name: w.veld ?? 'body', code: w.code, reason: w.reden })),
  );
}

export interface VerwijzingMetDossier {
  verwijzing: VerwijzingRij;
  dossiernummer: string;
  leeftijdscategorie: string;
}

const metDossier = (db: Queryable) => db.select({
  verwijzing: verwijzingen, dossiernummer: dossiers.dossiernummer, leeftijdscategorie: dossiers.leeftijdscategorie,
}).from(verwijzingen).innerJoin(dossiers, eq(dossiers.id, verwijzingen.dossierId));

const betrokken = (organisatieId: string) =>
  or(eq(verwijzingen.verwijzendeOrganisatieId, organisatieId), eq(verwijzingen.ontvangendeOrganisatieId, organisatieId))!;

/**
 * The referral, for its sender and its receiver only; for anyone else it does not exist (404,
 * docs/architectuur.md §3). With `voorWijziging` the referral row is locked for the state change.
 */
export async function betrokkenVerwijzing(db: Queryable, ctx: UseCaseContext, verwijzingId: string, opties: { voorWijziging?: boolean } = {}): Promise<VerwijzingMetDossier & { partij: Partij }> {
  if (!isUuid(verwijzingId)) throw problemen.nietGevonden('Verwijzing niet gevonden.');
  const query = metDossier(db).where(and(eq(verwijzingen.id, verwijzingId), betrokken(ctx.principal.organisatieId)));
  const [rij] = opties.voorWijziging ? await query.for('update', { of: verwijzingen }) : await query;
  if (!rij) throw problemen.nietGevonden('Verwijzing niet gevonden.');
  const partij: Partij = rij.verwijzing.ontvangendeOrganisatieId === ctx.principal.organisatieId ? 'ontvanger' : 'verwijzer';
  return { ...rij, partij };
}

export const achterstalligVoor = (ctx: Pick<UseCaseContext, 'clock' | 'config'>, v: VerwijzingRij) =>
  isAchterstallig(v.status as VerwijzingStatus, v.tijdstipVerwezen, ctx.clock.now(), ctx.config.VERWIJZING_ACHTERSTALLIG_DAGEN);


type Aanmaken = z.output<typeof VerwijzingAanmakenSchema>;

export async function maakVerwijzing(ctx: UseCaseContext, dossierId: string, invoer: Aanmaken): Promise<VerwijzingMetDossier> {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // Lock the dossier: two simultaneous referrals of one dossier to one organisation serialise here.
    // Referring passes the dossier on: the caller's grants must allow that.
    const { dossier, toegang } = await dossierMetToegang(tx, ctx.principal, dossierId, { voorWijziging: true, vereist: 'doorgeven', open: true });
    const [ontvanger] = isUuid(invoer.ontvangendeOrganisatieId)
      ? await tx.select().from(organisaties).where(eq(organisaties.id, invoer.ontvangendeOrganisatieId))
      : [];
    const weigeringen: Weigering[] = [];
    if (!ontvanger) {
      weigeringen.push({ soort: 'regel', code: 'onbekende_organisatie', veld: 'ontvangendeOrganisatieId', reden: 'De ontvangende organisatie bestaat niet. Kies een organisatie uit GET /v1/organisaties.' });
    } else {
      const fout = ontvangerFout(invoer.doel, ontvanger.type as OrganisatieType, ontvanger.id === ctx.principal.organisatieId);
      if (fout) weigeringen.push(fout);
    }
    const persoon = { leeftijdscategorie: dossier.leeftijdscategorie as Leeftijdscategorie, nationaliteitCategorie: dossier.nationaliteitCategorie as NationaliteitCategorie };
    const doelWeigering = doelFout(invoer.doel, persoon);
    if (doelWeigering) weigeringen.push(doelWeigering);
    const gedeeld = gegevensdeling(invoer.toestemming, invoer.grondslag, invoer.doel, persoon.leeftijdscategorie);
    if ('weigering' in gedeeld) weigeringen.push(gedeeld.weigering);
    weigerAlle(weigeringen);

    const [lopend] = await tx.select({ id: verwijzingen.id, status: verwijzingen.status }).from(verwijzingen).where(and(
      eq(verwijzingen.dossierId, dossierId), eq(verwijzingen.ontvangendeOrganisatieId, ontvanger!.id),
      eq(verwijzingen.doel, invoer.doel), inArray(verwijzingen.status, ['open', 'aanvaard']),
    ));
    if (lopend) {
      throw problemen.conflict('verwijzing-loopt-al', `Dit dossier is al naar ${ontvanger!.naam} verwezen met doel ${invoer.doel} (verwijzing ${lopend.id}, ${lopend.status}). Wacht het besluit af of trek die verwijzing eerst in.`);
    }

    // The receiver sees at most what the caller may pass on, and at most what the consent or basis
    // allows (AVG art. 5(1)(c), art. 6): consent given to the caller is not consent to pass on more.
    const bevoegdheid = doorgegevenBevoegdheid(toegang.doorgeefbaar!, (gedeeld as { deling: Gegevensdeling }).deling);
    const [verwijzing] = await tx.insert(verwijzingen).values({
      id: ctx.ids.uuid(), dossierId, verwijzendeOrganisatieId: ctx.principal.organisatieId, ontvangendeOrganisatieId: ontvanger!.id,
      doel: invoer.doel, reden: invoer.reden, urgentie: invoer.urgentie, toestemming: invoer.toestemming, grondslag: invoer.grondslag,
      gegevensdeling: bevoegdheid.reikwijdte, status: 'open', tijdstipVerwezen: nu, tijdstipGewijzigd: nu,
    }).returning();
    const v = verwijzing!;
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'verwijzing.aangemaakt', objectType: 'verwijzing', objectId: v.id, dossierId });
    // The referral's own grant: it lasts while the referral is open, accepted or completed.
    await verleenToegang(tx, actorVan(ctx), nu, {
      dossierId, organisatieId: ontvanger!.id, doel: 'verwijzing', bronId: v.id, verleendDoorOrganisatieId: ctx.principal.organisatieId, ...bevoegdheid,
    });
    // docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: to the receiving organisation. Pseudonymous content: the identity, when
    // allowed, is read through the logged persoonsgegevens endpoint.
    await plaatsKennisgeving(tx, ctx.ids, nu, {
      ontvangerOrganisatieId: ontvanger!.id, soort: 'verwijzing_ontvangen', dossierId, afzenderOrganisatieId: ctx.principal.organisatieId,
      inhoud: {
        verwijzingId: v.id, dossierId, dossiernummer: dossier.dossiernummer, doel: v.doel, urgentie: v.urgentie, reden: v.reden,
        gegevensdeling: v.gegevensdeling, verwijzendeOrganisatie: { id: ctx.principal.organisatieId, naam: ctx.principal.organisatieNaam },
        leeftijdscategorie: dossier.leeftijdscategorie, nationaliteitCategorie: dossier.nationaliteitCategorie, verblijfssituatie: dossier.verblijfssituatie,
      },
      gebeurtenisSleutel: `verwijzing_ontvangen:${v.id}`,
    });
    return { verwijzing: v, dossiernummer: dossier.dossiernummer, leeftijdscategorie: dossier.leeftijdscategorie };
  });
}

const openEerst = sql<number>`case when ${verwijzingen.status} = 'open' then 0 else 1 end`;

/**
 * The receiving organisation's queue (issue 7): open first, then oldest first; filters on status,
 * doel and overdue. Served by the index (ontvanger, status, tijdstip_verwezen).
 */
export async function wachtrij(ctx: UseCaseContext, filters: z.output<typeof VerwijzingListQuery>, limit: number, na?: [number, string, string]) {
  const grens = achterstalligGrens(ctx.clock.now(), ctx.config.VERWIJZING_ACHTERSTALLIG_DAGEN);
  const voorwaarden: SQL[] = [eq(verwijzingen.ontvangendeOrganisatieId, ctx.principal.organisatieId)];
  if (filters.status) voorwaarden.push(eq(verwijzingen.status, filters.status));
  if (filters.doel) voorwaarden.push(eq(verwijzingen.doel, filters.doel));
  if (filters.achterstallig === 'true') voorwaarden.push(and(eq(verwijzingen.status, 'open'), lt(verwijzingen.tijdstipVerwezen, grens))!);
  if (filters.achterstallig === 'false') voorwaarden.push(or(ne(verwijzingen.status, 'open'), gte(verwijzingen.tijdstipVerwezen, grens))!);
  if (na) {
    const [rang, tijdstipTekst, id] = na;
    const tijdstip = new Date(tijdstipTekst);
    voorwaarden.push(or(
      gt(openEerst, rang),
      and(eq(openEerst, rang), gt(verwijzingen.tijdstipVerwezen, tijdstip)),
      and(eq(openEerst, rang), eq(verwijzingen.tijdstipVerwezen, tijdstip), gt(verwijzingen.id, id)),
    )!);
  }
  return metDossier(ctx.db).where(and(...voorwaarden))
    .orderBy(asc(openEerst), asc(verwijzingen.tijdstipVerwezen), asc(verwijzingen.id)).limit(limit + 1);
}

export const wachtrijCursor = (v: VerwijzingRij): [number, string, string] =>
  [v.status === 'open' ? 0 : 1, v.tijdstipVerwezen.toISOString(), v.id];

/** The referrals of a dossier that the caller's organisation sent or received, oldest first. */
export async function verwijzingenVanDossier(ctx: UseCaseContext, dossierId: string, limit: number, na?: [string, string]) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  const voorwaarden: SQL[] = [eq(verwijzingen.dossierId, dossierId), betrokken(ctx.principal.organisatieId)];
  if (na) {
    const tijdstip = new Date(na[0]);
    voorwaarden.push(or(gt(verwijzingen.tijdstipVerwezen, tijdstip), and(eq(verwijzingen.tijdstipVerwezen, tijdstip), gt(verwijzingen.id, na[1])))!);
  }
  return metDossier(ctx.db).where(and(...voorwaarden))
    .orderBy(asc(verwijzingen.tijdstipVerwezen), asc(verwijzingen.id)).limit(limit + 1);
}

export function leesVerwijzing(ctx: UseCaseContext, verwijzingId: string) {
  return betrokkenVerwijzing(ctx.db, ctx, verwijzingId);
}

/** The running placement made on this referral, if any. */
export async function lopendePlaatsingVan(tx: Queryable, verwijzingId: string): Promise<string | null> {
  const [p] = await tx.select({ id: plaatsingen.id }).from(plaatsingen)
    .where(and(eq(plaatsingen.verwijzingId, verwijzingId), sql`${plaatsingen.einddatum} is null`));
  return p?.id ?? null;
}

type BesluitInvoer = z.output<typeof VerwijzingBesluitSchema>;

export async function neemBesluit(ctx: UseCaseContext, verwijzingId: string, invoer: BesluitInvoer): Promise<VerwijzingMetDossier> {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const huidig = await betrokkenVerwijzing(tx, ctx, verwijzingId, { voorWijziging: true });
    const v = huidig.verwijzing;
    const fout = besluitFout(v.status as VerwijzingStatus, huidig.partij);
    if (fout) weiger(fout);
    weigerAlle(besluitBevindingen(invoer.besluit, invoer.afwijzingsreden, invoer.toelichting));
    const [bijgewerkt] = await tx.update(verwijzingen).set({
      status: invoer.besluit, afwijzingsreden: invoer.afwijzingsreden, besluitToelichting: invoer.toelichting,
      tijdstipBesluit: nu, tijdstipAfgesloten: invoer.besluit === 'afgewezen' ? nu : null, tijdstipGewijzigd: nu,
    }).where(eq(verwijzingen.id, v.id)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: `verwijzing.${invoer.besluit}`, objectType: 'verwijzing', objectId: v.id, dossierId: v.dossierId });
    // docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: the decision goes to the sender.
    await plaatsKennisgeving(tx, ctx.ids, nu, {
      ontvangerOrganisatieId: v.verwijzendeOrganisatieId, soort: 'verwijzing_besluit', dossierId: v.dossierId, afzenderOrganisatieId: ctx.principal.organisatieId,
      inhoud: {
        verwijzingId: v.id, dossierId: v.dossierId, dossiernummer: huidig.dossiernummer, doel: v.doel, besluit: invoer.besluit,
        afwijzingsreden: invoer.afwijzingsreden, toelichting: invoer.toelichting,
        ontvangendeOrganisatie: { id: ctx.principal.organisatieId, naam: ctx.principal.organisatieNaam },
      },
      gebeurtenisSleutel: `verwijzing_besluit:${v.id}`,
    });
    // A refused referral's purpose has ended: exactly its grant ends (AVG art. 5(1)(b)).
    if (invoer.besluit === 'afgewezen') await beeindigToegang(tx, actorVan(ctx), nu, { dossierId: v.dossierId, doel: 'verwijzing', bronId: v.id });
    return { ...huidig, verwijzing: bijgewerkt! };
  });
}

export async function trekIn(ctx: UseCaseContext, verwijzingId: string): Promise<VerwijzingMetDossier> {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const huidig = await betrokkenVerwijzing(tx, ctx, verwijzingId, { voorWijziging: true });
    const v = huidig.verwijzing;
    const fout = intrekkingFout(v.status as VerwijzingStatus, huidig.partij);
    if (fout) weiger(fout);
    const [bijgewerkt] = await tx.update(verwijzingen).set({ status: 'ingetrokken', tijdstipAfgesloten: nu, tijdstipGewijzigd: nu })
      .where(eq(verwijzingen.id, v.id)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'verwijzing.ingetrokken', objectType: 'verwijzing', objectId: v.id, dossierId: v.dossierId });
    await plaatsKennisgeving(tx, ctx.ids, nu, {
      ontvangerOrganisatieId: v.ontvangendeOrganisatieId, soort: 'verwijzing_ingetrokken', dossierId: v.dossierId, afzenderOrganisatieId: ctx.principal.organisatieId,
      inhoud: {
        verwijzingId: v.id, dossierId: v.dossierId, dossiernummer: huidig.dossiernummer, doel: v.doel,
        verwijzendeOrganisatie: { id: ctx.principal.organisatieId, naam: ctx.principal.organisatieNaam },
      },
      gebeurtenisSleutel: `verwijzing_ingetrokken:${v.id}`,
    });
    await beeindigToegang(tx, actorVan(ctx), nu, { dossierId: v.dossierId, doel: 'verwijzing', bronId: v.id });
    return { ...huidig, verwijzing: bijgewerkt! };
  });
}

export async function rondAf(ctx: UseCaseContext, verwijzingId: string): Promise<VerwijzingMetDossier> {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const huidig = await betrokkenVerwijzing(tx, ctx, verwijzingId, { voorWijziging: true });
    const v = huidig.verwijzing;
    const fout = afrondingFout(v.status as VerwijzingStatus, huidig.partij, huidig.partij === 'ontvanger' ? await lopendePlaatsingVan(tx, v.id) : null);
    if (fout) weiger(fout);
    const [bijgewerkt] = await tx.update(verwijzingen).set({ status: 'afgerond', tijdstipAfgesloten: nu, tijdstipGewijzigd: nu })
      .where(eq(verwijzingen.id, v.id)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'verwijzing.afgerond', objectType: 'verwijzing', objectId: v.id, dossierId: v.dossierId });
    return { ...huidig, verwijzing: bijgewerkt! };
  });
}

/**
 * docs/domein.md §5, §10: the victim declines shelter. Recorded on the referral by either side; the
 * bedenktijd is not touched (docs/beslissingen/0017-verwijzing-en-opvang.md: declining shelter does not end it).
 */
export async function legOpvangweigeringVast(ctx: UseCaseContext, verwijzingId: string, invoer: z.output<typeof OpvangweigeringSchema>): Promise<VerwijzingMetDossier> {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const huidig = await betrokkenVerwijzing(tx, ctx, verwijzingId, { voorWijziging: true });
    const v = huidig.verwijzing;
    const fout = opvangweigeringFout(v.doel as VerwijzingDoel, v.status as VerwijzingStatus, v.opvangGeweigerd, await lopendePlaatsingVan(tx, v.id));
    if (fout) weiger(fout);
    const [bijgewerkt] = await tx.update(verwijzingen).set({ opvangGeweigerd: true, opvangWeigeringReden: invoer.reden, tijdstipGewijzigd: nu })
      .where(eq(verwijzingen.id, v.id)).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'verwijzing.opvang_geweigerd', objectType: 'verwijzing', objectId: v.id, dossierId: v.dossierId });
    return { ...huidig, verwijzing: bijgewerkt! };
  });
}
