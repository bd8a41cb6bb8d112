// Seeding with plain SQL (INSERT … SELECT over generate_series): fast, and it writes the rows the
// use cases would have written, column for column (see src/db/schema.ts). What is *measured* always
// goes through the real code (app.request, bedenktijdVerlopen); seeding only builds the situation.
import type { ReservedSql } from 'postgres';
import type { RuweSql } from './omgeving.js';
import { sinds } from './statistiek.js';

export interface Organisaties { politie: string; ind: string; coa: string }

/** Runs fn on one reserved connection with bulk-load settings (no fsync wait per commit, more sort memory). */
async function bulk<T>(ruw: RuweSql, fn: (c: ReservedSql) => Promise<T>): Promise<T> {
  const c = await ruw.reserve();
  try {
    await c.unsafe(`set synchronous_commit = off`);
    await c.unsafe(`set maintenance_work_mem = '256MB'`);
    await c.unsafe(`set work_mem = '64MB'`);
    // The seeded rows are consistent by construction: skip the foreign-key triggers while loading
    // (needs a superuser; without one the load is just slower).
    await c.unsafe(`set session_replication_role = replica`).catch(() => {});
    return await fn(c);
  } finally {
    await c.unsafe(`reset all`).catch(() => {});
    c.release();
  }
}

async function stap(naam: string, fn: () => Promise<unknown>, log: (regel: string) => void): Promise<void> {
  const start = performance.now();
  await fn();
  log(`  ${naam}: ${(sinds(start) / 1000).toFixed(1)} s`);
}

export interface SchaalOpties { dossiers: number; kennisgevingen: number; vandaag: string; org: Organisaties }

/**
 * The data set "at one million dossiers" (README.md "Benchmark"):
 * - N dossiers registered by the police (Amsterdam), grants (toegangsrechten) for the police and for IND;
 * - 5 % running bedenktijden (i % 20 = 0) with uiterlijkeEinddatum spread evenly over today … today+91
 *   (a three-month rule), plus 10 % finished ones (verlopen, beëindigd) that the partial index skips;
 * - M notifications for IND with volgnummer 1..M (each about dossier i mod N) and the counter row at M.
 * Ends with VACUUM (ANALYZE), as autovacuum would have done on a production database.
 */
