// Contract check (issue 16, "Done when"): every answer of the API is compared with what
// /v1/openapi.json declares for that operation — the status, the content type, the service's own
// headers and their values, and the body against the response schema with additional properties
// forbidden (a client generated from the document must be able to read every answer). The
// document's OpenAPI 3.0 schemas are turned into JSON Schema for Ajv: `nullable` becomes a union
// with null, an allOf of objects becomes one object, and every object without additionalProperties
// gets additionalProperties: false.
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';

export interface Afwijking { methode: string; pad: string; status: number; reden: string }

type Schema = Record<string, any>;

/** Headers the service itself sets that a client reads: each must be declared where it is sent. */
const EIGEN_HEADERS = ['api-version', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'www-authenticate', 'retry-after',
  'etag', 'location', 'idempotent-replayed', 'link', 'deprecation', 'sunset', 'allow'];

export class Contractcontrole {
  readonly afwijkingen: Afwijking[] = [];
  /** Answers compared with an operation of the document. */
  gecontroleerd = 0;
  /** Answers to a path or method the document does not have (404 and 405 of the router). */
  buitenDocument = 0;
  readonly operaties = new Set<string>();
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly routes: { regex: RegExp; pad: string; item: Record<string, any> }[];
  private readonly componenten: Record<string, Schema>;

