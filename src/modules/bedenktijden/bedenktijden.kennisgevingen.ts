// The notifications of the bedenktijd (design.md §5.9), built in one place so the offer/answer/end
// use cases, the criminal track and the jobs send the same content.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { IdGenerator } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { bedenktijden, dossiers, organisaties, persoonsgegevens, verwijzingen } from '../../db/schema.js';
import type { OrganisatieType } from '../../domain/catalogus.js';
import { beleidsregel } from '../../domain/beleidsregels.js';
import { plaatsKennisgeving } from '../../outbox/kennisgevingen.js';

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
 * IND always; COA too when the person is an asylum seeker or Dublin claimant (design.md §5.9): the
 * IND suspends or lifts the departure obligation, the COA houses its residents. Pass the situation at
 * the grant as well: a COA that received the M55 also hears how the bedenktijd ended, even when the
 * dossier's verblijfssituatie changed in between.
 */
export async function ontvangersIndEnCoa(tx: Queryable, verblijfssituatie: string, bijVerlening?: string | null) {
  const typen: OrganisatieType[] = ASIEL.includes(verblijfssituatie) || (bijVerlening != null && ASIEL.includes(bijVerlening)) ? ['ind', 'coa'] : ['ind'];
  return organisatiesVanType(tx, typen);
}

/**
 * The M55 content (design.md §5.9; model form M55, annex Vc 2000, rapport §3.4.1 vn. 58): identity,
 * V-number, nationality, ingangsdatum, uiterlijkeEinddatum, beleidsregel, offering organisation. The
 * COA gets the same notification without the identity beyond the V-number: it needs to know which
 * resident it concerns, not the person's full identity.
 */
export async function m55Kern(tx: Queryable, dossier: Dossier, ontvangerType: string) {
  const [pg] = await tx.select().from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossier.id));
  const identiteit = ontvangerType === 'ind'
    ? { voornamen: pg?.voornamen ?? null, geslachtsnaam: pg?.geslachtsnaam ?? null, geboortedatum: pg?.geboortedatum ?? null, geslacht: pg?.geslacht ?? null, nationaliteit: pg?.nationaliteit ?? null }
    : {};
  return { dossierId: dossier.id, dossiernummer: dossier.dossiernummer, vreemdelingennummer: pg?.vreemdelingennummer ?? null, ...identiteit, verblijfssituatie: dossier.verblijfssituatie };
}

async function organisatieNaam(tx: Queryable, id: string) {
  const [org] = await tx.select({ naam: organisaties.naam }).from(organisaties).where(eq(organisaties.id, id));
  return org?.naam ?? null;
}

export type BedenktijdKennisgeving = 'm55_bedenktijd' | 'bedenktijd_beeindigd' | 'bedenktijd_verlopen';

/** Sends one bedenktijd notification to IND (and COA); exactly once per recipient per bedenktijd. */
export async function meldBedenktijd(tx: Queryable, ids: IdGenerator, tijdstip: Date, soort: BedenktijdKennisgeving, b: Bedenktijd, dossier: Dossier, afzenderOrganisatieId: string | null) {
  const aanbiedendeOrganisatie = { id: b.aanbiedendeOrganisatieId, naam: await organisatieNaam(tx, b.aanbiedendeOrganisatieId) };
  const regel = b.beleidsregel ? beleidsregel(b.beleidsregel) : null;
  for (const ontvanger of await ontvangersIndEnCoa(tx, dossier.verblijfssituatie, b.verblijfssituatieBijVerlening)) {
    const inhoud = {
      ...(await m55Kern(tx, dossier, ontvanger.type)),
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
    await plaatsKennisgeving(tx, ids, tijdstip, {
      ontvangerOrganisatieId: ontvanger.id, soort, dossierId: dossier.id, afzenderOrganisatieId,
      inhoud, gebeurtenisSleutel: `${soort}:${b.id}`,
    });
  }
}

/**
 * design.md §5.9 — `bedenktijd_loopt_af` to the offering organisation and to organisations with an
 * open referral for the dossier (they arrange the shelter and care the person may lose).
 */
export async function herinnerBedenktijd(tx: Queryable, ids: IdGenerator, tijdstip: Date, b: Bedenktijd, dossier: Dossier, dagenVooraf: number) {
  const open = await tx.selectDistinct({ id: verwijzingen.ontvangendeOrganisatieId }).from(verwijzingen)
    .where(and(eq(verwijzingen.dossierId, dossier.id), inArray(verwijzingen.status, ['open', 'aanvaard'])));
  // Sorted: a fixed lock order on the recipients' counter rows (see organisatiesVanType).
  const ontvangers = [...new Set([b.aanbiedendeOrganisatieId, ...open.map((o) => o.id)])].sort();
  for (const ontvangerOrganisatieId of ontvangers) {
    await plaatsKennisgeving(tx, ids, tijdstip, {
      ontvangerOrganisatieId, soort: 'bedenktijd_loopt_af', dossierId: dossier.id, afzenderOrganisatieId: null,
      inhoud: { dossierId: dossier.id, dossiernummer: dossier.dossiernummer, bedenktijdId: b.id, uiterlijkeEinddatum: b.uiterlijkeEinddatum, dagenVooraf },
      gebeurtenisSleutel: `bedenktijd_loopt_af:${b.id}:${dagenVooraf}`,
    });
  }
}
