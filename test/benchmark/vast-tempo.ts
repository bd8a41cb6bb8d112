// A constant-rate (open-loop) load generator: requests leave at a fixed rate whether or not earlier ones
// have been answered, as independent clients send them. A closed loop (the throughput runs: a worker
// waits for its answer) slows down with the server and hides queueing; here a slow server shows as a
// growing latency. Each latency is measured from the moment the request was due, not from when it
// left, so a generator that falls behind does not hide the wait either (coordinated omission).
import { randomUUID } from 'node:crypto';
import { verdeling, type Verdeling } from './statistiek.js';

export interface VastTempoVerzoek { methode: 'GET' | 'POST'; pad: string; sleutel: string; body?: unknown }

export interface VastTempoResultaat {
  tempo: number;
  seconden: number;
  verstuurd: number;
  /** 2xx answers, and their latency from the moment they were due (ms). */
  geaccepteerd: number; latentieGeaccepteerd: Verdeling;
  /** 503 answers (load shedding), how many carried Retry-After, and their latency (ms). */
  geweigerd503: number; met503RetryAfter: number; latentie503: Verdeling;
  /** Anything else: other statuses and failed connections. */
  overige: number; eersteOverige: string | null;
  /** Requests the generator sent more than 10 ms after they were due (the generator itself fell behind). */
  telaatVerstuurd: number;
}

export async function meetVastTempo(o: { basis: string; tempo: number; duurSeconden: number; verzoek: (i: number) => VastTempoVerzoek }): Promise<VastTempoResultaat> {
  const aantal = Math.round(o.tempo * o.duurSeconden);
  const start = performance.now();
  const geaccepteerd: number[] = [];
  const geweigerd: number[] = [];
  let met503RetryAfter = 0;
  let overige = 0;
  let eersteOverige: string | null = null;
  let telaatVerstuurd = 0;
  const lopend: Array<Promise<void>> = [];

  const stuur = async (i: number, gepland: number) => {
    const v = o.verzoek(i);
    try {
      const res = await fetch(`${o.basis}${v.pad}`, {
        method: v.methode,
        headers: {
          Authorization: `Bearer ${v.sleutel}`,
          ...(v.body === undefined ? {} : { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }),
        },
        body: v.body === undefined ? undefined : JSON.stringify(v.body),
      });
      await res.arrayBuffer();
      const ms = performance.now() - gepland;
      if (res.status >= 200 && res.status < 300) geaccepteerd.push(ms);
      else if (res.status === 503) {
        geweigerd.push(ms);
        if (res.headers.get('retry-after')) met503RetryAfter++;
      } else {
        overige++;
        eersteOverige ??= `${v.methode} ${v.pad} → ${res.status}`;
      }
    } catch (err) {
      overige++;
      eersteOverige ??= `${v.methode} ${v.pad} → ${err instanceof Error ? err.message : String(err)}`;
    }
  };

  // Every few milliseconds, send what has come due since the last tick.
  let volgende = 0;
  while (volgende < aantal) {
    const nu = performance.now();
    while (volgende < aantal && start + (volgende * 1000) / o.tempo <= nu) {
      const gepland = start + (volgende * 1000) / o.tempo;
      if (nu - gepland > 10) telaatVerstuurd++;
      lopend.push(stuur(volgende, gepland));
      volgende++;
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(lopend);
  return {
    tempo: o.tempo, seconden: o.duurSeconden, verstuurd: aantal,
    geaccepteerd: geaccepteerd.length, latentieGeaccepteerd: verdeling(geaccepteerd),
    geweigerd503: geweigerd.length, met503RetryAfter, latentie503: verdeling(geweigerd),
    overige, eersteOverige, telaatVerstuurd,
  };
}

export function beschrijfVastTempo(r: VastTempoResultaat): string {
  const ms = (v: Verdeling) => (v.n === 0 ? '—' : `p50 ${v.p50.toFixed(1)} ms, p99 ${v.p99.toFixed(1)} ms, max ${v.max.toFixed(1)} ms`);
  return `${r.tempo}/s gedurende ${r.seconden} s: ${r.geaccepteerd} van ${r.verstuurd} geaccepteerd (${ms(r.latentieGeaccepteerd)}); `
    + `${r.geweigerd503} × 503 (${r.met503RetryAfter} met Retry-After; ${ms(r.latentie503)}); ${r.overige} overige${r.eersteOverige ? ` (eerste: ${r.eersteOverige})` : ''}`
    + (r.telaatVerstuurd > 0 ? `; ${r.telaatVerstuurd} verzoeken > 10 ms te laat verstuurd (de generator liep achter)` : '');
}
