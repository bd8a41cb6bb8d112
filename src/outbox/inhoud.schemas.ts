// The `inhoud` of every kind of notification, typed (issue 16 item 1): one schema per soort, so a
// client generated from the OpenAPI document reads the M55 fields (V-number, dates, rule, offering
// organisation …) without casts. The same schemas are served as JSON Schema at
// GET /v1/kennisgevingen/schemas/{soort} and named in the CloudEvent's `dataschema`.
// Every writer of a notification builds its inhoud in its use case; test/api/kennisgeving-inhoud.test.ts
// checks the notifications of a scenario against these schemas (strict: a field added by a writer
// without being added here fails it).
import { z } from '@hono/zod-openapi';
import {
  IDENTIFICATIESTATUSSEN, LEEFTIJDSCATEGORIEEN, NATIONALITEIT_CATEGORIEEN, VERBLIJFSSITUATIES, type KennisgevingSoort,
} from '../domain/catalogus.js';

const uuid = z.string().uuid();
const datum = z.string().openapi({ format: 'date', example: '2026-11-21' });
const dossiernummer = z.string().openapi({ description: 'Het dossiernummer (pseudoniem).', example: 'NRM-2026-000042' });
const Organisatie = z.strictObject({ id: uuid, naam: z.string().nullable() }).openapi('KennisgevingOrganisatie');
const situatie = {
  leeftijdscategorie: z.enum(LEEFTIJDSCATEGORIEEN),
  nationaliteitCategorie: z.enum(NATIONALITEIT_CATEGORIEEN),
  verblijfssituatie: z.enum(VERBLIJFSSITUATIES),
};

/**
 * The core of every M55 (model M55, annex Vc 2000): the dossier, the V-number and the residence
 * situation; the IND also gets the identity, the COA only the V-number (it needs to know which
 * resident, not who).
 */
const m55Kern = {
  dossierId: uuid,
  dossiernummer,
  vreemdelingennummer: z.string().nullable().openapi({ description: 'Het vreemdelingennummer (V-nummer), als bekend.', example: '1234567890' }),
  voornamen: z.string().nullable().optional().openapi({ description: 'Alleen aan de IND.' }),
  geslachtsnaam: z.string().nullable().optional().openapi({ description: 'Alleen aan de IND.' }),
  geboortedatum: datum.nullable().optional().openapi({ description: 'Alleen aan de IND.' }),
  geslacht: z.string().nullable().optional().openapi({ description: 'Alleen aan de IND.' }),
  nationaliteit: z.string().nullable().optional().openapi({ description: 'ISO 3166-1 alpha-2; alleen aan de IND.' }),
  verblijfssituatie: z.enum(VERBLIJFSSITUATIES),
};

const bedenktijdKern = {
  ...m55Kern,
  bedenktijdId: uuid,
  aanbiedingsdatum: datum,
  ingangsdatum: datum.nullable(),
  uiterlijkeEinddatum: datum.nullable().openapi({ description: 'De laatste dag van de bedenktijd, berekend met de beleidsregel.' }),
  beleidsregel: z.string().nullable().openapi({ description: 'De code van de beleidsregel (GET /v1/catalogus, beleidsregels).', example: 'b8-3-drie-maanden' }),
  beleidsregelBron: z.string().nullable().openapi({ description: 'De bron van de beleidsregel (Vc 2000, Staatscourant).' }),
  aanbiedendeOrganisatie: Organisatie,
};

const beeindiging = {
  einddatum: datum.nullable(),
  beeindigingsreden: z.string().nullable().openapi({ description: 'verlopen, of de reden van het vroegtijdig einde (GET /v1/catalogus, beeindigingsredenen).' }),
};

/** A criminal-track event as the IND (and COA, and the OM in a pseudonymous copy) receive it. */
const strafrechtelijk = (m55: boolean) => z.strictObject({
  dossierId: uuid,
  dossiernummer,
  vreemdelingennummer: m55Kern.vreemdelingennummer.optional().openapi({ description: 'Aan IND en COA; niet in de kopie aan het OM.' }),
  voornamen: m55Kern.voornamen, geslachtsnaam: m55Kern.geslachtsnaam, geboortedatum: m55Kern.geboortedatum,
  geslacht: m55Kern.geslacht, nationaliteit: m55Kern.nationaliteit,
  verblijfssituatie: z.enum(VERBLIJFSSITUATIES).optional().openapi({ description: 'Aan IND en COA; niet in de kopie aan het OM.' }),
  ...(m55 ? {
    formulier: z.literal('M55').optional().openapi({ description: 'Aan IND en COA: dit is een M55.' }),
    onderdeel: z.string().optional().openapi({ description: 'Het onderdeel van model M55, bijv. kennisgeving_aangifte.' }),
  } : {}),
  gebeurtenisId: uuid,
  soort: z.string().openapi({ description: 'De strafrechtelijke gebeurtenis (GET /v1/catalogus, strafrechtelijkeSoorten).', example: 'aangifte' }),
  datum,
  redenen: z.array(z.string()),
  vastgelegdDoor: Organisatie,
  toelichting: z.string().nullable().optional().openapi({ description: 'Alleen aan de IND.' }),
  onderzoekLoopt: z.boolean().optional().openapi({ description: 'Alleen aan de IND: loopt er op de dag van vastleggen een opsporingsonderzoek.' }),
  kopie: z.literal('openbaar_ministerie').optional().openapi({ description: 'Alleen in de pseudonieme kopie aan het OM.' }),
});

