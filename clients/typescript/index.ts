// A typed client of the NRM API: openapi-fetch over the types generated from the OpenAPI document
// (nrm-api.d.ts, `npm run client`). Every path, parameter, body and answer is checked by the compiler.
import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './nrm-api.js';

export type { components, operations, paths } from './nrm-api.js';

export interface NrmClientOpties {
  /** The API's base URL including /v1, e.g. http://localhost:3000/v1. */
  baseUrl: string;
  /** The API key (or OAuth 2.0 access token) of your organisation and role: sent as Authorization: Bearer. */
  sleutel: string;
  /** Another fetch, e.g. one that calls the app in-process (test/api/client.test.ts). */
  fetch?: ClientOptions['fetch'];
}

export function maakNrmClient({ baseUrl, sleutel, fetch }: NrmClientOpties) {
  // openapi-fetch reads every answer as JSON, and the service answers JSON unless the request asks
  // otherwise (Accept: text/html for an M55 document, text/csv for the monitor): so the types are those
  // of the JSON media types only: application/json and the +json ones (problem+json, schema+json).
  return createClient<paths, `${string}/json` | `${string}/${string}+json`>({ baseUrl, fetch, headers: { Authorization: `Bearer ${sleutel}` } });
}

export type NrmClient = ReturnType<typeof maakNrmClient>;
