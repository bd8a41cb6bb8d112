// The reference for the throughput budget: pgbench running the writes of "offer + grant" as ONE
// transaction, with the same client count and duration as the app run. The script mirrors, statement
// for statement, what the use cases write (src/modules/bedenktijden/bedenktijden.service.ts:
// biedBedenktijdAan + legReactieVast; src/audit/auditlog.ts: schrijfAudit; src/outbox/kennisgevingen.ts:
// plaatsKennisgeving for IND), including the row locks that give those writes their meaning (the
// dossier, the audit chain head, IND's counter row). It leaves out what only validates (the assessment,
// eligibility, the open-bedenktijd check, authentication, rate limit, idempotency, processing log):
// that is the overhead the budget allows the application (it must reach ≥ 50 % of this).
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const voerUit = promisify(execFile);

/** One audit row through the dossier's chain head (schrijfAudit): create or lock the head and read it; append and move the head. */
function auditStappen(actie: string): string[] {
  const keten = `'dossier' || chr(58) || cast(:dossier as text)`;
  return [
    `insert into audit_ketens (keten, lengte, laatste_hash) values (${keten}, 0, '') on conflict (keten) do update set lengte = audit_ketens.lengte returning lengte as lengte, laatste_hash as vorige \\gset`,
    `with regel as (insert into auditregels (keten, positie, tijdstip, organisatie_id, sleutel_id, rol, actie, object_type, object_id, dossier_id, resultaat, request_id, vorige_hash, hash) `
      + `values (${keten}, cast(:lengte as int) + 1, now(), cast(:politie as uuid), cast(:sleutel as uuid), 'intaker', '${actie}', 'bedenktijd', cast(:bedenktijd as text), cast(:dossier as uuid), 'geslaagd', cast(gen_random_uuid() as text), cast(:vorige as text), `
      + `encode(sha256(convert_to(concat_ws('|', cast(:dossier as text), cast(:lengte as int) + 1, now(), cast(:politie as text), '${actie}', cast(:bedenktijd as text), cast(:vorige as text)), 'UTF8')), 'hex')) returning hash) `
      + `update audit_ketens set lengte = cast(:lengte as int) + 1, laatste_hash = (select hash from regel) where keten = ${keten};`,
  ];
}

/**
 * The pgbench script. pgbench replaces `:naam` by a variable, so the SQL avoids literal colons
 * (chr(58)) and JSON literals; \gset stores a row's columns in variables (PostgreSQL ≥ 13).
 */
