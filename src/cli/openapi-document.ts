// The OpenAPI document as the app serves it, made without a database (the route only reads the route
// table): for src/cli/openapi.ts (the ADR and Redocly lints in CI), scripts/client.ts (the
// generated TypeScript client), the reference check and the tests that read the document.
import { createApp } from '../app.js';
import { parseConfig } from '../config.js';
import { randomIds, systemClock } from '../context.js';

export async function openApiDocumentZonderDatabase(publicBaseUrl?: string): Promise<Record<string, unknown>> {
  const stil = { info() {}, warn() {}, error() {} };
  const app = createApp({ db: null as never, asynchroon: null as never, clock: systemClock, ids: randomIds, config: parseConfig({ PUBLIC_BASE_URL: publicBaseUrl }), logger: stil, migrationsExpected: 0 });
  const res = await app.request('/v1/openapi.json');
  return await res.json() as Record<string, unknown>;
}
