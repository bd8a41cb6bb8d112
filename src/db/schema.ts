// All tables of the NRM service. Column names are snake_case in SQL (drizzle `casing`), Dutch in
// the domain. Personal data lives only in `persoonsgegevens` (design.md §6).
import { sql } from 'drizzle-orm';
import {
  bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp,
  uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

const tijdstip = (name?: string) =>
  name ? timestamp(name, { withTimezone: true, mode: 'date' }) : timestamp({ withTimezone: true, mode: 'date' });

export const organisaties = pgTable('organisaties', {
  id: uuid().primaryKey(),
  naam: text().notNull(),
  type: text().notNull(),
  tijdstipAangemaakt: tijdstip().notNull(),
}, (t) => [uniqueIndex('organisaties_naam_uq').on(t.naam)]);

export const apiSleutels = pgTable('api_sleutels', {
  id: uuid().primaryKey(),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  rol: text().notNull(),
  // SHA-256 of the key, hex. The key itself is shown once and never stored (design.md §6).
  hash: text().notNull(),
  omschrijving: text(),
  tijdstipAangemaakt: tijdstip().notNull(),
  tijdstipIngetrokken: tijdstip(),
}, (t) => [uniqueIndex('api_sleutels_hash_uq').on(t.hash)]);

export const dossiernummerTellers = pgTable('dossiernummer_tellers', {
  jaar: integer().primaryKey(),
  laatste: integer().notNull(),
});

export const dossiers = pgTable('dossiers', {
  id: uuid().primaryKey(),
  dossiernummer: text().notNull(),
  registrerendeOrganisatieId: uuid().notNull().references(() => organisaties.id),
  nationaliteitCategorie: text().notNull(),
  eurechtelijkeAanspraken: boolean(),
  verblijfssituatie: text().notNull(),
  leeftijdscategorie: text().notNull(),
  identificatiestatus: text().notNull(),
  versie: integer().notNull(),
  tijdstipRegistratie: tijdstip().notNull(),
  tijdstipGewijzigd: tijdstip().notNull(),
}, (t) => [
  uniqueIndex('dossiers_dossiernummer_uq').on(t.dossiernummer),
  index('dossiers_registratie_idx').on(t.tijdstipRegistratie, t.id),
]);

// Object-level access (design.md §6): an organisation sees a dossier only with a reason.
export const dossierToegang = pgTable('dossier_toegang', {
  dossierId: uuid().notNull().references(() => dossiers.id),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  reden: text().notNull(),
  tijdstipVerleend: tijdstip().notNull(),
}, (t) => [
  primaryKey({ columns: [t.organisatieId, t.dossierId, t.reden] }),
  index('dossier_toegang_dossier_idx').on(t.dossierId),
]);

export const persoonsgegevens = pgTable('persoonsgegevens', {
  dossierId: uuid().primaryKey().references(() => dossiers.id),
  voornamen: text(),
  geslachtsnaam: text(),
  geboortedatum: date({ mode: 'string' }),
  nationaliteit: text(),
  vreemdelingennummer: text(),
  geslacht: text(),
  talen: text().array().notNull(),
  tijdstipGewijzigd: tijdstip().notNull(),
}, (t) => [
  index('persoonsgegevens_vnummer_idx').on(t.vreemdelingennummer),
  index('persoonsgegevens_naam_idx').on(sql`lower(${t.geslachtsnaam})`, t.geboortedatum),
]);

export const signalen = pgTable('signalen', {
  id: uuid().primaryKey(),
  dossierId: uuid().notNull().references(() => dossiers.id),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  ontvangstdatum: date({ mode: 'string' }).notNull(),
  bron: text().notNull(),
  melder: text(),
  uitbuitingsvormen: text().array().notNull(),
  indicatoren: text().array().notNull(),
  locatie: text().notNull(),
  weging: jsonb().$type<{ schaal: string; waarde: string } | null>(),
  samenvatting: text(),
  tijdstipRegistratie: tijdstip().notNull(),
}, (t) => [index('signalen_dossier_idx').on(t.dossierId, t.tijdstipRegistratie)]);

export const beoordelingen = pgTable('beoordelingen', {
  id: uuid().primaryKey(),
  dossierId: uuid().notNull().references(() => dossiers.id),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  beoordelingsdatum: date({ mode: 'string' }).notNull(),
  informatiefGesprek: jsonb().$type<{ gevoerd: boolean; datum: string | null }>().notNull(),
  elementen: jsonb().$type<{ handeling: boolean; middel: boolean; oogmerk: boolean }>().notNull(),
  indicatoren: text().array().notNull(),
  resultaat: text().notNull(),
  redenen: text().array().notNull(),
  toelichting: text(),
  vervangt: uuid(),
  tijdstipRegistratie: tijdstip().notNull(),
}, (t) => [
  index('beoordelingen_dossier_idx').on(t.dossierId, t.beoordelingsdatum, t.tijdstipRegistratie),
  uniqueIndex('beoordelingen_vervangt_uq').on(t.vervangt),
]);

// Per-recipient counter: a writer locks its recipient's row, so numbers commit in order and a
// reader that has seen N can never later find a row <= N appear (design.md §6a).
export const kennisgevingTellers = pgTable('kennisgeving_tellers', {
  organisatieId: uuid().primaryKey().references(() => organisaties.id),
  laatsteVolgnummer: bigint({ mode: 'number' }).notNull(),
});

export const kennisgevingen = pgTable('kennisgevingen', {
  id: uuid().primaryKey(),
  ontvangerOrganisatieId: uuid().notNull().references(() => organisaties.id),
  volgnummer: bigint({ mode: 'number' }).notNull(),
  soort: text().notNull(),
  dossierId: uuid().references(() => dossiers.id),
  afzenderOrganisatieId: uuid().references(() => organisaties.id),
  inhoud: jsonb().$type<Record<string, unknown>>().notNull(),
  // Deduplication: one notification per recipient per event, even when a job runs twice.
  gebeurtenisSleutel: text().notNull(),
  tijdstipAangemaakt: tijdstip().notNull(),
  tijdstipBevestigd: tijdstip(),
  referentieOntvanger: text(),
}, (t) => [
  uniqueIndex('kennisgevingen_volgnummer_uq').on(t.ontvangerOrganisatieId, t.volgnummer),
  uniqueIndex('kennisgevingen_gebeurtenis_uq').on(t.ontvangerOrganisatieId, t.gebeurtenisSleutel),
  index('kennisgevingen_dossier_idx').on(t.dossierId),
]);

// Hash-chained audit log, one chain per dossier (or per organisation for actions without a
// dossier), so writers of different dossiers never wait on each other (design.md §6).
export const auditKetens = pgTable('audit_ketens', {
  keten: text().primaryKey(),
  lengte: integer().notNull(),
  laatsteHash: text().notNull(),
});

export const auditregels = pgTable('auditregels', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  keten: text().notNull(),
  positie: integer().notNull(),
  tijdstip: tijdstip().notNull(),
  organisatieId: uuid(),
  sleutelId: uuid(),
  rol: text(),
  actie: text().notNull(),
  objectType: text().notNull(),
  objectId: text(),
  dossierId: uuid(),
  resultaat: text().notNull(),
  requestId: text(),
  vorigeHash: text().notNull(),
  hash: text().notNull(),
}, (t) => [
  uniqueIndex('auditregels_keten_positie_uq').on(t.keten, t.positie),
  index('auditregels_dossier_idx').on(t.dossierId, t.id),
]);

export const idempotentieSleutels = pgTable('idempotentie_sleutels', {
  credential: text().notNull(),
  sleutel: text().notNull(),
  methode: text().notNull(),
  pad: text().notNull(),
  verzoekHash: text().notNull(),
  status: integer(),
  antwoord: text(),
  antwoordHeaders: jsonb().$type<Record<string, string>>(),
  tijdstipAangemaakt: tijdstip().notNull(),
}, (t) => [primaryKey({ columns: [t.credential, t.sleutel] })]);
