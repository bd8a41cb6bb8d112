// docs/beslissingen/0016-kennisgevingen-per-ontvanger.md — reminders `bedenktijd_loopt_af`, by default 14 and 3 days before
// uiterlijkeEinddatum, to the offering organisation and organisations with an open referral.
// Exactly once per recipient and threshold: the outbox refuses a second row with the same event key,
// and the recipient's counter lock serialises two instances writing the same reminder.
//
// The job runs every minute over every running bedenktijd within the largest threshold (at a million
// dossiers some thousands). Per batch it first reads which reminders already exist, and opens a
// transaction (which locks the recipients' counter rows, shared with live requests) only for a
// bedenktijd that still misses one — not again every minute for every one already reminded.
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { addDays, format, parseISO } from 'date-fns';
import { arrayParam } from '../db/bulk.js';
import type { Db } from '../db/client.js';
import { bedenktijden, dossiers, kennisgevingen, verwijzingen } from '../db/schema.js';
import { herinneringsdrempel } from '../domain/bedenktijd.js';
import { amsterdamseDatum } from '../domain/kalender.js';
import { herinnerBedenktijd, herinneringSleutel, OPEN_VERWIJZING } from '../modules/bedenktijden/bedenktijden.kennisgevingen.js';
import type { JobDeps } from './index.js';

const BATCH = 500;

export async function bedenktijdHerinneringen({ db, clock, ids, config }: JobDeps): Promise<{ gecontroleerd: number; herinnerd: number }> {
  const nu = clock.now();
  const vandaag = amsterdamseDatum(nu);
  const drempels = config.BEDENKTIJD_HERINNERING_DAGEN;
  const tot = format(addDays(parseISO(vandaag), Math.max(...drempels)), 'yyyy-MM-dd');
  let gecontroleerd = 0;
  let herinnerd = 0;
  let na: [string, string] = [vandaag, ''];
  for (;;) {
    const rijen = await db.select({ b: bedenktijden, dossier: dossiers }).from(bedenktijden)
      .innerJoin(dossiers, eq(dossiers.id, bedenktijden.dossierId))
      .where(and(
        eq(bedenktijden.status, 'lopend'),
        gte(bedenktijden.uiterlijkeEinddatum, vandaag),
        lte(bedenktijden.uiterlijkeEinddatum, tot),
        sql`(${bedenktijden.uiterlijkeEinddatum}, ${bedenktijden.id}::text) > (${na[0]}::date, ${na[1]})`,
      ))
      .orderBy(asc(bedenktijden.uiterlijkeEinddatum), asc(bedenktijden.id)).limit(BATCH);
    const teHerinneren = rijen.flatMap(({ b, dossier }) => {
      const dagen = herinneringsdrempel(b.uiterlijkeEinddatum!, vandaag, drempels);
      return dagen === null ? [] : [{ b, dossier, dagen }];
    });
    const ontbreekt = await ontbrekendeHerinneringen(db, teHerinneren);
    for (const { b, dossier, dagen } of teHerinneren.filter(({ b }) => ontbreekt.has(b.id))) {
      const gestuurd = await db.transaction(async (tx) => {
        // Re-check under a share lock: an early end committed since the read gets no reminder.
        const [actueel] = await tx.select({ status: bedenktijden.status }).from(bedenktijden).where(eq(bedenktijden.id, b.id)).for('share');
        if (actueel?.status !== 'lopend') return false;
        await herinnerBedenktijd(tx, ids, nu, b, dossier, dagen);
        return true;
      });
      if (gestuurd) herinnerd++;
    }
    gecontroleerd += rijen.length;
    if (rijen.length < BATCH) return { gecontroleerd, herinnerd };
    const laatste = rijen.at(-1)!.b;
    na = [laatste.uiterlijkeEinddatum!, laatste.id];
  }
}

/**
 * The bedenktijden of the list for which a recipient (the offering organisation, or one with an open
 * referral: herinnerBedenktijd) lacks its reminder for the threshold: two queries for the whole batch.
 * A read without locks is enough: a reminder placed meanwhile is skipped again by the outbox.
 */
async function ontbrekendeHerinneringen(db: Db, lijst: ReadonlyArray<{ b: { id: string; dossierId: string; aanbiedendeOrganisatieId: string }; dagen: number }>): Promise<Set<string>> {
  if (lijst.length === 0) return new Set();
  const dossierIds = [...new Set(lijst.map(({ b }) => b.dossierId))];
  const verwezen = await db.selectDistinct({ dossierId: verwijzingen.dossierId, organisatieId: verwijzingen.ontvangendeOrganisatieId }).from(verwijzingen)
    .where(and(sql`${verwijzingen.dossierId} = any(${arrayParam(dossierIds, 'uuid')})`, inArray(verwijzingen.status, OPEN_VERWIJZING)));
  const nodig = lijst.map(({ b, dagen }) => ({
    bedenktijdId: b.id, sleutel: herinneringSleutel(b.id, dagen),
    ontvangers: [b.aanbiedendeOrganisatieId, ...verwezen.filter((v) => v.dossierId === b.dossierId).map((v) => v.organisatieId)],
  }));
  const bestaand = await db.select({ ontvanger: kennisgevingen.ontvangerOrganisatieId, sleutel: kennisgevingen.gebeurtenisSleutel }).from(kennisgevingen)
    .where(and(
      sql`${kennisgevingen.ontvangerOrganisatieId} = any(${arrayParam([...new Set(nodig.flatMap((n) => n.ontvangers))], 'uuid')})`,
      sql`${kennisgevingen.gebeurtenisSleutel} = any(${arrayParam(nodig.map((n) => n.sleutel), 'text')})`,
    ));
  const geplaatst = new Set(bestaand.map((k) => `${k.ontvanger} ${k.sleutel}`));
  return new Set(nodig.filter((n) => n.ontvangers.some((o) => !geplaatst.has(`${o} ${n.sleutel}`))).map((n) => n.bedenktijdId));
}
