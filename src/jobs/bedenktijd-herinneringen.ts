// docs/beslissingen/0016-kennisgevingen-per-ontvanger.md — reminders `bedenktijd_loopt_af`, by default 14 and 3 days before
// uiterlijkeEinddatum, to the offering organisation and organisations with an open referral.
// Exactly once per recipient and threshold: the outbox refuses a second row with the same event key,
// and the recipient's counter lock serialises two instances writing the same reminder.
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { addDays, format, parseISO } from 'date-fns';
import { bedenktijden, dossiers } from '../db/schema.js';
import { herinneringsdrempel } from '../domain/bedenktijd.js';
import { amsterdamseDatum } from '../domain/kalender.js';
import { herinnerBedenktijd } from '../modules/bedenktijden/bedenktijden.kennisgevingen.js';
import type { JobDeps } from './index.js';

const BATCH = 500;

export async function bedenktijdHerinneringen({ db, clock, ids, config }: JobDeps): Promise<{ gecontroleerd: number }> {
  const nu = clock.now();
  const vandaag = amsterdamseDatum(nu);
  const drempels = config.BEDENKTIJD_HERINNERING_DAGEN;
  const tot = format(addDays(parseISO(vandaag), Math.max(...drempels)), 'yyyy-MM-dd');
  let gecontroleerd = 0;
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
    for (const { b, dossier } of rijen) {
      const dagen = herinneringsdrempel(b.uiterlijkeEinddatum!, vandaag, drempels);
      if (dagen === null) continue;
      await db.transaction(async (tx) => {
        // Re-check under a share lock: an early end committed since the read gets no reminder.
        const [actueel] = await tx.select({ status: bedenktijden.status }).from(bedenktijden).where(eq(bedenktijden.id, b.id)).for('share');
        if (actueel?.status === 'lopend') await herinnerBedenktijd(tx, ids, nu, b, dossier, dagen);
      });
    }
    gecontroleerd += rijen.length;
    if (rijen.length < BATCH) return { gecontroleerd };
    const laatste = rijen.at(-1)!.b;
    na = [laatste.uiterlijkeEinddatum!, laatste.id];
  }
}

