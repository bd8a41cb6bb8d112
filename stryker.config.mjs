// Mutation testing of the legal rules (issue 21): `npm run mutation`. Stryker changes the code in
// src/domain one small step at a time (a `<` into `<=`, a condition into `true`, a text into "") and
// runs test/domain against each change; a change that no test notices ("survived") is a rule that no
// test pins down. Reports: reports/mutation/mutation.json (mutation-testing-elements schema) and
// mutation.html; the score per file is printed at the end.
//
// Equivalent mutants — changes that cannot alter any result — are marked in the source with
// `// Stryker disable next-line <mutator>: <reason>` where that comment hits only them. Stryker
// disables a mutator for a whole line, so where the same line also carries mutants that the tests do
// kill (the `→ false` twin of a `→ true`, the `>=` twin of a `<=`), the equivalent one is listed here
// instead and left to show as "survived" (39 mutants in all):
// - beoordeling.ts identificatiestatus: `b.id === undefined` → false (the set of replaced ids holds no
//   null or undefined, so has(undefined) is false anyway); `a.beoordelingsdatum < b.beoordelingsdatum`
//   → `<=` (equal dates are sorted by the branch before).
// - beoordeling.ts gesprekNaBeoordelingBevinding: `gesprek.datum !== null` → true, and
//   regelovertredingen: `b.informatiefGesprek.datum !== null` → true (null > '2026-…' is false).
// - strafrecht.ts kennisgevingVoor: `kennisgeving && ontvangers` → `||` (every event in GEVOLGEN has
//   both or neither, so the two agree on every input).
// - strafrecht.ts opVolgorde: `a.datum < b.datum` → `<=` (equal dates are sorted by the branch before);
//   valtBinnenBedenktijd: the two `!== null` checks → true, both together → true, and their `&&` → `||`
//   (a comparison of null with a date string is false, as the checks are).
// - verblijf.ts regelovertredingen: `invoer.geldigTot !== null` → true (null is neither before nor
//   after a date string).
// - verwijzing.ts aandachtspunt: `i.uiterlijkeEinddatum !== null` → true (without an end date the
//   day count is NaN, and NaN <= venster is false); sorteerOpAandacht: `a.verwijzingId <
//   b.verwijzingId` → `<=` (referral ids are unique).
// - informatiefgesprek.ts informatiefGesprekVoorAangifteBevinding: `g.datum !== null` → true (null is
//   not on or before a date string).
// - labels.ts landenOpNaam: `naam !== code` → true (with fallback 'none' CLDR answers a name or
//   undefined, never the code itself).
// - leeftijd.ts uitbuitingsperiodeBevindingen: the two `p.einddatum !== null` checks → true (null is
//   neither before nor after a date string).
// - monitor.ts dagen: `typeof van === 'string'` → false and `'string'` → "" (van is a date string only
//   when tot is one too, and date-fns then reads both as UTC midnight: the same count of calendar days);
//   `typeof tot === 'string'` → false and `'string'` → "" (date-fns reads the date string as UTC
//   midnight instead of local midnight: the same calendar day in the time zones the service runs in,
//   UTC and Europe/Amsterdam); bomen: `jaren.length > 0` → true and → `>= 0` (without data the loop
//   from Math.min() = Infinity to Math.max() = -Infinity does not run); Vrijgave.totaal and
//   Vrijgave.filtertabel: `if (bestaand)` → false (a cache: the table is computed again, the same); the representative's sort
//   `a.sleutel < b.sleutel` → `<=` (keys are unique); duurstatistiek: `aantal.aantal === null` → false
//   (null < DREMPEL is true as well).
// - onthulling.ts beschermTabel: markeer's `!onderdrukt.has(s)` → true (a cell marked before got its
//   mark from the same rule, or is a primary, for which isPrimair holds: setting it again changes
//   nothing); the sort of the primaries `celSleutel(a) < celSleutel(b)` → `<=`, and kies's name order
//   `a < b` → `<=` (cell keys and sibling names are distinct); kies's `a > b ? 1 : 0` with `a > b`
//   → true, false, `>=` and `<=` (it only answers 1 or 0, and Array.prototype.sort in V8 only asks
//   whether the comparison is below 0).
// - persoon.ts normaliseerGeslachtsnaam: the `ŀ: 'l'` entry → "" (NFKD already decomposes ŀ into l and
//   U+00B7, so the entry never matches).
// - kalender.ts MOMENT: the pattern without its closing `$` (V8's Date.parse, which isMoment also
//   asks, rejects any text after an ISO 8601 moment, so a string with a tail is refused either way).
// - toegang.ts smalste `<=` → `<` and breedste `>=` → `>` (equal ranks are the same scope, so a and b
//   are equal); samengevoegd: `doorgeefbaar === null` → false (breedste(null, x) is x: an unknown rank
//   is never >=).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['src/domain/**/*.ts'],
  // A mutant that does not type-check is not a question of test strength: `npm run typecheck` rejects it.
  checkers: [],
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, allowEmojis: false, logTests: false, reportTests: false, reportMutants: false, reportScoreTable: true },
  // The machine has two cores shared with other work.
  concurrency: 2,
  // Below 95 % killed in total the command fails (issue 21 asks ≥ 95 % for every file: read the table).
  thresholds: { high: 95, low: 90, break: 95 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  incremental: false,
};