export async function zaaiSchaal(ruw: RuweSql, o: SchaalOpties, log: (regel: string) => void): Promise<void> {
  const { politie, ind } = o.org;
  await bulk(ruw, async (c) => {
    await stap('ids', async () => {
      await c.unsafe(`create unlogged table bench_ids as select i, gen_random_uuid() as id from generate_series(1, $1::int) i`, [o.dossiers]);
      await c.unsafe(`alter table bench_ids add primary key (i)`);
    }, log);
    await stap(`dossiers (${o.dossiers})`, () => c.unsafe(`
      insert into dossiers (id, dossiernummer, registrerende_organisatie_id, nationaliteit_categorie, eurechtelijke_aanspraken,
        verblijfssituatie, leeftijdscategorie, identificatiestatus, versie, tijdstip_registratie, tijdstip_gewijzigd)
      select id, 'NRM-S-' || lpad(i::text, 8, '0'), $1::uuid, 'derdelander', null,
        case when i % 10 = 5 then 'asielzoeker' else 'geen_rechtmatig_verblijf' end,
        case when i % 7 = 3 then 'minderjarig' else 'meerderjarig' end,
        case when i % 20 < 3 or i % 3 <> 0 then 'vermoedelijk_slachtoffer' else 'gesignaleerd' end,
        1, now() - (i % 1500) * interval '1 day', now() - (i % 1500) * interval '1 day'
      from bench_ids`, [politie]), log);
    await stap('toegangsrechten (politie + IND)', async () => {
      // In key order, so both indexes of toegangsrechten grow at their right edge (much faster).
      await c.unsafe(`insert into toegangsrechten (dossier_id, organisatie_id, doel, bron_id, reikwijdte, mag_wijzigen, mag_doorgeven, tijdstip_verleend) select id, $1::uuid, 'registratie', id, 'identiteit', true, true, now() from bench_ids order by id`, [politie]);
      await c.unsafe(`insert into toegangsrechten (dossier_id, organisatie_id, doel, bron_id, reikwijdte, mag_wijzigen, mag_doorgeven, tijdstip_verleend) select id, $1::uuid, 'm55', id, 'identiteit', false, false, now() from bench_ids order by id`, [ind]);
    }, log);
    await stap('bedenktijden (5 % lopend, 10 % afgelopen)', () => c.unsafe(`
      insert into bedenktijden (id, dossier_id, aanbiedende_organisatie_id, status, aanbiedingsdatum, reactie, reactiedatum,
        ingangsdatum, uiterlijke_einddatum, beleidsregel, verblijfssituatie_bij_verlening, einddatum, beeindigingsreden,
        tijdstip_aangemaakt, tijdstip_gewijzigd)
      select gen_random_uuid(), id, $1::uuid, status, ingang, 'aanvaard', ingang, ingang, eind, 'b8-3-drie-maanden',
        'geen_rechtmatig_verblijf', case when status = 'lopend' then null else eind end,
        case status when 'verlopen' then 'verlopen' when 'beeindigd' then 'aangifte' end, now(), now()
      from (
        select id, status, eind, (eind - interval '3 months')::date as ingang
        from (
          select id,
            case i % 20 when 0 then 'lopend' when 1 then 'verlopen' else 'beeindigd' end as status,
            case when i % 20 = 0 then $2::date + ((i / 20) % 92) else $2::date - 1 - ((i / 20) % 1000) end as eind
          from bench_ids where i % 20 < 3
        ) s
      ) t`, [politie, o.vandaag]), log);
    await stap(`kennisgevingen voor IND (${o.kennisgevingen})`, async () => {
      await c.unsafe(`
        insert into kennisgevingen (id, ontvanger_organisatie_id, volgnummer, soort, dossier_id, afzender_organisatie_id, inhoud,
          gebeurtenis_sleutel, tijdstip_aangemaakt, tijdstip_bevestigd, referentie_ontvanger)
        select gen_random_uuid(), $1::uuid, v, (array['m55_bedenktijd', 'bedenktijd_verlopen', 'bedenktijd_beeindigd', 'm55_aangifte'])[1 + v % 4],
          d.id, $2::uuid,
          jsonb_build_object('dossierId', d.id, 'dossiernummer', 'NRM-S-' || lpad(d.i::text, 8, '0'), 'vreemdelingennummer', lpad(v::text, 10, '0'),
            'voornamen', 'Bench', 'geslachtsnaam', 'Persoon', 'geboortedatum', '1999-04-02', 'nationaliteit', 'GH',
            'verblijfssituatie', 'geen_rechtmatig_verblijf', 'ingangsdatum', $4::date - 30, 'uiterlijkeEinddatum', $4::date + 60,
            'beleidsregel', 'b8-3-drie-maanden', 'formulier', 'M55'),
          'bench:' || v, now() - ($3::int - v) * interval '10 seconds',
          case when v <= $3::int - 1000 then now() end, case when v <= $3::int - 1000 then 'IND-' || v end
        from generate_series(1, $3::int) v
        join bench_ids d on d.i = 1 + (v - 1) % $5::int`, [ind, politie, o.kennisgevingen, o.vandaag, o.dossiers]);
      await c.unsafe(`
        insert into kennisgeving_tellers (organisatie_id, laatste_volgnummer) values ($1::uuid, $2::bigint)
        on conflict (organisatie_id) do update set laatste_volgnummer = excluded.laatste_volgnummer`, [ind, o.kennisgevingen]);
    }, log);
    await stap('VACUUM (ANALYZE)', async () => {
      for (const t of ['dossiers', 'toegangsrechten', 'bedenktijden', 'kennisgevingen', 'kennisgeving_tellers', 'audit_ketens']) {
        await c.unsafe(`vacuum (analyze) ${t}`);
      }
    }, log);
  });
}

export interface PoolOpties {
  /** Table name suffix and dossiernummer prefix, e.g. 'app' → bench_pool_app, NRM-APP-… */
  naam: string;
  aantal: number;
  vandaag: string;
  org: Organisaties;
}

/**
 * K dossiers ready for an offer: an eligible adult third-country national without lawful residence,
 * personal data, an established assessment (vastgesteld, dated yesterday), access for the police and
 * an audit chain head (a registered dossier already has audit rows). The pool table
 * bench_pool_<naam>(n, dossier_id, beoordeling_id) with a sequence hands them out one by one.
 */
