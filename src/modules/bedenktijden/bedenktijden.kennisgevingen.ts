// The notifications of the bedenktijd (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md), built in one place so the offer/answer/end
// use cases, the criminal track and the jobs send the same content.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { IdGenerator } from '../../context.js';
import { arrayParam } from '../../db/bulk.js';
import type { Queryable } from '../../db/client.js';
import { bedenktijden, dossiers, organisaties, persoonsgegevens, verwijzingen } from '../../db/schema.js';
import type { OrganisatieType } from '../../domain/catalogus.js';
import { beleidsregel } from '../../domain/beleidsregels.js';
import { plaatsKennisgeving, type NieuweKennisgeving } from '../../outbox/kennisgevingen.js';
import { plaatsKennisgevingen } from '../../outbox/kennisgevingen-batch.js';
import { verleenToegang, verleenToegangen, type NieuwToegangsrecht } from '../../access/dossiertoegang.js';
import { m55Bevoegdheid } from '../../domain/toegang.js';
import type { AuditActor } from '../../audit/auditlog.js';

type Bedenktijd = typeof bedenktijden.$inferSelect;
type Dossier = typeof dossiers.$inferSelect;

// Ordered by id: every writer locks the recipients' counter rows in the same order, so two
// transactions notifying the same organisations cannot deadlock on them.
export async function organisatiesVanType(tx: Queryable, typen: OrganisatieType[]) {
  return tx.select({ id: organisaties.id, naam: organisaties.naam, type: organisaties.type }).from(organisaties)
    .where(inArray(organisaties.type, typen)).orderBy(asc(organisaties.id));
}

const ASIEL = ['asielzoeker', 'dublinclaimant'];

/**
 * IND always; COA too when the person is an asylum seeker or Dublin claimant (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md): the
 * IND suspends or lifts the departure obligation, the COA houses its residents. Pass the situation at
 * the grant as well: a COA that received the M55 also hears how the bedenktijd ended, even when the
 * dossier's verblijfssituatie changed in between.
 */
export async function ontvangersIndEnCoa(tx: Queryable, verblijfssituatie: string, bijVerlening?: string | null) {
  return organisatiesVanType(tx, ontvangerTypenIndEnCoa(verblijfssituatie, bijVerlening));
}

/** The rule of ontvangersIndEnCoa without the query: the organisation types that are notified. */
export function ontvangerTypenIndEnCoa(verblijfssituatie: string, bijVerlening?: string | null): OrganisatieType[] {
  return ASIEL.includes(verblijfssituatie) || (bijVerlening != null && ASIEL.includes(bijVerlening)) ? ['ind', 'coa'] : ['ind'];
}

/**
 * The M55 content (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md; model form M55, annex Vc 2000, rapport §3.4.1 vn. 58): identity,
 * V-number, nationality, ingangsdatum, uiterlijkeEinddatum, beleidsregel, offering organisation. The
 * COA gets the same notification without the identity beyond the V-number: it needs to know which
 * resident it concerns, not the person's full identity.
 */
export async function m55Kern(tx: Queryable, dossier: Dossier, ontvangerType: string) {
  const [pg] = await tx.select().from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossier.id));
  return m55KernUit(dossier, pg, ontvangerType);
}

type Persoonsgegevens = typeof persoonsgegevens.$inferSelect;

/** m55Kern on personal data already read (undefined when the dossier has none): for batch writers. */
export function m55KernUit(dossier: Pick<Dossier, 'id' | 'dossiernummer' | 'verblijfssituatie'>, pg: Persoonsgegevens | undefined, ontvangerType: string) {
  const identiteit = ontvangerType === 'ind'
    ? { voornamen: pg?.voornamen ?? null, geslachtsnaam: pg?.geslachtsnaam ?? null, geboortedatum: pg?.geboortedatum ?? null, geslacht: pg?.geslacht ?? null, nationaliteit: pg?.nationaliteit ?? null }
    : {};
  return { dossierId: dossier.id, dossiernummer: dossier.dossiernummer, vreemdelingennummer: pg?.vreemdelingennummer ?? null, ...identiteit, verblijfssituatie: dossier.verblijfssituatie };
}

/**
 * The grant that comes with the M55 and the notifications that follow it (B8/3.1 Vc 2000): the IND
 * decides on the residence permit and sees the identity; the COA sees the dossier pseudonymously
 * (its notifications carry the V-number only). Decided here, for every path that notifies IND or COA.
 */
