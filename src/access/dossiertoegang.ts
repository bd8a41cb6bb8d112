// Object-level access: an organisation sees a dossier only while it holds a grant
// (src/domain/toegang.ts, docs/toegangsmodel.md). Without one the dossier does not exist for it:
// 404, never 403, so existence does not leak. What the grants allow beyond seeing — the identity,
// changing the dossier, passing it on — is checked here too, so no use case decides it on its own.
import { and, eq, exists, sql, type Column, type SQL } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../db/client.js';
import { jsonRijen } from '../db/bulk.js';
import { dossiers, toegangsrechten } from '../db/schema.js';
import type { Principal } from '../context.js';
import { Probleem, problemen } from '../http/problem.js';
import { amsterdamseDatum } from '../domain/kalender.js';
import { schrijfAudit, type AuditActor } from '../audit/auditlog.js';
import { schrijfAuditBatch } from '../audit/auditlog-batch.js';
import {
  magIdentiteitZien, samengevoegd, type Bevoegdheid, type Reikwijdte, type Toegang, type Toegangsdoel,
} from '../domain/toegang.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/**
 * SQL condition: the organisation holds a grant on the dossier in `dossierIdKolom`; with
 * `reikwijdte: 'identiteit'` only a grant that opens the identity counts (search on personal data).
 */
export const heeftToegang = (db: Queryable, organisatieId: string, dossierIdKolom: Column = dossiers.id, opties: { reikwijdte?: Reikwijdte } = {}) => {
  const voorwaarden: SQL[] = [eq(toegangsrechten.dossierId, dossierIdKolom), eq(toegangsrechten.organisatieId, organisatieId)];
  if (opties.reikwijdte === 'identiteit') voorwaarden.push(eq(toegangsrechten.reikwijdte, 'identiteit'));
  return exists(db.select({ x: toegangsrechten.dossierId }).from(toegangsrechten).where(and(...voorwaarden)));
};

const bevoegdheidKolommen = {
  reikwijdte: toegangsrechten.reikwijdte, magWijzigen: toegangsrechten.magWijzigen, magDoorgeven: toegangsrechten.magDoorgeven,
};

/** What the organisation's grants on the dossier together allow; null without any grant. */
export async function toegangVan(db: Queryable, organisatieId: string, dossierId: string): Promise<Toegang | null> {
  const grants = await db.select(bevoegdheidKolommen).from(toegangsrechten).where(and(eq(toegangsrechten.dossierId, dossierId), eq(toegangsrechten.organisatieId, organisatieId)));
  return samengevoegd(grants as Bevoegdheid[]);
}

export type Vereiste = 'lezen' | 'wijzigen' | 'doorgeven';

const weigeringen: Record<Exclude<Vereiste, 'lezen'>, string> = {
  wijzigen: 'Uw organisatie heeft dit dossier ter inzage (bijvoorbeeld via een verwijzing of kennisgeving) en mag het niet wijzigen. '
    + 'Vraag de organisatie die het dossier registreerde om de wijziging, of sluit met een eigen signaal aan bij het dossier.',
  doorgeven: 'Uw organisatie heeft dit dossier alleen ter informatie ontvangen en mag het niet doorverwijzen of doorgeven. '
    + 'Vraag de organisatie die het dossier registreerde om de verwijzing.',
};

/**
 * The dossier and what the caller's organisation may do with it. 404 when it does not exist or the
 * organisation holds no grant; 403 when it holds one that does not allow `vereist`; with `open`, 409
 * when the dossier is closed (it accepts no new registrations until it is reopened). A dossier merged
 * into another answers 410 with a pointer to the survivor — to whoever may see the survivor; 404 to
 * anyone else. With `voorWijziging` the dossier row is locked for the use case's change.
 */