export async function zaaiAanbodPool(ruw: RuweSql, o: PoolOpties): Promise<void> {
  const tabel = `bench_pool_${o.naam}`;
  const prefix = `NRM-${o.naam.toUpperCase()}-`;
  await bulk(ruw, async (c) => {
    await c.unsafe(`create unlogged table ${tabel} as select n, gen_random_uuid() as dossier_id, gen_random_uuid() as beoordeling_id from generate_series(1, $1::int) n`, [o.aantal]);
    await c.unsafe(`alter table ${tabel} add primary key (n)`);
    await c.unsafe(`create sequence ${tabel}_seq`);
    // One person, one dossier (docs/een-persoon-een-dossier.md): every pool's people are other people, so their
    // vreemdelingennummers come from one sequence shared by all pools (above the 9000000 + n of the
    // expiry set), and a dossier of one pool is never "the same person" as one of another.
    await c.unsafe(`create sequence if not exists bench_vnummer_seq start 100000000`);
    await c.unsafe(`
      insert into dossiers (id, dossiernummer, registrerende_organisatie_id, nationaliteit_categorie, eurechtelijke_aanspraken,
        verblijfssituatie, leeftijdscategorie, identificatiestatus, versie, tijdstip_registratie, tijdstip_gewijzigd)
      select dossier_id, $2 || lpad(n::text, 7, '0'), $1::uuid, 'derdelander', null, 'geen_rechtmatig_verblijf', 'meerderjarig',
        'vermoedelijk_slachtoffer', 3, now(), now()
      from ${tabel}`, [o.org.politie, prefix]);
    await c.unsafe(`
      insert into persoonsgegevens (dossier_id, voornamen, geslachtsnaam, geboortedatum, nationaliteit, vreemdelingennummer, geslacht, talen, tijdstip_gewijzigd)
      select dossier_id, 'Ama', 'Bench' || n, '1999-04-02', 'GH', lpad(nextval('bench_vnummer_seq')::text, 10, '0'), 'vrouw', array['en'], now() from ${tabel}`);
    await c.unsafe(`
      insert into beoordelingen (id, dossier_id, organisatie_id, beoordelingsdatum, informatief_gesprek, elementen, indicatoren,
        resultaat, redenen, toelichting, vervangt, tijdstip_registratie)
      select beoordeling_id, dossier_id, $1::uuid, $2::date - 1, jsonb_build_object('gevoerd', true, 'datum', $2::date - 1),
        '{"handeling": true, "middel": true, "oogmerk": true}'::jsonb, array['gebruik_geweld'], 'vastgesteld', '{}', null, null, now()
      from ${tabel}`, [o.org.politie, o.vandaag]);
    await c.unsafe(`insert into toegangsrechten (dossier_id, organisatie_id, doel, bron_id, reikwijdte, mag_wijzigen, mag_doorgeven, tijdstip_verleend) select dossier_id, $1::uuid, 'registratie', dossier_id, 'identiteit', true, true, now() from ${tabel}`, [o.org.politie]);
    await c.unsafe(`insert into audit_ketens (keten, lengte, laatste_hash) select 'dossier:' || dossier_id, 3, md5(dossier_id::text) || md5(n::text) from ${tabel}`);
    await c.unsafe(`analyze ${tabel}`);
  });
}

export interface PoolDossier { dossierId: string; beoordelingId: string }

export async function leesPool(ruw: RuweSql, naam: string): Promise<PoolDossier[]> {
  const rijen = await ruw.unsafe(`select dossier_id, beoordeling_id from bench_pool_${naam} order by n`);
  return rijen.map((r) => ({ dossierId: r.dossier_id as string, beoordelingId: r.beoordeling_id as string }));
}

export interface VerloopOpties { aantal: number; vandaag: string; org: Organisaties }

/**
 * `aantal` running bedenktijden whose uiterlijkeEinddatum lies 1..30 days in the past, on dossiers of
 * asylum seekers (so IND and COA both receive `bedenktijd_verlopen`, docs/beslissingen/0016-kennisgevingen-per-ontvanger.md), granted by
 * the police; the dossiers have personal data, access rows for police, IND and COA (they received
 * the M55) and an audit chain head.
 */
