// One person, one dossier (docs/een-persoon-een-dossier.md): two dossiers with the same V-number, or
// without one the same surname and date of birth, are possibly the same person and the service says
// so (409). Tests that register several dossiers give each its own person.

let teller = 0;

/** A V-number that no other dossier of this test file's database has. */
export function nieuwVnummer(): string {
  teller += 1;
  return String(8_100_000_000 + teller);
}
