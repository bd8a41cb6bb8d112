// Issue 16, "Done when": every answer of every API call the test suites make through the harness
// (test/support/harness.ts, `verzoek`) is compared with the OpenAPI document (test/support/contract.ts)
// — status declared for the operation, content type, the service's own headers, the body against the
// response schema with additional properties forbidden — and a suite with a mismatch fails when its
// app closes. This file checks that the check itself sees each kind of mismatch.
import { expect, it } from 'vitest';
import { openApiDocumentZonderDatabase } from '../../src/cli/openapi-document.js';
import { Contractcontrole } from '../support/contract.js';

it('de controle ziet een undeclared status, header, content type en eigenschap', async () => {
  const c = new Contractcontrole(await openApiDocumentZonderDatabase());
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
