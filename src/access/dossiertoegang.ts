// Object-level access (design.md §6): an organisation sees a dossier only when it has a reason —
// it registered it, received a referral or a notification for it. Otherwise: 404, never 403.
import { and, eq, exists, type Column } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { dossiers, dossierToegang } from '../db/schema.js';
import type { Principal } from '../context.js';
import { problemen } from '../http/problem.js';

// 'verwijzing': a referral whose consent or legal basis lets the receiver see the identity;
// 'verwijzing_beperkt': a referral that allows only the pseudonymous dossier facts (issue 7,
// src/domain/verwijzing.ts gegevensdeling).
export type Toegangsreden = 'registratie' | 'kennisgeving' | 'verwijzing' | 'verwijzing_beperkt' | 'verwijzing_melding';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/** SQL condition: the caller's organisation has some reason to see the dossier. */
export const heeftToegang = (db: Queryable, organisatieId: string, dossierIdKolom: Column = dossiers.id) =>
  exists(db.select({ x: dossierToegang.dossierId }).from(dossierToegang)
    .where(and(eq(dossierToegang.dossierId, dossierIdKolom), eq(dossierToegang.organisatieId, organisatieId))));

/** The dossier, or 404 when it does not exist or the caller's organisation has no reason to see it. */
export async function toegankelijkDossier(db: Queryable, principal: Principal, dossierId: string, opties: { voorWijziging?: boolean } = {}) {
  if (!isUuid(dossierId)) throw problemen.nietGevonden('Dossier niet gevonden.');
  const query = db.select().from(dossiers)
    .where(and(eq(dossiers.id, dossierId), heeftToegang(db, principal.organisatieId)));
  const [dossier] = opties.voorWijziging ? await query.for('update') : await query;
  if (!dossier) throw problemen.nietGevonden('Dossier niet gevonden.');
  return dossier;
}

export async function toegangsredenen(db: Queryable, organisatieId: string, dossierId: string): Promise<Toegangsreden[]> {
  const rows = await db.select({ reden: dossierToegang.reden }).from(dossierToegang)
    .where(and(eq(dossierToegang.dossierId, dossierId), eq(dossierToegang.organisatieId, organisatieId)));
  return rows.map((r) => r.reden as Toegangsreden);
}

/**
 * Personal data only to roles that need it (design.md §6): intakers and IND for any dossier they
 * may see; zorgcoördinator and shelter staff only for a dossier referred to their organisation.
 */
export function magPersoonsgegevensZien(principal: Principal, redenen: readonly Toegangsreden[]): boolean {
  switch (principal.rol) {
    case 'intaker':
    case 'ind_medewerker':
      // A referral limited to pseudonymous facts, or the notice of a referral, is no reason to see
      // the identity: that comes only with the referral's own 'verwijzing' access.
      return redenen.some((r) => r !== 'verwijzing_beperkt' && r !== 'verwijzing_melding');
    case 'zorgcoordinator':
    case 'opvangmedewerker':
      return redenen.includes('verwijzing');
    default:
      return false;
  }
}

export async function verleenToegang(tx: Queryable, dossierId: string, organisatieId: string, reden: Toegangsreden, tijdstip: Date) {
  await tx.insert(dossierToegang).values({ dossierId, organisatieId, reden, tijdstipVerleend: tijdstip }).onConflictDoNothing();
}