export async function dossierMetToegang(
  db: Queryable, principal: Principal, dossierId: string, opties: DossierOpties = {},
) {
  if (!isUuid(dossierId)) throw problemen.nietGevonden('Dossier niet gevonden.');
  // One statement: the dossier joined with the organisation's grants on it (one row per grant).
  const query = db.select({ dossier: dossiers, grant: bevoegdheidKolommen }).from(dossiers)
    .innerJoin(toegangsrechten, and(eq(toegangsrechten.dossierId, dossiers.id), eq(toegangsrechten.organisatieId, principal.organisatieId)))
    .where(eq(dossiers.id, dossierId));
  const rijen = opties.voorWijziging ? await query.for('update', { of: dossiers }) : await query;
  const toegang = samengevoegd(rijen.map((r) => r.grant as Bevoegdheid));
  if (!toegang) return verwijsNaarOverlevende(db, principal, dossierId);
  const dossier = rijen[0]!.dossier;
  const vereist = opties.vereist ?? 'lezen';
  if (vereist === 'wijzigen' && !toegang.magWijzigen) throw problemen.verboden('geen-wijzigrecht', weigeringen.wijzigen);
  if (vereist === 'doorgeven' && toegang.doorgeefbaar === null) throw problemen.verboden('geen-doorgeefrecht', weigeringen.doorgeven);
  if (opties.open && dossier.tijdstipGesloten) {
    throw new Probleem(409, 'dossier-gesloten', 'Dossier gesloten',
      `Dit dossier is gesloten op ${amsterdamseDatum(dossier.tijdstipGesloten)} (${dossier.sluitingsreden ?? 'zonder reden'}) en neemt geen nieuwe `
      + 'registraties aan. De organisatie die het registreerde kan het heropenen met een reden (POST /v1/dossiers/{dossierId}/heropening).');
  }
  return { dossier, toegang };
}

/**
 * No grant on this id: either it never existed for the caller (404), or it was merged and its grants
 * moved to the surviving dossier — then a caller who may see the survivor gets the pointer (410).
 */
async function verwijsNaarOverlevende(db: Queryable, principal: Principal, dossierId: string): Promise<never> {
  const [samengevoegdIn] = await db.select({ id: dossiers.id, dossiernummer: dossiers.dossiernummer }).from(dossiers)
    .where(and(
      eq(dossiers.id, db.select({ id: dossiers.samengevoegdIn }).from(dossiers).where(eq(dossiers.id, dossierId))),
      heeftToegang(db, principal.organisatieId),
    ));
  if (!samengevoegdIn) throw problemen.nietGevonden('Dossier niet gevonden.');
  throw new Probleem(410, 'dossier-samengevoegd', 'Dossier samengevoegd',
    `Dit dossier is samengevoegd met ${samengevoegdIn.dossiernummer} (dezelfde persoon). Gebruik dat dossier.`,
    undefined, { Link: `</v1/dossiers/${samengevoegdIn.id}>; rel="successor-version"` },
    { samengevoegdIn: { dossierId: samengevoegdIn.id, dossiernummer: samengevoegdIn.dossiernummer, href: `/v1/dossiers/${samengevoegdIn.id}` } });
}

export interface DossierOpties { voorWijziging?: boolean; vereist?: Vereiste; open?: boolean }

/** dossierMetToegang without the grants: the dossier, or 404/403 as there. */
export async function toegankelijkDossier(db: Queryable, principal: Principal, dossierId: string, opties: DossierOpties = {}) {
  return (await dossierMetToegang(db, principal, dossierId, opties)).dossier;
}

/** Whether the caller may see the dossier's identity: its role needs it and a grant opens it. */
export function magPersoonsgegevensZien(principal: Principal, toegang: Toegang | null): boolean {
  return magIdentiteitZien(principal.rol, toegang);
}

export interface NieuwToegangsrecht extends Bevoegdheid {
  dossierId: string;
  organisatieId: string;
  doel: Toegangsdoel;
  /** The object that carries the purpose (the referral, the advice), or the dossier itself. */
  bronId: string;
  verleendDoorOrganisatieId: string | null;
}

/**
 * Records a grant, in the transaction of the use case that decided it, with its audit row. A grant
 * that already exists for the same purpose and bron is left as it is (a replayed event grants nothing new).
 */
