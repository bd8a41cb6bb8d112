// The app on a free loopback port (@hono/node-server), against the test harness's database and
// clock, for the browser tests. The demo sign-in is on unless the test says otherwise.
import { serve } from '@hono/node-server';
import { createApp } from '../../src/app.js';
import type { AppDeps } from '../../src/context.js';
import type { TestApp } from './harness.js';

export interface Webserver { url: string; close(): Promise<void> }

export function startWebserver(t: TestApp, extra: Partial<AppDeps> = {}): Promise<Webserver> {
  const app = createApp({ ...t.deps, demoAanmelding: true, ...extra });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((klaar) => { server.close(() => klaar()); }),
      });
    });
  });
}
