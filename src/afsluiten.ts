// Graceful shutdown of the Node server on SIGTERM/SIGINT: a platform stops an instance this way
// (rolling update, scale-in), and a request it accepted must get its answer, a job that runs must
// finish its transaction, and PGlite must be closed or its data folder can be left inconsistent.
// Order: stop accepting, let in-flight requests and the running jobs finish (bounded), close the
// database, log one line.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
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
}

/**
 * Counts the requests in flight. During shutdown every response carries `Connection: close`, so a
 * keep-alive client does not send its next request on a connection that is about to go away.
 */
export function volgVerzoeken(server: Server): Verzoekvolger {
  const lopend = new Set<ServerResponse>();
  let afsluitend = false;
  const sluitNa = (res: ServerResponse) => { if (!res.headersSent) res.setHeader('Connection', 'close'); };
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    lopend.add(res);
    if (afsluitend) sluitNa(res);
    const klaar = () => lopend.delete(res);
    res.once('finish', klaar);
    res.once('close', klaar);
  });
  return {
    get lopend() { return lopend.size; },
    markeerAfsluiten() {
      afsluitend = true;
      for (const res of lopend) sluitNa(res);
    },
  };
}

export interface Afsluitopties {
  signaal: string;
  server: Server;
  verzoeken: Verzoekvolger;
  herhalingen: Herhaling[];
  database: Database;
  logger: Logger;
  /** Upper bound for requests and jobs together (SHUTDOWN_TIMEOUT_SECONDS). */
  tijdslimietMs: number;
}

const wacht = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Returns true when everything finished within the time limit. */
export async function sluitGracieus(o: Afsluitopties): Promise<boolean> {
  const start = performance.now();
  const deadline = start + o.tijdslimietMs;
  const lopendBijStart = o.verzoeken.lopend;
  o.logger.info({ signaal: o.signaal, lopendeVerzoeken: lopendBijStart, tijdslimietSeconden: o.tijdslimietMs / 1000 },
    'afsluiten: geen nieuwe verzoeken meer, lopende verzoeken en jobs worden afgemaakt');

  o.verzoeken.markeerAfsluiten();
  // close() stops accepting and (Node ≥ 19) closes idle keep-alive connections; busy ones close after
  // their response because of the Connection: close above.
  const gesloten = new Promise<void>((r) => o.server.close(() => r()));
  const jobsKlaar = Promise.all(o.herhalingen.map((h) => h.stop()));

  let netjes = true;
  const binnenTijd = (p: Promise<unknown>) => Promise.race([p.then(() => true), wacht(Math.max(0, deadline - performance.now())).then(() => false)]);
  // Connections that linger idle after their last response are closed as soon as nothing is in flight.
  const opruimer = setInterval(() => { if (o.verzoeken.lopend === 0) o.server.closeIdleConnections(); }, 50);
  try {
    if (!(await binnenTijd(gesloten))) {
      netjes = false;
      o.logger.warn({ lopendeVerzoeken: o.verzoeken.lopend }, 'afsluiten: tijdslimiet bereikt; resterende verbindingen worden verbroken');
      o.server.closeAllConnections();
    }
    if (!(await binnenTijd(jobsKlaar))) {
      netjes = false;
      o.logger.warn({}, 'afsluiten: tijdslimiet bereikt terwijl een job nog liep; de transactie wordt teruggedraaid');
    }
  } finally {
    clearInterval(opruimer);
  }
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
