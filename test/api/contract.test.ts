// Issue 16, "Done when": every answer of the API calls in these test files is compared with the
// OpenAPI document (test/support/contract.ts) — status declared for the operation, content type,
// the service's own headers, the body against the response schema with additional properties
// forbidden. The files' own tests run here unchanged, with the check on; the last test lists every
// mismatch (method, path, status, reason). Not here: kennisgevingen.test.ts, whose feed fixtures are
// outbox rows written directly with an invented inhoud (not a payload the service makes; those are
// in kennisgeving-inhoud.test.ts), and the tests that call app.request themselves.
import { expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { randomIds, systemClock } from '../../src/context.js';
import { Contractcontrole, huidigeContractcontrole } from '../support/contract.js';

process.env.CONTRACT_CONTROLE = '1';

export const BESTANDEN = (process.env.CONTRACT_BESTANDEN ?? [
  'autorisatiematrix', 'dossiers', 'signalen', 'beoordelingen', 'bedenktijden', 'kennisgeving-inhoud',
  'verwijzingen', 'opvang', 'abonnementen', 'strafrecht', 'verblijf', 'tijdlijn', 'statistieken', 'monitor', 'http', 'invoer',
  'foutcatalogus', 'voorbeelden', 'zorgoverzicht', 'opvolging', 'idempotentie-lease',
].join(',')).split(',');

for (const bestand of BESTANDEN) await import(`./${bestand}.test.ts`);

it('de controle ziet een undeclared status, header, content type en eigenschap', async () => {
  // The document without a database, as src/cli/openapi.ts makes it.
  const stil = { info() {}, warn() {}, error() {} };
  const app = createApp({ db: null as never, clock: systemClock, ids: randomIds, config: parseConfig({}), logger: stil, migrationsExpected: 0 });
  const c = new Contractcontrole(await (await app.request('/v1/openapi.json')).json() as Record<string, unknown>);
  const json = { 'content-type': 'application/json' };
  c.controleer('GET', '/v1/catalogus', 418, new Headers(json), '{}');
  c.controleer('GET', '/v1/dossiers/0c4d1d35-5b7e-4f43-9a1e-3c1f7a3a1b11', 404, new Headers({ ...json, 'deprecation': '@1' }), '{}');
  c.controleer('GET', '/v1/catalogus', 200, new Headers({ 'content-type': 'text/plain' }), 'x');
  c.controleer('GET', '/v1/fouten/te-groot', 200, new Headers(json), JSON.stringify({ code: 'te-groot', status: 413, titel: 'x', betekenis: 'y', extra: 1 }));
  expect(c.afwijkingen.map((a) => a.reden)).toEqual([
    expect.stringContaining('status 418 niet gedeclareerd'),
    'header deprecation niet gedeclareerd',
    "content-type 'application/json' niet gedeclareerd (application/problem+json)",
    expect.stringContaining("content-type 'text/plain' niet gedeclareerd"),
    "body must NOT have additional properties 'extra'",
  ]);
});

it('elk antwoord van deze testbestanden volgt het OpenAPI-document', () => {
  const controle = huidigeContractcontrole();
  expect(controle, 'geen enkel verzoek gecontroleerd').toBeDefined();
  const lijst = controle!.afwijkingen.map((a) => `${a.methode} ${a.pad} ${a.status}: ${a.reden}`);
  console.info(`contractcontrole: ${controle!.gecontroleerd} antwoorden op ${controle!.operaties.size} operaties gecontroleerd, ${controle!.buitenDocument} buiten het document (404/405), ${lijst.length} afwijkingen`);
  expect([...new Set(lijst)]).toEqual([]);
});
