// The repository stands on its own (issue 19): no source file, document or API description may refer
// to a file that is not in the repository. Scans src/, test/, examples/, README.md, SECURITY.md, docs/
// and the generated OpenAPI document, and reports
//   1. every name of a Markdown file (`design.md`, `docs/regels.md`, `0016-….md`) that resolves to no
//      file in the repository — relative to the citing file, to the repository root, or (a bare name)
//      anywhere in it;
//   2. every relative link target in a Markdown file (`[tekst](../iets)`, images too) that does not exist
//      or lies outside the repository;
//   3. every `../shared/` path: the notes this project was built from live there, outside the repository.
//      One exception, TOEGESTAAN below: `../shared/adr/`, where the CI machine keeps the Spectral
//      rulesets of the NL API Design Rules that `.ci/run` lints the OpenAPI document with (`SHARED_DIR`).
//      They are the government's rulesets, not this project's text, and README.md says where they come
//      from; nothing in the code or the API cites them.
//
// `npx tsx scripts/controleer-verwijzingen.ts` exits 1 with one line per finding; the test
// test/proces/verwijzingen.test.ts runs the same function over the repository and over planted text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Bestand {
  /** Path relative to the repository root, with forward slashes. */
  pad: string;
  tekst: string;
}

export interface Bevinding {
  pad: string;
  regel: number;
  verwijzing: string;
  reden: string;
}

/** Paths outside the repository that may be named, each with the reason (see the header). */
export const TOEGESTAAN: ReadonlyArray<{ voorvoegsel: string; reden: string }> = [
  { voorvoegsel: '../shared/adr/', reden: 'Spectral-rulesets van de NL API Design Rules op de CI-machine (SHARED_DIR in .ci/run)' },
];

/** What is scanned: folders recursively, single files as given (relative to the root). */
export const TE_SCANNEN = ['src', 'test', 'examples', 'docs', 'README.md', 'SECURITY.md'];

const OVERSLAAN = new Set(['node_modules', '.git', 'dist', 'data', 'coverage', '.stryker-tmp', 'reports']);
const TEKSTBESTAND = /\.(ts|tsx|js|mjs|cjs|json|md|css|html|sql|yaml|yml|toml|txt|sh)$/;

function alleBestanden(root: string, relatief = ''): string[] {
  const volledig = path.join(root, relatief);
  if (!existsSync(volledig)) return [];
  if (statSync(volledig).isFile()) return [relatief];
  const uit: string[] = [];
  for (const naam of readdirSync(volledig)) {
    if (OVERSLAAN.has(naam)) continue;
    uit.push(...alleBestanden(root, relatief ? `${relatief}/${naam}` : naam));
  }
  return uit;
}

/** The files of the repository (for resolving), and those that are scanned (with their text). */
export function leesRepository(root: string): { bestanden: Bestand[]; bestaand: Set<string> } {
  const bestaand = new Set(alleBestanden(root));
  for (const p of [...bestaand]) {
    // Folders exist too (a link to `beslissingen/`).
    let map = path.posix.dirname(p);
    while (map !== '.' && !bestaand.has(map)) { bestaand.add(map); map = path.posix.dirname(map); }
  }
  const bestanden: Bestand[] = [];
  for (const begin of TE_SCANNEN) {
    for (const p of alleBestanden(root, begin)) {
      if (TEKSTBESTAND.test(p)) bestanden.push({ pad: p, tekst: readFileSync(path.join(root, p), 'utf8') });
    }
  }
  return { bestanden, bestaand };
}

// A Markdown file name that does not start in the middle of a path, a URL or a word.
const MD_NAAM = /(?<![\w./\\-])((?:\.{1,2}\/)*[\w-][\w./-]*?\.md)(?![\w-])/g;
// A Markdown link or image: [tekst](doel) or ![alt](doel "titel").
const MD_LINK = /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const BUITEN = /\.\.\/shared\/[^\s'"`)\]]*/g;

function regelVan(tekst: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index; i++) if (tekst.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * The references in `bestanden` that do not resolve inside the repository whose files (and folders)
 * are `bestaand`, paths relative to the root with forward slashes.
 */
export function controleer(bestanden: readonly Bestand[], bestaand: ReadonlySet<string>): Bevinding[] {
  const bevindingen: Bevinding[] = [];
  const basisnamen = new Set([...bestaand].map((p) => path.posix.basename(p)));
  const toegestaan = (ref: string) => TOEGESTAAN.some((t) => ref.startsWith(t.voorvoegsel));
  const binnen = (p: string) => p !== '..' && !p.startsWith('../') && !path.posix.isAbsolute(p);

  for (const { pad, tekst } of bestanden) {
    const map = path.posix.dirname(pad);
    const meld = (index: number, verwijzing: string, reden: string) =>
      bevindingen.push({ pad, regel: regelVan(tekst, index), verwijzing, reden });

    for (const m of tekst.matchAll(BUITEN)) {
      if (!toegestaan(m[0])) meld(m.index, m[0], 'buiten de repository (../shared/)');
    }

    for (const m of tekst.matchAll(MD_NAAM)) {
      const naam = m[1]!;
      if (naam.includes('../shared/')) continue; // already reported above
      const kandidaten = [path.posix.normalize(path.posix.join(map, naam)), path.posix.normalize(naam)];
      const gevonden = kandidaten.some((k) => binnen(k) && bestaand.has(k))
        || (!naam.includes('/') && basisnamen.has(naam));
      if (!gevonden) meld(m.index, naam, 'geen bestand in de repository');
    }

    if (pad.endsWith('.md')) {
      for (const m of tekst.matchAll(MD_LINK)) {
        const doel = m[1]!;
        if (/^[a-z][a-z0-9+.-]*:/i.test(doel) || doel.startsWith('#') || doel.startsWith('/')) continue;
        const zonderAnker = decodeURI(doel.split('#')[0]!.split('?')[0]!);
        if (!zonderAnker || toegestaan(zonderAnker)) continue;
        const opgelost = path.posix.normalize(path.posix.join(map, zonderAnker)).replace(/\/$/, '');
        if (!binnen(opgelost)) meld(m.index, doel, 'link naar buiten de repository');
        else if (!bestaand.has(opgelost)) meld(m.index, doel, 'link naar een bestand dat niet bestaat');
      }
    }
  }
  return bevindingen;
}

/** The OpenAPI document as the service serves it, built without a database (as src/cli/openapi.ts). */
export async function openapiDocument(): Promise<Bestand> {
  const { openApiDocumentZonderDatabase } = await import('../src/cli/openapi-document.js');
  return { pad: 'GET /v1/openapi.json', tekst: JSON.stringify(await openApiDocumentZonderDatabase(), null, 1) };
}

export const repositoryMap = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { bestanden, bestaand } = leesRepository(repositoryMap);
  const bevindingen = controleer([...bestanden, await openapiDocument()], bestaand);
  for (const b of bevindingen) console.log(`${b.pad}:${b.regel}: ${b.verwijzing} — ${b.reden}`);
  console.log(bevindingen.length === 0
    ? `verwijzingen: ${bestanden.length + 1} bestanden, alles verwijst naar de repository`
    : `verwijzingen: ${bevindingen.length} verwijzing(en) naar bestanden buiten de repository`);
  process.exit(bevindingen.length === 0 ? 0 : 1);
}
