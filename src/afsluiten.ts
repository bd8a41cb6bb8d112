// Graceful shutdown of the Node server on SIGTERM/SIGINT: a platform stops an instance this way
// (rolling update, scale-in), and a request it accepted must get its answer, a job that runs must
// finish its transaction, and PGlite must be closed or its data folder can be left inconsistent.
// Order: stop accepting, let in-flight requests and the running jobs finish (bounded), close the
// database, log one line.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { Logger } from './context.js';
import type { Database } from './db/client.js';

/** A repeating background task (src/entry-node.ts); stop() resolves when its running turn is done. */
export interface Herhaling {
  naam: string;
  stop(): Promise<void>;
}

export interface Verzoekvolger {
  /** Requests accepted and not yet answered. */
  readonly lopend: number;
  /** From now on every response tells the client to close its connection. */
  markeerAfsluiten(): void;
  /**
   * Closes connections that carry no request: keep-alive connections after their last answer, and
   * new connections that sent nothing for `stilMs`. A new connection gets that grace because its
   * request is usually already on its way; closing it would reset a request we accepted.
   */
  sluitStilleVerbindingen(stilMs: number): void;
}

interface Verbinding { socket: Socket; sinds: number; verzoeken: number; bezig: number }

/**
 * Counts the requests in flight per connection. During shutdown every response carries
 * `Connection: close`, so a keep-alive client does not send its next request on a connection that
 * is about to go away.
 */
export function volgVerzoeken(server: Server): Verzoekvolger {
  const verbindingen = new Map<Socket, Verbinding>();
  const lopend = new Set<ServerResponse>();
  let afsluitend = false;
  const sluitNa = (res: ServerResponse) => { if (!res.headersSent) res.setHeader('Connection', 'close'); };
  server.on('connection', (socket: Socket) => {
    verbindingen.set(socket, { socket, sinds: performance.now(), verzoeken: 0, bezig: 0 });
    socket.once('close', () => verbindingen.delete(socket));
  });
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const v = verbindingen.get(req.socket);
    if (v) { v.verzoeken++; v.bezig++; }
    lopend.add(res);
    if (afsluitend) sluitNa(res);
    let klaar = false;
    const afgerond = () => {
      if (klaar) return;
      klaar = true;
      lopend.delete(res);
      if (v) v.bezig--;
    };
    res.once('finish', afgerond);
    res.once('close', afgerond);
  });
  return {
    get lopend() { return lopend.size; },
    markeerAfsluiten() {
      afsluitend = true;
      for (const res of lopend) sluitNa(res);
    },
    sluitStilleVerbindingen(stilMs) {
      const nu = performance.now();
      for (const v of verbindingen.values()) {
        if (v.bezig > 0) continue;
        if (v.verzoeken > 0 || nu - v.sinds >= stilMs) v.socket.destroySoon();
      }
    },
  };
}

export interface Afsluitopties {
  signaal: string;
  server: Server;
  verzoeken: Verzoekvolger;
  /** The flag the app reads (AppDeps.afsluiten): set, new requests get 503 + Retry-After. */
  vlag: { bezig: boolean };
  herhalingen: Herhaling[];
  database: Database;
  logger: Logger;
  /** Upper bound for requests and jobs together (SHUTDOWN_TIMEOUT_SECONDS). */
  tijdslimietMs: number;
}

const wacht = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Returns true when everything finished within the time limit. The listening socket stays open
 * until the requests in flight are answered: closing it earlier would make the kernel reset the
 * connections waiting in its accept queue (which, with the embedded database blocking the event loop
 * during a query, can be several). Meanwhile new requests get a quick 503 with `Connection: close`.
 */
export async function sluitGracieus(o: Afsluitopties): Promise<boolean> {
  const start = performance.now();
  const deadline = start + o.tijdslimietMs;
  const over = () => Math.max(0, deadline - performance.now());
  const lopendBijStart = o.verzoeken.lopend;
  o.logger.info({ signaal: o.signaal, lopendeVerzoeken: lopendBijStart, tijdslimietSeconden: o.tijdslimietMs / 1000 },
    'afsluiten: geen nieuwe verzoeken meer, lopende verzoeken en jobs worden afgemaakt');

  o.vlag.bezig = true;
  o.verzoeken.markeerAfsluiten();
  const jobsKlaar = Promise.all(o.herhalingen.map((h) => h.stop()));
  let netjes = true;

  // 1. In-flight requests finish (new ones are answered 503 at once).
  while (o.verzoeken.lopend > 0 && over() > 0) await wacht(20);
  // 2. Stop listening. Not http.Server#close(): that also closes connections that were just accepted
  //    and whose request has not been read yet. The callback runs when the last connection closed.
  const gesloten = new Promise<void>((r) => NetServer.prototype.close.call(o.server, () => r()));
  // 3. Idle keep-alive connections close now and as they become idle; a new connection that sends
  //    nothing for a second is closed too.
  const opruimer = setInterval(() => o.verzoeken.sluitStilleVerbindingen(1000), 20);
  o.verzoeken.sluitStilleVerbindingen(1000);
  const binnenTijd = (p: Promise<unknown>) => Promise.race([p.then(() => true), wacht(over()).then(() => false)]);
  try {
    if (!(await binnenTijd(gesloten))) {
      netjes = false;
      o.logger.warn({ lopendeVerzoeken: o.verzoeken.lopend }, 'afsluiten: tijdslimiet bereikt; resterende verbindingen worden verbroken');
      o.server.closeAllConnections();
    }
    // 4. The running background job finishes its turn.
    if (!(await binnenTijd(jobsKlaar))) {
      netjes = false;
      o.logger.warn({}, 'afsluiten: tijdslimiet bereikt terwijl een job nog liep; de transactie wordt teruggedraaid');
    }
  } finally {
    clearInterval(opruimer);
  }
  // 5. The database: PGlite writes its data folder consistently and releases its lock file.
  try {
    await o.database.close();
  } catch (err) {
    netjes = false;
    o.logger.error({ fout: (err as Error).message }, 'afsluiten: database sluiten mislukt');
  }
  o.logger.info({ signaal: o.signaal, duurMs: Math.round(performance.now() - start), verzoekenAfgemaakt: lopendBijStart, netjes },
    'afgesloten');
  return netjes;
}
