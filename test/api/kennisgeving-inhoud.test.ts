// Issue 16 item 1: the inhoud of every kind of notification is typed. A scenario through the API
// produces notifications of many kinds; every one of them must match the (strict) schema of its
// kind, the OpenAPI document must carry the discriminated union on soort, the JSON Schema must be
// served, and the CloudEvent must name it in `dataschema`.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP, type CloudEvent } from 'cloudevents';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kennisgevingen } from '../../src/db/schema.js';
import { KENNISGEVING_SOORTEN, type Rol } from '../../src/domain/catalogus.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { webhookAflevering } from '../../src/jobs/webhook-aflevering.js';
import { inhoudSchemas } from '../../src/outbox/inhoud.schemas.js';
import { bouwCloudEvent } from '../../src/webhooks/cloudevent.js';
import { CloudEventSchema } from '../../src/modules/abonnementen/abonnementen.routes.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const VANDAAG = '2026-11-20';
let t: TestApp;

// Issue 16 "Done when": every organisation this scenario notifies subscribes to every kind, on one
// loopback receiver (a path each) that answers the handshake and keeps what arrives.
const ABONNEES: Array<[DemoCode, Rol]> = [
  ['ind', 'ind_medewerker'], ['coa', 'coa_medewerker'], ['comensha', 'zorgcoordinator'], ['opvang', 'opvangmedewerker'],
  ['zorg', 'zorgcoordinator'], ['politie', 'intaker'],
];
const ontvangen: Array<{ methode: string; pad: string; headers: IncomingHttpHeaders; body: string }> = [];
let ontvanger: Server;

async function ok(methode: string, pad: string, sleutel: string, body?: unknown, status = 201) {
  const r = await t.verzoek(methode, pad, { sleutel, body });
  if (r.status !== status) throw new Error(`${methode} ${pad} gaf ${r.status}: ${r.text}`);
  return r;
}

