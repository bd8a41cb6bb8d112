// Issue 19: the repository stands on its own. The check of scripts/controleer-verwijzingen.ts over the
// real repository (src/, test/, examples/, docs/, README.md, SECURITY.md and the OpenAPI document the
// service serves) finds nothing, and over planted text it finds exactly what was planted. The planted
// names are put together at run time, so this file itself names no missing file.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { controleer, leesRepository, openapiDocument, repositoryMap, type Bestand } from '../../scripts/controleer-verwijzingen.js';

const { bestanden, bestaand } = leesRepository(repositoryMap);
const md = (naam: string) => `${naam}.md`;
const gedeeld = ['..', 'shared', ''].join('/');

describe('verwijzingen naar bestanden buiten de repository', () => {
  it('de repository en het OpenAPI-document verwijzen alleen naar bestanden in de repository', async () => {
    const document = await openapiDocument();
    expect(document.tekst).toContain('docs/'); // the API descriptions do cite the docs
    expect(controleer([...bestanden, document], bestaand)).toEqual([]);
  });

  it('scant src, test, examples, docs, README.md en SECURITY.md', () => {
    const paden = bestanden.map((b) => b.pad);
    for (const p of ['src/app.ts', 'test/proces/verwijzingen.test.ts', 'examples/ontvanger.ts', 'docs/domein.md', 'README.md', 'SECURITY.md']) {
      expect(paden).toContain(p);
    }
  });

  it('faalt op een geplante verwijzing in een bronbestand, een API-beschrijving en een document', () => {
    const geplant: Bestand[] = [
      { pad: 'src/domain/geplant.ts', tekst: `// eerste regel\n// zie ${md('design')} §5.9 voor de ontvangers\n` },
      { pad: 'GET /v1/openapi.json', tekst: JSON.stringify({ description: `Redenen (${md('domain')} §9.6).` }) },
      { pad: 'test/api/geplant.test.ts', tekst: `it('${gedeeld}design/notities.txt §2', () => {});` },
      { pad: `docs/${md('geplant')}`, tekst: `Zie [het ontwerp](${gedeeld}${md('design')}) en [regels](${md('regel')}) en [een map](bestaat-niet/).` },
      { pad: 'src/geplant.ts', tekst: `// docs/${md('bestaat-niet')} en docs/beslissingen/${md('0099-nooit-geschreven')}` },
    ];
    const gevonden = controleer(geplant, bestaand).map((b) => `${b.pad}:${b.regel} ${b.verwijzing}`);
    expect(gevonden.sort()).toEqual([
      `src/domain/geplant.ts:2 ${md('design')}`,
      `GET /v1/openapi.json:1 ${md('domain')}`,
      `test/api/geplant.test.ts:1 ${gedeeld}design/notities.txt`,
      `docs/${md('geplant')}:1 ${gedeeld}${md('design')}`,
      `docs/${md('geplant')}:1 ${gedeeld}${md('design')}`,
      `docs/${md('geplant')}:1 ${md('regel')}`,
      `docs/${md('geplant')}:1 ${md('regel')}`,
      `docs/${md('geplant')}:1 bestaat-niet/`,
      `src/geplant.ts:1 docs/${md('bestaat-niet')}`,
      `src/geplant.ts:1 docs/beslissingen/${md('0099-nooit-geschreven')}`,
    ].sort());
  });

  it('laat bestaande verwijzingen, URL\'s en de toegestane rulesets van de CI-machine door', () => {
    const goed: Bestand[] = [
      { pad: 'src/x.ts', tekst: '// docs/regels.md R2; docs/beslissingen/0016-kennisgevingen-per-ontvanger.md; README.md, "HTTP conventions"' },
      { pad: `docs/${md('x')}`, tekst: `[0005](beslissingen/${md('0005-toegang-als-grants')}), [code](../src/app.ts), [web](https://example.org/design.md), [hier](#kop), [map](beslissingen/)` },
      { pad: 'README.md', tekst: `lint met de rulesets uit \`${gedeeld}adr/\`` },
    ];
    expect(controleer(goed, bestaand)).toEqual([]);
  });

  it('docs/README.md noemt elk document in docs/', () => {
    const index = bestanden.find((b) => b.pad === 'docs/README.md')!.tekst;
    const documenten = readdirSync(path.join(repositoryMap, 'docs')).filter((n) => n !== 'README.md' && n !== 'beslissingen');
    const beslissingen = readdirSync(path.join(repositoryMap, 'docs/beslissingen')).map((n) => `beslissingen/${n}`);
    const ontbrekend = [...documenten, ...beslissingen].filter((n) => !index.includes(`(${n})`));
    expect(ontbrekend).toEqual([]);
  });
});
