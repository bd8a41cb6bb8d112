// Example receiver for NRM notification webhooks (docs/integratie-ind-coa.md). A small node:http
// server that:
//   1. checks the Authorization header against the value registered in the subscription;
//   2. accepts only CloudEvents in structured JSON (application/cloudevents+json) and validates them;
//   3. deduplicates on the event id (NRM delivers at least once: the same id can arrive again);
//   4. fetches the content at `dataref` with its OWN API key (the event carries no personal data),
//      but only from the configured NRM address, so a forged event can never obtain the key;
//   5. acknowledges receipt (POST …/ontvangstbevestiging with its own reference);
//   6. answers 2xx only after all of that — otherwise 5xx, and NRM tries again later;
//   0. before any of that, answers NRM's handshake (OPTIONS with WebHook-Request-Origin, CloudEvents
//      HTTP Web Hooks §4.1): it allows the NRM host it is configured for, and no other sender.
// `haalAchterstandOp` catches up through the feed (naVolgnummer) after downtime.
//
// Run it (see the guide):  NRM_URL=http://localhost:3000 NRM_API_SLEUTEL=… \
//   ONTVANGER_AUTHORIZATION='Bearer geheim' npx tsx examples/ontvanger.ts
// The tests start it with `startOntvanger` as a real HTTP peer on loopback.
//
// Deliberately simple: the set of processed ids lives in memory. A real receiver stores it (and
// the highest volgnummer it processed) in its own database, in the same transaction as its work.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { HTTP, type CloudEvent } from 'cloudevents';

export interface Kennisgeving {
  id: string;
  volgnummer: number;
  soort: string;
  dossierId: string | null;
  inhoud: Record<string, unknown>;
  [veld: string]: unknown;
}

export interface OntvangerOpties {
  /** Base URL of the NRM API, e.g. http://localhost:3000. Only URLs under it are fetched. */
  nrmUrl: string;
  /** Your organisation's own NRM API key: used to fetch the content and to acknowledge. */
  apiSleutel: string;
  /** The exact Authorization value you registered in the subscription (`authorization`). */
  verwachteAuthorization: string;
  host?: string;
  /** 0 (default) picks a free port. */
  poort?: number;
  /** Path to receive on; default /nrm/kennisgevingen. */
  pad?: string;
  /** Your own reference for the acknowledgement (e.g. your case number). */
  referentie?: (k: Kennisgeving) => string;
  /** Your processing; throw to make NRM deliver again later. */
  verwerk?: (k: Kennisgeving) => Promise<void> | void;
  /** Acknowledge receipt at NRM (default true). */
  bevestigen?: boolean;
  /** HTTP client for the NRM API (tests route it in-process); default the global fetch. */
  fetch?: typeof fetch;
}

export interface Ontvangst { id: string; type: string; volgnummer: number | null; dubbel: boolean; status: number }