export function m55Toegang(ontvanger: { id: string; type: string }, dossierId: string, afzenderOrganisatieId: string | null): NieuwToegangsrecht {
  return {
    dossierId, organisatieId: ontvanger.id, doel: 'm55', bronId: dossierId, verleendDoorOrganisatieId: afzenderOrganisatieId,
    ...m55Bevoegdheid(ontvanger.type as OrganisatieType),
  };
}

export type BedenktijdKennisgeving = 'm55_bedenktijd' | 'bedenktijd_beeindigd' | 'bedenktijd_verlopen';

/**
 * Sends one bedenktijd notification to IND (and COA), exactly once per recipient per bedenktijd,
 * with the M55 grant (m55Toegang). The actor is the sender (its organisation) and is audited.
 */
export async function meldBedenktijd(tx: Queryable, ids: IdGenerator, tijdstip: Date, soort: BedenktijdKennisgeving, b: Bedenktijd, dossier: Dossier, actor: AuditActor) {
  // One query for the recipients and the offering organisation's name, one for the personal data.
  const typen = ontvangerTypenIndEnCoa(dossier.verblijfssituatie, b.verblijfssituatieBijVerlening);
  const gevonden = await tx.select({ id: organisaties.id, naam: organisaties.naam, type: organisaties.type }).from(organisaties)
    .where(or(inArray(organisaties.type, typen), eq(organisaties.id, b.aanbiedendeOrganisatieId))).orderBy(asc(organisaties.id));
  const aanbiedendeOrganisatie = { id: b.aanbiedendeOrganisatieId, naam: gevonden.find((o) => o.id === b.aanbiedendeOrganisatieId)?.naam ?? null };
  const [pg] = await tx.select().from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossier.id));
  const regel = b.beleidsregel ? beleidsregel(b.beleidsregel) : null;
  // Ordered by id, as organisatiesVanType: the lock order of the counter rows.
  for (const ontvanger of gevonden.filter((o) => typen.includes(o.type as OrganisatieType))) {
    const inhoud = bedenktijdInhoud(soort, b, m55KernUit(dossier, pg, ontvanger.type), aanbiedendeOrganisatie, regel);
    await plaatsKennisgeving(tx, ids, tijdstip, {
      ontvangerOrganisatieId: ontvanger.id, soort, dossierId: dossier.id, afzenderOrganisatieId: actor.organisatieId,
      inhoud, gebeurtenisSleutel: `${soort}:${b.id}`,
    });
    await verleenToegang(tx, actor, tijdstip, m55Toegang(ontvanger, dossier.id, actor.organisatieId));
  }
}

/**
 * meldBedenktijd for many bedenktijden in one transaction (the expiry job): the same recipients and
 * content per bedenktijd, written with plaatsKennisgevingen. Organisations and personal data are read
 * once for the whole batch. Each item is the bedenktijd as updated and its (locked) dossier.
 */
export async function meldBedenktijden(
  tx: Queryable, ids: IdGenerator, tijdstip: Date, soort: BedenktijdKennisgeving,
  lijst: ReadonlyArray<{ b: Bedenktijd; dossier: Dossier }>, actor: AuditActor,
) {
  const afzenderOrganisatieId = actor.organisatieId;
  if (lijst.length === 0) return;
  // Ordered by id, as ontvangersIndEnCoa returns them: the order of the notifications per bedenktijd.
  const mogelijk = await organisatiesVanType(tx, ['ind', 'coa']);
  const aanbieders = [...new Set(lijst.map(({ b }) => b.aanbiedendeOrganisatieId))];
  const naamVan = new Map((await tx.select({ id: organisaties.id, naam: organisaties.naam }).from(organisaties)
    .where(inArray(organisaties.id, aanbieders))).map((o) => [o.id, o.naam]));
  const dossierIds = [...new Set(lijst.map(({ dossier }) => dossier.id))];
  const pgVan = new Map((await tx.select().from(persoonsgegevens)
    .where(sql`${persoonsgegevens.dossierId} = any(${arrayParam(dossierIds, 'uuid')})`)).map((pg) => [pg.dossierId, pg]));
  const nieuw: NieuweKennisgeving[] = [];
  const toegang: NieuwToegangsrecht[] = [];
  for (const { b, dossier } of lijst) {
    const aanbiedendeOrganisatie = { id: b.aanbiedendeOrganisatieId, naam: naamVan.get(b.aanbiedendeOrganisatieId) ?? null };
    const regel = b.beleidsregel ? beleidsregel(b.beleidsregel) : null;
    const typen: string[] = ontvangerTypenIndEnCoa(dossier.verblijfssituatie, b.verblijfssituatieBijVerlening);
    for (const ontvanger of mogelijk.filter((o) => typen.includes(o.type))) {
      nieuw.push({
        ontvangerOrganisatieId: ontvanger.id, soort, dossierId: dossier.id, afzenderOrganisatieId,
        inhoud: bedenktijdInhoud(soort, b, m55KernUit(dossier, pgVan.get(dossier.id), ontvanger.type), aanbiedendeOrganisatie, regel),
        gebeurtenisSleutel: `${soort}:${b.id}`,
      });
      toegang.push(m55Toegang(ontvanger, dossier.id, afzenderOrganisatieId));
    }
  }
  await plaatsKennisgevingen(tx, ids, tijdstip, nieuw);
  await verleenToegangen(tx, actor, tijdstip, toegang);
}

