// The bare baseline (issue 17): a minimal Hono + postgres.js server that runs, per request, the SQL of
// the pgbench script (test/benchmark/pgbench.ts) — no authentication, rate limit, idempotency,
// validation or processing log. The pgbench script is one transaction for offer + grant; here it is
// split at the same point the service splits it, into the two requests the load generator sends
// (test/benchmark/doorvoer.ts): POST /v1/dossiers/:id/bedenktijden (lock the dossier, insert the
// offer, one audit row) and POST /v1/bedenktijden/:id/reactie (the grant, one audit row, the M55 for
// IND under IND's counter row, the access right), each one transaction. So the service over HTTP and
// this server are driven by the same generator, clients and duration; the ratio is what our code costs.
//
// Run as its own process: `node --import tsx test/benchmark/kaal.ts` with DATABASE_URL, PORT, POLITIE,
// IND, SLEUTEL (ids in the bench database); startKaleServer below does that for run.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { projectMap, vrijePoort } from './geheugen.js';

type Tx = import('postgres').TransactionSql;

async function audit(tx: Tx, o: { dossier: string; politie: string; sleutel: string; bedenktijd: string; actie: string }) {
  const keten = `dossier:${o.dossier}`;
  await tx`insert into audit_ketens (keten, lengte, laatste_hash) values (${keten}, 0, '') on conflict do nothing`;
  const [kop] = await tx`select lengte, laatste_hash from audit_ketens where keten = ${keten} for update`;
  const lengte = Number(kop!.lengte);
  const [rij] = await tx`insert into auditregels (keten, positie, tijdstip, organisatie_id, sleutel_id, rol, actie, object_type, object_id, dossier_id, resultaat, request_id, vorige_hash, hash)
    values (${keten}, ${lengte + 1}, now(), ${o.politie}::uuid, ${o.sleutel}::uuid, 'intaker', ${o.actie}, 'bedenktijd', ${o.bedenktijd}, ${o.dossier}::uuid, 'geslaagd', gen_random_uuid()::text, ${kop!.laatste_hash},
      encode(sha256(convert_to(concat_ws('|', ${o.dossier}::text, ${lengte + 1}::int, now(), ${o.politie}::text, ${o.actie}::text, ${o.bedenktijd}::text, ${kop!.laatste_hash}::text), 'UTF8')), 'hex'))
    returning hash`;
  await tx`update audit_ketens set lengte = ${lengte + 1}, laatste_hash = ${rij!.hash} where keten = ${keten}`;
}