export async function verleenToegang(tx: Queryable, actor: AuditActor, tijdstip: Date, g: NieuwToegangsrecht): Promise<void> {
  const nieuw = await tx.insert(toegangsrechten).values({ ...g, tijdstipVerleend: tijdstip }).onConflictDoNothing()
    .returning({ doel: toegangsrechten.doel });
  if (nieuw.length === 0) return;
  await schrijfAudit(tx, actor, tijdstip, {
    actie: `toegang.verleend.${g.reikwijdte}`, objectType: 'toegangsrecht', objectId: `${g.organisatieId}:${g.doel}:${g.bronId}`, dossierId: g.dossierId,
  });
}

/**
 * verleenToegang for many grants in one transaction (the expiry job): one INSERT for all, and the
 * audit rows of the new ones in bulk. Sorted by key, so concurrent batch writers insert in one order.
 */
export async function verleenToegangen(tx: Queryable, actor: AuditActor, tijdstip: Date, lijst: readonly NieuwToegangsrecht[]): Promise<void> {
  if (lijst.length === 0) return;
  const sleutel = (g: NieuwToegangsrecht) => `${g.organisatieId}:${g.dossierId}:${g.doel}:${g.bronId}`;
  const uniek = [...new Map(lijst.map((g) => [sleutel(g), g])).values()].sort((a, b) => (sleutel(a) < sleutel(b) ? -1 : 1));
  const nieuw = rowsOf<{ organisatie_id: string; dossier_id: string; doel: string; bron_id: string; reikwijdte: string }>(await tx.execute(sql`
    insert into toegangsrechten (dossier_id, organisatie_id, doel, bron_id, reikwijdte, mag_wijzigen, mag_doorgeven, verleend_door_organisatie_id, tijdstip_verleend)
    select dossier_id, organisatie_id, doel, bron_id, reikwijdte, mag_wijzigen, mag_doorgeven, verleend_door_organisatie_id, ${tijdstip.toISOString()}::timestamptz
    from ${jsonRijen(uniek.map((g) => ({
      dossier_id: g.dossierId, organisatie_id: g.organisatieId, doel: g.doel, bron_id: g.bronId, reikwijdte: g.reikwijdte,
      mag_wijzigen: g.magWijzigen, mag_doorgeven: g.magDoorgeven, verleend_door_organisatie_id: g.verleendDoorOrganisatieId,
    })))} as v(dossier_id uuid, organisatie_id uuid, doel text, bron_id uuid, reikwijdte text, mag_wijzigen boolean, mag_doorgeven boolean, verleend_door_organisatie_id uuid)
    on conflict do nothing
    returning organisatie_id, dossier_id, doel, bron_id, reikwijdte`));
  const verleend = new Set(nieuw.map((r) => `${r.organisatie_id}:${r.dossier_id}:${r.doel}:${r.bron_id}`));
  await schrijfAuditBatch(tx, actor, tijdstip, uniek.filter((g) => verleend.has(sleutel(g))).map((g) => ({
    actie: `toegang.verleend.${g.reikwijdte}`, objectType: 'toegangsrecht', objectId: `${g.organisatieId}:${g.doel}:${g.bronId}`, dossierId: g.dossierId,
  })));
}

/** Ends exactly the grants that one purpose created (its bron), with an audit row for each. */
export async function beeindigToegang(tx: Queryable, actor: AuditActor, tijdstip: Date, g: { dossierId: string; doel: Toegangsdoel; bronId: string }): Promise<void> {
  const weg = await tx.delete(toegangsrechten).where(and(
    eq(toegangsrechten.dossierId, g.dossierId), eq(toegangsrechten.doel, g.doel), eq(toegangsrechten.bronId, g.bronId),
  )).returning({ organisatieId: toegangsrechten.organisatieId });
  for (const { organisatieId } of weg) {
    await schrijfAudit(tx, actor, tijdstip, {
      actie: 'toegang.beeindigd', objectType: 'toegangsrecht', objectId: `${organisatieId}:${g.doel}:${g.bronId}`, dossierId: g.dossierId,
    });
  }
}
