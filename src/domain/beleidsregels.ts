// The policy rules that fix the length of the B8/3 bedenktijd, as data (docs/beslissingen/0001-beleidsregels-als-data.md): each has an
// effective date and a legal source, so a future change (e.g. the transposition of Directive (EU)
// 2024/1712) is one new entry. A bedenktijd stores the code of the rule it was computed with, and a
// later rule never moves an existing deadline.
import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { Verblijfssituatie } from './catalogus.js';

export interface Beleidsregel {
  code: string;
  omschrijving: string;
  /** First day of grant (ingangsdatum) to which the rule applies. */
  geldigVanaf: string;
  /** The residence situations it applies to; undefined = every eligible situation. */
  doelgroep?: readonly Verblijfssituatie[];
  duur: { maanden: number } | { dagen: number };
  bron: string;
}

export const BELEIDSREGELS: readonly Beleidsregel[] = [
  {
    code: 'b8-3-drie-maanden',
    omschrijving: 'Bedenktijd van ten hoogste drie maanden',
    geldigVanaf: '2000-04-01',
    duur: { maanden: 3 },
    bron: 'B8/3.1 Vc 2000: de bedenktijd duurt tot de aangifte of medewerking, met een maximum van drie maanden (rapport §3.4.1, vn. 60).',
  },
  {
    code: 'b8-3-dublin-dertig-dagen',
    omschrijving: 'Bedenktijd van ten hoogste 30 dagen voor Dublinclaimanten',
    // "aan wie bedenktijd is verleend na 18 mei 2023": granted from 19 May 2023 on.
    geldigVanaf: '2023-05-19',
    doelgroep: ['dublinclaimant'],
    duur: { dagen: 30 },
    bron: 'Besluit van de Staatssecretaris van JenV van 10 mei 2023, Stcrt. 2023, 13577 (B8/3.1 Vc 2000): 30 dagen voor Dublinclaimanten aan wie bedenktijd is verleend na 18 mei 2023 (rapport §3.4.1, vn. 61).',
  },
];

/**
 * The rule in force for a grant: among the rules effective on the day of the grant that cover the
 * person's residence situation, a rule for a specific group wins over a general one, and a newer
 * rule over an older one.
 */
export function kiesBeleidsregel(verblijfssituatie: Verblijfssituatie, ingangsdatum: string, regels: readonly Beleidsregel[] = BELEIDSREGELS): Beleidsregel {
  const kandidaten = regels
    .filter((r) => r.geldigVanaf <= ingangsdatum && (!r.doelgroep || r.doelgroep.includes(verblijfssituatie)))
    .sort((a, b) => Number(Boolean(b.doelgroep)) - Number(Boolean(a.doelgroep)) || b.geldigVanaf.localeCompare(a.geldigVanaf));
  const regel = kandidaten[0];
  if (!regel) throw new Error(`Geen beleidsregel voor ${verblijfssituatie} op ${ingangsdatum}`);
  return regel;
}

export function beleidsregel(code: string, regels: readonly Beleidsregel[] = BELEIDSREGELS): Beleidsregel {
  const regel = regels.find((r) => r.code === code);
  if (!regel) throw new Error(`Onbekende beleidsregel ${code}`);
  return regel;
}

/**
 * docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md: in force from ingangsdatum through uiterlijkeEinddatum, both inclusive; as in art.
 * 6:8 Awb the period is counted from the day after the grant, so the end date carries the grant's
 * day number. date-fns clamps to the month's last day (30 Nov → 28/29 Feb). Weekends and holidays do
 * not extend it: it is a maximum stay, not a deadline for an act (so no art. 1 Algemene termijnenwet).
 */
export function uiterlijkeEinddatum(regel: Beleidsregel, ingangsdatum: string): string {
  const start = parseISO(ingangsdatum);
  const einde = 'maanden' in regel.duur ? addMonths(start, regel.duur.maanden) : addDays(start, regel.duur.dagen);
  return format(einde, 'yyyy-MM-dd');
}
