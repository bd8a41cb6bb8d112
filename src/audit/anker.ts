// Anchors of the audit chains outside the database (issue 11). The HMAC (src/audit/sleutels.ts)
// stops someone with write access to the database from forging rows, but not from removing the end
// of a chain, or a whole chain, together with its head: what is left still verifies. An anchor is
// a signed record, kept outside PostgreSQL, of chain heads (chain, length, hash of the last row) and
// of the totals at one moment; audit-verify checks that every anchored row is still there, unchanged.
//
// Storage: one JSON line per anchor, appended to AUDIT_ANKER_PAD (open with O_APPEND, then fsync),
// and optionally POSTed to a second party (AUDIT_ANKER_URL). Each line names the audit key it was
// signed with and carries an Ed25519 signature over the line without the signature, so the second
// party can check it with the public key (`npm run beheer -- audit-anker` prints it).
//
// Incremental: a run anchors only the chains with new audit rows whose head differs from what was
// anchored, using audit_ankervoortgang and audit_ankerstand as reminders. Those tables are in the
// database and so not trusted: verification reads only the anchor lines. Tampering with them can at
// worst make the job skip a chain until its next audit row (`audit-anker --volledig` anchors every
// head regardless).
// Every anchored point ever written is checked, not only the latest per chain, so an anchor written
// after a tampering cannot whitewash it: the earlier anchor still disagrees with the database.
import { createReadStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Clock, Logger } from '../context.js';
import { rowsOf, type Db } from '../db/client.js';
import { jsonRijen } from '../db/bulk.js';
import { veiligeFoutmelding } from '../observability/foutmelding.js';
import { auditSleutels, type AuditSleutels } from './sleutels.js';

export const ANKER_SOORT = 'nrm-auditanker';
/** Chain heads per anchor line: bounds the memory of one run and the size of one line (~0.6 MB). */
export const KOPPEN_PER_ANKER = 5000;
// Any constant shared by all instances, different from MIGRATION_LOCK_KEY.
export const ANKER_LOCK_KEY = 727_3_1100;
const TIMEOUT_TWEEDE_PARTIJ_MS = 10_000;

/** [keten, lengte, hash of the row at position lengte] */
export type AnkerKop = [string, number, string];

export interface AnkerInhoud {
  soort: typeof ANKER_SOORT;
  versie: 1;
  tijdstip: string;
  volledig: boolean;
  /** Number of chains and the sum of their lengths in the database at the moment of the anchor. */
  totaal: { ketens: number; regels: number };
  koppen: AnkerKop[];
  ketensleutel: string;
}

/** The anchor file: AUDIT_ANKER_PAD, by default in DATA_DIR; an empty value switches the file off. */
export function ankerPad(config: Pick<Config, 'AUDIT_ANKER_PAD' | 'DATA_DIR'>): string | null {
  if (config.AUDIT_ANKER_PAD === undefined) return path.join(config.DATA_DIR, 'audit-ankers.jsonl');
  return config.AUDIT_ANKER_PAD.trim() === '' ? null : config.AUDIT_ANKER_PAD;
}

/** One signed line: the content in this key order, then the signature over exactly that JSON. */
export function maakAnkerregel(inhoud: AnkerInhoud, sleutels: AuditSleutels): string {
  const tekst = JSON.stringify(inhoud);
  return JSON.stringify({ ...inhoud, handtekening: sleutels.huidig.onderteken(tekst) });
}

/** Parses and checks one line; a problem is a sentence for the verification report. */
export function leesAnkerregel(regel: string, sleutels: AuditSleutels): { anker: AnkerInhoud } | { probleem: string } {
  let waarde: unknown;
  try { waarde = JSON.parse(regel); } catch { return { probleem: 'geen geldige JSON' }; }
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) return { probleem: 'geen JSON-object' };
  // JSON.parse keeps the key order, so the rest serialises to exactly the signed text.
  const { handtekening, ...inhoud } = waarde as Record<string, unknown>;
  const a = inhoud as unknown as AnkerInhoud;
  if (a.soort !== ANKER_SOORT || a.versie !== 1 || typeof handtekening !== 'string' || typeof a.ketensleutel !== 'string') {
    return { probleem: 'geen auditanker (soort, versie, ketensleutel of handtekening ontbreekt)' };
  }
  const sleutel = sleutels.perId.get(a.ketensleutel);
  if (!sleutel) return { probleem: `ondertekend met een onbekende auditsleutel (${a.ketensleutel}); staat die in AUDIT_SLEUTELS_VORIG?` };
  if (!sleutel.controleerHandtekening(JSON.stringify(inhoud), handtekening)) return { probleem: 'handtekening klopt niet (regel gewijzigd)' };
  const geldig = typeof a.tijdstip === 'string' && typeof a.volledig === 'boolean'
    && Number.isSafeInteger(a.totaal?.ketens) && Number.isSafeInteger(a.totaal?.regels) && Array.isArray(a.koppen)
    && a.koppen.every((k) => Array.isArray(k) && typeof k[0] === 'string' && Number.isSafeInteger(k[1]) && k[1] >= 1 && typeof k[2] === 'string');
  // Signed by our key but malformed: only a bug in this service could write it.
  return geldig ? { anker: a } : { probleem: 'ondertekend, maar onvolledig' };
}

