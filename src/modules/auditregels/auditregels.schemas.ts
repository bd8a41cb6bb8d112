import { z } from '@hono/zod-openapi';
import type { auditregels } from '../../db/schema.js';

// Every field the hash covers is returned (src/audit/auditlog.ts berekenHash), sleutelId and
// ketensleutel included. The hash is an HMAC with a key only the service holds (issue 11): an
// auditor checks it with /auditregels/_verificatie or `audit-verify`, and the anchors outside the
// database with the public key (SECURITY.md).
export const AuditregelSchema = z.object({
  id: z.number().int(),
  keten: z.string().openapi({ description: 'De hashketen: per dossier, of per organisatie bij handelingen zonder dossier.', example: 'dossier:2f0c…' }),
  positie: z.number().int().min(1),
  tijdstip: z.string().datetime(),
  organisatieId: z.string().uuid().nullable(),
  sleutelId: z.string().uuid().nullable(),
  rol: z.string().nullable(),
  actie: z.string().openapi({ example: 'kennisgeving.gelezen' }),
  objectType: z.string(),
  objectId: z.string().nullable(),
  dossierId: z.string().uuid().nullable(),
  resultaat: z.string().openapi({ example: 'geslaagd' }),
  requestId: z.string().nullable(),
  hash: z.string().openapi({ description: 'HMAC-SHA256 (met de auditsleutel) over de regel, ketensleutel en vorigeHash; bij regels zonder ketensleutel SHA-256.' }),
  vorigeHash: z.string().openapi({ description: 'Hash van de vorige regel in dezelfde keten; leeg bij positie 1.' }),
  ketensleutel: z.string().nullable().openapi({ description: 'Id van de auditsleutel waarmee de hash is berekend; leeg bij regels van vóór de sleutel.', example: '3f9a0c1d2b4e5f60' }),
}).openapi('Auditregel');

export const AuditregelCollectieSchema = z.object({ auditregels: z.array(AuditregelSchema) }).openapi('AuditregelCollectie');

export const AuditregelListQuery = z.object({
  dossierId: z.string().uuid().optional().openapi({ description: 'Alleen regels over dit dossier.' }),
});

export const VerificatieSchema = z.object({
  geldig: z.boolean().openapi({ description: 'true als geen enkele keten een bevinding heeft.' }),
  gecontroleerd: z.number().int().openapi({ description: 'Aantal gecontroleerde regels.' }),
  ketens: z.number().int().openapi({ description: 'Aantal ketens.' }),
  bevindingen: z.array(z.object({
    keten: z.string().nullable().openapi({ description: 'Leeg als de bevinding de hele audittrail betreft (totalen, ankerbestand).' }),
    positie: z.number().int().nullable().openapi({ description: 'Positie van de regel; leeg als het om het einde van de keten gaat.' }),
    probleem: z.string(),
  })),
  anker: z.object({
    aantal: z.number().int().openapi({ description: 'Aantal geldige ankers buiten de database.' }),
    laatsteTijdstip: z.string().datetime().nullable(),
    ketens: z.number().int().openapi({ description: 'Hoogste aantal ketens dat een anker vastlegde.' }),
    regels: z.number().int().openapi({ description: 'Hoogste aantal regels dat een anker vastlegde.' }),
  }).nullable().openapi({ description: 'De ankers waarmee de database is vergeleken; leeg als er nog geen zijn.' }),
  waarschuwingen: z.array(z.string()).openapi({ description: 'Geen bevindingen, maar redenen waarom de controle minder bewijst dan zij zou kunnen.' }),
}).openapi('AuditVerificatie');

export type AuditregelRij = typeof auditregels.$inferSelect;
export type Auditregel = z.infer<typeof AuditregelSchema>;

export function naarAuditregel(r: AuditregelRij): Auditregel {
  return {
    id: r.id, keten: r.keten, positie: r.positie, tijdstip: r.tijdstip.toISOString(), organisatieId: r.organisatieId,
    sleutelId: r.sleutelId, rol: r.rol, actie: r.actie, objectType: r.objectType, objectId: r.objectId,
    dossierId: r.dossierId, resultaat: r.resultaat, requestId: r.requestId, hash: r.hash, vorigeHash: r.vorigeHash,
    ketensleutel: r.ketensleutel,
  };
}
