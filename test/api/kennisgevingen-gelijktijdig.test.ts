// docs/beslissingen/0003-feed-per-ontvanger.md on real PostgreSQL: with many concurrent writers for one recipient, a feed reader
// that continues from the highest volgnummer it has seen never skips a row, and an event placed
// twice at the same time yields one notification. PGlite has one connection and cannot run
// transactions concurrently, so these run only with TEST_DATABASE_URL (README.md "Tests and CI").
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/client.js';
import { kennisgevingen, kennisgevingTellers } from '../../src/db/schema.js';
import { plaatsKennisgeving } from '../../src/outbox/kennisgevingen.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { opPostgres, startTestApp, type TestApp } from '../support/harness.js';

const SCHRIJVERS = 20;
const PER_SCHRIJVER = 10;
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function totDat(voorwaarde: () => boolean, maxMs = 10_000) {
  for (const eind = Date.now() + maxMs; !voorwaarde(); await wacht(5)) {
    if (Date.now() > eind) throw new Error('voorwaarde niet bereikt');
  }
}

interface Feedlezer {
  /** Volgnummers in the order the reader consumed them. */
  gelezen: number[];
  /** Every time a page did not continue at highest+1: a row ≤ highest could still appear (skipped). */
  gaten: Array<{ verwacht: number; gevonden: number }>;
  rondes: number;
  stop(): Promise<void>;
}

