// The monitor's query and answers (docs/monitor.md). Aggregates only: no dossier id, no row-level data.
import { z } from '@hono/zod-openapi';
import { BRONNEN, LEEFTIJDSCATEGORIEEN, NATIONALITEIT_CATEGORIEEN, UITBUITINGSVORMEN, VERBLIJFSSITUATIES } from '../../domain/catalogus.js';
import { DREMPEL } from '../../domain/onthulling.js';
import { datum } from '../../http/velden.js';

export const REGISTRERENDE_TYPEN = ['politie', 'kmar', 'nla'] as const;

export const MonitorQuery = z.object({
  jaar: z.string().regex(/^\d{4}$/, 'Geef een jaartal van vier cijfers.').optional()
    .openapi({ description: 'Kalenderjaar (het kwartaal van het eerste signaal bepaalt de periode van een dossier).', example: '2023' }),
  kwartaal: z.enum(['1', '2', '3', '4']).optional().openapi({ description: 'Kwartaal 1–4 van het opgegeven jaar.' }),
  van: datum().optional().openapi({ description: 'Begin van een reeks hele kwartalen: de eerste dag van een kwartaal.', example: '2018-07-01' }),
  tot: datum().optional().openapi({ description: 'Einde van een reeks hele kwartalen: de laatste dag van een kwartaal.', example: '2023-12-31' }),
  organisatieType: z.enum(REGISTRERENDE_TYPEN).optional().openapi({ description: 'Alleen de rijen van dit organisatietype (verandert geen cijfer).' }),
  organisatieId: z.string().uuid().optional().openapi({ description: 'Alleen de rij van deze organisatie (verandert geen cijfer).' }),
  uitbuitingsvorm: z.enum(UITBUITINGSVORMEN).optional().openapi({ description: 'Dossiers met een signaal van deze vorm. Ten hoogste één kenmerkfilter per verzoek.' }),
  leeftijdscategorie: z.enum(LEEFTIJDSCATEGORIEEN).optional(),
  nationaliteitCategorie: z.enum(NATIONALITEIT_CATEGORIEEN).optional(),
  verblijfssituatie: z.enum(VERBLIJFSSITUATIES).optional(),
  bron: z.enum(BRONNEN).optional().openapi({ description: 'Dossiers met een signaal uit deze bron.' }),
  formaat: z.enum(['json', 'csv']).optional().openapi({ description: 'json (standaard) of csv; gelijk aan Accept: application/json of text/csv. Gaat voor Accept.' }),
});
export type MonitorQuery = z.infer<typeof MonitorQuery>;

const Onderdrukt = z.enum(['primair', 'secundair']).nullable().openapi({
  description: `primair: een aantal van 1 tot ${DREMPEL}; secundair: onderdrukt zodat geen som of verschil van gepubliceerde cijfers een primaire cel teruggeeft (docs/monitor.md). null: gepubliceerd.`,
});

const Cijfer = z.object({
  stap: z.string(),
  aantal: z.number().int().nullable().openapi({ description: 'Aantal dossiers; null als onderdrukt.' }),
  onderdrukt: Onderdrukt,
  noemerStap: z.string().nullable().openapi({ description: 'De stap waarvan het aantal de noemer is (null: de basis).' }),
  noemer: z.number().int().nullable(),
  noemerOnderdrukt: Onderdrukt,
  aandeel: z.number().nullable().openapi({ description: 'aantal / noemer, alleen als beide gepubliceerd zijn en de noemer niet 0 is.' }),
  zonderFilter: z.number().int().nullable().openapi({ description: 'Met een kenmerkfilter: dezelfde stap zonder dat filter (de noemer van het aandeel van de filterwaarde).' }),
}).openapi('MonitorCijfer');

const Groep = <T extends z.ZodType>(cijfers: T) => z.object({
  niveau: z.enum(['landelijk', 'organisatietype', 'organisatie']),
  organisatieType: z.string().nullable(),
  organisatieId: z.string().uuid().nullable(),
  naam: z.string(),
  cijfers,
});

const Periode = z.object({ van: z.string().nullable(), tot: z.string().nullable() })
  .openapi({ description: 'De periode (van de eerste signalen); null: alle gegevens.' });
const FilterSchema = z.object({ dimensie: z.string(), waarde: z.string() }).nullable();
const Stap = z.object({ stap: z.string(), label: z.string(), noemerStap: z.string().nullable(), definitie: z.string() });

export const TrechterSchema = z.object({
  periode: Periode,
  filter: FilterSchema,
  drempel: z.number().int(),
  stappen: z.array(Stap),
  groepen: z.array(Groep(z.array(Cijfer))),
}).openapi('Trechter');

const Duur = z.object({
  maat: z.string(), label: z.string(), stap: z.string(),
  aantal: z.number().int().nullable(), onderdrukt: Onderdrukt,
  mediaanDagen: z.number().int().nullable(), p90Dagen: z.number().int().nullable(),
}).openapi('MonitorDoorlooptijd');

export const DoorlooptijdenSchema = z.object({
  periode: Periode,
  filter: FilterSchema,
  drempel: z.number().int(),
  signaleringsdagen: z.number().int().openapi({ description: 'BEDENKTIJD_SIGNALERING_DAGEN: na zoveel dagen zonder aanbod telt een vastgestelde, aanbiedbare zaak als niet tijdig aangeboden.' }),
  stappen: z.array(Stap),
  groepen: z.array(Groep(z.object({ aantallen: z.array(Cijfer), doorlooptijden: z.array(Duur) }))),
}).openapi('Doorlooptijden');

export type Trechter = z.infer<typeof TrechterSchema>;
export type Doorlooptijden = z.infer<typeof DoorlooptijdenSchema>;
export type MonitorCijfer = z.infer<typeof Cijfer>;