export const inhoudSchemas = {
  aanmelding_vermoedelijk_slachtoffer: z.strictObject({
    dossierId: uuid, dossiernummer, beoordelingId: uuid, beoordelingsdatum: datum,
    aanmeldendeOrganisatie: z.string().openapi({ description: 'Naam van de organisatie die de geringste aanwijzing vaststelde.' }),
    uitbuitingsvormen: z.array(z.string()).openapi({ description: 'De uitbuitingsvormen uit de signalen van het dossier.' }),
    ...situatie,
  }),
  aanmelding_ingetrokken: z.strictObject({
    dossierId: uuid, dossiernummer, beoordelingId: uuid, beoordelingsdatum: datum,
    identificatiestatus: z.enum(IDENTIFICATIESTATUSSEN), intrekkendeOrganisatie: z.string(), toelichting: z.string(),
  }),
  bedenktijd_advies: z.strictObject({
    dossierId: uuid, dossiernummer, adviesId: uuid, beoordelingId: uuid, beoordelingsdatum: datum, adviserendeOrganisatie: z.string(),
  }),
  m55_bedenktijd: z.strictObject({
    ...bedenktijdKern, formulier: z.literal('M55'), onderdeel: z.literal('kennisgeving_bedenktijd'),
  }),
  bedenktijd_beeindigd: z.strictObject({ ...bedenktijdKern, ...beeindiging }),
  bedenktijd_verlopen: z.strictObject({ ...bedenktijdKern, ...beeindiging }),
  bedenktijd_loopt_af: z.strictObject({
    dossierId: uuid, dossiernummer, bedenktijdId: uuid, uiterlijkeEinddatum: datum.nullable(),
    dagenVooraf: z.number().int().openapi({ description: 'Zoveel dagen voor de uiterlijke einddatum is deze herinnering verstuurd.' }),
  }),
  m55_aangifte: strafrechtelijk(true),
  m55_medewerking_strafproces: strafrechtelijk(true),
  m55_beroep_b8_3: z.strictObject({
    ...m55Kern, formulier: z.literal('M55'), onderdeel: z.literal('beroep_b8_3'),
    beroepId: uuid, datum, toelichting: z.string().nullable(), vastgelegdDoor: Organisatie,
  }),
  sepot: strafrechtelijk(false),
  onderzoek_beeindigd: strafrechtelijk(false),
  aanwezigheid_noodzakelijk: strafrechtelijk(false),
  verwijzing_ontvangen: z.strictObject({
    verwijzingId: uuid, dossierId: uuid, dossiernummer, doel: z.string(), urgentie: z.string(), reden: z.string(),
    gegevensdeling: z.string(), verwijzendeOrganisatie: Organisatie, ...situatie,
  }),
  verwijzing_besluit: z.strictObject({
    verwijzingId: uuid, dossierId: uuid, dossiernummer, doel: z.string(), besluit: z.string(),
    afwijzingsreden: z.string().nullable(), toelichting: z.string().nullable(), ontvangendeOrganisatie: Organisatie,
  }),
  verwijzing_ingetrokken: z.strictObject({
    verwijzingId: uuid, dossierId: uuid, dossiernummer, doel: z.string(), verwijzendeOrganisatie: Organisatie,
  }),
  mogelijke_dubbele_registratie: z.strictObject({ dossierId: uuid, dossiernummer, organisatie: Organisatie }),
  aansluiting: z.strictObject({ dossierId: uuid, dossiernummer, signaalId: uuid, organisatie: Organisatie }),
  dossier_samengevoegd: z.strictObject({
    dossierId: uuid, dossiernummer, samengevoegdDossierId: uuid, samengevoegdDossiernummer: z.string(), organisatie: Organisatie,
  }),
} as const satisfies Record<KennisgevingSoort, z.ZodType>;

/** The name of a kind's inhoud schema in the OpenAPI document, e.g. InhoudM55Bedenktijd. */
export function inhoudSchemaNaam(soort: KennisgevingSoort): string {
  return `Inhoud${soort.split('_').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`;
}

/** The URI of a kind's JSON Schema, for the CloudEvent's `dataschema`. */
export function inhoudSchemaPad(soort: string): string {
  return `/v1/kennisgevingen/schemas/${soort}`;
}

