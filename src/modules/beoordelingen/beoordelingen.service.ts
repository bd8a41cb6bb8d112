// Use cases on assessments of the geringste aanwijzing: record (append-only), list, read.
// Assessments are never edited in place (docs/domein.md §1 punt 2: "an assessment is a snapshot"); a
// correction is a new assessment that names the one it replaces in `vervangt`.
import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { beoordelingen, dossiers, organisaties, persoonsgegevens, signalen } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { isUuid, toegankelijkDossier, verleenToegang } from '../../access/dossiertoegang.js';
import { aanmeldingBevoegdheid } from '../../domain/toegang.js';
import { aanmeldingBijCoMensha, identificatiestatus, intrekkingBijCoMensha, regelovertredingen } from '../../domain/beoordeling.js';
import { certificeringWeigering } from '../../domain/informatiefgesprek.js';
import { leeftijdscategorieOp, peildatumMinderjarigheid } from '../../domain/leeftijd.js';
import type { Identificatiestatus, Leeftijdscategorie } from '../../domain/catalogus.js';
import { uitbuitingsvormenVan } from '../../domain/signaal.js';
import { plaatsKennisgeving } from '../../outbox/kennisgevingen.js';
import { problemen, type InvalidParam } from '../../http/problem.js';
import type { BeoordelingRij, BeoordelingVastleggen } from './beoordelingen.schemas.js';

type DossierRij = typeof dossiers.$inferSelect;

/**
 * Records an assessment and, in the same transaction, the dossier's new identificatiestatus, the
 * audit rows and — when the person becomes a presumed victim — the CoMensha notification.
 */
export async function legBeoordelingVast(ctx: UseCaseContext, dossierId: string, input: BeoordelingVastleggen) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // Lock the dossier row first: assessments of one dossier serialise here, so the status
    // derivation, the `vervangt` checks and the CoMensha notification each see the others' result.
    const dossier = await toegankelijkDossier(tx, ctx.principal, dossierId, { voorWijziging: true, open: true });
    // docs/regels.md R6: only a certified intaker records an assessment made in an informatief gesprek
    // (after the dossier check: without access the answer stays 404).
    const nietGecertificeerd = certificeringWeigering(input.informatiefGesprek.gevoerd, ctx.principal.gecertificeerd);
    if (nietGecertificeerd) throw problemen.verboden('intaker-niet-gecertificeerd', nietGecertificeerd);
    const bestaande = await tx.select().from(beoordelingen).where(eq(beoordelingen.dossierId, dossierId))
      .orderBy(asc(beoordelingen.beoordelingsdatum), asc(beoordelingen.tijdstipRegistratie), asc(beoordelingen.id));

    // 422: rules of art. 273f lid 1 Sr; docs/domein.md §2 and the dates, all at once; then the replacement must be one of
    // this dossier's assessments (a correction cannot move between dossiers).
    // docs/regels.md R2: the minor's exception (art. 273f lid 1 sub 2 Sr) on the age at the time of the
    // facts — the start of the exploitation when recorded, else the assessment's date — from the birth
    // date when it is known.
    const [pg] = await tx.select({ geboortedatum: persoonsgegevens.geboortedatum }).from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossierId));
    const leeftijd = leeftijdscategorieOp(dossier.leeftijdscategorie as Leeftijdscategorie, pg?.geboortedatum ?? null,
      peildatumMinderjarigheid(input.beoordelingsdatum, input.uitbuitingsperiode));
    const overtredingen: InvalidParam[] = regelovertredingen(input, leeftijd, nu)
      .map((b) => ({ name: b.pad, code: 'regel', reason: b.reden }));
    if (input.vervangt && !bestaande.some((b) => b.id === input.vervangt)) {
      overtredingen.push({
        name: 'vervangt', code: 'onbekende_beoordeling',
        reason: `De beoordeling ${input.vervangt} is geen beoordeling van dit dossier. Verwijs in vervangt naar een beoordeling van dit dossier, of laat vervangt leeg (null).`,
      });
    }
    if (overtredingen.length > 0) throw problemen.regelOvertreden('beoordeling-ongeldig', overtredingen.map((o) => o.reason).join(' '), overtredingen);

    // 409: a replaced assessment stays replaced (unique index on vervangt). Checked here, under the
    // dossier lock, so the caller gets a Dutch answer instead of a constraint violation.
    const opvolger = input.vervangt && bestaande.find((b) => b.vervangt === input.vervangt);
    if (opvolger) {
      throw problemen.conflict('beoordeling-al-vervangen', `De beoordeling ${input.vervangt} is al vervangen door beoordeling ${opvolger.id}. Wilt u opnieuw corrigeren, verwijs dan in vervangt naar ${opvolger.id}.`);
    }

    const [beoordeling] = await tx.insert(beoordelingen).values({
      id: ctx.ids.uuid(),
      dossierId,
      organisatieId: ctx.principal.organisatieId,
      ...input,
      tijdstipRegistratie: nu,
    }).returning();
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'beoordeling.vastgelegd', objectType: 'beoordeling', objectId: beoordeling!.id, dossierId });

    // The new assessment goes last: with equal date and moment, the one registered now wins.
    const vorigeStatus = dossier.identificatiestatus as Identificatiestatus;
    const nieuweStatus = identificatiestatus([...bestaande, beoordeling!].map((b) => ({ ...b, resultaat: b.resultaat as 'vastgesteld' | 'niet_vastgesteld' })));
    if (nieuweStatus !== vorigeStatus) {
      await tx.update(dossiers).set({ identificatiestatus: nieuweStatus, versie: dossier.versie + 1, tijdstipGewijzigd: nu })
        .where(eq(dossiers.id, dossierId));
      await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'dossier.identificatiestatus_gewijzigd', objectType: 'dossier', objectId: dossierId, dossierId });
    }
    if (aanmeldingBijCoMensha(vorigeStatus, nieuweStatus)) {
      await meldAanBijCoMensha(tx, ctx, nu, dossier, beoordeling!);
    } else if (intrekkingBijCoMensha(vorigeStatus, nieuweStatus)) {
      await trekAanmeldingIn(tx, ctx, nu, dossier, beoordeling!, nieuweStatus);
    }
    return { beoordeling: beoordeling!, identificatiestatus: nieuweStatus };
  });
}

