// All tables of the NRM service. Column names are snake_case in SQL (drizzle `casing`), Dutch in
// the domain. Personal data lives only in `persoonsgegevens` (docs/beslissingen/0004-pseudonimisering.md).
import { sql } from 'drizzle-orm';
import {
  bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp,
  uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import type { AcuteSituatie, Gespreksplichten } from '../domain/informatiefgesprek.js';

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
  // SHA-256 of the key, hex. The key itself is shown once and never stored (SECURITY.md).
  hash: text().notNull(),
  omschrijving: text(),
  // The holder is a certified trafficking intaker (issue 20, docs/regels.md R6): only they record an
  // assessment made in an informatief gesprek.
  gecertificeerd: boolean().notNull().default(false),
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
  // Closing starts the retention period; after it the personal data and free text are erased.
  tijdstipGesloten: tijdstip(),
  sluitingsreden: text(),
  // The last reopening of a closed dossier, with its reason (audited as dossier.heropend).
  tijdstipHeropend: tijdstip(),
  heropeningsreden: text(),
  tijdstipGewist: tijdstip(),
  wisgrondslag: text(),
  // Merged into another dossier of the same person (src/domain/persoon.ts): every request on this
  // one answers with a pointer to the survivor.
  samengevoegdIn: uuid(),
  tijdstipSamengevoegd: tijdstip(),
}, (t) => [
  uniqueIndex('dossiers_dossiernummer_uq').on(t.dossiernummer),
  index('dossiers_registratie_idx').on(t.tijdstipRegistratie, t.id),
]);

// Object-level access: grants (src/domain/toegang.ts, docs/toegangsmodel.md). An organisation sees a
// dossier only while it holds a grant; each grant has a purpose, the object that carries it (bron:
// the referral, the advice, or the dossier itself) and a scope, and is created only by the use case
// that decides it. Ending a purpose deletes exactly the grants with that purpose and bron.
export const toegangsrechten = pgTable('toegangsrechten', {
  dossierId: uuid().notNull().references(() => dossiers.id),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  doel: text().notNull(),
  bronId: uuid().notNull(),
  reikwijdte: text().notNull(),
  magWijzigen: boolean().notNull(),
  magDoorgeven: boolean().notNull(),
  verleendDoorOrganisatieId: uuid().references(() => organisaties.id),
  tijdstipVerleend: tijdstip().notNull(),
}, (t) => [
  primaryKey({ columns: [t.organisatieId, t.dossierId, t.doel, t.bronId] }),
  index('toegangsrechten_dossier_idx').on(t.dossierId),
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
  // The surname as compared for "one person, one dossier" (normaliseerGeslachtsnaam).
  geslachtsnaamNormaal: text(),
}, (t) => [
  index('persoonsgegevens_vnummer_idx').on(t.vreemdelingennummer),
  index('persoonsgegevens_naam_idx').on(sql`lower(${t.geslachtsnaam})`, t.geboortedatum),
  index('persoonsgegevens_naam_normaal_idx').on(t.geslachtsnaamNormaal, t.geboortedatum),
]);

// Decisions on "one person, one dossier", each with its reason (src/domain/persoon.ts,
// docs/een-persoon-een-dossier.md): `andere_persoon` — an organisation checked a match and declared
// the two dossiers to be about different people, so the warning does not return for that pair
// (dossierId < anderDossierId); `aansluiting` — an organisation joined the dossier with its own
// signal; `samenvoeging` — anderDossierId was merged into dossierId.
export const persoonsbesluiten = pgTable('persoonsbesluiten', {
  id: uuid().primaryKey(),
  soort: text().notNull(),
  dossierId: uuid().notNull().references(() => dossiers.id),
  anderDossierId: uuid().references(() => dossiers.id),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  reden: text().notNull(),
  tijdstip: tijdstip().notNull(),
}, (t) => [
  uniqueIndex('persoonsbesluiten_andere_persoon_uq').on(t.dossierId, t.anderDossierId).where(sql`soort = 'andere_persoon'`),
  index('persoonsbesluiten_dossier_idx').on(t.dossierId),
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
  // Issue 20 (docs/regels.md, R7, R8): the context (missing person, runaway minor) and the recorded
  // outcome of the enrichment.
  contexten: text().array().notNull().default(sql`'{}'::text[]`),
  opvolging: jsonb().$type<{ uitkomst: string; redenen: string[]; toelichting: string | null; organisatieId: string } | null>(),
  tijdstipOpvolging: tijdstip(),
  tijdstipRegistratie: tijdstip().notNull(),
}, (t) => [
  index('signalen_dossier_idx').on(t.dossierId, t.tijdstipRegistratie),
  // The alert list "signals without follow-up" of an organisation (docs/regels.md, R7).
  index('signalen_zonder_opvolging_idx').on(t.organisatieId, t.tijdstipRegistratie).where(sql`tijdstip_opvolging is null`),
]);

