// Use cases of the criminal track (docs/beslissingen/0012-vroegtijdig-einde.md; docs/beslissingen/0016-kennisgevingen-per-ontvanger.md) and the beroep op de B8/3-regeling
// (model M55, bijlage Vc 2000; docs/domein.md §6). Each runs in one transaction with its audit row, its effect on a running
// bedenktijd and its outbox rows. The criminal track never changes the dossier itself: not its
// identificatiestatus, not its version, not its referrals or placements (docs/domein.md §1 punt 1).
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { naCursor } from '../../db/keyset.js';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { bedenktijden, beoordelingen, beroepenB83, dossiers, strafrechtelijkeGebeurtenissen } from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { isUuid, toegankelijkDossier, verleenToegang } from '../../access/dossiertoegang.js';
import { omKopieBevoegdheid } from '../../domain/toegang.js';
import { amsterdamseDatum, ligtInDeToekomst } from '../../domain/kalender.js';
import {
  kennisgevingVoor, magStrafrechtelijkVastleggen, omOntvangtKennisgeving, onderzoekLoopt,
  toestandsweigering, valtBinnenBedenktijd, type StrafrechtelijkeSoort, type StrafrechtelijkFeit,
} from '../../domain/strafrecht.js';
import { GEVOLGEN, gebeurtenisVoorSoort, type Slachtoffergebeurtenis } from '../../domain/gebeurtenissen.js';
import { informatiefGesprekVoorAangifteBevinding, type AcuteSituatie } from '../../domain/informatiefgesprek.js';
import { problemen } from '../../http/problem.js';
import { plaatsKennisgeving } from '../../outbox/kennisgevingen.js';
import { m55Kern, m55Toegang, ontvangersIndEnCoa, organisatiesVanType } from '../bedenktijden/bedenktijden.kennisgevingen.js';
// An import cycle with bedenktijden.service (which calls legSlachtoffergebeurtenisVast): both only use
// each other's functions at run time, never while the modules load.
import { beeindigLopendeBedenktijd, controleerBeeindiging, lopendeBedenktijdVoorWijziging } from '../bedenktijden/bedenktijden.service.js';
import type { BeroepB83Vastleggen, GebeurtenisRij, StrafrechtelijkeGebeurtenisVastleggen } from './strafrechtelijke-gebeurtenissen.schemas.js';

type Dossier = typeof dossiers.$inferSelect;
type Bedenktijd = typeof bedenktijden.$inferSelect;

function nietInDeToekomst(datum: string, nu: Date, wat: string) {
  if (!ligtInDeToekomst(datum, nu)) return;
  const reden = `De datum ${datum} ligt in de toekomst. Leg ${wat} vast op of na de dag waarop die plaatsvond (uiterlijk ${amsterdamseDatum(nu)}).`;
  throw problemen.regelOvertreden('datum-in-toekomst', reden, [{ name: 'datum', code: 'in_de_toekomst', reason: reden }]);
}

export async function strafrechtelijkeFeiten(db: Queryable, dossierId: string): Promise<StrafrechtelijkFeit[]> {
  const rijen = await db.select({
    soort: strafrechtelijkeGebeurtenissen.soort, datum: strafrechtelijkeGebeurtenissen.datum,
    tijdstipRegistratie: strafrechtelijkeGebeurtenissen.tijdstipRegistratie,
  }).from(strafrechtelijkeGebeurtenissen).where(eq(strafrechtelijkeGebeurtenissen.dossierId, dossierId));
  return rijen.map((r) => ({ ...r, soort: r.soort as StrafrechtelijkeSoort }));
}

/**
 * Records one criminal-track event. Refusals come before anything is written: the wrong role for the
 * kind (403), no access (404), a date in the future (422), an aangifte without an informatief gesprek
 * or acute situation (422), ending an investigation that does not run (409). The victim's own acts go
 * through legSlachtoffergebeurtenisVast, the one use case every path shares (docs/regels.md, R1).
 */