/**
 * The content of a bedenktijd notification (meldBedenktijd; the expiry job writes the same in bulk):
 * the M55 core for the recipient, the bedenktijd's dates and rule, and for an end its date and reason.
 */
export function bedenktijdInhoud(
  soort: BedenktijdKennisgeving, b: Bedenktijd, kern: ReturnType<typeof m55KernUit>,
  aanbiedendeOrganisatie: { id: string; naam: string | null },
  regel = b.beleidsregel ? beleidsregel(b.beleidsregel) : null,
) {
  return {
    ...kern,
    bedenktijdId: b.id,
    aanbiedingsdatum: b.aanbiedingsdatum,
    ingangsdatum: b.ingangsdatum,
    uiterlijkeEinddatum: b.uiterlijkeEinddatum,
    beleidsregel: b.beleidsregel,
    beleidsregelBron: regel?.bron ?? null,
    aanbiedendeOrganisatie,
    ...(soort === 'm55_bedenktijd' ? { formulier: 'M55', onderdeel: 'kennisgeving_bedenktijd' } : {}),
    ...(soort !== 'm55_bedenktijd' ? { einddatum: b.einddatum, beeindigingsreden: soort === 'bedenktijd_verlopen' ? 'verlopen' : b.beeindigingsreden } : {}),
  };
}

/** Referrals whose receiver hears that the bedenktijd runs out. */
export const OPEN_VERWIJZING = ['open', 'aanvaard'];

/** The event key of the reminder of bedenktijd `bedenktijdId` at the threshold of `dagenVooraf` days. */
export const herinneringSleutel = (bedenktijdId: string, dagenVooraf: number) => `bedenktijd_loopt_af:${bedenktijdId}:${dagenVooraf}`;

/**
 * docs/beslissingen/0016-kennisgevingen-per-ontvanger.md — `bedenktijd_loopt_af` to the offering organisation and to organisations with an
 * open referral for the dossier (they arrange the shelter and care the person may lose). A reminder
 * grants nothing: each recipient already holds the grant of its own offer or referral, and keeps
 * no more than that.
 */
export async function herinnerBedenktijd(tx: Queryable, ids: IdGenerator, tijdstip: Date, b: Bedenktijd, dossier: Dossier, dagenVooraf: number) {
  const open = await tx.selectDistinct({ id: verwijzingen.ontvangendeOrganisatieId }).from(verwijzingen)
    .where(and(eq(verwijzingen.dossierId, dossier.id), inArray(verwijzingen.status, OPEN_VERWIJZING)));
  // Sorted: a fixed lock order on the recipients' counter rows (see organisatiesVanType).
  const ontvangers = [...new Set([b.aanbiedendeOrganisatieId, ...open.map((o) => o.id)])].sort();
  for (const ontvangerOrganisatieId of ontvangers) {
    await plaatsKennisgeving(tx, ids, tijdstip, {
      ontvangerOrganisatieId, soort: 'bedenktijd_loopt_af', dossierId: dossier.id, afzenderOrganisatieId: null,
      inhoud: { dossierId: dossier.id, dossiernummer: dossier.dossiernummer, bedenktijdId: b.id, uiterlijkeEinddatum: b.uiterlijkeEinddatum, dagenVooraf },
      gebeurtenisSleutel: herinneringSleutel(b.id, dagenVooraf),
    });
  }
}