beforeAll(async () => {
  t = await startTestApp();
  ontvanger = createServer(async (req, res) => {
    let body = '';
    for await (const deel of req) body += deel;
    ontvangen.push({ methode: req.method!, pad: req.url!, headers: req.headers, body });
    res.writeHead(204, req.method === 'OPTIONS' ? { 'webhook-allowed-origin': String(req.headers['webhook-request-origin']) } : {});
    res.end();
  });
  await new Promise<void>((resolve) => ontvanger.listen(0, '127.0.0.1', resolve));
  const poort = (ontvanger.address() as AddressInfo).port;
  for (const [org, rol] of ABONNEES) {
    await ok('POST', '/v1/abonnementen', t.sleutel(org, rol), { callbackUrl: `http://127.0.0.1:${poort}/${org}`, soorten: KENNISGEVING_SOORTEN });
  }
  const politie = t.sleutel('politie', 'intaker');
  const opvang = t.sleutel('opvang', 'opvangmedewerker');
  const d = await ok('POST', '/v1/dossiers', politie, { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' });
  const D = `/v1/dossiers/${d.body.id}`;
  await ok('PUT', `${D}/persoonsgegevens`, politie, { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: '1234567890', geslacht: 'vrouw', talen: ['en'] });
  await ok('POST', `${D}/signalen`, politie, { ontvangstdatum: VANDAAG, bron: 'slachtoffer_zelf', uitbuitingsvormen: ['seksueel'], locatie: 'nederland' });
  const beoordeling = await ok('POST', `${D}/beoordelingen`, politie, {
    beoordelingsdatum: VANDAAG, informatiefGesprek: { gevoerd: true, datum: VANDAAG }, elementen: { handeling: true, middel: true, oogmerk: true },
    indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
  });
  const bedenktijd = await ok('POST', `${D}/bedenktijden`, politie, { aanbiedingsdatum: VANDAAG, beoordelingId: beoordeling.body.id });
  await ok('POST', `/v1/bedenktijden/${bedenktijd.body.id}/reactie`, politie, { reactie: 'aanvaard', datum: VANDAAG, opvangGewenst: true }, 200);
  await ok('POST', `${D}/beroepen-b8-3`, politie, { datum: VANDAAG });
  await ok('POST', `${D}/strafrechtelijke-gebeurtenissen`, politie, { soort: 'aangifte', datum: VANDAAG });
  const verwijzing = await ok('POST', `${D}/verwijzingen`, politie, { doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Onderdak nodig.', urgentie: 'hoog', toestemming: 'ja' });
  await ok('POST', `/v1/verwijzingen/${verwijzing.body.id}/besluit`, opvang, { besluit: 'aanvaard' }, 200);
  const zorg = await ok('POST', `${D}/verwijzingen`, politie, { doel: 'zorgcoordinator', ontvangendeOrganisatieId: t.organisatieIds.zorg, reden: 'Zorgcoördinatie.', urgentie: 'normaal', toestemming: 'ja' });
  await ok('POST', `/v1/verwijzingen/${zorg.body.id}/intrekking`, politie, undefined, 200);
});
afterAll(async () => {
  await new Promise((resolve) => { ontvanger?.closeAllConnections(); ontvanger?.close(resolve); });
  await t?.close();
});

describe('de inhoud van elke kennisgeving past bij het schema van haar soort', () => {
  it('elke geschreven kennisgeving, streng (geen onbekende velden)', async () => {
    const rijen = await t.db.select({ soort: kennisgevingen.soort, inhoud: kennisgevingen.inhoud }).from(kennisgevingen);
    const soorten = new Set(rijen.map((r) => r.soort));
    // aanmelding, m55_bedenktijd, m55_beroep_b8_3, m55_aangifte, bedenktijd_beeindigd, verwijzing_ontvangen,
    // verwijzing_besluit, verwijzing_ingetrokken
    expect(soorten.size).toBeGreaterThanOrEqual(8);
    const fouten = rijen.flatMap((r) => {
      const uitkomst = inhoudSchemas[r.soort as keyof typeof inhoudSchemas].safeParse(r.inhoud);
      return uitkomst.success ? [] : [`${r.soort}: ${JSON.stringify(uitkomst.error.issues)}`];
    });
    expect(fouten).toEqual([]);
  });

  it('het OpenAPI-document: een discriminated union op soort, met een inhoudschema per soort', async () => {
    const document = (await t.verzoek('GET', '/v1/openapi.json')).body;
    const unie = document.components.schemas.KennisgevingMetInhoud;
    expect(unie.discriminator.propertyName).toBe('soort');
    expect(unie.oneOf).toHaveLength(Object.keys(inhoudSchemas).length);
    const m55 = document.components.schemas.InhoudM55Bedenktijd;
    expect(Object.keys(m55.properties)).toEqual(expect.arrayContaining(['vreemdelingennummer', 'uiterlijkeEinddatum', 'beleidsregel', 'aanbiedendeOrganisatie']));
  });

  it('GET /v1/kennisgevingen/schemas/{soort}: het JSON Schema, zonder sleutel; de CloudEvent noemt het in dataschema', async () => {
    const r = await t.verzoek('GET', '/v1/kennisgevingen/schemas/m55_bedenktijd');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/schema+json');
    expect(r.body.properties.soort).toEqual({ const: 'm55_bedenktijd' });
    expect(r.body.properties.inhoud.properties.uiterlijkeEinddatum).toBeDefined();
    expect((await t.verzoek('GET', '/v1/kennisgevingen/schemas/bestaat_niet')).status).toBe(400);

    const event = bouwCloudEvent({ id: '0b5e4c1a-2d0b-4c8e-9a51-0d6a2f1b7c11', volgnummer: 1, soort: 'm55_bedenktijd', dossierId: null, tijdstipAangemaakt: new Date() }, t.deps.config);
    const dataschema = new URL(JSON.parse(event.body).dataschema);
    expect(dataschema.pathname).toBe('/v1/kennisgevingen/schemas/m55_bedenktijd');
    expect(JSON.parse(event.body).sequence).toBe('00000000000000000001');
    // The event matches the CloudEvent the subscription declares as its callback (item 4).
    expect(CloudEventSchema.strict().safeParse(JSON.parse(event.body)).success).toBe(true);
    const document = (await t.verzoek('GET', '/v1/openapi.json')).body;
    const terugroep = document.paths['/abonnementen'].post.callbacks.kennisgeving['{$request.body#/callbackUrl}'].post;
    expect(terugroep.requestBody.content['application/cloudevents+json'].schema.$ref).toBe('#/components/schemas/CloudEvent');
    const metOin = bouwCloudEvent({ id: '0b5e4c1a-2d0b-4c8e-9a51-0d6a2f1b7c11', volgnummer: 2, soort: 'sepot', dossierId: null, tijdstipAangemaakt: new Date() },
      { ...t.deps.config, CLOUDEVENTS_OIN: '00000001234567890000' });
    expect(JSON.parse(metOin.body).source).toBe('urn:nld:oin:00000001234567890000:systeem:nrm');
  });
});

describe('webhooks: elke afgeleverde CloudEvent, gelezen met de cloudevents-SDK', () => {
  it('na de handshake: geldig, sequence = volgnummer en oplopend, en data plus de inhoud van dataref passen bij dataschema', async () => {
    expect(await webhookAflevering({ ...t.deps, random: () => 0.5 })).toMatchObject({ bevestigd: ABONNEES.length, fouten: 0, opnieuw: 0 });
    const alle = await t.db.select({ id: kennisgevingen.id, ontvanger: kennisgevingen.ontvangerOrganisatieId }).from(kennisgevingen);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajvFormats.default(ajv);
    const schemas = new Map<string, ReturnType<typeof ajv.compile>>();
    const fouten: string[] = [];
    for (const [org, rol] of ABONNEES) {
      const verzoeken = ontvangen.filter((v) => v.pad === `/${org}`);
      // The handshake first, once; then the deliveries.
      expect(verzoeken[0]?.methode, org).toBe('OPTIONS');
      const posts = verzoeken.slice(1);
      expect(posts.every((v) => v.methode === 'POST'), org).toBe(true);
      const events = posts.map((v) => {
        const gelezen = HTTP.toEvent({ headers: v.headers as Record<string, string>, body: v.body });
        return (Array.isArray(gelezen) ? gelezen[0] : gelezen) as CloudEvent<{ kennisgevingId: string; volgnummer: number; soort: string }>;
      });
      // Every notification to this organisation, exactly once.
      expect(events.map((e) => e.id).sort(), org).toEqual(alle.filter((k) => k.ontvanger === t.organisatieIds[org]).map((k) => k.id).sort());
      const volgnummers = events.map((e) => e.data!.volgnummer);
      expect(volgnummers, `${org}: op volgorde`).toEqual([...volgnummers].sort((a, b) => a - b));
      for (const event of events) {
        expect(event.validate()).toBe(true);
        expect(event.sequence).toBe(String(event.data!.volgnummer).padStart(20, '0'));
        expect(CloudEventSchema.strict().safeParse(JSON.parse(JSON.stringify(event))).success).toBe(true);
        const schemaPad = new URL(String(event.dataschema)).pathname;
        if (!schemas.has(schemaPad)) schemas.set(schemaPad, ajv.compile((await t.verzoek('GET', schemaPad)).body));
        const inhoud = await t.verzoek('GET', new URL(String(event.dataref)).pathname, { sleutel: t.sleutel(org, rol) });
        expect(inhoud.status, inhoud.text).toBe(200);
        const valideer = schemas.get(schemaPad)!;
        if (!valideer({ ...event.data, inhoud: inhoud.body.inhoud })) fouten.push(`${org} ${event.type}: ${ajv.errorsText(valideer.errors)}`);
      }
    }
    expect(fouten).toEqual([]);
    expect(schemas.size).toBeGreaterThanOrEqual(8);
  });
});
