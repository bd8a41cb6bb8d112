import { z } from '@hono/zod-openapi';
import {
  IDENTIFICATIESTATUSSEN, LEEFTIJDSCATEGORIEEN, NATIONALITEIT_CATEGORIEEN, VERBLIJFSSITUATIES,
} from '../../domain/catalogus.js';
import { eurechtelijkeAansprakenFout } from '../../domain/dossier.js';
import type { dossiers } from '../../db/schema.js';
import { PersoonsgegevensInvoerSchema } from '../persoonsgegevens/persoonsgegevens.schemas.js';
import { datum } from '../../http/velden.js';

export const DossierSchema = z.object({
  id: z.string().uuid(),
  dossiernummer: z.string().openapi({ example: 'NRM-2026-000123' }),
  identificatiestatus: z.enum(IDENTIFICATIESTATUSSEN),
  nationaliteitCategorie: z.enum(NATIONALITEIT_CATEGORIEEN),
  eurechtelijkeAanspraken: z.boolean().nullable(),
  verblijfssituatie: z.enum(VERBLIJFSSITUATIES),
  leeftijdscategorie: z.enum(LEEFTIJDSCATEGORIEEN),
  registrerendeOrganisatieId: z.string().uuid(),
  versie: z.number().int(),
  tijdstipRegistratie: z.string().datetime(),
  tijdstipGewijzigd: z.string().datetime(),
  tijdstipGesloten: z.string().datetime().nullable().openapi({ description: 'Gesloten: de bewaartermijn loopt vanaf dit moment.' }),
  tijdstipGewist: z.string().datetime().nullable().openapi({ description: 'Persoonsgegevens en vrije tekst zijn gewist.' }),
  tijdstipHeropend: z.string().datetime().nullable().openapi({ description: 'Laatste heropening van het gesloten dossier (met reden, geaudit).' }),
}).openapi('Dossier');

export const DossierCollectieSchema = z.object({ dossiers: z.array(DossierSchema) }).openapi('DossierCollectie');

const eurechtelijkeAansprakenVeld = z.boolean().nullable().openapi({
  description: 'Alleen bij eu_eer_zwitserland: ontleent de persoon rechten aan het Unierecht? (B8/3 Vc 2000)',
});

export const DossierAanmakenSchema = z.strictObject({
  nationaliteitCategorie: z.enum(NATIONALITEIT_CATEGORIEEN),
  eurechtelijkeAanspraken: eurechtelijkeAansprakenVeld.default(null),
  verblijfssituatie: z.enum(VERBLIJFSSITUATIES),
  leeftijdscategorie: z.enum(LEEFTIJDSCATEGORIEEN).default('onbekend'),
  persoonsgegevens: PersoonsgegevensInvoerSchema.optional().openapi({
    description: 'De persoonsgegevens in dezelfde transactie (anders later met PUT …/persoonsgegevens). Staat dezelfde persoon al in een '
      + 'ander dossier (zelfde V-nummer, of zonder V-nummer dezelfde achternaam en geboortedatum), dan volgt 409 mogelijk-dezelfde-persoon '
      + 'en wordt niets geregistreerd.',
  }),
}).superRefine((d, ctx) => {
  const fout = eurechtelijkeAansprakenFout(d.nationaliteitCategorie, d.eurechtelijkeAanspraken);
  if (fout) ctx.addIssue({ code: 'custom', path: ['eurechtelijkeAanspraken'], message: fout });
}).openapi('DossierAanmaken');

export const DossierWijzigenSchema = z.strictObject({
  nationaliteitCategorie: z.enum(NATIONALITEIT_CATEGORIEEN).optional(),
  eurechtelijkeAanspraken: eurechtelijkeAansprakenVeld.optional(),
  verblijfssituatie: z.enum(VERBLIJFSSITUATIES).optional(),
  leeftijdscategorie: z.enum(LEEFTIJDSCATEGORIEEN).optional(),
}).openapi('DossierWijzigen');

