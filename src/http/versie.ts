// ETag / If-Match on versioned resources (README.md "HTTP conventions"): missing → 428, stale → 412.
import { problemen } from './problem.js';

export const etagVoor = (versie: number) => `"${versie}"`;

export function vereisVersie(ifMatch: string | undefined, huidigeVersie: number): void {
  if (!ifMatch) throw problemen.voorwaardeVereist();
  const tags = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!tags.includes('*') && !tags.includes(etagVoor(huidigeVersie))) throw problemen.voorwaardeMislukt();
}
