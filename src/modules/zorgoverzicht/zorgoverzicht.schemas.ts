import { z } from '@hono/zod-openapi';
import { BEDENKTIJD_STATUSSEN, BEEINDIGINGSREDENEN } from '../../domain/bedenktijd.js';
import { LEEFTIJDSCATEGORIEEN } from '../../domain/catalogus.js';
import { AANDACHTSPUNTEN, URGENTIES, VERWIJZING_DOELEN, VERWIJZING_STATUSSEN } from '../../domain/verwijzing.js';
import { OpvanglocatieSchema } from '../opvanglocaties/opvanglocaties.schemas.js';
import { datum } from '../../http/velden.js';

export const ZorgoverzichtItemSchema = z.object({
  verwijzingId: z.string().uuid(),
  dossierId: z.string().uuid(),
  dossiernummer: z.string(),
  leeftijdscategorie: z.enum(LEEFTIJDSCATEGORIEEN),
  doel: z.enum(VERWIJZING_DOELEN),
  urgentie: z.enum(URGENTIES),
  status: z.enum(VERWIJZING_STATUSSEN),
  achterstallig: z.boolean(),
  tijdstipVerwezen: z.string().datetime(),
  tijdstipBesluit: z.string().datetime().nullable(),
  aandacht: z.enum(AANDACHTSPUNTEN).nullable().openapi({
    description: 'Waarom dit bovenaan staat: antwoord_achterstallig (open en te lang onbeantwoord), bedenktijd_loopt_af '
      + '(lopende bedenktijd eindigt binnen de herinneringstermijn), niet_geplaatst (aanvaard maar geen lopende plaatsing); null: geen actie nodig.',
  }),
  plaatsing: z.object({
    id: z.string().uuid(),
    opvanglocatieId: z.string().uuid(),
    opvanglocatieNaam: z.string(),
    startdatum: datum(),
  }).nullable().openapi({ description: 'De lopende plaatsing van de persoon, waar ook.' }),
  bedenktijd: z.object({
    id: z.string().uuid(),
    status: z.enum(BEDENKTIJD_STATUSSEN),
    uiterlijkeEinddatum: datum().nullable(),
    einddatum: datum().nullable().openapi({ description: 'Bij een beëindigde of verlopen bedenktijd: de dag waarop hij eindigde.' }),
    beeindigingsreden: z.enum([...BEEINDIGINGSREDENEN, 'verlopen']).nullable().openapi({ description: 'Waarom hij eindigde (of verlopen).' }),
  }).nullable().openapi({ description: 'De open (aangeboden of lopende) bedenktijd van het dossier, anders de laatste.' }),
}).openapi('ZorgoverzichtItem');

export const ZorgoverzichtSchema = z.object({
  peildatum: datum().openapi({ description: 'Vandaag (Europe/Amsterdam): hiertegen is de volgorde bepaald.' }),
  verwijzingen: z.array(ZorgoverzichtItemSchema).openapi({
    description: 'Open en aanvaarde verwijzingen aan uw organisatie: eerst achterstallige antwoorden (oudste eerst), dan bedenktijden die '
      + 'binnenkort eindigen (eerstvolgende eerst), dan aanvaarde maar ongeplaatste verwijzingen, dan de rest.',
  }),
  opvanglocaties: z.array(OpvanglocatieSchema).openapi({ description: 'De eigen opvanglocaties met bezetting en vrije plaatsen.' }),
}).openapi('Zorgoverzicht');
