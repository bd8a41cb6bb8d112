// GET /v1/catalogus: every enumeration with its Dutch label, so a front end can render them.
import { z } from '@hono/zod-openapi';
import * as catalogus from '../../domain/catalogus.js';
import { BELEIDSREGELS } from '../../domain/beleidsregels.js';
import * as labels from '../../domain/labels.js';
import { strafrechtelijkeSoortLabels } from '../../domain/strafrecht.js';
import { verblijfsbesluitLabels } from '../../domain/verblijf.js';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { jsonAntwoord } from '../../http/openapi.js';
import { createRouter } from '../../http/router.js';
import { datum } from '../../http/velden.js';

const Waarde = z.object({ code: z.string(), label: z.string() }).openapi('CatalogusWaarde');
const lijst = z.array(Waarde);
const CatalogusSchema = z.object({
  organisatieTypen: lijst, rollen: lijst, nationaliteitCategorieen: lijst, verblijfssituaties: lijst,
  leeftijdscategorieen: lijst, identificatiestatussen: lijst, uitbuitingsvormen: lijst, locaties: lijst,
  bronnen: lijst, indicatoren: lijst, resultatenBeoordeling: lijst, redenenNietVastgesteld: lijst,
  redenenGeenOpsporing: lijst, kennisgevingSoorten: lijst, signaalcontexten: lijst,
  bedenktijdStatussen: lijst, reacties: lijst, beeindigingsredenen: lijst, verwijzingDoelen: lijst, verwijzingStatussen: lijst,
  urgenties: lijst, toestemmingen: lijst, grondslagen: lijst, afwijzingsredenen: lijst, geslachten: lijst,
  strafrechtelijkeSoorten: lijst, verblijfsbesluitSoorten: lijst,
  landen: lijst.openapi({ description: 'ISO 3166-1 alpha-2-codes met de Nederlandse naam van het land.' }),
  landenEuEerZwitserland: z.array(z.string()).openapi({ description: 'Nationaliteiten (ISO 3166-1 alpha-2) van nationaliteitCategorie eu_eer_zwitserland; NL is nederlands, elk ander land derdelander.' }),
  wegingsschalen: z.array(z.object({ code: z.string(), label: z.string(), waarden: lijst, organisatieTypen: z.array(z.string()) })),
  beleidsregels: z.array(z.object({ code: z.string(), omschrijving: z.string(), geldigVanaf: datum(), doelgroep: z.array(z.string()).nullable(), bron: z.string() })),
}).openapi('Catalogus');

const waarden = (c: Readonly<Record<string, string>>) => Object.entries(c).map(([code, label]) => ({ code, label }));

const inhoud = {
  organisatieTypen: waarden(catalogus.organisatieTypen),
  rollen: waarden(catalogus.rollen),
  nationaliteitCategorieen: waarden(catalogus.nationaliteitCategorieen),
  verblijfssituaties: waarden(catalogus.verblijfssituaties),
  leeftijdscategorieen: waarden(catalogus.leeftijdscategorieen),
  identificatiestatussen: waarden(catalogus.identificatiestatussen),
  uitbuitingsvormen: waarden(catalogus.uitbuitingsvormen),
  locaties: waarden(catalogus.locaties),
  bronnen: waarden(catalogus.bronnen),
  indicatoren: waarden(catalogus.indicatoren),
  resultatenBeoordeling: waarden(catalogus.resultatenBeoordeling),
  redenenNietVastgesteld: waarden(catalogus.redenenNietVastgesteld),
  redenenGeenOpsporing: waarden(catalogus.redenenGeenOpsporing),
  kennisgevingSoorten: waarden(catalogus.kennisgevingSoorten),
  bedenktijdStatussen: waarden(labels.bedenktijdStatussen),
  reacties: waarden(labels.reacties),
  beeindigingsredenen: waarden(labels.beeindigingsredenen),
  verwijzingDoelen: waarden(labels.verwijzingDoelen),
  verwijzingStatussen: waarden(labels.verwijzingStatussen),
  urgenties: waarden(labels.urgenties),
  toestemmingen: waarden(labels.toestemmingen),
  grondslagen: waarden(labels.grondslagen),
  afwijzingsredenen: waarden(labels.afwijzingsredenen),
  geslachten: waarden(labels.geslachten),
  strafrechtelijkeSoorten: waarden(strafrechtelijkeSoortLabels),
  verblijfsbesluitSoorten: waarden(verblijfsbesluitLabels),
  landen: labels.alleLanden().map(({ code, naam }) => ({ code, label: naam })),
  signaalcontexten: waarden(catalogus.signaalcontexten),
  landenEuEerZwitserland: [...catalogus.LANDEN_EU_EER_ZWITSERLAND],
  wegingsschalen: Object.entries(catalogus.wegingsschalen).map(([code, s]) => ({
    code, label: s.label, waarden: waarden(s.waarden), organisatieTypen: [...s.organisatieTypen],
  })),
  beleidsregels: BELEIDSREGELS.map((r) => ({ code: r.code, omschrijving: r.omschrijving, geldigVanaf: r.geldigVanaf, doelgroep: r.doelgroep ? [...r.doelgroep] : null, bron: r.bron })),
};

const route = beveiligdeRoutes('Catalogus');

const opvragen = route('get', '/catalogus', 'catalogusOpvragen', 'catalogus.lezen', {
  summary: 'Alle waardelijsten met Nederlandse labels',
  description: 'Elke waardelijst (enum) van de API met het Nederlandse label per code, de ISO-landen met hun Nederlandse naam, de wegingsschalen per organisatietype en de beleidsregels van de bedenktijd. Voor elke rol; bevat geen dossiergegevens. Een client toont hiermee labels in plaats van codes.',
  antwoorden: { 200: jsonAntwoord(CatalogusSchema, 'De catalogus.') },
});

export const catalogusRouter = createRouter().openapi(opvragen, (c) => c.json(inhoud, 200));
