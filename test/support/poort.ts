// The project folder and a free loopback port: shared by the tests that start the real server
// (test/support/serverproces.ts) and by the benchmark (test/benchmark/), which runs outside vitest
// and so must not import a module that imports vitest.
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectMap = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A free TCP port on loopback (ask the OS for one, then release it). */
export function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const adres = s.address();
      s.close(() => (typeof adres === 'object' && adres ? resolve(adres.port) : reject(new Error('geen poort'))));
    });
  });
}