export interface AnkerPunt { hash: string; tijdstip: string }

export interface AnkerIndex {
  /** Valid anchor lines read. */
  aantal: number;
  laatsteTijdstip: string | null;
  /** Every anchored point, per chain by position. */
  punten: Map<string, Map<number, AnkerPunt>>;
  /** The highest totals any anchor recorded (the audit trail only grows). */
  meesteRegels: { aantal: number; tijdstip: string } | null;
  meesteKetens: { aantal: number; tijdstip: string } | null;
  /** Lines that failed their check, and anchors that contradict each other. */
  problemen: Array<{ keten: string | null; positie: number | null; probleem: string }>;
}

/**
 * Reads every anchor line of the file, line by line (the file may be large). Null when the file
 * does not exist yet.
 */
export async function leesAnkers(pad: string, sleutels: AuditSleutels): Promise<AnkerIndex | null> {
  const index: AnkerIndex = { aantal: 0, laatsteTijdstip: null, punten: new Map(), meesteRegels: null, meesteKetens: null, problemen: [] };
  const stroom = createReadStream(pad, { encoding: 'utf8' });
  const bestaat = await new Promise<boolean>((resolve, reject) => {
    stroom.once('open', () => resolve(true));
    stroom.once('error', (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? resolve(false) : reject(err)));
  });
  if (!bestaat) return null;
  let nummer = 0;
  for await (const regel of createInterface({ input: stroom, crlfDelay: Infinity })) {
    nummer++;
    if (regel.trim() === '') continue;
    const r = leesAnkerregel(regel, sleutels);
    if ('probleem' in r) {
      index.problemen.push({ keten: null, positie: null, probleem: `Ankerbestand, regel ${nummer}: ${r.probleem}.` });
      continue;
    }
    const a = r.anker;
    index.aantal++;
    index.laatsteTijdstip = a.tijdstip;
    if (!index.meesteRegels || a.totaal.regels > index.meesteRegels.aantal) index.meesteRegels = { aantal: a.totaal.regels, tijdstip: a.tijdstip };
    if (!index.meesteKetens || a.totaal.ketens > index.meesteKetens.aantal) index.meesteKetens = { aantal: a.totaal.ketens, tijdstip: a.tijdstip };
    for (const [keten, lengte, hash] of a.koppen) {
      let punten = index.punten.get(keten);
      if (!punten) index.punten.set(keten, (punten = new Map()));
      const eerder = punten.get(lengte);
      if (!eerder) punten.set(lengte, { hash, tijdstip: a.tijdstip });
      else if (eerder.hash !== hash) {
        // Two anchors disagree about one row: the chain was rewritten between them.
        index.problemen.push({ keten, positie: lengte, probleem: `Het anker van ${a.tijdstip} spreekt dat van ${eerder.tijdstip} tegen: de keten is tussen beide herschreven.` });
      }
    }
  }
  return index;
}

export type AnkerRapport = {
  /** Chain heads written to anchors in this run. */
  verankerd: number;
  /** Anchor lines written. */
  ankers: number;
  /** Chains whose head is now shorter than when last anchored (tampering; also logged as an error). */
  teruggedraaid: number;
  verzonden?: number;
  nietVerzonden?: number;
  overgeslagen?: string;
};

export interface AnkerDeps { db: Db; clock: Clock; config: Config; logger: Logger }

async function voegToe(pad: string, regel: string): Promise<void> {
  await mkdir(path.dirname(pad), { recursive: true });
  // O_APPEND: a line is never written over another, also not by a second instance on a shared volume.
  const bestand = await open(pad, 'a', 0o640);
  try {
    await bestand.appendFile(`${regel}\n`, 'utf8');
    await bestand.datasync();
  } finally {
    await bestand.close();
  }
}

async function verstuur(url: string, regel: string, logger: Logger): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: regel,
      redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_TWEEDE_PARTIJ_MS),
    });
    await res.body?.cancel();
    if (res.ok) return true;
    logger.warn({ status: res.status }, 'auditanker niet aangenomen door de tweede partij');
  } catch (err) {
    logger.warn({ fout: veiligeFoutmelding(err) }, 'auditanker niet verstuurd naar de tweede partij');
  }
  return false;
}

interface Kop { keten: string; lengte: number; hash: string; verankerd: number | null }

/**
 * Writes anchors for the chains whose head changed since they were last anchored (`volledig`: for
 * every chain). Which chains may have changed comes from the audit rows added since the run before
 * last (audit_ankervoortgang): an index range on the row id, not a pass over every chain head. The
 * overlap of one run catches a row whose id was taken before a run but committed after it. The
 * first run, without progress recorded, compares every head. One snapshot (repeatable read) for all
 * of it; one instance at a time (an advisory lock; another instance skips). The file is written
 * before audit_ankerstand and the progress move, so a crash in between only anchors the same heads
 * again.
 */
