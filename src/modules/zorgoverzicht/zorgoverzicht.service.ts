// The care coordinator's overview (issue 7): the caller's organisation's active referrals with the
// person's current placement and bedenktijd, ordered by what needs attention first, and the
// occupancy of its own shelter locations. Pseudonymous: no personal data.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import { bedenktijden, dossiers, opvanglocaties, plaatsingen, verwijzingen } from '../../db/schema.js';
import { OPEN_STATUSSEN, type BedenktijdStatus } from '../../domain/bedenktijd.js';
import { amsterdamseDatum } from '../../domain/kalender.js';
import { ACTIEVE_STATUSSEN, isAchterstallig, sorteerOpAandacht, type VerwijzingStatus } from '../../domain/verwijzing.js';
import { metBezetting } from '../opvanglocaties/opvanglocaties.service.js';
import { naarOpvanglocatie } from '../opvanglocaties/opvanglocaties.schemas.js';
import type { ZorgoverzichtItemSchema, ZorgoverzichtSchema } from './zorgoverzicht.schemas.js';

type Item = z.infer<typeof ZorgoverzichtItemSchema>;

export async function zorgoverzicht(ctx: UseCaseContext): Promise<z.infer<typeof ZorgoverzichtSchema>> {
  const nu = ctx.clock.now();
  const vandaag = amsterdamseDatum(nu);
  // The window of "ends soon" is the reminder horizon (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: 14 and 3 days by default).
  const venster = Math.max(0, ...ctx.config.BEDENKTIJD_HERINNERING_DAGEN);
  const org = ctx.principal.organisatieId;

  const rijen = await ctx.db.select({ v: verwijzingen, dossiernummer: dossiers.dossiernummer, leeftijdscategorie: dossiers.leeftijdscategorie })
    .from(verwijzingen).innerJoin(dossiers, eq(dossiers.id, verwijzingen.dossierId))
    .where(and(eq(verwijzingen.ontvangendeOrganisatieId, org), inArray(verwijzingen.status, [...ACTIEVE_STATUSSEN])));
  const dossierIds = [...new Set(rijen.map((r) => r.v.dossierId))];

  const lopend = dossierIds.length === 0 ? [] : await ctx.db
    .select({ p: plaatsingen, naam: opvanglocaties.naam }).from(plaatsingen)
    .innerJoin(opvanglocaties, eq(opvanglocaties.id, plaatsingen.opvanglocatieId))
    .where(and(inArray(plaatsingen.dossierId, dossierIds), isNull(plaatsingen.einddatum)));
  const plaatsingPerDossier = new Map(lopend.map((r) => [r.p.dossierId, r]));

  const bt = dossierIds.length === 0 ? [] : await ctx.db.select().from(bedenktijden)
    .where(inArray(bedenktijden.dossierId, dossierIds)).orderBy(asc(bedenktijden.tijdstipAangemaakt), asc(bedenktijden.id));
  const bedenktijdPerDossier = new Map<string, typeof bt[number]>();
  for (const b of bt) {
    const huidig = bedenktijdPerDossier.get(b.dossierId);
    const isOpen = (s: string) => OPEN_STATUSSEN.includes(s as BedenktijdStatus);
    // The open one wins (at most one per dossier); otherwise the latest.
    if (!huidig || isOpen(b.status) || !isOpen(huidig.status)) bedenktijdPerDossier.set(b.dossierId, b);
  }

  const items = rijen.map(({ v, dossiernummer, leeftijdscategorie }) => {
    const p = plaatsingPerDossier.get(v.dossierId);
    const b = bedenktijdPerDossier.get(v.dossierId);
    return {
      verwijzingId: v.id, status: v.status as VerwijzingStatus,
      achterstallig: isAchterstallig(v.status as VerwijzingStatus, v.tijdstipVerwezen, nu, ctx.config.VERWIJZING_ACHTERSTALLIG_DAGEN),
      tijdstipVerwezen: v.tijdstipVerwezen, tijdstipBesluit: v.tijdstipBesluit,
      bedenktijdStatus: b?.status ?? null, uiterlijkeEinddatum: b?.uiterlijkeEinddatum ?? null, geplaatst: Boolean(p),
      weergave: {
        dossierId: v.dossierId, dossiernummer, leeftijdscategorie: leeftijdscategorie as Item['leeftijdscategorie'],
        doel: v.doel as Item['doel'], urgentie: v.urgentie as Item['urgentie'],
        plaatsing: p ? { id: p.p.id, opvanglocatieId: p.p.opvanglocatieId, opvanglocatieNaam: p.naam, startdatum: p.p.startdatum } : null,
        bedenktijd: b ? {
          id: b.id, status: b.status as BedenktijdStatus, uiterlijkeEinddatum: b.uiterlijkeEinddatum,
          einddatum: b.einddatum, beeindigingsreden: b.beeindigingsreden as never,
        } : null,
      },
    };
  });

  const locaties = await ctx.db.select().from(opvanglocaties).where(eq(opvanglocaties.organisatieId, org))
    .orderBy(asc(opvanglocaties.naam), asc(opvanglocaties.id));

  return {
    peildatum: vandaag,
    verwijzingen: sorteerOpAandacht(items, vandaag, venster).map((i) => ({
      verwijzingId: i.verwijzingId, ...i.weergave, status: i.status, achterstallig: i.achterstallig,
      tijdstipVerwezen: i.tijdstipVerwezen.toISOString(), tijdstipBesluit: i.tijdstipBesluit?.toISOString() ?? null, aandacht: i.aandacht,
    })),
    opvanglocaties: (await metBezetting(ctx.db, locaties)).map((r) => naarOpvanglocatie(r.locatie, r.bezetting)),
  };
}