export interface Ontvanger {
  /** The callbackUrl to register, e.g. http://127.0.0.1:8085/nrm/kennisgevingen. */
  url: string;
  /** Processed notifications by event id (the deduplication store). */
  verwerkt: Map<string, Kennisgeving>;
  /** Every delivery that came in, duplicates included, in arrival order. */
  ontvangen: Ontvangst[];
  /** Highest volgnummer processed: where to continue in the feed after downtime. */
  hoogsteVolgnummer(): number;
  /** How many handshake requests (OPTIONS) came in. */
  handshakes(): number;
  /** Fetch, process and acknowledge one notification by id, once (used for catching up via the feed). */
  verwerk(kennisgevingId: string): Promise<Kennisgeving>;
  stop(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function gelijk(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function leesBody(req: IncomingMessage): Promise<string> {
  const delen: Buffer[] = [];
  let lengte = 0;
  for await (const deel of req) {
    lengte += (deel as Buffer).length;
    if (lengte > MAX_BODY) throw new Error('body te groot');
    delen.push(deel as Buffer);
  }
  return Buffer.concat(delen).toString('utf8');
}

function antwoord(res: ServerResponse, status: number, melding?: string) {
  res.writeHead(status, melding ? { 'content-type': 'text/plain; charset=utf-8' } : {});
  res.end(melding);
}

export async function startOntvanger(opties: OntvangerOpties): Promise<Ontvanger> {
  const nrm = opties.nrmUrl.replace(/\/+$/, '');
  const pad = opties.pad ?? '/nrm/kennisgevingen';
  const http = opties.fetch ?? fetch;
  const verwerkt = new Map<string, Kennisgeving>();
  const bezig = new Map<string, Promise<Kennisgeving>>();
  const ontvangen: Ontvangst[] = [];
  let hoogste = 0;
  let handshakes = 0;

  /** Fetch, process and acknowledge one notification — once per id, also when it arrives twice at once. */
  async function verwerkEenmaal(kennisgevingId: string): Promise<Kennisgeving> {
    const klaar = verwerkt.get(kennisgevingId);
    if (klaar) return klaar;
    const lopend = bezig.get(kennisgevingId);
    if (lopend) return lopend;
    const werk = (async () => {
      const url = `${nrm}/v1/kennisgevingen/${encodeURIComponent(kennisgevingId)}`;
      const r = await http(url, { headers: { authorization: `Bearer ${opties.apiSleutel}`, accept: 'application/json' } });
      if (r.status !== 200) throw new Error(`kennisgeving ophalen gaf HTTP ${r.status}`);
      const kennisgeving = await r.json() as Kennisgeving;
      await opties.verwerk?.(kennisgeving);
      if (opties.bevestigen ?? true) {
        const referentieOntvanger = opties.referentie?.(kennisgeving) ?? `ONT-${kennisgeving.id.slice(0, 8)}`;
        const b = await http(`${url}/ontvangstbevestiging`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${opties.apiSleutel}`, 'content-type': 'application/json',
            // Safe to repeat: the same key returns the stored answer.
            'idempotency-key': `ontvangst-${kennisgeving.id}`,
          },
          body: JSON.stringify({ referentieOntvanger }),
        });
        // 409: acknowledged earlier with another reference — received all the same.
        if (b.status !== 200 && b.status !== 409) throw new Error(`bevestigen gaf HTTP ${b.status}`);
      }
      verwerkt.set(kennisgevingId, kennisgeving);
      hoogste = Math.max(hoogste, kennisgeving.volgnummer);
      return kennisgeving;
    })();
    bezig.set(kennisgevingId, werk);
    try {
      return await werk;
    } finally {
      bezig.delete(kennisgevingId);
    }
  }

  /** 0. The handshake: allow exactly the NRM environment this receiver fetches from. */
  function bevestig(req: IncomingMessage, res: ServerResponse) {
    handshakes++;
    if (!gelijk(req.headers.authorization ?? '', opties.verwachteAuthorization)) return antwoord(res, 401, 'onbekende afzender');
    const origin = req.headers['webhook-request-origin'];
    if (origin !== new URL(nrm).hostname) return antwoord(res, 403, 'deze afzender is niet toegestaan');
    res.writeHead(204, { 'webhook-allowed-origin': origin, allow: 'POST, OPTIONS' });
    res.end();
  }

  async function behandel(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://ontvanger');
    if (url.pathname !== pad) return antwoord(res, 404);
    if (req.method === 'OPTIONS') return bevestig(req, res);
    if (req.method !== 'POST') { res.setHeader('allow', 'POST, OPTIONS'); return antwoord(res, 405); }
    // 1. Is it NRM? Compare in constant time.
    if (!gelijk(req.headers.authorization ?? '', opties.verwachteAuthorization)) return antwoord(res, 401, 'onbekende afzender');
    // 2. Structured CloudEvent.
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/cloudevents+json')) {
      return antwoord(res, 415, 'verwacht application/cloudevents+json');
    }
    let event: CloudEvent<{ kennisgevingId?: string; volgnummer?: number }>;
    try {
      const body = await leesBody(req);
      const gelezen = HTTP.toEvent({ headers: req.headers as Record<string, string>, body });
      event = (Array.isArray(gelezen) ? gelezen[0] : gelezen) as typeof event;
      event.validate();
    } catch {
      return antwoord(res, 400, 'geen geldig CloudEvent');
    }
    const dataref = typeof event.dataref === 'string' ? event.dataref : '';
    const verwacht = `${nrm}/v1/kennisgevingen/${event.id}`;
    // 4. Only ever send the API key to NRM itself, and only for the notification this event is about.
    if (event.specversion !== '1.0' || dataref !== verwacht) return antwoord(res, 400, 'dataref hoort niet bij deze NRM-omgeving');
    // 3. Deduplicate on the id: a redelivery is answered 2xx without doing the work again.
    const dubbel = verwerkt.has(event.id);
    const ontvangst: Ontvangst = { id: event.id, type: event.type, volgnummer: event.data?.volgnummer ?? null, dubbel, status: 0 };
    ontvangen.push(ontvangst);
    try {
      await verwerkEenmaal(event.id);
      ontvangst.status = 204;
      return antwoord(res, 204);
    } catch (err) {
      // 6. Not processed: NRM retries with backoff (and keeps the order for this subscription).
      ontvangst.status = 500;
      return antwoord(res, 500, err instanceof Error ? err.message : 'verwerking mislukt');
    }
  }

  const server = createServer((req, res) => {
    behandel(req, res).catch(() => { if (!res.headersSent) antwoord(res, 500); });
  });
  await new Promise<void>((resolve) => server.listen(opties.poort ?? 0, opties.host ?? '127.0.0.1', resolve));
  const adres = server.address() as AddressInfo;
  const host = adres.family === 'IPv6' ? `[${adres.address}]` : adres.address;
  return {
    url: `http://${host}:${adres.port}${pad}`,
    verwerkt,
    ontvangen,
    hoogsteVolgnummer: () => hoogste,
    handshakes: () => handshakes,
    verwerk: verwerkEenmaal,
    stop: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    }),
  };
}

/**
 * After downtime: read the feed after the highest volgnummer you processed and handle what you
 * missed, in order. Uses the same deduplication, so overlap with webhook deliveries is harmless.
 * Returns the new highest volgnummer.
 */
export async function haalAchterstandOp(
  opties: Pick<OntvangerOpties, 'nrmUrl' | 'apiSleutel' | 'fetch'>, naVolgnummer: number,
  verwerk: (kennisgevingId: string) => Promise<unknown>,
): Promise<number> {
  const nrm = opties.nrmUrl.replace(/\/+$/, '');
  const http = opties.fetch ?? fetch;
  let hoogste = naVolgnummer;
  let volgende: string | null = `/v1/kennisgevingen?naVolgnummer=${naVolgnummer}&limit=100`;
  while (volgende) {
    const r: Response = await http(`${nrm}${volgende}`, { headers: { authorization: `Bearer ${opties.apiSleutel}`, accept: 'application/json' } });
    if (r.status !== 200) throw new Error(`feed gaf HTTP ${r.status}`);
    const { kennisgevingen } = await r.json() as { kennisgevingen: Array<{ id: string; volgnummer: number }> };
    for (const k of kennisgevingen) {
      await verwerk(k.id);
      hoogste = k.volgnummer;
    }
    volgende = /<([^>]+)>;\s*rel="next"/.exec(r.headers.get('link') ?? '')?.[1] ?? null;
  }
  return hoogste;
}

async function main() {
  const nrmUrl = process.env.NRM_URL ?? 'http://localhost:3000';
  const apiSleutel = process.env.NRM_API_SLEUTEL;
  const verwachteAuthorization = process.env.ONTVANGER_AUTHORIZATION;
  if (!apiSleutel || !verwachteAuthorization) {
    console.error('Zet NRM_API_SLEUTEL (uw eigen NRM-sleutel) en ONTVANGER_AUTHORIZATION (de waarde uit uw abonnement).');
    process.exit(2);
  }
  const ontvanger = await startOntvanger({
    nrmUrl, apiSleutel, verwachteAuthorization,
    host: process.env.ONTVANGER_HOST ?? '127.0.0.1',
    poort: Number(process.env.ONTVANGER_POORT ?? 8085),
    // Log what arrived, never the content: it can hold personal data.
    verwerk: (k) => { console.log(`verwerkt: kennisgeving ${k.id} (${k.soort}, volgnummer ${k.volgnummer})`); },
  });
  console.log(`Ontvanger luistert op ${ontvanger.url}`);
  if (process.env.NRM_NA_VOLGNUMMER) {
    const tot = await haalAchterstandOp({ nrmUrl, apiSleutel }, Number(process.env.NRM_NA_VOLGNUMMER), ontvanger.verwerk);
    console.log(`Feed bijgewerkt tot volgnummer ${tot}`);
  }
  const stop = async () => { await ontvanger.stop(); process.exit(0); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => { console.error(err); process.exit(1); });
}
