// Delivery status (issue 4): per notification, and the sender's overview of what did not arrive
// or was not acknowledged.
import { z } from '@hono/zod-openapi';
import { KENNISGEVING_SOORTEN } from '../../domain/catalogus.js';
import type { afleveringen } from '../../db/schema.js';
import { AFLEVERING_STATUSSEN } from '../../webhooks/statussen.js';

export const AfleveringSchema = z.object({
  id: z.string().uuid(),
  abonnementId: z.string().uuid(),
  status: z.enum(AFLEVERING_STATUSSEN).openapi({
    description: 'wachtend: nog af te leveren of in herhaling; afgeleverd: de ontvanger antwoordde 2xx; '
      + 'niet_afleverbaar: binnen de herhaaltermijn niet gelukt; vervallen: het abonnement is gestopt of verwijderd.',
  }),
  pogingen: z.number().int().min(0),
  volgendePoging: z.string().datetime().nullable().openapi({ description: 'Alleen bij status wachtend.' }),
  laatsteHttpStatus: z.number().int().nullable(),
  laatsteFout: z.string().nullable().openapi({ example: 'HTTP 503' }),
  tijdstipAangemaakt: z.string().datetime(),
  tijdstipAfgeleverd: z.string().datetime().nullable(),
}).openapi('Aflevering');

export const AfleveringCollectieSchema = z.object({ afleveringen: z.array(AfleveringSchema) }).openapi('AfleveringCollectie');

type AfleveringRij = typeof afleveringen.$inferSelect;

export function naarAflevering(r: AfleveringRij): z.infer<typeof AfleveringSchema> {
  return {
    id: r.id,
    abonnementId: r.abonnementId,
    status: r.status as z.infer<typeof AfleveringSchema>['status'],
    pogingen: r.pogingen,
    volgendePoging: r.status === 'wachtend' ? r.volgendePoging.toISOString() : null,
    laatsteHttpStatus: r.laatsteHttpStatus,
    laatsteFout: r.laatsteFout,
    tijdstipAangemaakt: r.tijdstipAangemaakt.toISOString(),
    tijdstipAfgeleverd: r.tijdstipAfgeleverd?.toISOString() ?? null,
  };
}

export const VERZONDEN_STATUSSEN = ['onbevestigd', 'niet_afleverbaar'] as const;

export const VerzondenKennisgevingSchema = z.object({
  id: z.string().uuid(),
  soort: z.enum(KENNISGEVING_SOORTEN),
  volgnummer: z.number().int().min(1),
  dossierId: z.string().uuid().nullable().openapi({ description: 'Het dossier van de kennisgeving; leeg voor de beheerder, die de aflevering beheert en niet de zaak.' }),
  afzenderOrganisatieId: z.string().uuid().nullable(),
  ontvangerOrganisatieId: z.string().uuid(),
  ontvangerOrganisatieNaam: z.string(),
  tijdstipAangemaakt: z.string().datetime(),
  tijdstipBevestigd: z.string().datetime().nullable(),
  referentieOntvanger: z.string().nullable(),
  tijdstipBevestigingsTermijnVerstreken: z.string().datetime().nullable().openapi({
    description: 'Alleen bij m55_*: vanaf dit moment geldt de kennisgeving als onbevestigd als de ontvanger haar nog niet heeft bevestigd '
      + '(het einde van de M55_ESCALATIE_WERKDAGEN-de werkdag na aanmaak, Europe/Amsterdam).',
  }),
  afleveringen: z.object({
    wachtend: z.number().int(), afgeleverd: z.number().int(), nietAfleverbaar: z.number().int(), vervallen: z.number().int(),
  }).openapi({ description: 'Aantal webhook-afleveringen per status (één per abonnement van de ontvanger).' }),
}).openapi('VerzondenKennisgeving');

export const VerzondenKennisgevingCollectieSchema = z.object({ kennisgevingen: z.array(VerzondenKennisgevingSchema) })
  .openapi('VerzondenKennisgevingCollectie');

export const VerzondenListQuery = z.object({
  status: z.enum(VERZONDEN_STATUSSEN).optional().openapi({
    description: 'onbevestigd: m55_*-kennisgevingen die de ontvanger (IND) niet binnen de termijn heeft bevestigd; '
      + 'niet_afleverbaar: kennisgevingen waarvan een webhook-aflevering is mislukt.',
    example: 'onbevestigd',
  }),
  soort: z.enum(KENNISGEVING_SOORTEN).optional().openapi({ description: 'Alleen kennisgevingen van deze soort.' }),
});