describe.runIf(opPostgres)('kennisgevingenfeed met gelijktijdige schrijvers (PostgreSQL)', () => {
  let t: TestApp;
  let dossierId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const d = await t.verzoek('POST', '/v1/dossiers', {
      sleutel: t.sleutel('politie', 'intaker'),
      body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' },
    });
    dossierId = d.body.id;
  });
  afterAll(async () => { await t?.close(); });

  /**
   * A feed consumer as docs/beslissingen/0003-feed-per-ontvanger.md describes it: it stores the highest volgnummer it processed
   * and asks for rows after it. Any page that does not continue at highest+1 means it has moved
   * past a number whose row was not visible yet: that row would be lost to it.
   */
  function startFeedlezer(sleutel: string): Feedlezer {
    const lezer: Feedlezer = { gelezen: [], gaten: [], rondes: 0, stop: async () => {} };
    let stoppen = false;
    const loop = (async () => {
      for (;;) {
        const laatsteRonde = stoppen;
        const hoogste = lezer.gelezen.at(-1) ?? 0;
        const r = await t.verzoek('GET', `/v1/kennisgevingen?naVolgnummer=${hoogste}&limit=50`, { sleutel });
        if (r.status !== 200) throw new Error(`feed gaf ${r.status}: ${r.text}`);
        lezer.rondes++;
        let verwacht = hoogste + 1;
        for (const k of r.body.kennisgevingen as Array<{ volgnummer: number }>) {
          if (k.volgnummer !== verwacht) lezer.gaten.push({ verwacht, gevonden: k.volgnummer });
          lezer.gelezen.push(k.volgnummer);
          verwacht = k.volgnummer + 1;
        }
        if (laatsteRonde && !r.headers.get('link')) return;
        if (!r.headers.get('link')) await wacht(3);
      }
    })();
    lezer.stop = async () => { stoppen = true; await loop; };
    return lezer;
  }

  async function alleVolgnummers(ontvanger: DemoCode) {
    const rijen = await t.db.select({ volgnummer: kennisgevingen.volgnummer }).from(kennisgevingen)
      .where(eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds[ontvanger])).orderBy(kennisgevingen.volgnummer);
    return rijen.map((r) => r.volgnummer);
  }

  it(`${SCHRIJVERS} schrijvers × ${PER_SCHRIJVER} kennisgevingen: de lezer slaat niets over, volgnummers 1..N zonder dubbele`, async () => {
    const ontvanger = t.organisatieIds.ind;
    const lezer = startFeedlezer(t.sleutel('ind', 'ind_medewerker'));
    const schrijvers = Array.from({ length: SCHRIJVERS }, async (_, s) => {
      for (let i = 0; i < PER_SCHRIJVER; i++) {
        await t.db.transaction(async (tx) => {
          const id = await plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
            ontvangerOrganisatieId: ontvanger, soort: 'm55_bedenktijd', dossierId, afzenderOrganisatieId: t.organisatieIds.politie,
            inhoud: { schrijver: s, i }, gebeurtenisSleutel: `gelijktijdig:${s}:${i}`,
          });
          expect(id).not.toBeNull();
          // Some transactions stay open after taking their number: with a plain sequence, later
          // numbers would commit first and the reader would move past this one.
          if ((s + i) % 4 === 0) await tx.execute(sql`select pg_sleep(0.02)`);
        });
      }
    });
    await Promise.all(schrijvers);
    await lezer.stop();

    const n = SCHRIJVERS * PER_SCHRIJVER;
    expect(lezer.gaten).toEqual([]);
    expect(lezer.gelezen).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    // The reader really polled while the writers ran, not only once at the end.
    expect(lezer.rondes).toBeGreaterThan(5);
    expect(await alleVolgnummers('ind')).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const [teller] = await t.db.select().from(kennisgevingTellers).where(eq(kennisgevingTellers.organisatieId, ontvanger));
    expect(teller!.laatsteVolgnummer).toBe(n);
  });

  it('dezelfde gebeurtenis gelijktijdig geplaatst geeft precies één kennisgeving en verbruikt één volgnummer', async () => {
    const ontvanger = t.organisatieIds.comensha;
    const sleutel = `beoordeling:${crypto.randomUUID()}`;
    const uitkomsten = await Promise.all(Array.from({ length: 10 }, () => t.db.transaction(async (tx) => {
      const id = await plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
        ontvangerOrganisatieId: ontvanger, soort: 'aanmelding_vermoedelijk_slachtoffer', dossierId,
        afzenderOrganisatieId: t.organisatieIds.politie, inhoud: {}, gebeurtenisSleutel: sleutel,
      });
      await tx.execute(sql`select pg_sleep(0.02)`);
      return id;
    })));
    expect(uitkomsten.filter((id) => id !== null)).toHaveLength(1);
    const rijen = await t.db.select().from(kennisgevingen).where(and(
      eq(kennisgevingen.ontvangerOrganisatieId, ontvanger), eq(kennisgevingen.gebeurtenisSleutel, sleutel),
    ));
    expect(rijen).toHaveLength(1);
    expect(rijen[0]!.id).toBe(uitkomsten.find((id) => id !== null));
    expect(await alleVolgnummers('comensha')).toEqual([1]);
  });

  it('gelijktijdige ontvangstbevestigingen met verschillende referenties: één slaagt, de rest krijgt 409', async () => {
    const id = await t.db.transaction((tx) => plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
      ontvangerOrganisatieId: t.organisatieIds.coa, soort: 'm55_bedenktijd', dossierId, afzenderOrganisatieId: t.organisatieIds.politie,
      inhoud: {}, gebeurtenisSleutel: `bevestiging:${crypto.randomUUID()}`,
    }));
    const antwoorden = await Promise.all(Array.from({ length: 6 }, (_, i) => t.verzoek('POST', `/v1/kennisgevingen/${id}/ontvangstbevestiging`, {
      sleutel: t.sleutel('coa', 'coa_medewerker'), body: { referentieOntvanger: `COA-${i}` },
    })));
    const geslaagd = antwoorden.filter((r) => r.status === 200);
    expect(geslaagd).toHaveLength(1);
    expect(antwoorden.filter((r) => r.status === 409)).toHaveLength(5);
    const [rij] = await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.id, id!));
    expect(rij!.referentieOntvanger).toBe(geslaagd[0]!.body.referentieOntvanger);
  });

  it('controle op de lezer zelf: nummers uit een gewone sequence laten hem een rij overslaan', async () => {
    // Without the counter lock a transaction holding number 1 can commit after number 2. The same
    // reader must notice that (docs/beslissingen/0003-feed-per-ontvanger.md says a plain sequence does not suffice); otherwise
    // the first test would prove nothing. Written straight into the table, for the police's feed.
    const ontvanger = t.organisatieIds.politie;
    await t.db.execute(sql`create sequence if not exists proef_volgnummer`);
    const rij = (volgnummer: number) => ({
      id: crypto.randomUUID(), ontvangerOrganisatieId: ontvanger, volgnummer, soort: 'sepot', dossierId: null,
      afzenderOrganisatieId: null, inhoud: {}, gebeurtenisSleutel: `proef:${volgnummer}`, tijdstipAangemaakt: t.klok.now(),
    });
    const volgende = async (tx: Pick<TestApp['db'], 'execute'>) =>
      Number(rowsOf<{ n: string }>(await tx.execute(sql`select nextval('proef_volgnummer') as n`))[0]!.n);

    const lezer = startFeedlezer(t.sleutel('politie', 'intaker'));
    let eersteGenomen!: () => void;
    const genomen = new Promise<void>((r) => { eersteGenomen = r; });
    const traag = t.db.transaction(async (tx) => {
      await tx.insert(kennisgevingen).values(rij(await volgende(tx)));
      eersteGenomen();
      // Number 1 stays uncommitted until the reader has consumed number 2: no timing guesswork.
      await totDat(() => lezer.gelezen.includes(2));
    });
    await genomen;
    await t.db.transaction(async (tx) => { await tx.insert(kennisgevingen).values(rij(await volgende(tx))); });
    await traag;
    await lezer.stop();

    expect(lezer.gaten).toEqual([{ verwacht: 1, gevonden: 2 }]);
    expect(lezer.gelezen).toEqual([2]);
  });
});
