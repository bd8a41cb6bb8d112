// Verification of the audit trail (docs/architectuur.md §4, issue 11), for the CLI (`audit-verify`) and the
// auditor's endpoint. Three layers, each catching what the one before cannot:
// 1. the chain itself: every row's HMAC, its link to the previous row, no gaps, and the head;
// 2. the key: an HMAC cannot be recomputed without AUDIT_SLEUTEL, which the database never holds,
//    so a changed, inserted or re-hashed row is reported;
// 3. the anchors outside the database (src/audit/anker.ts): a row that was anchored and is now gone
//    or different — the end of a chain cut off with its head rewound, a whole chain removed with its
//    head, both tables emptied — is reported against the anchor that recorded it.
import { asc, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db, Queryable } from '../db/client.js';
import { auditKetens, auditregels } from '../db/schema.js';
import { ankerPad, leesAnkers, type AnkerIndex } from './anker.js';
import { berekenHash, berekenOngesleuteldeHash } from './auditlog.js';
import { auditSleutels, type AuditSleutels } from './sleutels.js';

export interface VerificatieBevinding {
  /** Null when the finding is about the audit trail as a whole (totals, the anchor file). */
  keten: string | null;
  positie: number | null;
  probleem: string;
}

export interface Verificatie {
  gecontroleerd: number;
  ketens: number;
  bevindingen: VerificatieBevinding[];
  /** What the rows were compared with; null without anchors. */
  anker: { aantal: number; laatsteTijdstip: string | null; ketens: number; regels: number } | null;
  /** Not findings, but reasons the verification proves less than it could. */
  waarschuwingen: string[];
}

const PAGINA = 5000;

/** The highest anchored position of a chain (0 when none). */
function hoogsteAnker(ankers: AnkerIndex | null, keten: string): { positie: number; tijdstip: string | null } {
  let positie = 0;
  let tijdstip: string | null = null;
  for (const [p, punt] of ankers?.punten.get(keten) ?? []) if (p > positie) { positie = p; tijdstip = punt.tijdstip; }
  return { positie, tijdstip };
}

/**
 * Recomputes every chain with the audit keys and compares it with every anchor. Run it in one
 * snapshot (see controleerAudittrail), with the anchors read before the snapshot was taken.
 */
