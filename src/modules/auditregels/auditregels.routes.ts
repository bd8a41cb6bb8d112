import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { headerDefinities, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { AuditregelCollectieSchema, AuditregelListQuery, naarAuditregel, VerificatieSchema } from './auditregels.schemas.js';
import { lijstAuditregels, verifieerAuditregels } from './auditregels.service.js';

const route = beveiligdeRoutes('Audit');

const lijst = route('get', '/auditregels', 'auditregelsOpvragen', 'auditregels.lezen', {
  summary: 'Auditregels, oplopend op id, eventueel voor één dossier',
  description: 'Elke schrijfactie en elke inzage van persoonsgegevens, met de hashketen (per dossier of per organisatie). '
    + 'Controleer de ketens met /auditregels/_verificatie.',
  query: AuditregelListQuery.extend(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(AuditregelCollectieSchema, 'Een pagina auditregels.', headerDefinities.link) },
});

const verificatie = route('get', '/auditregels/_verificatie', 'auditVerificatieOpvragen', 'auditregels.verifieren', {
  summary: 'Controleer alle hashketens van de audittrail',
  description: 'Herberekent elke keten met de auditsleutel en vergelijkt haar met de ondertekende ankers buiten de database. '
    + 'Meldt gewijzigde regels (hash klopt niet), verwijderde of ingevoegde regels (gat of verbroken koppeling), een ingekort einde van een keten, '
    + 'een teruggedraaide of verwijderde keten en een audittrail met minder regels dan verankerd.',
  antwoorden: { 200: jsonAntwoord(VerificatieSchema, 'Uitslag van de controle.') },
});

const isId = cursorDeel.volgnummer;

export const auditregelsRouter = createRouter()
  .openapi(lijst, async (c) => {
    const { cursor, limit, ...filters } = c.req.valid('query');
    const rows = await lijstAuditregels(useCaseContext(c), filters, limit, decodeCursor(c, cursor, isId));
    const { items, laatste } = pagina(rows, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, laatste.id));
    return c.json({ auditregels: items.map(naarAuditregel) }, 200);
  })
  .openapi(verificatie, async (c) => c.json(await verifieerAuditregels(useCaseContext(c)), 200));
