// The maintained patch to postgres.js 3.4.9 (patches/postgres+3.4.9.patch, applied by patch-package
// on install), tested on the driver itself in a child process, since the unpatched failure ends the
// process: a reserved connection whose backend was terminated (porsager/postgres#1208) must reject
// its next queries with CONNECTION_CLOSED, not kill the process with "Cannot read properties of null
// (reading 'write')". The whole service under terminated connections: database-uitval.test.ts.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { opPostgres } from '../support/harness.js';
import { projectMap } from '../support/serverproces.js';

const SCRIPT = `
import postgres from 'postgres';
const url = process.env.URL;
const sql = postgres(url, { max: 2, onnotice: () => {} });
const beheer = postgres(url, { max: 1, onnotice: () => {} });
const reserved = await sql.reserve();
const [{ pid }] = await reserved\`select pg_backend_pid() as pid\`;
await beheer\`select pg_terminate_backend(\${pid})\`;
const uitkomsten = [];
for (let i = 0; i < 3; i++) {
  try { await reserved\`select 1\`; uitkomsten.push('ok'); } catch (e) { uitkomsten.push(e.code); }
}
reserved.release();
// The pool itself still works, also on the released connection (it reconnects instead of being handed
// out without a socket).
const [{ een }] = await sql\`select 1 as een\`;
await Promise.all([sql\`select 1\`, sql\`select 2\`]);
console.log(JSON.stringify({ uitkomsten, een }));
await sql.end(); await beheer.end();
`;

describe.runIf(opPostgres)('postgres.js-patch', () => {
  it('een gereserveerde verbinding waarvan de backend is beëindigd: de volgende query faalt netjes, het proces leeft door', async () => {
    const kind = spawn(process.execPath, ['--input-type=module', '-e', SCRIPT], {
      cwd: projectMap, env: { ...process.env, URL: process.env.TEST_DATABASE_URL }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let uit = '';
    let fout = '';
    kind.stdout.on('data', (b) => { uit += b; });
    kind.stderr.on('data', (b) => { fout += b; });
    const code = await new Promise<number | null>((r) => kind.once('exit', r));
    expect(fout).not.toContain("Cannot read properties of null (reading 'write')");
    expect(code, fout).toBe(0);
    const { uitkomsten, een } = JSON.parse(uit);
    // The first query may meet the socket error itself (ECONNRESET); after that the connection is closed.
    expect(['CONNECTION_CLOSED', 'ECONNRESET']).toContain(uitkomsten[0]);
    expect(uitkomsten.slice(1)).toEqual(['CONNECTION_CLOSED', 'CONNECTION_CLOSED']);
    expect(een).toBe(1);
  }, 60_000);
});
