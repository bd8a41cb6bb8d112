// Prints the OpenAPI document (for the ADR lint in CI) without a database. PUBLIC_BASE_URL, if set,
// becomes the server URL, as on a deployment (CI lints the document of an https deployment).
import { writeFile } from 'node:fs/promises';
import { createApp } from '../app.js';
import { parseConfig } from '../config.js';
import { randomIds, systemClock } from '../context.js';

const stil = { info() {}, warn() {}, error() {} };
const app = createApp({ db: null as never, clock: systemClock, ids: randomIds, config: parseConfig({ PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || undefined }), logger: stil, migrationsExpected: 0 });
const res = await app.request('/v1/openapi.json');
const document = `${JSON.stringify(await res.json(), null, 2)}\n`;
const doel = process.argv[2];
if (doel) await writeFile(doel, document);
else process.stdout.write(document);
