// The care coordinator's overview (issue 7): one call, what needs attention first.
import { createRoute } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { beveiligd, fouten, jsonAntwoord } from '../../http/openapi.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { ZorgoverzichtSchema } from './zorgoverzicht.schemas.js';
import { zorgoverzicht } from './zorgoverzicht.service.js';

const overzicht = createRoute({
  method: 'get', path: '/zorgoverzicht', operationId: 'zorgoverzichtOpvragen', tags: ['Opvang'], security: beveiligd,
  summary: 'Overzicht van de zorgcoördinator: verwezen dossiers op urgentie van actie, en de bezetting van de eigen opvang',
  description: 'Open en aanvaarde verwijzingen aan uw organisatie met de lopende plaatsing en de bedenktijd (status, uiterlijkeEinddatum), in volgorde: achterstallige antwoorden, bedenktijden die binnen de herinneringstermijn eindigen, aanvaarde maar ongeplaatste verwijzingen, de rest. Daarnaast per eigen opvanglocatie de bezetting en vrije plaatsen. Zonder persoonsgegevens.',
  middleware: [autoriseer('zorgoverzicht.lezen')] as const,
  responses: { 200: jsonAntwoord(ZorgoverzichtSchema, 'Het overzicht voor uw organisatie.'), ...fouten() },
});

export const zorgoverzichtRouter = createRouter()
  .openapi(overzicht, async (c) => c.json(await zorgoverzicht(useCaseContext(c)), 200));
