// The care coordinator's overview (issue 7): one call, what needs attention first.
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { jsonAntwoord } from '../../http/openapi.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { ZorgoverzichtSchema } from './zorgoverzicht.schemas.js';
import { zorgoverzicht } from './zorgoverzicht.service.js';

const route = beveiligdeRoutes('Opvang');

const overzicht = route('get', '/zorgoverzicht', 'zorgoverzichtOpvragen', 'zorgoverzicht.lezen', {
  summary: 'Overzicht van de zorgcoördinator: verwezen dossiers op urgentie van actie, en de bezetting van de eigen opvang',
  description: 'Open en aanvaarde verwijzingen aan uw organisatie met de lopende plaatsing en de bedenktijd (status, uiterlijkeEinddatum), in volgorde: achterstallige antwoorden, bedenktijden die binnen de herinneringstermijn eindigen, aanvaarde maar ongeplaatste verwijzingen, de rest. Daarnaast per eigen opvanglocatie de bezetting en vrije plaatsen. Zonder persoonsgegevens.',
  antwoorden: { 200: jsonAntwoord(ZorgoverzichtSchema, 'Het overzicht voor uw organisatie.') },
});

export const zorgoverzichtRouter = createRouter()
  .openapi(overzicht, async (c) => c.json(await zorgoverzicht(useCaseContext(c)), 200));