/**
 * docs/beslissingen/0016-kennisgevingen-per-ontvanger.md — `aanmelding_vermoedelijk_slachtoffer` to every CoMensha organisation, one outbox
 * row per recipient, with CoMensha's pseudonymous grant (aanmeldingBevoegdheid). The content is
 * pseudonymous on purpose: no names, birth dates or V-numbers; CoMensha sees the identity only if a
 * referral with consent or a legal basis later opens it.
 */
async function meldAanBijCoMensha(tx: Queryable, ctx: UseCaseContext, nu: Date, dossier: DossierRij, beoordeling: BeoordelingRij) {
  const ontvangers = await tx.select({ id: organisaties.id }).from(organisaties)
    .where(eq(organisaties.type, 'comensha')).orderBy(asc(organisaties.id));
  const signaalRijen = await tx.select({ uitbuitingsvormen: signalen.uitbuitingsvormen }).from(signalen)
    .where(eq(signalen.dossierId, dossier.id));
  const inhoud = {
    dossierId: dossier.id,
    dossiernummer: dossier.dossiernummer,
    beoordelingId: beoordeling.id,
    beoordelingsdatum: beoordeling.beoordelingsdatum,
    aanmeldendeOrganisatie: ctx.principal.organisatieNaam,
    uitbuitingsvormen: uitbuitingsvormenVan(signaalRijen),
    leeftijdscategorie: dossier.leeftijdscategorie,
    nationaliteitCategorie: dossier.nationaliteitCategorie,
    verblijfssituatie: dossier.verblijfssituatie,
  };
  for (const { id } of ontvangers) {
    await plaatsKennisgeving(tx, ctx.ids, nu, {
      ontvangerOrganisatieId: id,
      soort: 'aanmelding_vermoedelijk_slachtoffer',
      dossierId: dossier.id,
      afzenderOrganisatieId: ctx.principal.organisatieId,
      inhoud,
      gebeurtenisSleutel: `aanmelding:${beoordeling.id}`,
    });
    await verleenToegang(tx, actorVan(ctx), nu, {
      dossierId: dossier.id, organisatieId: id, doel: 'aanmelding', bronId: dossier.id, verleendDoorOrganisatieId: ctx.principal.organisatieId,
      ...aanmeldingBevoegdheid,
    });
  }
}

