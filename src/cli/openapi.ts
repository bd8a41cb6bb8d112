// Prints the OpenAPI document (for the ADR and Redocly lints in CI) without a database. PUBLIC_BASE_URL, if set,
// becomes the server URL, as on a deployment (CI lints the document of an https deployment).
import { writeFile } from 'node:fs/promises';
import { openApiDocumentZonderDatabase } from './openapi-document.js';

const document = `${JSON.stringify(await openApiDocumentZonderDatabase(process.env.PUBLIC_BASE_URL || undefined), null, 2)}\n`;
const doel = process.argv[2];
if (doel) await writeFile(doel, document);
else process.stdout.write(document);