export function pgbenchScript(poolTabel: string): string {
  const m55 = `jsonb_build_object('dossierId', cast(:dossier as text), 'dossiernummer', 'NRM-PGB', 'vreemdelingennummer', '0000000001', `
    + `'voornamen', 'Ama', 'geslachtsnaam', 'Bench', 'geboortedatum', '1999-04-02', 'geslacht', 'vrouw', 'nationaliteit', 'GH', `
    + `'verblijfssituatie', 'geen_rechtmatig_verblijf', 'bedenktijdId', cast(:bedenktijd as text), 'aanbiedingsdatum', current_date, `
    + `'ingangsdatum', current_date, 'uiterlijkeEinddatum', cast(current_date + interval '3 months' as date), 'beleidsregel', 'b8-3-drie-maanden', `
    + `'beleidsregelBron', 'B8/3.1 Vc 2000', 'aanbiedendeOrganisatie', jsonb_build_object('id', cast(:politie as text), 'naam', 'Politie Eenheid Amsterdam (TMM)'), `
    + `'formulier', 'M55', 'onderdeel', 'kennisgeving_bedenktijd')`;
  const sleutel = `'m55_bedenktijd' || chr(58) || cast(:bedenktijd as text)`;
  return [
    `-- Eén aanbod + verlening van een bedenktijd als één transactie (zie test/benchmark/pgbench.ts).`,
    `begin;`,
    `select dossier_id as dossier, beoordeling_id as beoordeling from ${poolTabel} where n = (select nextval('${poolTabel}_seq')) \\gset`,
    // biedBedenktijdAan: lock the dossier, insert the offer, audit it.
    `select id from dossiers where id = cast(:dossier as uuid) for update;`,
    `insert into bedenktijden (id, dossier_id, aanbiedende_organisatie_id, beoordeling_id, status, aanbiedingsdatum, tijdstip_aangemaakt, tijdstip_gewijzigd) `
      + `values (gen_random_uuid(), cast(:dossier as uuid), cast(:politie as uuid), cast(:beoordeling as uuid), 'aangeboden', current_date, now(), now()) returning id as bedenktijd \\gset`,
    ...auditStappen('bedenktijd.aangeboden'),
    // legReactieVast: grant (status lopend, dates, rule), audit it, M55 to IND.
    `update bedenktijden set status = 'lopend', reactie = 'aanvaard', reactiedatum = current_date, opvang_gewenst = true, ingangsdatum = current_date, `
      + `uiterlijke_einddatum = cast(current_date + interval '3 months' as date), beleidsregel = 'b8-3-drie-maanden', `
      + `verblijfssituatie_bij_verlening = 'geen_rechtmatig_verblijf', tijdstip_gewijzigd = now() where id = cast(:bedenktijd as uuid);`,
    ...auditStappen('bedenktijd.verleend'),
    // plaatsKennisgeving for IND: create or lock IND's counter row and read it; insert unless the event is there, moving the counter only then.
    `insert into kennisgeving_tellers (organisatie_id, laatste_volgnummer) values (cast(:ind as uuid), 0) on conflict (organisatie_id) do update set laatste_volgnummer = kennisgeving_tellers.laatste_volgnummer returning laatste_volgnummer as volgnummer \\gset`,
    `with nieuw as (insert into kennisgevingen (id, ontvanger_organisatie_id, volgnummer, soort, dossier_id, afzender_organisatie_id, inhoud, gebeurtenis_sleutel, tijdstip_aangemaakt) `
      + `values (gen_random_uuid(), cast(:ind as uuid), cast(:volgnummer as bigint) + 1, 'm55_bedenktijd', cast(:dossier as uuid), cast(:politie as uuid), ${m55}, ${sleutel}, now()) `
      + `on conflict (ontvanger_organisatie_id, gebeurtenis_sleutel) do nothing returning id) `
      + `update kennisgeving_tellers set laatste_volgnummer = cast(:volgnummer as bigint) + 1 where organisatie_id = cast(:ind as uuid) and exists (select 1 from nieuw);`,
    `insert into toegangsrechten (dossier_id, organisatie_id, doel, bron_id, reikwijdte, mag_wijzigen, mag_doorgeven, tijdstip_verleend) values (cast(:dossier as uuid), cast(:ind as uuid), 'm55', cast(:dossier as uuid), 'identiteit', false, false, now()) on conflict do nothing;`,
    `end;`,
    '',
  ].join('\n');
}

export interface PgbenchResultaat { tps: number; transacties: number; mislukt: number; afgebroken: boolean; uitvoer: string; script: string }

export async function pgbenchVersie(): Promise<string | null> {
  try {
    const { stdout } = await voerUit('pgbench', ['--version']);
    return stdout.trim();
  } catch {
    return null;
  }
}

/** Runs pgbench with the script; -M prepared because postgres.js (the app's driver) prepares too. */
export async function draaiPgbench(o: { url: string; poolTabel: string; clients: number; duurSeconden: number; politie: string; ind: string; sleutelId: string }): Promise<PgbenchResultaat> {
  const script = path.join(os.tmpdir(), `nrm-bench-${process.pid}-aanbod-verlening.sql`);
  await writeFile(script, pgbenchScript(o.poolTabel));
  const args = [
    '--no-vacuum', '--protocol=prepared', `--client=${o.clients}`, `--jobs=${Math.min(o.clients, os.cpus().length)}`,
    `--time=${o.duurSeconden}`, `--file=${script}`,
    `--define=politie=${o.politie}`, `--define=ind=${o.ind}`, `--define=sleutel=${o.sleutelId}`,
    o.url,
  ];
  let uitvoer: string;
  try {
    const { stdout, stderr } = await voerUit('pgbench', args, { maxBuffer: 16 * 1024 * 1024 });
    uitvoer = `${stdout}\n${stderr}`;
  } catch (err) {
    // pgbench exits non-zero when a client aborted; the output still says how far it got.
    const e = err as { stdout?: string; stderr?: string; message: string };
    uitvoer = `${e.stdout ?? ''}\n${e.stderr ?? e.message}`;
  }
  const getal = (re: RegExp) => Number(re.exec(uitvoer)?.[1] ?? Number.NaN);
  return {
    tps: getal(/tps = ([\d.]+) \(without initial connection time\)/),
    transacties: getal(/number of transactions actually processed: (\d+)/),
    mislukt: getal(/number of failed transactions: (\d+)/) || 0,
    afgebroken: /aborted/i.test(uitvoer),
    uitvoer,
    script,
  };
}