async function hoofd() {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const postgres = (await import('postgres')).default;
  const env = process.env;
  const sql = postgres(env.DATABASE_URL!, { max: 10, prepare: true, onnotice: () => {} });
  const politie = env.POLITIE!; const ind = env.IND!; const sleutel = env.SLEUTEL!;
  const app = new Hono();
  app.get('/ready', (c) => c.text('ok'));
  app.post('/v1/dossiers/:dossierId/bedenktijden', async (c) => {
    const dossier = c.req.param('dossierId');
    const body = await c.req.json<{ beoordelingId: string }>();
    const id = await sql.begin(async (tx) => {
      await tx`select id from dossiers where id = ${dossier}::uuid for update`;
      const [b] = await tx`insert into bedenktijden (id, dossier_id, aanbiedende_organisatie_id, beoordeling_id, status, aanbiedingsdatum, tijdstip_aangemaakt, tijdstip_gewijzigd)
        values (gen_random_uuid(), ${dossier}::uuid, ${politie}::uuid, ${body.beoordelingId}::uuid, 'aangeboden', current_date, now(), now()) returning id`;
      await audit(tx, { dossier, politie, sleutel, bedenktijd: b!.id, actie: 'bedenktijd.aangeboden' });
      return b!.id as string;
    });
    return c.json({ id }, 201);
  });
  app.post('/v1/bedenktijden/:id/reactie', async (c) => {
    const bedenktijd = c.req.param('id');
    await c.req.json();
    await sql.begin(async (tx) => {
      const [b] = await tx`update bedenktijden set status = 'lopend', reactie = 'aanvaard', reactiedatum = current_date, opvang_gewenst = true, ingangsdatum = current_date,
        uiterlijke_einddatum = (current_date + interval '3 months')::date, beleidsregel = 'b8-3-drie-maanden',
        verblijfssituatie_bij_verlening = 'geen_rechtmatig_verblijf', tijdstip_gewijzigd = now() where id = ${bedenktijd}::uuid returning dossier_id`;
      const dossier = b!.dossier_id as string;
      await audit(tx, { dossier, politie, sleutel, bedenktijd, actie: 'bedenktijd.verleend' });
      const gebeurtenis = `m55_bedenktijd:${bedenktijd}`;
      await tx`insert into kennisgeving_tellers (organisatie_id, laatste_volgnummer) values (${ind}::uuid, 0) on conflict do nothing`;
      const [t] = await tx`select laatste_volgnummer from kennisgeving_tellers where organisatie_id = ${ind}::uuid for update`;
      await tx`select id from kennisgevingen where ontvanger_organisatie_id = ${ind}::uuid and gebeurtenis_sleutel = ${gebeurtenis}`;
      const inhoud = {
        dossierId: dossier, dossiernummer: 'NRM-PGB', vreemdelingennummer: '0000000001', voornamen: 'Ama', geslachtsnaam: 'Bench', geboortedatum: '1999-04-02',
        geslacht: 'vrouw', nationaliteit: 'GH', verblijfssituatie: 'geen_rechtmatig_verblijf', bedenktijdId: bedenktijd, beleidsregel: 'b8-3-drie-maanden',
        beleidsregelBron: 'B8/3.1 Vc 2000', aanbiedendeOrganisatie: { id: politie, naam: 'Politie Eenheid Amsterdam (TMM)' }, formulier: 'M55', onderdeel: 'kennisgeving_bedenktijd',
      };
      await tx`insert into kennisgevingen (id, ontvanger_organisatie_id, volgnummer, soort, dossier_id, afzender_organisatie_id, inhoud, gebeurtenis_sleutel, tijdstip_aangemaakt)
        values (gen_random_uuid(), ${ind}::uuid, ${Number(t!.laatste_volgnummer) + 1}, 'm55_bedenktijd', ${dossier}::uuid, ${politie}::uuid, ${tx.json(inhoud)}, ${gebeurtenis}, now())`;
      await tx`update kennisgeving_tellers set laatste_volgnummer = ${Number(t!.laatste_volgnummer) + 1} where organisatie_id = ${ind}::uuid`;
      await tx`insert into toegangsrechten (dossier_id, organisatie_id, doel, bron_id, reikwijdte, mag_wijzigen, mag_doorgeven, tijdstip_verleend)
        values (${dossier}::uuid, ${ind}::uuid, 'm55', ${dossier}::uuid, 'identiteit', false, false, now()) on conflict do nothing`;
    });
    return c.json({ status: 'lopend' }, 200);
  });
  serve({ fetch: app.fetch, port: Number(env.PORT), hostname: '127.0.0.1' });
}

export interface KaleServer { proces: ChildProcess; basis: string; stop(): Promise<void> }

/** Starts the bare server on a free port and waits until /ready answers. */
export async function startKaleServer(o: { url: string; politie: string; ind: string; sleutelId: string }): Promise<KaleServer> {
  const poort = await vrijePoort();
  const proces = spawn(process.execPath, ['--import', 'tsx', 'test/benchmark/kaal.ts'], {
    cwd: projectMap, stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATABASE_URL: o.url, PORT: String(poort), POLITIE: o.politie, IND: o.ind, SLEUTEL: o.sleutelId },
  });
  let staart = '';
  proces.stderr!.on('data', (b: Buffer) => { staart = (staart + b.toString()).slice(-2000); });
  const basis = `http://127.0.0.1:${poort}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proces.exitCode !== null) throw new Error(`Kale server stopte (code ${proces.exitCode}):\n${staart}`);
    try { if ((await fetch(`${basis}/ready`)).status === 200) break; } catch { /* not yet */ }
    if (Date.now() > deadline) { proces.kill('SIGKILL'); throw new Error(`Kale server niet gereed binnen 30 s:\n${staart}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    proces, basis,
    async stop() {
      if (proces.exitCode !== null) return;
      const gestopt = new Promise<void>((r) => proces.once('exit', () => r()));
      proces.kill('SIGTERM');
      await gestopt;
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await hoofd();
