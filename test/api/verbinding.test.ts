// Issue 16 item 7: a 413 must not leave a keep-alive connection behind that the server then closes.
// A client with a connection pool (one socket, keep-alive) sends a body over the limit and then an
// ordinary request: the second must succeed.
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startWebserver, type Webserver } from '../support/webserver.js';

let t: TestApp;
let server: Webserver;
beforeAll(async () => { t = await startTestApp(); server = await startWebserver(t); });
afterAll(async () => { await server?.close(); await t?.close(); });

function verzoek(agent: http.Agent, methode: string, pad: string, body?: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(`${server.url}${pad}`, { method: methode, agent, headers }, (res) => {
      let tekst = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { tekst += d; });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: tekst }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

it('413 met Connection: close; het volgende verzoek uit dezelfde pool slaagt', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const groot = JSON.stringify({ x: 'a'.repeat(1_100_000) });
    const r = await verzoek(agent, 'POST', '/v1/dossiers', groot, {
      'Content-Type': 'application/json', Authorization: `Bearer ${t.sleutel('politie', 'intaker')}`,
    }).catch((e: Error) => ({ status: 0, headers: {} as http.IncomingHttpHeaders, body: e.message }));
    expect(r.status).toBe(413);
    expect(r.headers.connection).toBe('close');
    expect(JSON.parse(r.body).code).toBe('te-groot');
    const volgende = await verzoek(agent, 'GET', '/health');
    expect(volgende.status).toBe(200);
  } finally { agent.destroy(); }
});