export async function legGebeurtenisVast(ctx: UseCaseContext, dossierId: string, invoer: StrafrechtelijkeGebeurtenisVastleggen) {
  const weigering = magStrafrechtelijkVastleggen(invoer.soort, ctx.principal.rol, ctx.principal.organisatieType);
  if (weigering) throw problemen.verboden('strafrecht-niet-toegestaan', weigering.reden);
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // The dossier row lock serialises writers of one dossier: the state checks below and those of
    // the residence track (which reads this track) see each other's result.
    const dossier = await toegankelijkDossier(tx, ctx.principal, dossierId, { voorWijziging: true, open: true });
    nietInDeToekomst(invoer.datum, nu, `een ${invoer.soort}`);
    const gebeurtenis = gebeurtenisVoorSoort(invoer.soort);
    if (gebeurtenis) {
      const { gebeurtenis: g, beeindigdeBedenktijd } = await legSlachtoffergebeurtenisVast(tx, ctx, dossier, gebeurtenis, {
        datum: invoer.datum, toelichting: invoer.toelichting, acuteSituatie: invoer.acuteSituatie ?? null,
      });
      return { gebeurtenis: g, beeindigdeBedenktijdId: beeindigdeBedenktijd?.id ?? null, identificatiestatus: dossier.identificatiestatus };
    }
    const eerdere = await strafrechtelijkeFeiten(tx, dossierId);
    const toestand = toestandsweigering(invoer.soort, invoer.datum, eerdere);
    if (toestand) throw problemen.conflict('strafrecht-volgorde', toestand.reden);
    const g = await schrijfGebeurtenis(tx, ctx, nu, dossierId, { soort: invoer.soort, datum: invoer.datum, redenen: invoer.redenen, toelichting: invoer.toelichting, acuteSituatie: null });
    await meldGebeurtenis(tx, ctx, nu, dossier, g, [...eerdere, { soort: invoer.soort, datum: g.datum, tijdstipRegistratie: g.tijdstipRegistratie }]);
    return { gebeurtenis: g, beeindigdeBedenktijdId: null, identificatiestatus: dossier.identificatiestatus };
  });
}

async function schrijfGebeurtenis(
  tx: Queryable, ctx: UseCaseContext, nu: Date, dossierId: string,
  r: { soort: StrafrechtelijkeSoort; datum: string; redenen: string[]; toelichting: string | null; acuteSituatie: AcuteSituatie | null },
) {
  const [gebeurtenis] = await tx.insert(strafrechtelijkeGebeurtenissen).values({
    id: ctx.ids.uuid(), dossierId, organisatieId: ctx.principal.organisatieId, ...r, tijdstipRegistratie: nu,
  }).returning();
  await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'strafrechtelijke_gebeurtenis.vastgelegd', objectType: 'strafrechtelijke_gebeurtenis', objectId: gebeurtenis!.id, dossierId });
  return gebeurtenis!;
}

export interface SlachtoffergebeurtenisInvoer {
  datum: string;
  toelichting: string | null;
  acuteSituatie: AcuteSituatie | null;
  /**
   * The bedenktijd the caller ends on purpose (POST /v1/bedenktijden/{id}/beeindiging), locked: it must
   * be running on `datum` (409 otherwise). Without it, a running bedenktijd of the dossier ends only
   * when `datum` falls within it (an aangifte before the grant did not end a period that did not run).
   */
  bedenktijd?: Bedenktijd;
}

/**
 * THE use case of a victim's act towards the criminal process (docs/regels.md, R1), reached from every
 * endpoint that records one, inside that endpoint's transaction with the dossier locked. Its effects
 * come from the event table (src/domain/gebeurtenissen.ts): one entry on the criminal track, the end of
 * a running bedenktijd with the event's reason (bedenktijd_beeindigd to IND/COA), the M55 part to IND
 * (and COA) and the OM's pseudonymous copy with their grants — exactly once per recipient, because
 * every notification's key is the criminal-track entry's id.
 */
