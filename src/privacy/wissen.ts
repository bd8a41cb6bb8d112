// Erasure of a dossier's personal data and free text (AVG art. 17; art. 5(1)(e) storage limitation).
// Kept: the pseudonymous facts that statistics and the audit need (categories, dates, codes, statuses).
// The audit chain stays intact: audit rows hold no personal data and are never touched.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import {
  bedenktijdAdviezen, bedenktijden, beoordelingen, beroepenB83, dossiers, kennisgevingen, persoonsgegevens, plaatsingen,
  signalen, strafrechtelijkeGebeurtenissen, verblijfsbesluiten, verwijzingen,
} from '../db/schema.js';
import { schrijfAudit, type AuditActor } from '../audit/auditlog.js';

export const GEWIST = '[gewist]';

export async function wisDossier(tx: Queryable, dossierId: string, grondslag: string, actor: AuditActor, tijdstip: Date): Promise<void> {
  await tx.delete(persoonsgegevens).where(eq(persoonsgegevens.dossierId, dossierId));
  await tx.update(signalen).set({ melder: null, samenvatting: null }).where(eq(signalen.dossierId, dossierId));
  await tx.update(beoordelingen).set({ toelichting: null }).where(eq(beoordelingen.dossierId, dossierId));
  await tx.update(bedenktijdAdviezen).set({ toelichting: null }).where(eq(bedenktijdAdviezen.dossierId, dossierId));
  await tx.update(bedenktijden).set({ beeindigingToelichting: null }).where(eq(bedenktijden.dossierId, dossierId));
  await tx.update(strafrechtelijkeGebeurtenissen).set({ toelichting: null }).where(eq(strafrechtelijkeGebeurtenissen.dossierId, dossierId));
  await tx.update(beroepenB83).set({ toelichting: null }).where(eq(beroepenB83.dossierId, dossierId));
  await tx.update(verblijfsbesluiten).set({ toelichting: null }).where(eq(verblijfsbesluiten.dossierId, dossierId));
  await tx.update(verwijzingen).set({ reden: GEWIST, besluitToelichting: null, opvangWeigeringReden: null }).where(eq(verwijzingen.dossierId, dossierId));
  await tx.update(verwijzingen).set({ afwijzingsreden: GEWIST }).where(and(eq(verwijzingen.dossierId, dossierId), isNotNull(verwijzingen.afwijzingsreden)));
  await tx.update(plaatsingen).set({ toelichting: null }).where(eq(plaatsingen.dossierId, dossierId));
  // Notifications keep their kind, number and dates (the feed must not get holes); their content,
  // which for an M55 holds the identity, is replaced.
  await tx.update(kennisgevingen).set({ inhoud: { dossierId, gewist: true } }).where(eq(kennisgevingen.dossierId, dossierId));
  await tx.update(dossiers).set({ sluitingsreden: null, tijdstipGewist: tijdstip, wisgrondslag: grondslag, tijdstipGewijzigd: tijdstip }).where(eq(dossiers.id, dossierId));
  await schrijfAudit(tx, actor, tijdstip, { actie: 'dossier.gewist', objectType: 'dossier', objectId: dossierId, dossierId });
}