export const beoordelingen = pgTable('beoordelingen', {
  id: uuid().primaryKey(),
  dossierId: uuid().notNull().references(() => dossiers.id),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  beoordelingsdatum: date({ mode: 'string' }).notNull(),
  // With the officer's duties of the Aanwijzing mensenhandel when recorded (docs/regels.md, R5).
  informatiefGesprek: jsonb().$type<{ gevoerd: boolean; datum: string | null; verplichtingen?: Gespreksplichten | null }>().notNull(),
  // The period of exploitation, when known: the minor's exception is judged on its start (R2).
  uitbuitingsperiode: jsonb().$type<{ begindatum: string; einddatum: string | null } | null>(),
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
// reader that has seen N can never later find a row <= N appear (docs/beslissingen/0003-feed-per-ontvanger.md).
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
// dossier), so writers of different dossiers never wait on each other (docs/beslissingen/0008-auditketen-met-ankers.md).
export const auditKetens = pgTable('audit_ketens', {
  keten: text().primaryKey(),
  lengte: integer().notNull(),
  laatsteHash: text().notNull(),
});

// The last anchored head of each chain (src/audit/anker.ts). Only a bookkeeping aid so the anchor
// job writes the chains that changed: the anchors themselves live outside the database, and
// verification never trusts this table.
export const auditAnkerstand = pgTable('audit_ankerstand', {
  keten: text().primaryKey(),
  lengte: integer().notNull(),
  hash: text().notNull(),
});

// How far the anchor job has looked (one row, id 1): the highest audit row id it saw in its last two
// runs. A run looks at the chains of the rows after the older of the two, so a row whose id was
// taken before a run but committed after it is still seen by the next (src/audit/anker.ts).
export const auditAnkervoortgang = pgTable('audit_ankervoortgang', {
  id: integer().primaryKey(),
  totRegelId: bigint({ mode: 'number' }).notNull(),
  vorigeTotRegelId: bigint({ mode: 'number' }).notNull(),
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
  // Id of the audit key whose HMAC `hash` is (src/audit/sleutels.ts). Null: a row from before
  // issue 11, hashed with plain SHA-256; trusted only where an anchor covers it.
  ketensleutel: text(),
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
  // While the request runs (status null) its claim is leased and renewed; a claim whose lease ran out
  // belongs to a process that died, and a retry takes it over (issue 12.4).
  tijdstipLeaseTot: tijdstip(),
}, (t) => [
  primaryKey({ columns: [t.credential, t.sleutel] }),
  index('idempotentie_sleutels_tijdstip_idx').on(t.tijdstipAangemaakt),
]);

// ---- Victim track, part 2: the B8/3 bedenktijd (README.md "The *bedenktijd* policy rules") ----

export const bedenktijdAdviezen = pgTable('bedenktijd_adviezen', {
  id: uuid().primaryKey(),
  dossierId: uuid().notNull().references(() => dossiers.id),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  beoordelingId: uuid().notNull().references(() => beoordelingen.id),
  // The police or KMar unit asked to make the offer ("op voorspraak", B8/3 Vc 2000).
  ontvangendeOrganisatieId: uuid().notNull().references(() => organisaties.id),
  toelichting: text(),
  status: text().notNull(),
  bedenktijdId: uuid(),
  tijdstipAangemaakt: tijdstip().notNull(),
  tijdstipGewijzigd: tijdstip().notNull(),
}, (t) => [
  index('bedenktijd_adviezen_dossier_idx').on(t.dossierId),
  index('bedenktijd_adviezen_open_idx').on(t.ontvangendeOrganisatieId).where(sql`status = 'open'`),
]);

export const bedenktijden = pgTable('bedenktijden', {
  id: uuid().primaryKey(),
  dossierId: uuid().notNull().references(() => dossiers.id),
  aanbiedendeOrganisatieId: uuid().notNull().references(() => organisaties.id),
  beoordelingId: uuid().references(() => beoordelingen.id),
  adviesId: uuid().references(() => bedenktijdAdviezen.id),
  status: text().notNull(),
  aanbiedingsdatum: date({ mode: 'string' }).notNull(),
  reactie: text(),
  reactiedatum: date({ mode: 'string' }),
  opvangGewenst: boolean(),
  ingangsdatum: date({ mode: 'string' }),
  uiterlijkeEinddatum: date({ mode: 'string' }),
  beleidsregel: text(),
  // The residence situation at the grant: the rule was chosen with it (docs/beslissingen/0001-beleidsregels-als-data.md).
  verblijfssituatieBijVerlening: text(),
  einddatum: date({ mode: 'string' }),
  beeindigingsreden: text(),
  beeindigingToelichting: text(),
  beeindigdDoorOrganisatieId: uuid().references(() => organisaties.id),
  tijdstipAangemaakt: tijdstip().notNull(),
  tijdstipGewijzigd: tijdstip().notNull(),
}, (t) => [
  index('bedenktijden_dossier_idx').on(t.dossierId),
  // B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: at most one offered or running bedenktijd per dossier, guaranteed by the database.
  uniqueIndex('bedenktijden_een_open_per_dossier_uq').on(t.dossierId).where(sql`status in ('aangeboden', 'lopend')`),
  // README.md "Benchmark": the worklist "running, ends within 14 days" and the expiry job.
  index('bedenktijden_lopend_einde_idx').on(t.uiterlijkeEinddatum, t.id).where(sql`status = 'lopend'`),
  // The worklist orders by end date with offers (no end date yet) last; this expression must match
  // the one in bedenktijden.service.ts werklijst() for the planner to use it.
  index('bedenktijden_werklijst_idx').on(sql`coalesce(${t.uiterlijkeEinddatum}, '9999-12-31'::date)`, t.id).where(sql`status = 'lopend'`),
]);

// ---- Criminal track and residence track (docs/beslissingen/0012-vroegtijdig-einde.md; docs/domein.md §7): beside the victim track ----

export const strafrechtelijkeGebeurtenissen = pgTable('strafrechtelijke_gebeurtenissen', {
  id: uuid().primaryKey(),
  dossierId: uuid().notNull().references(() => dossiers.id),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  soort: text().notNull(),
  datum: date({ mode: 'string' }).notNull(),
  redenen: text().array().notNull(),
  toelichting: text(),
  // An aangifte without an informatief gesprek before it: the acute situation and the duties (R5).
  acuteSituatie: jsonb().$type<AcuteSituatie | null>(),
  tijdstipRegistratie: tijdstip().notNull(),
}, (t) => [index('strafrechtelijke_gebeurtenissen_dossier_idx').on(t.dossierId, t.datum)]);

export const beroepenB83 = pgTable('beroepen_b8_3', {
  id: uuid().primaryKey(),
  dossierId: uuid().notNull().references(() => dossiers.id),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  datum: date({ mode: 'string' }).notNull(),
  toelichting: text(),
  tijdstipRegistratie: tijdstip().notNull(),
}, (t) => [index('beroepen_b8_3_dossier_idx').on(t.dossierId)]);

export const verblijfsbesluiten = pgTable('verblijfsbesluiten', {
  id: uuid().primaryKey(),
  dossierId: uuid().notNull().references(() => dossiers.id),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  soort: text().notNull(),
  datum: date({ mode: 'string' }).notNull(),
  geldigTot: date({ mode: 'string' }),
  gronden: text().array().notNull(),
  toelichting: text(),
  tijdstipRegistratie: tijdstip().notNull(),
}, (t) => [
  index('verblijfsbesluiten_dossier_idx').on(t.dossierId, t.datum),
  index('verblijfsbesluiten_geldig_tot_idx').on(t.geldigTot),
]);

// ---- Referrals, shelters and placements (docs/beslissingen/0017-verwijzing-en-opvang.md; docs/domein.md §10) ----

export const verwijzingen = pgTable('verwijzingen', {
  id: uuid().primaryKey(),
  dossierId: uuid().notNull().references(() => dossiers.id),
  verwijzendeOrganisatieId: uuid().notNull().references(() => organisaties.id),
  ontvangendeOrganisatieId: uuid().notNull().references(() => organisaties.id),
  doel: text().notNull(),
  reden: text().notNull(),
  urgentie: text().notNull(),
  toestemming: text().notNull(),
  grondslag: text(),
  // What the receiver may see: the consent or basis, narrowed to what the sender may pass on.
  gegevensdeling: text().notNull(),
  status: text().notNull(),
  afwijzingsreden: text(),
  besluitToelichting: text(),
  opvangGeweigerd: boolean().notNull().default(false),
  opvangWeigeringReden: text(),
  tijdstipVerwezen: tijdstip().notNull(),
  tijdstipBesluit: tijdstip(),
  tijdstipAfgesloten: tijdstip(),
  tijdstipGewijzigd: tijdstip().notNull(),
}, (t) => [
  index('verwijzingen_dossier_idx').on(t.dossierId),
  index('verwijzingen_ontvanger_idx').on(t.ontvangendeOrganisatieId, t.status, t.tijdstipVerwezen),
]);

export const opvanglocaties = pgTable('opvanglocaties', {
  id: uuid().primaryKey(),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  naam: text().notNull(),
  soort: text().notNull(),
  capaciteit: integer().notNull(),
  tijdstipAangemaakt: tijdstip().notNull(),
  tijdstipGewijzigd: tijdstip().notNull(),
}, (t) => [index('opvanglocaties_organisatie_idx').on(t.organisatieId)]);

export const plaatsingen = pgTable('plaatsingen', {
  id: uuid().primaryKey(),
  verwijzingId: uuid().notNull().references(() => verwijzingen.id),
  dossierId: uuid().notNull().references(() => dossiers.id),
  opvanglocatieId: uuid().notNull().references(() => opvanglocaties.id),
  startdatum: date({ mode: 'string' }).notNull(),
  einddatum: date({ mode: 'string' }),
  beeindigingsreden: text(),
  toelichting: text(),
  tijdstipAangemaakt: tijdstip().notNull(),
  tijdstipGewijzigd: tijdstip().notNull(),
}, (t) => [
  index('plaatsingen_lopend_idx').on(t.opvanglocatieId).where(sql`einddatum is null`),
  index('plaatsingen_dossier_idx').on(t.dossierId),
  // A person is in at most one shelter at a time: a move is an end plus a new placement.
  uniqueIndex('plaatsingen_een_lopend_per_dossier_uq').on(t.dossierId).where(sql`einddatum is null`),
]);

// ---- Webhook delivery (CloudEvents, NL GOV profile) beside the pull feed ----

export const abonnementen = pgTable('abonnementen', {
  id: uuid().primaryKey(),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  callbackUrl: text().notNull(),
  // The Authorization header value the receiver wants to get; never returned by the API.
  authorization: text(),
  soorten: text().array().notNull(),
  status: text().notNull(),
  redenGestopt: text(),
  // Deliveries are planned from the recipient's feed after this volgnummer (set at creation).
  geplandTotVolgnummer: bigint({ mode: 'number' }).notNull(),
  // The CloudEvents web hook handshake (OPTIONS, Web Hooks §4.1): nothing is delivered before the
  // receiver allowed this sender. Null tijdstipBevestigd on an `actief` row: made before the handshake existed.
  tijdstipBevestigd: tijdstip(),
  bevestigingPogingen: integer().notNull().default(0),
  volgendeBevestiging: tijdstip(),
  bevestigingsfout: text(),
  tijdstipAangemaakt: tijdstip().notNull(),
  tijdstipGewijzigd: tijdstip().notNull(),
}, (t) => [
  index('abonnementen_organisatie_idx').on(t.organisatieId),
  index('abonnementen_te_bevestigen_idx').on(t.volgendeBevestiging).where(sql`status = 'wacht_op_bevestiging'`),
]);

export const afleveringen = pgTable('afleveringen', {
  id: uuid().primaryKey(),
  kennisgevingId: uuid().notNull().references(() => kennisgevingen.id),
  abonnementId: uuid().notNull().references(() => abonnementen.id),
  volgnummer: bigint({ mode: 'number' }).notNull(),
  status: text().notNull(),
  pogingen: integer().notNull(),
  volgendePoging: tijdstip().notNull(),
  leaseTot: tijdstip(),
  laatsteHttpStatus: integer(),
  laatsteFout: text(),
  tijdstipAangemaakt: tijdstip().notNull(),
  tijdstipAfgeleverd: tijdstip(),
}, (t) => [
  uniqueIndex('afleveringen_kennisgeving_abonnement_uq').on(t.kennisgevingId, t.abonnementId),
  index('afleveringen_te_doen_idx').on(t.abonnementId, t.volgnummer).where(sql`status = 'wachtend'`),
  index('afleveringen_volgende_poging_idx').on(t.volgendePoging).where(sql`status = 'wachtend'`),
]);

// ---- Security and privacy (issue 6) ----

// Fixed-window rate limiting in PostgreSQL, so a limit holds across instances.
export const snelheidsvensters = pgTable('snelheidsvensters', {
  sleutel: text().notNull(),
  vensterStart: tijdstip().notNull(),
  aantal: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.sleutel, t.vensterStart] })]);