export async function legSlachtoffergebeurtenisVast(
  tx: Queryable, ctx: UseCaseContext, dossier: Dossier, gebeurtenis: Slachtoffergebeurtenis, invoer: SlachtoffergebeurtenisInvoer,
) {
  const nu = ctx.clock.now();
  const gevolgen = GEVOLGEN[gebeurtenis];
  const deps = { ids: ctx.ids, clock: ctx.clock, actor: actorVan(ctx), organisatieId: ctx.principal.organisatieId };
  // The chosen bedenktijd's own refusals first (409 not running / already lapsed, 422 date before it).
  if (invoer.bedenktijd) controleerBeeindiging(invoer.bedenktijd, invoer.datum, nu);
  if (gevolgen.vereistInformatiefGesprek) {
    const gesprekken = await tx.select({ gesprek: beoordelingen.informatiefGesprek }).from(beoordelingen).where(eq(beoordelingen.dossierId, dossier.id));
    const bevinding = informatiefGesprekVoorAangifteBevinding(invoer.datum, gesprekken.map((g) => g.gesprek), invoer.acuteSituatie);
    if (bevinding) throw problemen.regelOvertreden('informatief-gesprek-ontbreekt', bevinding.reden, [{ name: bevinding.pad, code: 'informatief_gesprek_ontbreekt', reason: bevinding.reden }]);
  }
  const eerdere = await strafrechtelijkeFeiten(tx, dossier.id);
  const g = await schrijfGebeurtenis(tx, ctx, nu, dossier.id, {
    soort: gevolgen.strafrechtelijkeSoort, datum: invoer.datum, redenen: [], toelichting: invoer.toelichting, acuteSituatie: invoer.acuteSituatie,
  });

  // B8/3.1 Vc 2000: the event ends a running bedenktijd with its reason, on its date.
  let beeindigdeBedenktijd: Bedenktijd | null = null;
  if (invoer.bedenktijd) {
    beeindigdeBedenktijd = await beeindigLopendeBedenktijd(tx, deps, invoer.bedenktijd, dossier, gevolgen.beeindigingsreden, invoer.datum, invoer.toelichting);
  } else {
    const lopend = await lopendeBedenktijdVoorWijziging(tx, dossier.id);
    if (lopend && valtBinnenBedenktijd(lopend, invoer.datum)) {
      // A generated note, not the event's own toelichting: the bedenktijd is readable by care
      // and shelter staff, the criminal-track details are not (permission matrix, docs/architectuur.md §3).
      const toelichting = `Beëindigd door de vastgelegde ${gevolgen.strafrechtelijkeSoort} van ${invoer.datum} (strafrechtelijke gebeurtenis ${g.id}).`;
      beeindigdeBedenktijd = await beeindigLopendeBedenktijd(tx, deps, lopend, dossier, gevolgen.beeindigingsreden, invoer.datum, toelichting);
    }
  }

  await meldGebeurtenis(tx, ctx, nu, dossier, g, [...eerdere, { soort: g.soort as StrafrechtelijkeSoort, datum: g.datum, tijdstipRegistratie: g.tijdstipRegistratie }]);
  return { gebeurtenis: g, beeindigdeBedenktijd };
}

/** docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: the notifications of one criminal-track event, one outbox row per recipient. */
async function meldGebeurtenis(tx: Queryable, ctx: UseCaseContext, nu: Date, dossier: Dossier, g: GebeurtenisRij, alleFeiten: StrafrechtelijkFeit[]) {
  const soort = g.soort as StrafrechtelijkeSoort;
  const kennisgeving = kennisgevingVoor(soort);
  if (!kennisgeving) return;
  const vastgelegdDoor = { id: ctx.principal.organisatieId, naam: ctx.principal.organisatieNaam };
  const gebeurtenis = { gebeurtenisId: g.id, soort, datum: g.datum, redenen: g.redenen, vastgelegdDoor };
  const isM55 = kennisgeving.soort.startsWith('m55_');
  const ontvangers = kennisgeving.ontvangers === 'ind_en_coa'
    ? await ontvangersIndEnCoa(tx, dossier.verblijfssituatie)
    : await organisatiesVanType(tx, ['ind']);
  for (const ontvanger of ontvangers) {
    const inhoud = {
      ...(await m55Kern(tx, dossier, ontvanger.type)),
      ...(isM55 ? { formulier: 'M55', onderdeel: `kennisgeving_${soort}` } : {}),
      ...gebeurtenis,
      // Free text and the investigation signal only for the IND, which decides on the permit
      // (B8/3.2 Vc 2000: the permit is renewed while an investigation runs and withdrawn when none does; docs/domein.md §7).
      ...(ontvanger.type === 'ind' ? { toelichting: g.toelichting, onderzoekLoopt: onderzoekLoopt(alleFeiten, amsterdamseDatum(nu)) } : {}),
    };
    await plaatsKennisgeving(tx, ctx.ids, nu, {
      ontvangerOrganisatieId: ontvanger.id, soort: kennisgeving.soort, dossierId: dossier.id,
      afzenderOrganisatieId: ctx.principal.organisatieId, inhoud, gebeurtenisSleutel: `${kennisgeving.soort}:${g.id}`,
    });
    await verleenToegang(tx, actorVan(ctx), nu, m55Toegang(ontvanger, dossier.id, ctx.principal.organisatieId));
  }
  // The OM's reason to see the dossier (docs/architectuur.md §3; see omOntvangtKennisgeving): a pseudonymous
  // copy, without identity data — the OM gets the case file from the police, not from this service.
  // Always after IND/COA (which bedenktijd_beeindigd may already have locked): one fixed order of
  // the recipients' counter-row locks across every path of this use case, so no two deadlock.
  if (omOntvangtKennisgeving(soort)) {
    for (const om of await organisatiesVanType(tx, ['om'])) {
      await plaatsKennisgeving(tx, ctx.ids, nu, {
        ontvangerOrganisatieId: om.id, soort: kennisgeving.soort, dossierId: dossier.id, afzenderOrganisatieId: ctx.principal.organisatieId,
        inhoud: { dossierId: dossier.id, dossiernummer: dossier.dossiernummer, kopie: 'openbaar_ministerie', ...gebeurtenis },
        gebeurtenisSleutel: `${kennisgeving.soort}:${g.id}`,
      });
      await verleenToegang(tx, actorVan(ctx), nu, {
        dossierId: dossier.id, organisatieId: om.id, doel: 'om_kopie', bronId: dossier.id, verleendDoorOrganisatieId: ctx.principal.organisatieId,
        ...omKopieBevoegdheid,
      });
    }
  }
}

/** A dossier's criminal-track events in date order (datum, registration, id: stable for the cursor). */
export async function lijstGebeurtenissen(ctx: UseCaseContext, dossierId: string, limit: number, na?: [string, string, string]) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  const t = strafrechtelijkeGebeurtenissen;
  const voorwaarden: SQL[] = [eq(t.dossierId, dossierId)];
  if (na) voorwaarden.push(naCursor([t.datum, t.tijdstipRegistratie, t.id], [na[0], new Date(na[1]), na[2]]));
  return ctx.db.select().from(t).where(and(...voorwaarden)).orderBy(asc(t.datum), asc(t.tijdstipRegistratie), asc(t.id)).limit(limit + 1);
}

