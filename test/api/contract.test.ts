// Issue 16, "Done when": every answer of the API calls in these test files is compared with the
// OpenAPI document (test/support/contract.ts) — status declared for the operation, content type,
// the service's own headers, the body against the response schema with additional properties
// forbidden. The files' own tests run here unchanged, with the check on; the last test lists every
// mismatch (method, path, status, reason). Not here: kennisgevingen.test.ts, whose feed fixtures are
// outbox rows written directly with an invented inhoud (not a payload the service makes; those are
// in kennisgeving-inhoud.test.ts), and the tests that call app.request themselves.
import { expect, it } from 'vitest';
import { huidigeContractcontrole } from '../support/contract.js';

process.env.CONTRACT_CONTROLE = '1';

export const BESTANDEN = (process.env.CONTRACT_BESTANDEN ?? [
  'autorisatiematrix', 'dossiers', 'signalen', 'beoordelingen', 'bedenktijden', 'kennisgeving-inhoud',
  'verwijzingen', 'opvang', 'abonnementen', 'strafrecht', 'verblijf', 'tijdlijn', 'statistieken', 'monitor', 'http', 'invoer',
  'foutcatalogus', 'voorbeelden', 'zorgoverzicht', 'opvolging', 'idempotentie-lease',
].join(',')).split(',');

for (const bestand of BESTANDEN) await import(`./${bestand}.test.ts`);

it('elk antwoord van deze testbestanden volgt het OpenAPI-document', () => {
  const controle = huidigeContractcontrole();
  expect(controle, 'geen enkel verzoek gecontroleerd').toBeDefined();
  const lijst = controle!.afwijkingen.map((a) => `${a.methode} ${a.pad} ${a.status}: ${a.reden}`);
  console.info(`contractcontrole: ${controle!.gecontroleerd} antwoorden op ${controle!.operaties.size} operaties gecontroleerd, ${controle!.buitenDocument} buiten het document (404/405), ${lijst.length} afwijkingen`);
  expect([...new Set(lijst)]).toEqual([]);
});
