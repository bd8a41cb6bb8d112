// npm run client: the types of the generated TypeScript client (clients/typescript/nrm-api.d.ts),
// made by openapi-typescript from the OpenAPI document the app serves. The document is made without
// PUBLIC_BASE_URL (server URL /v1), so the output depends on the code only, not on the environment;
// the client gets its base URL when it is created. CI regenerates into a temporary file and compares
// (.ci/run, "TypeScript-client actueel"): `npx tsx scripts/client.ts <doel>` writes there instead.
import { writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocumentZonderDatabase } from '../src/cli/openapi-document.js';

const KOP = `/**
 * Gegenereerd door openapi-typescript uit het OpenAPI-document van de NRM-service. Niet met de hand
 * wijzigen: \`npm run client\` maakt dit bestand opnieuw (clients/typescript/README.md).
 */

`;

const doel = process.argv[2] ?? 'clients/typescript/nrm-api.d.ts';
const document = await openApiDocumentZonderDatabase();
await writeFile(doel, KOP + astToString(await openapiTS(JSON.stringify(document), { silent: true })));