export async function leesGebeurtenis(ctx: UseCaseContext, dossierId: string, gebeurtenisId: string) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  if (!isUuid(gebeurtenisId)) throw problemen.nietGevonden('Strafrechtelijke gebeurtenis niet gevonden.');
  const [rij] = await ctx.db.select().from(strafrechtelijkeGebeurtenissen)
    .where(and(eq(strafrechtelijkeGebeurtenissen.id, gebeurtenisId), eq(strafrechtelijkeGebeurtenissen.dossierId, dossierId)));
  if (!rij) throw problemen.nietGevonden('Strafrechtelijke gebeurtenis niet gevonden.');
  return rij;
}

// ---- Beroep op de B8/3-regeling ----

/**
 * model M55, bijlage Vc 2000; docs/domein.md §6 (M55 item 4, "beroep op de B8/3-regeling"): an intaker records that the victim
 * invokes the scheme, and the IND receives `m55_beroep_b8_3` (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md lists it under "to
 * IND"). A Dutch national is no vreemdeling and cannot invoke it (art. 1 Vw 2000) — 422.
 */
export async function legBeroepVast(ctx: UseCaseContext, dossierId: string, invoer: BeroepB83Vastleggen) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const dossier = await toegankelijkDossier(tx, ctx.principal, dossierId, { voorWijziging: true, open: true });
    nietInDeToekomst(invoer.datum, nu, 'het beroep op de B8/3-regeling');
    if (dossier.nationaliteitCategorie === 'nederlands') {
      const reden = 'Een Nederlander is geen vreemdeling en kan zich niet op de B8/3-regeling beroepen (art. 1 Vw 2000). Controleer de nationaliteitCategorie van het dossier.';
      throw problemen.regelOvertreden('nederlander-geen-beroep-b8', reden, [{ name: 'nationaliteitCategorie', code: 'niet_in_aanmerking', reason: reden }]);
    }
    const [beroep] = await tx.insert(beroepenB83).values({
      id: ctx.ids.uuid(), dossierId, organisatieId: ctx.principal.organisatieId, datum: invoer.datum, toelichting: invoer.toelichting, tijdstipRegistratie: nu,
    }).returning();
    const b = beroep!;
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'beroep_b8_3.vastgelegd', objectType: 'beroep_b8_3', objectId: b.id, dossierId });
    for (const ind of await organisatiesVanType(tx, ['ind'])) {
      await plaatsKennisgeving(tx, ctx.ids, nu, {
        ontvangerOrganisatieId: ind.id, soort: 'm55_beroep_b8_3', dossierId, afzenderOrganisatieId: ctx.principal.organisatieId,
        inhoud: {
          ...(await m55Kern(tx, dossier, ind.type)), formulier: 'M55', onderdeel: 'beroep_b8_3',
          beroepId: b.id, datum: b.datum, toelichting: b.toelichting,
          vastgelegdDoor: { id: ctx.principal.organisatieId, naam: ctx.principal.organisatieNaam },
        },
        gebeurtenisSleutel: `m55_beroep_b8_3:${b.id}`,
      });
      await verleenToegang(tx, actorVan(ctx), nu, m55Toegang(ind, dossierId, ctx.principal.organisatieId));
    }
    return b;
  });
}

export async function lijstBeroepen(ctx: UseCaseContext, dossierId: string) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  return ctx.db.select().from(beroepenB83).where(eq(beroepenB83.dossierId, dossierId))
    .orderBy(asc(beroepenB83.datum), asc(beroepenB83.tijdstipRegistratie), asc(beroepenB83.id));
}

export async function leesBeroep(ctx: UseCaseContext, dossierId: string, beroepId: string) {
  await toegankelijkDossier(ctx.db, ctx.principal, dossierId);
  if (!isUuid(beroepId)) throw problemen.nietGevonden('Beroep op de B8/3-regeling niet gevonden.');
  const [rij] = await ctx.db.select().from(beroepenB83).where(and(eq(beroepenB83.id, beroepId), eq(beroepenB83.dossierId, dossierId)));
  if (!rij) throw problemen.nietGevonden('Beroep op de B8/3-regeling niet gevonden.');
  return rij;
}