export async function verifieerAudit(db: Queryable, sleutels: AuditSleutels, ankers: AnkerIndex | null): Promise<Omit<Verificatie, 'anker' | 'waarschuwingen'>> {
  const bevindingen: VerificatieBevinding[] = [...(ankers?.problemen ?? [])];
  const koppen = new Map((await db.select().from(auditKetens)).map((k) => [k.keten, k]));
  const stand = new Map<string, { positie: number; hash: string; gesleuteld: boolean }>();
  let gecontroleerd = 0;
  // Keyset pagination over the unique index (keten, positie).
  let na: { keten: string; positie: number } | null = null;
  for (;;) {
    const regels: Array<typeof auditregels.$inferSelect> = await db.select().from(auditregels)
      .where(na ? sql`(${auditregels.keten}, ${auditregels.positie}) > (${na.keten}, ${na.positie})` : undefined)
      .orderBy(asc(auditregels.keten), asc(auditregels.positie)).limit(PAGINA);
    for (const r of regels) {
      gecontroleerd++;
      const meld = (probleem: string) => bevindingen.push({ keten: r.keten, positie: r.positie, probleem });
      const vorige = stand.get(r.keten) ?? { positie: 0, hash: '', gesleuteld: false };
      if (r.positie !== vorige.positie + 1) {
        meld(`Regel(s) ontbreken vóór positie ${r.positie} (verwacht ${vorige.positie + 1}).`);
      } else if (r.vorigeHash !== vorige.hash) {
        meld('Koppeling met de vorige regel klopt niet.');
      }
      const { id: _id, hash, ...inhoud } = r;
      if (r.ketensleutel === null) {
        // A row from before the key (plain SHA-256): anyone can compute that hash, so it is only
        // evidence where an anchor fixed it, and never after a keyed row.
        if (berekenOngesleuteldeHash(inhoud) !== hash) meld('Inhoud van de regel is gewijzigd (hash klopt niet).');
        else if (vorige.gesleuteld) meld('Regel zonder auditsleutel na een regel met sleutel: ingevoegd of herschreven.');
        else if (r.positie > hoogsteAnker(ankers, r.keten).positie) {
          meld('Regel zonder auditsleutel (oud SHA-256-formaat) die door geen anker wordt gedekt: niet te onderscheiden van een herschreven regel.');
        }
      } else {
        const sleutel = sleutels.perId.get(r.ketensleutel);
        if (!sleutel) meld(`Regel met een onbekende auditsleutel (${r.ketensleutel}): vervalst, of de oude sleutel ontbreekt in AUDIT_SLEUTELS_VORIG.`);
        else if (berekenHash(inhoud, sleutel) !== hash) meld('Inhoud van de regel is gewijzigd (hash klopt niet).');
      }
      const punt = ankers?.punten.get(r.keten)?.get(r.positie);
      if (punt && punt.hash !== hash) meld(`Regel wijkt af van het anker van ${punt.tijdstip}: de keten is na het verankeren herschreven.`);
      stand.set(r.keten, { positie: r.positie, hash, gesleuteld: vorige.gesleuteld || r.ketensleutel !== null });
    }
    if (regels.length < PAGINA) break;
    const laatste = regels[regels.length - 1]!;
    na = { keten: laatste.keten, positie: laatste.positie };
  }

  for (const [keten, kop] of koppen) {
    const laatste = stand.get(keten);
    if (!laatste || laatste.positie !== kop.lengte || laatste.hash !== kop.laatsteHash) {
      bevindingen.push({ keten, positie: null, probleem: `Keten eindigt bij positie ${laatste?.positie ?? 0}, maar de kop verwacht ${kop.lengte}: regels verwijderd of gewijzigd.` });
    }
  }
  for (const keten of stand.keys()) {
    if (!koppen.has(keten)) bevindingen.push({ keten, positie: null, probleem: 'Keten zonder kop.' });
  }

  if (ankers) {
    for (const keten of ankers.punten.keys()) {
      const { positie: verankerd, tijdstip } = hoogsteAnker(ankers, keten);
      const laatste = stand.get(keten);
      if (!laatste && !koppen.has(keten)) {
        bevindingen.push({ keten, positie: null, probleem: `Keten verwijderd: volgens het anker van ${tijdstip} had zij ${verankerd} regel(s); regels en kop ontbreken.` });
      } else if ((laatste?.positie ?? 0) < verankerd) {
        bevindingen.push({ keten, positie: null, probleem: `Keten teruggedraaid: het anker van ${tijdstip} telt ${verankerd} regel(s), de database ${laatste?.positie ?? 0}.` });
      }
    }
    if (ankers.meesteRegels && gecontroleerd < ankers.meesteRegels.aantal) {
      bevindingen.push({ keten: null, positie: null, probleem: `Audittrail ingekort: ${gecontroleerd} regel(s) gecontroleerd, het anker van ${ankers.meesteRegels.tijdstip} telt er ${ankers.meesteRegels.aantal}.` });
    }
    if (ankers.meesteKetens && koppen.size < ankers.meesteKetens.aantal) {
      bevindingen.push({ keten: null, positie: null, probleem: `Ketens verwijderd: ${koppen.size} keten(s) in de database, het anker van ${ankers.meesteKetens.tijdstip} telt er ${ankers.meesteKetens.aantal}.` });
    }
  }
  return { gecontroleerd, ketens: koppen.size, bevindingen };
}

/**
 * The whole check as audit-verify and the endpoint run it: the anchors first, then the database in
 * one repeatable-read, read-only snapshot. In that order every anchored row was committed before the
 * snapshot, and rows appended by running requests meanwhile are not reported as tampering.
 */
export async function controleerAudittrail(db: Db, config: Config): Promise<Verificatie> {
  const sleutels = auditSleutels(config);
  const waarschuwingen: string[] = [];
  if (sleutels.ontwikkeling) waarschuwingen.push('AUDIT_SLEUTEL is niet ingesteld: de keten is met de ontwikkelsleutel berekend en bewijst niets.');
  const pad = ankerPad(config);
  const ankers = pad ? await leesAnkers(pad, sleutels) : null;
  if (!pad) {
    waarschuwingen.push('Geen ankerbestand ingesteld (AUDIT_ANKER_PAD leeg): een ingekorte of verwijderde keten is zo niet aan te tonen.');
  } else if (!ankers || ankers.aantal === 0) {
    waarschuwingen.push('Nog geen anker in het ankerbestand: een ingekorte of verwijderde keten is zo niet aan te tonen. Schrijf er een met `npm run beheer -- audit-anker`.');
  }
  const uitslag = await db.transaction((tx) => verifieerAudit(tx, sleutels, ankers), { isolationLevel: 'repeatable read', accessMode: 'read only' });
  return {
    ...uitslag,
    anker: ankers && ankers.aantal > 0
      ? { aantal: ankers.aantal, laatsteTijdstip: ankers.laatsteTijdstip, ketens: ankers.meesteKetens?.aantal ?? 0, regels: ankers.meesteRegels?.aantal ?? 0 }
      : null,
    waarschuwingen,
  };
}
