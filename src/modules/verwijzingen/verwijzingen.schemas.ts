import { z } from '@hono/zod-openapi';
import {
  AFWIJZINGSREDENEN, BESLUITEN, GEGEVENSDELINGEN, GRONDSLAGEN, TOESTEMMINGEN, URGENTIES, VERWIJZING_DOELEN, VERWIJZING_STATUSSEN,
} from '../../domain/verwijzing.js';
import type { verwijzingen } from '../../db/schema.js';

export const VerwijzingSchema = z.object({
  id: z.string().uuid(),
  dossierId: z.string().uuid(),
  dossiernummer: z.string().openapi({ example: 'NRM-2026-000123' }),
  verwijzendeOrganisatieId: z.string().uuid(),
  ontvangendeOrganisatieId: z.string().uuid(),
  doel: z.enum(VERWIJZING_DOELEN),
  reden: z.string(),
  urgentie: z.enum(URGENTIES),
  toestemming: z.enum(TOESTEMMINGEN),
  grondslag: z.enum(GRONDSLAGEN).nullable(),
  gegevensdeling: z.enum(GEGEVENSDELINGEN).openapi({
    description: 'Wat de ontvanger mag zien: identiteit (persoonsgegevens, bij toestemming, meldcode of acuut gevaar) of alleen de pseudonieme dossiergegevens. '
      + 'Nooit meer dan de verwijzer zelf mag doorgeven: een verwijzer met pseudonieme toegang geeft ook met toestemming alleen pseudoniem door.',
  }),
  status: z.enum(VERWIJZING_STATUSSEN),
  achterstallig: z.boolean().openapi({ description: 'Open en langer dan VERWIJZING_ACHTERSTALLIG_DAGEN onbeantwoord.' }),
  afwijzingsreden: z.enum(AFWIJZINGSREDENEN).nullable(),
  toelichting: z.string().nullable().openapi({ description: 'Toelichting van de ontvanger bij het besluit.' }),
  opvangGeweigerd: z.boolean().openapi({ description: 'Het slachtoffer heeft opvang geweigerd; dit beëindigt de bedenktijd niet.' }),
  opvangWeigeringReden: z.string().nullable(),
  tijdstipVerwezen: z.string().datetime(),
  tijdstipBesluit: z.string().datetime().nullable(),
  tijdstipAfgesloten: z.string().datetime().nullable(),
  tijdstipGewijzigd: z.string().datetime(),
}).openapi('Verwijzing');

export const VerwijzingCollectieSchema = z.object({ verwijzingen: z.array(VerwijzingSchema) }).openapi('VerwijzingCollectie');

const tekst = (max: number) => z.string().trim().min(1, 'Vul dit veld in.').max(max);

export const VerwijzingAanmakenSchema = z.strictObject({
  doel: z.enum(VERWIJZING_DOELEN).openapi({
    description: 'cosm alleen voor een meerderjarige derdelander; een minderjarige naar veilig_thuis of raad_kinderbescherming. '
      + 'lcc: het Landelijk Coördinatiecentrum mensenhandel van de politie (aangiften met weinig opsporingsindicaties, vaak uitbuiting in het buitenland); '
      + 'nla_opsporing (strafrechtelijk) of nla_toezicht (bestuursrechtelijk, bijv. ernstige benadeling) van de Arbeidsinspectie.',
  }),
  ontvangendeOrganisatieId: z.string().uuid().openapi({ description: 'De organisatie die de verwijzing ontvangt; haar type moet bij het doel passen.' }),
  reden: tekst(5000).openapi({ description: 'Waarom u verwijst en wat u van de ontvanger vraagt.' }),
  urgentie: z.enum(URGENTIES),
  toestemming: z.enum(TOESTEMMINGEN).openapi({ description: 'Heeft het slachtoffer toestemming gegeven om gegevens met de ontvanger te delen?' }),
  grondslag: z.enum(GRONDSLAGEN).nullable().default(null).openapi({ description: 'Verplicht als toestemming nee of niet_gevraagd is; bepaalt wat de ontvanger mag zien.' }),
}).openapi('VerwijzingAanmaken');

export const VerwijzingBesluitSchema = z.strictObject({
  besluit: z.enum(BESLUITEN),
  afwijzingsreden: z.enum(AFWIJZINGSREDENEN).nullable().default(null).openapi({ description: 'Verplicht bij afgewezen.' }),
  toelichting: z.string().max(5000).nullable().default(null).openapi({ description: 'Verplicht bij afwijzingsreden overig.' }),
}).openapi('VerwijzingBesluit');

export const OpvangweigeringSchema = z.strictObject({
  reden: tekst(2000).openapi({ description: 'Waarom het slachtoffer geen opvang wil (bijv. verblijft bij bekenden).', example: 'Verblijft bij een kennis in Utrecht.' }),
}).openapi('Opvangweigering');

export const VerwijzingListQuery = z.object({
  status: z.enum(VERWIJZING_STATUSSEN).optional(),
  doel: z.enum(VERWIJZING_DOELEN).optional(),
  achterstallig: z.enum(['true', 'false']).optional().openapi({ description: 'true: alleen open verwijzingen die te lang onbeantwoord zijn; false: de overige.' }),
});

export type VerwijzingRij = typeof verwijzingen.$inferSelect;
export type Verwijzing = z.infer<typeof VerwijzingSchema>;

export function naarVerwijzing(r: VerwijzingRij, dossiernummer: string, achterstallig: boolean): Verwijzing {
  return {
    id: r.id,
    dossierId: r.dossierId,
    dossiernummer,
    verwijzendeOrganisatieId: r.verwijzendeOrganisatieId,
    ontvangendeOrganisatieId: r.ontvangendeOrganisatieId,
    doel: r.doel as Verwijzing['doel'],
    reden: r.reden,
    urgentie: r.urgentie as Verwijzing['urgentie'],
    toestemming: r.toestemming as Verwijzing['toestemming'],
    grondslag: r.grondslag as Verwijzing['grondslag'],
    gegevensdeling: r.gegevensdeling as Verwijzing['gegevensdeling'],
    status: r.status as Verwijzing['status'],
    achterstallig,
    afwijzingsreden: r.afwijzingsreden as Verwijzing['afwijzingsreden'],
    toelichting: r.besluitToelichting,
    opvangGeweigerd: r.opvangGeweigerd,
    opvangWeigeringReden: r.opvangWeigeringReden,
    tijdstipVerwezen: r.tijdstipVerwezen.toISOString(),
    tijdstipBesluit: r.tijdstipBesluit?.toISOString() ?? null,
    tijdstipAfgesloten: r.tijdstipAfgesloten?.toISOString() ?? null,
    tijdstipGewijzigd: r.tijdstipGewijzigd.toISOString(),
  };
}
