import { z } from '@hono/zod-openapi';
import { STRAFRECHTELIJKE_SOORTEN } from '../../domain/strafrecht.js';
import { VERBLIJFSBESLUIT_SOORTEN } from '../../domain/verblijf.js';
import { datum } from '../../http/velden.js';

export const SPOREN = ['slachtoffer', 'strafrecht', 'verblijf', 'zorg'] as const;
export type Spoor = (typeof SPOREN)[number];

export const TIJDLIJN_SOORTEN = [
  // slachtofferspoor
  'registratie', 'aansluiting', 'samenvoeging', 'signaal', 'beoordeling', 'bedenktijd_advies', 'bedenktijd_aangeboden', 'bedenktijd_verleend',
  'bedenktijd_geweigerd', 'bedenktijd_beeindigd', 'bedenktijd_verlopen',
  // strafrechtelijk spoor
  ...STRAFRECHTELIJKE_SOORTEN,
  // verblijfsspoor
  'beroep_b8_3', ...VERBLIJFSBESLUIT_SOORTEN,
  // zorgspoor
  'verwijzing', 'verwijzing_aanvaard', 'verwijzing_afgewezen', 'verwijzing_ingetrokken', 'verwijzing_afgerond',
  'plaatsing', 'plaatsing_beeindigd',
] as const;
export type TijdlijnSoort = (typeof TIJDLIJN_SOORTEN)[number];

export const TijdlijnItemSchema = z.object({
  spoor: z.enum(SPOREN).openapi({ description: 'slachtoffer (identificatie en bedenktijd), strafrecht, verblijf of zorg.' }),
  soort: z.enum(TIJDLIJN_SOORTEN),
  datum: datum().openapi({ description: 'Dag van de gebeurtenis (Europe/Amsterdam).' }),
  organisatieId: z.string().uuid().nullable().openapi({ description: 'De organisatie die de gebeurtenis vastlegde of nam; null bij een automatische gebeurtenis (verlopen).' }),
  organisatieNaam: z.string().nullable(),
  omschrijving: z.string().openapi({ description: 'Eén regel in het Nederlands, zonder persoonsgegevens.', example: 'Aangifte gedaan.' }),
  bronId: z.string().uuid().openapi({ description: 'Id van de resource waar de gebeurtenis uit komt (dossier, signaal, bedenktijd, …).' }),
}).openapi('TijdlijnItem');

export const TijdlijnSchema = z.object({ tijdlijn: z.array(TijdlijnItemSchema) }).openapi('Tijdlijn');

export type TijdlijnItem = z.infer<typeof TijdlijnItemSchema>;