  constructor(readonly document: Schema) {
    this.ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
    ajvFormats.default(this.ajv);
    const ruw = (document.components?.schemas ?? {}) as Record<string, Schema>;
    this.componenten = {};
    for (const [naam, s] of Object.entries(ruw)) this.componenten[naam] = this.streng(s, ruw);
    this.ajv.addSchema({ $id: 'nrm', components: { schemas: this.componenten } });
    const basis = new URL(document.servers?.[0]?.url ?? '/v1', 'http://x').pathname.replace(/\/$/, '');
    this.routes = Object.entries(document.paths as Record<string, Record<string, any>>).map(([pad, item]) => ({
      pad, item,
      regex: new RegExp(`^${basis}${pad.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }));
  }

  /** OpenAPI 3.0 schema → strict JSON Schema (see the header of this file). */
  private streng(s: Schema, ruw: Record<string, Schema>): Schema {
    if (!s || typeof s !== 'object') return s;
    if (s.$ref) return { $ref: String(s.$ref).replace('#/components/schemas/', 'nrm#/components/schemas/') };
    let { nullable, discriminator: _d, example: _e, ...rest } = s;
    if (rest.allOf) {
      const delen = (rest.allOf as Schema[]).map((d) => (d.$ref ? ruw[String(d.$ref).split('/').pop()!]! : d));
      if (delen.every((d) => d.type === 'object' && d.properties && !d.allOf)) {
        const { allOf: _a, ...zonder } = rest;
        rest = {
          ...zonder, type: 'object',
          properties: Object.assign({}, ...delen.map((d) => d.properties)),
          required: [...new Set(delen.flatMap((d) => d.required ?? []))],
        };
      }
    }
    const uit: Schema = { ...rest };
    if (uit.properties) {
      uit.properties = Object.fromEntries(Object.entries(uit.properties as Record<string, Schema>).map(([k, v]) => [k, this.streng(v, ruw)]));
      if (uit.additionalProperties === undefined) uit.additionalProperties = false;
    }
    if (uit.additionalProperties && typeof uit.additionalProperties === 'object') uit.additionalProperties = this.streng(uit.additionalProperties, ruw);
    if (uit.items) uit.items = this.streng(uit.items, ruw);
    for (const k of ['allOf', 'oneOf', 'anyOf'] as const) if (uit[k]) uit[k] = (uit[k] as Schema[]).map((d) => this.streng(d, ruw));
    return nullable ? { anyOf: [uit, { type: 'null' }] } : uit;
  }

  private zoekOperatie(methode: string, pad: string) {
    // A literal segment (/dossiers/_zoek) goes before a parameter (/dossiers/{id}), as in the router.
    const route = this.routes.filter((r) => r.regex.test(pad))
      .sort((a, b) => a.pad.split('{').length - b.pad.split('{').length)
      .find((r) => r.item[methode.toLowerCase()]);
    return route ? { pad: route.pad, operatie: route.item[methode.toLowerCase()] } : undefined;
  }

  controleer(methode: string, url: string, status: number, headers: Headers, tekst: string): void {
    const pad = new URL(url, 'http://x').pathname;
    // /v1/docs is the Swagger UI (HTML, scripts), not an operation of the API.
    if (!pad.startsWith('/v1/') || pad.startsWith('/v1/docs') || methode === 'OPTIONS' || methode === 'HEAD') return;
    const gevonden = this.zoekOperatie(methode, pad);
    const afwijking = (reden: string) => this.afwijkingen.push({ methode, pad: pad.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '{id}'), status, reden });
    if (!gevonden) {
      this.buitenDocument++;
      if (this.routes.some((r) => r.regex.test(pad)) && status === 404) { afwijking('404 op een pad van het document zonder deze methode (verwacht 405)'); return; }
      if (status !== 404 && status !== 405) afwijking('operatie staat niet in het document');
      return;
    }
    this.gecontroleerd++;
    this.operaties.add(`${methode} ${gevonden.pad}`);
    const antwoorden = gevonden.operatie.responses as Record<string, Schema>;
    const sleutel = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => antwoorden[k]);
    if (!sleutel) { afwijking(`status ${status} niet gedeclareerd (${Object.keys(antwoorden).join(', ')})`); return; }
    const antwoord = antwoorden[sleutel]!;
    const gedeclareerd = Object.fromEntries(Object.entries((antwoord.headers ?? {}) as Record<string, Schema>).map(([k, v]) => [k.toLowerCase(), v]));
    for (const naam of EIGEN_HEADERS) {
      const waarde = headers.get(naam);
      if (waarde === null) continue;
      const declaratie = gedeclareerd[naam];
      if (!declaratie) { afwijking(`header ${naam} niet gedeclareerd`); continue; }
      const type = declaratie.schema?.type;
      if ((type === 'integer' && !/^-?\d+$/.test(waarde)) || (type === 'number' && Number.isNaN(Number(waarde)))) afwijking(`header ${naam}: '${waarde}' is geen ${type}`);
    }
    for (const [naam, declaratie] of Object.entries(gedeclareerd)) {
      if (declaratie.required && headers.get(naam) === null) afwijking(`verplichte header ${naam} ontbreekt`);
    }
    const inhoud = antwoord.content as Record<string, Schema> | undefined;
    if (!tekst) {
      if (inhoud && Object.keys(inhoud).length > 0) afwijking('lege body, terwijl het document inhoud declareert');
      return;
    }
    const contentType = (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!inhoud || !inhoud[contentType]) { afwijking(`content-type '${contentType}' niet gedeclareerd (${Object.keys(inhoud ?? {}).join(', ') || 'geen body'})`); return; }
    const schema = inhoud[contentType]!.schema as Schema | undefined;
    if (!schema || !contentType.includes('json')) return;
    let body: unknown;
    try { body = JSON.parse(tekst); } catch { afwijking('body is geen JSON'); return; }
    const cacheSleutel = `${methode} ${gevonden.pad} ${sleutel} ${contentType}`;
    const valideer = this.cache.get(cacheSleutel) ?? this.ajv.compile(this.streng(schema, (this.document.components?.schemas ?? {}) as Record<string, Schema>));
    this.cache.set(cacheSleutel, valideer);
    if (!valideer(body)) {
      // A oneOf that matches no branch reports every branch's errors: name those of the nearest branch.
      let fouten = valideer.errors ?? [];
      const tak = (f: { schemaPath: string }) => /\/(?:oneOf|anyOf)\/(\d+)\//.exec(f.schemaPath)?.[1];
      const perTak = new Map<string, number>();
      for (const f of fouten) { const t = tak(f); if (t) perTak.set(t, (perTak.get(t) ?? 0) + 1); }
      if (perTak.size > 1) {
        const beste = [...perTak].sort((a, b) => a[1] - b[1])[0]![0];
        fouten = fouten.filter((f) => tak(f) === beste || (!tak(f) && f.keyword !== 'oneOf' && f.keyword !== 'anyOf'));
      }
      for (const f of (process.env.CONTRACT_ALLE_FOUTEN ? fouten : fouten.slice(0, 5))) afwijking(`body${f.instancePath} ${f.message}${f.params && 'additionalProperty' in f.params ? ` '${String(f.params.additionalProperty)}'` : ''}${f.keyword === 'enum' ? ` ('${String(f.data)}')` : ''}`);
    }
  }
}

/** One Contractcontrole per process (test file): the document is the same for every test app. */
let gedeeld: Contractcontrole | undefined;
export function contractcontrole(document: Schema): Contractcontrole {
  gedeeld ??= new Contractcontrole(document);
  return gedeeld;
}
export function huidigeContractcontrole(): Contractcontrole | undefined { return gedeeld; }