export async function zaaiVerlopen(ruw: RuweSql, o: VerloopOpties): Promise<void> {
  await bulk(ruw, async (c) => {
    await c.unsafe(`create unlogged table bench_verlopen as select n, gen_random_uuid() as dossier_id from generate_series(1, $1::int) n`, [o.aantal]);
    await c.unsafe(`
      insert into dossiers (id, dossiernummer, registrerende_organisatie_id, nationaliteit_categorie, eurechtelijke_aanspraken,
        verblijfssituatie, leeftijdscategorie, identificatiestatus, versie, tijdstip_registratie, tijdstip_gewijzigd)
      select dossier_id, 'NRM-VRL-' || lpad(n::text, 7, '0'), $1::uuid, 'derdelander', null, 'asielzoeker', 'meerderjarig',
        'vermoedelijk_slachtoffer', 5, now() - interval '4 months', now() - interval '3 months'
      from bench_verlopen`, [o.org.politie]);
    await c.unsafe(`
      insert into persoonsgegevens (dossier_id, voornamen, geslachtsnaam, geboortedatum, nationaliteit, vreemdelingennummer, geslacht, talen, tijdstip_gewijzigd)
      select dossier_id, 'Kofi', 'Verloop' || n, '1995-01-01', 'NG', lpad((9000000 + n)::text, 10, '0'), 'man', array['en'], now() from bench_verlopen`);
    await c.unsafe(`
      insert into bedenktijden (id, dossier_id, aanbiedende_organisatie_id, status, aanbiedingsdatum, reactie, reactiedatum,
        ingangsdatum, uiterlijke_einddatum, beleidsregel, verblijfssituatie_bij_verlening, tijdstip_aangemaakt, tijdstip_gewijzigd)
      select gen_random_uuid(), dossier_id, $1::uuid, 'lopend', ingang, 'aanvaard', ingang, ingang, eind, 'b8-3-drie-maanden', 'asielzoeker',
        now() - interval '3 months', now() - interval '3 months'
      from (select dossier_id, eind, (eind - interval '3 months')::date as ingang
            from (select dossier_id, $2::date - 1 - (n % 30) as eind from bench_verlopen) s) t`, [o.org.politie, o.vandaag]);
    for (const [org, doel, reikwijdte, wijzigen] of [[o.org.politie, 'registratie', 'identiteit', true], [o.org.ind, 'm55', 'identiteit', false], [o.org.coa, 'm55', 'pseudoniem', false]] as const) {
      await c.unsafe(`insert into toegangsrechten (dossier_id, organisatie_id, doel, bron_id, reikwijdte, mag_wijzigen, mag_doorgeven, tijdstip_verleend) select dossier_id, $1::uuid, $2, dossier_id, $3, $4, $4, now() from bench_verlopen`, [org, doel, reikwijdte, wijzigen]);
    }
    await c.unsafe(`insert into audit_ketens (keten, lengte, laatste_hash) select 'dossier:' || dossier_id, 5, md5(dossier_id::text) || md5(n::text) from bench_verlopen`);
    await c.unsafe(`analyze bedenktijden`);
  });
}

/**
 * The seeded chain heads have no audit rows behind them: mark every head as anchored, as it is in a
 * running system, so the server's first job run does not anchor a million made-up heads (issue 11;
 * a one-off first anchor of 1M chains takes about 85 s and 118 MB of anchor file on the 2-core machine).
 */
export async function markeerVerankerd(ruw: RuweSql): Promise<void> {
  await bulk(ruw, async (c) => {
    await c.unsafe(`
      insert into audit_ankerstand (keten, lengte, hash) select keten, lengte, laatste_hash from audit_ketens
      on conflict (keten) do update set lengte = excluded.lengte, hash = excluded.hash`);
    await c.unsafe(`
      insert into audit_ankervoortgang (id, tot_regel_id, vorige_tot_regel_id)
      select 1, coalesce(max(id), 0), coalesce(max(id), 0) from auditregels
      on conflict (id) do update set tot_regel_id = excluded.tot_regel_id, vorige_tot_regel_id = excluded.vorige_tot_regel_id`);
  });
}