export async function veranker(deps: AnkerDeps, opties: { volledig?: boolean } = {}): Promise<AnkerRapport> {
  const { db, clock, config, logger } = deps;
  const pad = ankerPad(config);
  const url = config.AUDIT_ANKER_URL;
  const rapport: AnkerRapport = { verankerd: 0, ankers: 0, teruggedraaid: 0 };
  if (!pad && !url) return { ...rapport, overgeslagen: 'geen AUDIT_ANKER_PAD en geen AUDIT_ANKER_URL ingesteld' };
  if (url) Object.assign(rapport, { verzonden: 0, nietVerzonden: 0 });
  const sleutels = auditSleutels(config);
  const volledig = opties.volledig ?? false;

  return db.transaction(async (tx) => {
    const [slot] = rowsOf<{ vrij: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${ANKER_LOCK_KEY}) as vrij`));
    if (!slot?.vrij) return { ...rapport, overgeslagen: 'een andere instantie schrijft al een anker' };
    const [voortgang] = rowsOf<{ tot: number; vorige: number }>(await tx.execute(sql`
      select tot_regel_id::float8 as tot, vorige_tot_regel_id::float8 as vorige from audit_ankervoortgang where id = 1`));
    const [{ hoogste } = { hoogste: 0 }] = rowsOf<{ hoogste: number }>(await tx.execute(sql`select coalesce(max(id), 0)::float8 as hoogste from auditregels`));
    // Without recorded progress (the first run) every head is compared with audit_ankerstand.
    const kandidaten = voortgang && !volledig
      ? sql`and k.keten in (select distinct r.keten from auditregels r where r.id > ${voortgang.vorige})`
      : sql.raw('');
    const gewijzigd = volledig ? sql.raw('') : sql`and (a.keten is null or a.lengte <> k.lengte or a.hash <> k.laatste_hash)`;
    const tijdstip = clock.now().toISOString();
    let totaal: { ketens: number; regels: number } | null = null;
    let vanaf = '';
    for (;;) {
      const koppen = rowsOf<Kop>(await tx.execute(sql`
        select k.keten, k.lengte, k.laatste_hash as hash, a.lengte as verankerd
        from audit_ketens k left join audit_ankerstand a on a.keten = k.keten
        where k.keten > ${vanaf} and k.lengte > 0 ${kandidaten} ${gewijzigd}
        order by k.keten limit ${KOPPEN_PER_ANKER}`));
      if (koppen.length === 0) break;
      if (!totaal) {
        const [t] = rowsOf<{ ketens: number; regels: number }>(await tx.execute(sql`
          select count(*)::int as ketens, coalesce(sum(lengte), 0)::float8 as regels from audit_ketens where lengte > 0`));
        totaal = { ketens: Number(t!.ketens), regels: Number(t!.regels) };
      }
      const korter = koppen.filter((k) => k.verankerd !== null && k.lengte < k.verankerd);
      if (korter.length > 0) {
        rapport.teruggedraaid += korter.length;
        logger.error({ ketens: korter.slice(0, 20).map((k) => k.keten), aantal: korter.length }, 'auditketen korter dan bij het vorige anker: mogelijk geknoei; draai audit-verify');
      }
      const regel = maakAnkerregel({
        soort: ANKER_SOORT, versie: 1, tijdstip, volledig, totaal,
        koppen: koppen.map((k) => [k.keten, k.lengte, k.hash]), ketensleutel: sleutels.huidig.id,
      }, sleutels);
      if (pad) await voegToe(pad, regel);
      if (url) {
        const ok = await verstuur(url, regel, logger);
        rapport.verzonden! += ok ? 1 : 0;
        rapport.nietVerzonden! += ok ? 0 : 1;
        // Without a file the second party is the only anchor: retry next run rather than move on.
        if (!ok && !pad) throw new Error('Auditanker niet afgeleverd bij AUDIT_ANKER_URL; de volgende run probeert het opnieuw.');
      }
      await tx.execute(sql`
        insert into audit_ankerstand (keten, lengte, hash)
        select keten, lengte, hash from ${jsonRijen(koppen.map((k) => ({ keten: k.keten, lengte: k.lengte, hash: k.hash })))}
          as v(keten text, lengte integer, hash text)
        on conflict (keten) do update set lengte = excluded.lengte, hash = excluded.hash`);
      rapport.ankers++;
      rapport.verankerd += koppen.length;
      vanaf = koppen[koppen.length - 1]!.keten;
      if (koppen.length < KOPPEN_PER_ANKER) break;
    }
    // The next run looks from this run's start (`tot`); after the first run from its own highest id.
    await tx.execute(sql`
      insert into audit_ankervoortgang (id, tot_regel_id, vorige_tot_regel_id) values (1, ${hoogste}, ${voortgang?.tot ?? hoogste})
      on conflict (id) do update set tot_regel_id = excluded.tot_regel_id, vorige_tot_regel_id = excluded.vorige_tot_regel_id`);
    return rapport;
  }, { isolationLevel: 'repeatable read' });
}
