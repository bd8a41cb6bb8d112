// The fenced code blocks of the project's documentation, so tests can run exactly what a reader
// copies (README.md, docs/integratie-ind-coa.md) and the two cannot drift apart.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectMap } from './serverproces.js';

export interface Codeblok {
  taal: string;
  /** The headings above the block, outermost first (e.g. ['Walkthrough', 'From assessment to grant …']). */
  koppen: string[];
  tekst: string;
}

export async function leesDocument(relatiefPad: string): Promise<string> {
  return readFile(path.join(projectMap, relatiefPad), 'utf8');
}

/** Every fenced block with its language and the headings it sits under. */
export function codeblokken(markdown: string): Codeblok[] {
  const blokken: Codeblok[] = [];
  const koppen: string[] = [];
  let open: { taal: string; regels: string[] } | null = null;
  for (const regel of markdown.split('\n')) {
    if (open) {
      if (/^```\s*$/.test(regel)) {
        blokken.push({ taal: open.taal, koppen: [...koppen], tekst: open.regels.join('\n') });
        open = null;
      } else {
        open.regels.push(regel);
      }
      continue;
    }
    const fence = /^```(\S*)\s*$/.exec(regel);
    if (fence) { open = { taal: fence[1] ?? '', regels: [] }; continue; }
    const kop = /^(#{1,6})\s+(.*)$/.exec(regel);
    if (kop) {
      const niveau = kop[1]!.length;
      koppen.length = Math.max(0, niveau - 1);
      koppen[niveau - 1] = kop[2]!.trim();
    }
  }
  return blokken;
}

/** The bash blocks under a heading (at any level below it). */
export function bashBlokkenOnder(markdown: string, kop: string | RegExp): Codeblok[] {
  const past = (k: string) => (typeof kop === 'string' ? k === kop : kop.test(k));
  return codeblokken(markdown).filter((b) => b.taal === 'bash' && b.koppen.some((k) => k && past(k)));
}
