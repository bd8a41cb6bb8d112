// Issue 16 item 3: every operation with a body has an example in the OpenAPI document, and every
// example passes the zod schema the route itself validates with (src/http/voorbeelden.ts).
import type { ZodType } from 'zod';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resourceRouters } from '../../src/app.js';
import { VOORBEELDEN } from '../../src/http/voorbeelden.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t?.close(); });

type Definitie = { type: string; route?: { operationId?: string; request?: { body?: { content?: Record<string, { schema: ZodType }> } } } };

it('elke operatie met een body heeft een voorbeeld dat het schema van de route doorstaat', async () => {
  const document = (await t.verzoek('GET', '/v1/openapi.json')).body;
  const schemaVan = new Map<string, ZodType>();
  for (const router of resourceRouters) {
    for (const d of router.openAPIRegistry.definitions as Definitie[]) {
      const schema = d.type === 'route' ? d.route?.request?.body?.content?.['application/json']?.schema : undefined;
      if (schema && d.route?.operationId) schemaVan.set(d.route.operationId, schema);
    }
  }
  const fouten: string[] = [];
  let aantal = 0;
  for (const methoden of Object.values(document.paths) as Array<Record<string, any>>) {
    for (const operatie of Object.values(methoden)) {
      if (!operatie.requestBody) continue;
      aantal++;
      const ref: string = operatie.requestBody.content['application/json'].schema.$ref ?? '';
      const naam = ref.split('/').pop()!;
      const voorbeeld = document.components.schemas[naam]?.example;
      if (voorbeeld === undefined) { fouten.push(`${operatie.operationId}: geen voorbeeld (${naam})`); continue; }
      expect(voorbeeld).toEqual(VOORBEELDEN[naam]);
      const uitkomst = schemaVan.get(operatie.operationId)?.safeParse(voorbeeld);
      if (!uitkomst) fouten.push(`${operatie.operationId}: geen zod-schema gevonden`);
      else if (!uitkomst.success) fouten.push(`${operatie.operationId}: ${JSON.stringify(uitkomst.error.issues)}`);
    }
  }
  expect(aantal).toBeGreaterThanOrEqual(30);
  expect(fouten).toEqual([]);
});

it('item 6: geen default in een verzoekschema (een generator zou het veld dan verplicht maken); het veld blijft optioneel', async () => {
  const document = (await t.verzoek('GET', '/v1/openapi.json')).body;
  const metDefault: string[] = [];
  for (const methoden of Object.values(document.paths) as Array<Record<string, any>>) {
    for (const operatie of Object.values(methoden)) {
      const ref: string | undefined = operatie.requestBody?.content['application/json'].schema.$ref;
      const schema = ref ? document.components.schemas[ref.split('/').pop()!] : undefined;
      for (const [veld, eigenschap] of Object.entries<any>(schema?.properties ?? {})) {
        if ('default' in eigenschap) metDefault.push(`${operatie.operationId}.${veld}`);
      }
    }
  }
  expect(metDefault).toEqual([]);
  const beoordeling = document.components.schemas.BeoordelingVastleggen;
  expect(beoordeling.required).not.toContain('vervangt');
  expect(beoordeling.properties.vervangt.description).toContain('Mag worden weggelaten; dan null.');
});