/**
 * docs/regels.md R4 — the correction: CoMensha's registration of this person no longer holds, because
 * the latest assessment does not establish the geringste aanwijzing. Pseudonymous like the
 * registration (no reasons in free text, no identity). It grants nothing: CoMensha keeps the
 * pseudonymous grant of its registration, so it can process the correction and see a new one.
 */
async function trekAanmeldingIn(tx: Queryable, ctx: UseCaseContext, nu: Date, dossier: DossierRij, beoordeling: BeoordelingRij, status: Identificatiestatus) {
  const ontvangers = await tx.select({ id: organisaties.id }).from(organisaties)
    .where(eq(organisaties.type, 'comensha')).orderBy(asc(organisaties.id));
  const inhoud = {
    dossierId: dossier.id,
    dossiernummer: dossier.dossiernummer,
    beoordelingId: beoordeling.id,
    beoordelingsdatum: beoordeling.beoordelingsdatum,
    identificatiestatus: status,
    intrekkendeOrganisatie: ctx.principal.organisatieNaam,
    toelichting: 'De geringste aanwijzing is bij een latere beoordeling niet (meer) vastgesteld; de aanmelding als vermoedelijk slachtoffer vervalt. '
      + 'Wordt zij later opnieuw vastgesteld, dan volgt een nieuwe aanmelding.',
  };
  for (const { id } of ontvangers) {
    await plaatsKennisgeving(tx, ctx.ids, nu, {
      ontvangerOrganisatieId: id, soort: 'aanmelding_ingetrokken', dossierId: dossier.id, afzenderOrganisatieId: ctx.principal.organisatieId,
      inhoud, gebeurtenisSleutel: `aanmelding_ingetrokken:${beoordeling.id}`,
    });
  }
}

const opvolger = alias(beoordelingen, 'opvolger');

/** Assessments with the id of the one that replaced each (if any). */
function metOpvolger(db: Queryable) {
  return db.select({ beoordeling: beoordelingen, vervangenDoor: opvolger.id }).from(beoordelingen)
    .leftJoin(opvolger, eq(opvolger.vervangt, beoordelingen.id));
}

/**
 * A dossier's assessments, oldest first in the order that decides the status (assessment date,
 * then registration, then id), so the last current one is the one that counts.
 */
export async function lijstBeoordelingen(ctx: UseCaseContext, dossierId: string, limit: number, na?: [string, string, string]) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  const voorwaarden: SQL[] = [eq(beoordelingen.dossierId, dossierId)];
  if (na) {
    const [datum, tijdstipTekst, id] = na;
    const tijdstip = new Date(tijdstipTekst);
    voorwaarden.push(or(
      gt(beoordelingen.beoordelingsdatum, datum),
      and(eq(beoordelingen.beoordelingsdatum, datum), gt(beoordelingen.tijdstipRegistratie, tijdstip)),
      and(eq(beoordelingen.beoordelingsdatum, datum), eq(beoordelingen.tijdstipRegistratie, tijdstip), gt(beoordelingen.id, id)),
    )!);
  }
  return metOpvolger(ctx.db).where(and(...voorwaarden))
    .orderBy(asc(beoordelingen.beoordelingsdatum), asc(beoordelingen.tijdstipRegistratie), asc(beoordelingen.id))
    .limit(limit + 1);
}

export async function leesBeoordeling(ctx: UseCaseContext, dossierId: string, beoordelingId: string) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  if (!isUuid(beoordelingId)) throw problemen.nietGevonden('Beoordeling niet gevonden.');
  const [rij] = await metOpvolger(ctx.db)
    .where(and(eq(beoordelingen.id, beoordelingId), eq(beoordelingen.dossierId, dossierId)));
  if (!rij) throw problemen.nietGevonden('Beoordeling niet gevonden.');
  return rij;
}