const dossiernummerVeld = z.string().regex(/^NRM-\d{4}-\d{6}$/, 'Een dossiernummer ziet eruit als NRM-2026-000123.');

export const DossierZoekenSchema = z.strictObject({
  dossiernummer: dossiernummerVeld.optional(),
  vreemdelingennummer: z.string().regex(/^\d{10}$/, 'Een vreemdelingennummer bestaat uit 10 cijfers.').optional(),
  geslachtsnaam: z.string().min(1).max(200).optional(),
  geboortedatum: datum().optional(),
}).superRefine((d, ctx) => {
  if (!d.dossiernummer && !d.vreemdelingennummer && !(d.geslachtsnaam && d.geboortedatum)) {
    ctx.addIssue({ code: 'custom', path: [], message: 'Zoek op dossiernummer, op vreemdelingennummer, of op geslachtsnaam én geboortedatum.' });
  }
}).openapi('DossierZoeken');

export const DossierListQuery = z.object({
  identificatiestatus: z.enum(IDENTIFICATIESTATUSSEN).optional(),
  nationaliteitCategorie: z.enum(NATIONALITEIT_CATEGORIEEN).optional(),
  verblijfssituatie: z.enum(VERBLIJFSSITUATIES).optional(),
  leeftijdscategorie: z.enum(LEEFTIJDSCATEGORIEEN).optional(),
  dossiernummer: dossiernummerVeld.optional().openapi({ description: 'Vind één dossier op zijn nummer (geen persoonsgegeven).' }),
});

export type DossierRij = typeof dossiers.$inferSelect;
export type Dossier = z.infer<typeof DossierSchema>;

export function naarDossier(r: DossierRij): Dossier {
  return {
    id: r.id,
    dossiernummer: r.dossiernummer,
    identificatiestatus: r.identificatiestatus as Dossier['identificatiestatus'],
    nationaliteitCategorie: r.nationaliteitCategorie as Dossier['nationaliteitCategorie'],
    eurechtelijkeAanspraken: r.eurechtelijkeAanspraken,
    verblijfssituatie: r.verblijfssituatie as Dossier['verblijfssituatie'],
    leeftijdscategorie: r.leeftijdscategorie as Dossier['leeftijdscategorie'],
    registrerendeOrganisatieId: r.registrerendeOrganisatieId,
    versie: r.versie,
    tijdstipRegistratie: r.tijdstipRegistratie.toISOString(),
    tijdstipGewijzigd: r.tijdstipGewijzigd.toISOString(),
    tijdstipGesloten: r.tijdstipGesloten?.toISOString() ?? null,
    tijdstipGewist: r.tijdstipGewist?.toISOString() ?? null,
    tijdstipHeropend: r.tijdstipHeropend?.toISOString() ?? null,
  };
}

export const SluitingSchema = z.strictObject({
  reden: z.string().trim().min(1).max(2000).openapi({ description: 'Waarom het dossier wordt gesloten (bijv. hulp afgerond, vertrokken).' }),
}).openapi('DossierSluiting');

export const HeropeningSchema = z.strictObject({
  reden: z.string().trim().min(1).max(2000).openapi({ description: 'Waarom het gesloten dossier weer open moet (bijv. nieuw signaal over dezelfde persoon).' }),
}).openapi('DossierHeropening');

export const WISGRONDSLAGEN = ['avg_art_17_verzoek', 'onrechtmatig_verwerkt', 'bewaartermijn_verstreken'] as const;

export const WissingSchema = z.strictObject({
  grondslag: z.enum(WISGRONDSLAGEN).openapi({ description: 'De wettelijke grondslag van het wissen (AVG art. 17).' }),
  toelichting: z.string().trim().min(1).max(2000).openapi({ description: 'Kenmerk van het verzoek of besluit; geen persoonsgegevens.' }),
}).openapi('DossierWissing');