// Logboek Dataverwerkingen: one record per processing (a request, per processing activity) of data
// subjects' personal data, separate from the audit log (who did what). The subjects are the dossiers
// it touched, pseudonymised (HMAC of the dossier id); the GIN index answers "who processed dossier X"
// (`betrokkene_pseudoniemen @> array[x]`) — the register of AVG art. 30 per data subject (issue 17).
export const verwerkingen = pgTable('verwerkingen', {
  id: uuid().primaryKey(),
  traceId: text().notNull(),
  spanId: text().notNull(),
  parentSpanId: text(),
  verwerkingsactiviteitId: text().notNull(),
  betrokkenePseudoniemen: text().array().notNull(),
  organisatieId: uuid(),
  rol: text(),
  rechtsgrond: text().notNull(),
  handeling: text().notNull(),
  status: text().notNull(),
  requestId: text(),
  tijdstipStart: tijdstip().notNull(),
  tijdstipEinde: tijdstip().notNull(),
}, (t) => [
  index('verwerkingen_betrokkenen_idx').using('gin', t.betrokkenePseudoniemen),
  // The retention rule for the log itself (src/jobs/verwerkingslog-opruimen.ts) deletes by age.
  index('verwerkingen_tijdstip_idx').on(t.tijdstipStart),
]);

// Web application sessions (server-side; the cookie carries only a random token, of which the
// SHA-256 is stored). Idle and absolute time-outs are checked on every request; signing out or
// expiry sets tijdstip_beeindigd, so an old cookie is refused.
export const websessies = pgTable('websessies', {
  id: uuid().primaryKey(),
  tokenHash: text().notNull(),
  organisatieId: uuid().notNull().references(() => organisaties.id),
  rol: text().notNull(),
  // 'demo:<organisatie>' for the demo sign-in; 'oidc:<issuer>#<sub>' for OpenID Connect.
  gebruiker: text().notNull(),
  weergavenaam: text(),
  // A certified trafficking intaker (docs/regels.md R6): from the demo account or the ID token's claim.
  gecertificeerd: boolean().notNull().default(false),
  csrfToken: text().notNull(),
  tijdstipAangemaakt: tijdstip().notNull(),
  tijdstipLaatstGebruikt: tijdstip().notNull(),
  tijdstipBeeindigd: tijdstip(),
  beeindigingsreden: text(),
}, (t) => [uniqueIndex('websessies_token_hash_uq').on(t.tokenHash)]);
