// Issue 4 on real PostgreSQL: two dispatcher instances (separate connection pools, as two servers
// would have) run at the same time while notifications are still being written. No attempt is
// sent twice, every notification arrives, and per subscription the receiver sees them one at a
// time in volgnummer order. PGlite has one connection and cannot run this (README.md "Tests and CI").
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres, rowsOf, type Database } from '../../src/db/client.js';
import { afleveringen, kennisgevingen } from '../../src/db/schema.js';
import { plaatsKennisgeving } from '../../src/outbox/kennisgevingen.js';
import { webhookAflevering } from '../../src/jobs/webhook-aflevering.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { opPostgres, startTestApp, type TestApp } from '../support/harness.js';

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(opPostgres)('webhook-aflevering met twee dispatchers tegelijk (PostgreSQL)', () => {
  let t: TestApp;
  let tweede: Database;

  beforeAll(async () => {
    t = await startTestApp();
    // A second pool on the same database: the other "instance".
    const [{ naam }] = rowsOf<{ naam: string }>(await t.db.execute(sql`select current_database() as naam`)) as [{ naam: string }];
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${naam}`;
    tweede = await connectPostgres(url.toString(), { max: 10 });
  });
  afterAll(async () => {
    await tweede?.close();
    await t?.close();
  });

  it('verstuurt geen poging twee keer, levert alles af, en per abonnement één tegelijk op volgnummer', async () => {
    const ontvangers: Array<{ org: DemoCode; sleutel: string }> = [
      { org: 'ind', sleutel: t.sleutel('ind', 'ind_medewerker') },
      { org: 'coa', sleutel: t.sleutel('coa', 'coa_medewerker') },
      { org: 'comensha', sleutel: t.sleutel('comensha', 'zorgcoordinator') },
    ];
    const PER_ONTVANGER = 25;

    // The receiver: answers 204 after a short delay (widening the window for a race), and records
    // per path what arrived and how many requests for that path were in flight at once.
    const ontvangen = new Map<string, string[]>();
    const bezig = new Map<string, number>();
    let maxTegelijkPerPad = 0;
    let verzoeken = 0;
    const server = createServer(async (req, res) => {
      // The handshake: allowed at once.
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'webhook-allowed-origin': String(req.headers['webhook-request-origin']) });
        res.end();
        return;
      }
      let body = '';
      for await (const deel of req) body += deel;
      verzoeken++;
      const pad = req.url!;
      bezig.set(pad, (bezig.get(pad) ?? 0) + 1);
      maxTegelijkPerPad = Math.max(maxTegelijkPerPad, bezig.get(pad)!);
      await wacht(3);
      ontvangen.set(pad, [...(ontvangen.get(pad) ?? []), JSON.parse(body).id]);
      bezig.set(pad, bezig.get(pad)! - 1);
      res.writeHead(204);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    try {
      for (const { org, sleutel } of ontvangers) {
        const r = await t.verzoek('POST', '/v1/abonnementen', { sleutel, body: { callbackUrl: `${basis}/${org}`, soorten: ['verwijzing_ontvangen'] } });
        expect(r.status, r.text).toBe(201);
      }

      // Writers keep placing notifications while both dispatchers run.
      let schrijvenKlaar = false;
      const schrijvers = (async () => {
        for (let i = 0; i < PER_ONTVANGER; i++) {
          await Promise.all(ontvangers.map(({ org }) => t.db.transaction((tx) => plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
            ontvangerOrganisatieId: t.organisatieIds[org], soort: 'verwijzing_ontvangen', dossierId: null,
            afzenderOrganisatieId: t.organisatieIds.zorg, inhoud: {}, gebeurtenisSleutel: `gelijktijdig:${org}:${i}`,
          }))));
          if (i % 5 === 4) await wacht(5);
        }
        schrijvenKlaar = true;
      })();

      const totaal = ontvangers.length * PER_ONTVANGER;
      const rapporten: Array<Record<string, number> & { instantie: number }> = [];
      const dispatcher = async (db: typeof t.db, instantie: number) => {
        for (let ronde = 0; ronde < 500; ronde++) {
          rapporten.push({ instantie, ...await webhookAflevering({ ...t.deps, db, random: () => 0.5, maxRondes: 3 }) });
          const klaar = schrijvenKlaar && [...ontvangen.values()].reduce((n, l) => n + l.length, 0) >= totaal;
          if (klaar) return;
        }
      };
      await Promise.all([schrijvers, dispatcher(t.db, 1), dispatcher(tweede.db, 2)]);
      // One more run each, to be sure nothing is left and nothing comes twice.
      await Promise.all([dispatcher(t.db, 1), dispatcher(tweede.db, 2)]);

      // Every notification arrived exactly once, in volgnummer order per subscription.
      for (const { org } of ontvangers) {
        const verwacht = (await t.db.select({ id: kennisgevingen.id }).from(kennisgevingen)
          .where(eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds[org])).orderBy(kennisgevingen.volgnummer)).map((k) => k.id);
        expect(verwacht).toHaveLength(PER_ONTVANGER);
        expect(ontvangen.get(`/${org}`)).toEqual(verwacht);
      }
      expect(verzoeken).toBe(totaal);
      expect(maxTegelijkPerPad).toBe(1);
      const rijen = await t.db.select().from(afleveringen);
      expect(rijen).toHaveLength(totaal);
      expect(rijen.every((a) => a.status === 'afgeleverd' && a.pogingen === 1 && a.leaseTot === null)).toBe(true);
      // Together the instances delivered each notification once; both took part.
      expect(rapporten.reduce((n, r) => n + r.afgeleverd!, 0)).toBe(totaal);
      const perInstantie = [1, 2].map((i) => rapporten.filter((r) => r.instantie === i).reduce((n, r) => n + r.pogingen!, 0));
      expect(perInstantie.every((n) => n > 0)).toBe(true);
      expect(rapporten.reduce((n, r) => n + r.gepland!, 0)).toBe(totaal);
      expect(rapporten.reduce((n, r) => n + r.leaseVerloren! + r.fouten!, 0)).toBe(0);
      const ids = rijen.map((a) => a.kennisgevingId);
      expect(new Set(ids).size).toBe(totaal);
      expect(await t.db.select({ id: kennisgevingen.id }).from(kennisgevingen).where(inArray(kennisgevingen.id, ids))).toHaveLength(totaal);
    } finally {
      await new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
    }
  });
});
