// Throughput of "offer and grant a bedenktijd" through the real app (README.md "Benchmark", first budget).
// C workers each repeat: take the next prepared dossier, POST /v1/dossiers/{id}/bedenktijden, then
// POST /v1/bedenktijden/{id}/reactie {reactie: aanvaard}. One grant = both requests succeeded, i.e.
// the bedenktijd is running with its audit rows and the M55 for IND committed. The same workload
// runs in-process (app.request) and over HTTP against a separately started server (geheugen.ts).
import { randomUUID } from 'node:crypto';
import type { PoolDossier } from './zaaien.js';
import { sinds, verdeling, type Verdeling } from './statistiek.js';

export interface Antwoord { status: number; body: unknown }

/** Sends one JSON request; in-process via app.request or over HTTP via fetch. */
export type Verzender = (methode: string, pad: string, sleutel: string, body?: unknown, headers?: Record<string, string>) => Promise<Antwoord>;

export function verzenderVoorApp(app: { request(pad: string, init: RequestInit): Response | Promise<Response> }): Verzender {
  return async (methode, pad, sleutel, body, headers = {}) => {
    const res = await app.request(pad, {
      method: methode,
      headers: { Authorization: `Bearer ${sleutel}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await leesBody(res) };
  };
}

export function verzenderVoorHttp(basis: string): Verzender {
  return verzenderVoorApp({ request: (pad, init) => fetch(`${basis}${pad}`, init) });
}

async function leesBody(res: Response): Promise<unknown> {
  const tekst = await res.text();
  try { return tekst ? JSON.parse(tekst) : undefined; } catch { return tekst; }
}

export interface DoorvoerOpties {
  verzender: Verzender;
  pool: PoolDossier[];
  sleutel: string;
  vandaag: string;
  clients: number;
  duurSeconden: number;
  idempotencyKey: boolean;
  /** Grants per worker before the clock starts (JIT, prepared statements, connection pool). */
  opwarmenPerWorker?: number;
}

export interface DoorvoerResultaat {
  verleend: number;
  seconden: number;
  perSeconde: number;
  fouten: number;
  eersteFout: string | null;
  poolUitgeput: boolean;
  /** Milliseconds for one offer + grant (both requests), as one worker saw it. */
  latentie: Verdeling;
  /**
   * CPU time of this process per grant (user + system). In-process this is the app's own cost per
   * offer + grant — what one Node.js core can do at most is 1000 / this per second.
   */
  cpuMsPerVerlening: number;
}

/** Offer + grant of one dossier; returns an error description, or null on success. */
async function biedAanEnVerleen(o: DoorvoerOpties, d: PoolDossier): Promise<string | null> {
  const extra = (): Record<string, string> => (o.idempotencyKey ? { 'Idempotency-Key': randomUUID() } : {});
  const aanbod = await o.verzender('POST', `/v1/dossiers/${d.dossierId}/bedenktijden`, o.sleutel,
    { aanbiedingsdatum: o.vandaag, beoordelingId: d.beoordelingId }, extra());
  if (aanbod.status !== 201) return `aanbod ${aanbod.status}: ${JSON.stringify(aanbod.body).slice(0, 300)}`;
  const id = (aanbod.body as { id: string }).id;
  const reactie = await o.verzender('POST', `/v1/bedenktijden/${id}/reactie`, o.sleutel,
    { reactie: 'aanvaard', datum: o.vandaag, opvangGewenst: true }, extra());
  if (reactie.status !== 200) return `reactie ${reactie.status}: ${JSON.stringify(reactie.body).slice(0, 300)}`;
  if ((reactie.body as { status?: string }).status !== 'lopend') return `reactie gaf status ${(reactie.body as { status?: string }).status}`;
  return null;
}

export async function meetDoorvoer(o: DoorvoerOpties): Promise<DoorvoerResultaat> {
  let volgende = 0;
  const neem = () => (volgende < o.pool.length ? o.pool[volgende++] : undefined);

  // Warm-up, not counted: every worker does a few grants first.
  const opwarmen = o.opwarmenPerWorker ?? 3;
  await Promise.all(Array.from({ length: o.clients }, async () => {
    for (let i = 0; i < opwarmen; i++) {
      const d = neem();
      if (!d) return;
      const fout = await biedAanEnVerleen(o, d);
      if (fout) throw new Error(`Opwarmen mislukt: ${fout}`);
    }
  }));

  let verleend = 0;
  let fouten = 0;
  let eersteFout: string | null = null;
  let poolUitgeput = false;
  const latenties: number[] = [];
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const einde = start + o.duurSeconden * 1000;
  await Promise.all(Array.from({ length: o.clients }, async () => {
    while (performance.now() < einde) {
      const d = neem();
      if (!d) { poolUitgeput = true; return; }
      const t = performance.now();
      const fout = await biedAanEnVerleen(o, d);
      if (fout) { fouten++; eersteFout ??= fout; continue; }
      verleend++;
      latenties.push(sinds(t));
    }
  }));
  const seconden = sinds(start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return {
    verleend, seconden, perSeconde: verleend / seconden, fouten, eersteFout, poolUitgeput, latentie: verdeling(latenties),
    cpuMsPerVerlening: (cpu.user + cpu.system) / 1000 / Math.max(1, verleend),
  };
}
