// Resolving "possibly the same person" (docs/een-persoon-een-dossier.md): another organisation joins
// the existing dossier with its own signal, or two dossiers of one person are merged. Each is one
// transaction with its audit rows, its grants and the notices to the organisations concerned.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import {
  bedenktijdAdviezen, bedenktijden, beoordelingen, beroepenB83, dossiers, kennisgevingen, organisaties, persoonsbesluiten, persoonsgegevens,
  plaatsingen, signalen, strafrechtelijkeGebeurtenissen, toegangsrechten, verblijfsbesluiten, verwijzingen,
} from '../../db/schema.js';
import { actorVan, schrijfAudit } from '../../audit/auditlog.js';
import { dossierMetToegang, isUuid, verleenToegang } from '../../access/dossiertoegang.js';
import { aansluitingBevoegdheid } from '../../domain/toegang.js';
import { kenmerkenVan, mogelijkDezelfdePersoon } from '../../domain/persoon.js';
import { identificatiestatus } from '../../domain/beoordeling.js';
import { OPEN_STATUSSEN } from '../../domain/bedenktijd.js';
import { plaatsKennisgeving } from '../../outbox/kennisgevingen.js';
import { Probleem, problemen } from '../../http/problem.js';
import { schrijfSignaal } from '../signalen/signalen.service.js';
import type { AansluitingSchema, SamenvoegingSchema } from './samenvoeging.schemas.js';

const DOSSIERNUMMER = /^NRM-\d{4}-\d{6}$/;
type DossierRij = typeof dossiers.$inferSelect;

/** A dossier by id or by number, following a merge to its survivor; undefined when there is none. */
async function dossierOpSleutel(tx: Queryable, sleutel: string): Promise<DossierRij | undefined> {
  const voorwaarde = isUuid(sleutel) ? eq(dossiers.id, sleutel) : DOSSIERNUMMER.test(sleutel) ? eq(dossiers.dossiernummer, sleutel) : null;
  if (!voorwaarde) return undefined;
  const [dossier] = await tx.select().from(dossiers).where(voorwaarde);
  if (dossier?.samengevoegdIn) return dossierOpSleutel(tx, dossier.samengevoegdIn);
  return dossier;
}

async function naamVan(tx: Queryable, organisatieId: string): Promise<string> {
  const [o] = await tx.select({ naam: organisaties.naam }).from(organisaties).where(eq(organisaties.id, organisatieId));
  return o!.naam;
}

/**
 * An intaker of another organisation with its own signal about this person joins the dossier (by
 * its number, as the 409 named it). It proves it knows the person: the V-number, or surname and date
 * of birth, must match the dossier's personal data — otherwise, as for a dossier that does not
 * exist, 404. It gains the `aansluiting` grant (identity, may change, may pass on), its signal is
 * recorded on the dossier, and the registering organisation is notified.
 */
export async function sluitAan(ctx: UseCaseContext, dossierSleutel: string, invoer: z.output<typeof AansluitingSchema>) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const gevonden = await dossierOpSleutel(tx, dossierSleutel);
    const [pg] = gevonden ? await tx.select().from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, gevonden.id)) : [];
    if (!gevonden || !pg || gevonden.tijdstipGewist || !mogelijkDezelfdePersoon(kenmerkenVan(invoer.persoon), kenmerkenVan(pg))) {
      throw problemen.nietGevonden('Geen dossier van deze persoon gevonden met dit nummer. Controleer het dossiernummer en de persoonsgegevens (V-nummer, of achternaam en geboortedatum).');
    }
    const [al] = await tx.select({ x: toegangsrechten.doel }).from(toegangsrechten)
      .where(and(eq(toegangsrechten.dossierId, gevonden.id), eq(toegangsrechten.organisatieId, ctx.principal.organisatieId)));
    if (al) throw problemen.conflict('al-toegang-tot-dossier', `Uw organisatie heeft al toegang tot ${gevonden.dossiernummer}; leg uw signaal daar vast met POST /v1/dossiers/${gevonden.id}/signalen.`);
    const [dossier] = await tx.select().from(dossiers).where(eq(dossiers.id, gevonden.id)).for('update');
    if (dossier!.tijdstipGesloten) {
      throw new Probleem(409, 'dossier-gesloten', 'Dossier gesloten',
        `Dossier ${dossier!.dossiernummer} is gesloten. Vraag ${await naamVan(tx, dossier!.registrerendeOrganisatieId)} het te heropenen; daarna kunt u aansluiten.`);
    }
    const signaal = await schrijfSignaal(tx, ctx, dossier!.id, invoer.signaal, 'signaal.');
    await tx.insert(persoonsbesluiten).values({
      id: ctx.ids.uuid(), soort: 'aansluiting', dossierId: dossier!.id, anderDossierId: null, organisatieId: ctx.principal.organisatieId, reden: invoer.reden, tijdstip: nu,
    });
    await schrijfAudit(tx, actorVan(ctx), nu, { actie: 'dossier.aangesloten', objectType: 'dossier', objectId: dossier!.id, dossierId: dossier!.id });
    await verleenToegang(tx, actorVan(ctx), nu, {
      dossierId: dossier!.id, organisatieId: ctx.principal.organisatieId, doel: 'aansluiting', bronId: dossier!.id,
      verleendDoorOrganisatieId: null, ...aansluitingBevoegdheid,
    });
    await plaatsKennisgeving(tx, ctx.ids, nu, {
      ontvangerOrganisatieId: dossier!.registrerendeOrganisatieId, soort: 'aansluiting', dossierId: dossier!.id, afzenderOrganisatieId: ctx.principal.organisatieId,
      inhoud: {
        dossierId: dossier!.id, dossiernummer: dossier!.dossiernummer, signaalId: signaal.id,
        organisatie: { id: ctx.principal.organisatieId, naam: ctx.principal.organisatieNaam },
      },
      gebeurtenisSleutel: `aansluiting:${signaal.id}`,
    });
    return dossier!;
  });
}

/** The tables whose rows belong to a dossier and move with a merge. */
const KINDEREN = [
  signalen, beoordelingen, bedenktijdAdviezen, bedenktijden, strafrechtelijkeGebeurtenissen, beroepenB83, verblijfsbesluiten,
  verwijzingen, plaatsingen, kennisgevingen,
] as const;

/**
 * Merges `anderNummer` into the surviving dossier: every child object, the notifications and the
 * grants move; the personal data is the survivor's, completed with the other's where the survivor
 * has none; the identification status follows from all assessments together. The other dossier
 * becomes `samengevoegd` and answers every request with a pointer to the survivor. Both audit chains
 * record the merge (the rows themselves never move, so both still verify). For the beheerder (a
 * power of the service, with a reason) or an organisation that may change both dossiers.
 */
export async function voegSamen(ctx: UseCaseContext, overlevendeId: string, invoer: z.output<typeof SamenvoegingSchema>) {
  const nu = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [anderKop] = await tx.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.dossiernummer, invoer.dossiernummer));
    if (!isUuid(overlevendeId)) throw problemen.nietGevonden('Dossier niet gevonden.');
    const beheerder = ctx.principal.rol === 'beheerder';
    // Both dossiers locked, in id order (every writer that locks two dossiers does so).
    const volgorde = [overlevendeId, anderKop?.id].filter((id): id is string => Boolean(id)).sort();
    const vergrendeld = new Map<string, DossierRij>();
    for (const id of volgorde) {
      const d = beheerder
        ? (await tx.select().from(dossiers).where(eq(dossiers.id, id)).for('update'))[0]
        : (await dossierMetToegang(tx, ctx.principal, id, { voorWijziging: true, vereist: 'wijzigen' })).dossier;
      if (d) vergrendeld.set(id, d);
    }
    const overlevende = vergrendeld.get(overlevendeId);
    if (!overlevende) throw problemen.nietGevonden('Dossier niet gevonden.');
    const ander = anderKop ? vergrendeld.get(anderKop.id) : undefined;
    if (!ander) {
      throw problemen.regelOvertreden('dossier-onbekend', `Dossier ${invoer.dossiernummer} bestaat niet of uw organisatie heeft er geen toegang toe.`,
        [{ name: 'dossiernummer', code: 'onbekend_dossier', reason: 'Geen dossier met dit nummer dat u mag samenvoegen.' }]);
    }
    if (ander.id === overlevende.id) {
      throw problemen.regelOvertreden('samenvoegen-met-zichzelf', 'Een dossier kan niet met zichzelf worden samengevoegd.', [{ name: 'dossiernummer', code: 'zelfde_dossier', reason: 'Dit is het dossier zelf.' }]);
    }
    for (const d of [overlevende, ander]) {
      if (d.samengevoegdIn) throw problemen.conflict('dossier-al-samengevoegd', `Dossier ${d.dossiernummer} is al samengevoegd met een ander dossier.`);
      if (d.tijdstipGewist) throw problemen.conflict('dossier-gewist', `De persoonsgegevens van ${d.dossiernummer} zijn gewist; het kan niet meer worden samengevoegd.`);
    }
    // Conflicts the service cannot decide for the caller.
    const open = await tx.select({ dossierId: bedenktijden.dossierId, status: bedenktijden.status }).from(bedenktijden)
      .where(and(inArray(bedenktijden.dossierId, [overlevende.id, ander.id]), inArray(bedenktijden.status, [...OPEN_STATUSSEN])));
    if (new Set(open.map((b) => b.dossierId)).size === 2) {
      throw new Probleem(409, 'samenvoeging-twee-bedenktijden', 'Twee open bedenktijden',
        `Beide dossiers hebben een open bedenktijd (${overlevende.dossiernummer} en ${ander.dossiernummer}). Een persoon heeft er maar één: `
        + `beëindig of beantwoord eerst die van ${ander.dossiernummer} en voeg daarna samen.`);
    }
    const [pgOverlevende] = await tx.select().from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, overlevende.id));
    const [pgAnder] = await tx.select().from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, ander.id));
    if (pgOverlevende?.vreemdelingennummer && pgAnder?.vreemdelingennummer && pgOverlevende.vreemdelingennummer !== pgAnder.vreemdelingennummer) {
      throw new Probleem(409, 'samenvoeging-ander-v-nummer', 'Verschillende V-nummers',
        `De dossiers hebben verschillende V-nummers: het zijn twee personen. Voeg ze niet samen, of corrigeer eerst het V-nummer in ${ander.dossiernummer}.`);
    }

    // The children, the notifications and the grants move to the survivor.
    for (const tabel of KINDEREN) {
      await tx.update(tabel).set({ dossierId: overlevende.id } as never).where(eq(tabel.dossierId, ander.id));
    }
    await tx.execute(sql`
      insert into toegangsrechten (dossier_id, organisatie_id, doel, bron_id, reikwijdte, mag_wijzigen, mag_doorgeven, verleend_door_organisatie_id, tijdstip_verleend)
      select ${overlevende.id}::uuid, organisatie_id, doel, case when bron_id = ${ander.id}::uuid then ${overlevende.id}::uuid else bron_id end,
        reikwijdte, mag_wijzigen, mag_doorgeven, verleend_door_organisatie_id, tijdstip_verleend
      from toegangsrechten where dossier_id = ${ander.id}::uuid
      order by organisatie_id, doel, bron_id
      on conflict do nothing`);
    await tx.delete(toegangsrechten).where(eq(toegangsrechten.dossierId, ander.id));
    if (pgAnder) {
      if (!pgOverlevende) {
        await tx.update(persoonsgegevens).set({ dossierId: overlevende.id, tijdstipGewijzigd: nu }).where(eq(persoonsgegevens.dossierId, ander.id));
      } else {
        const aangevuld = Object.fromEntries((['voornamen', 'geslachtsnaam', 'geslachtsnaamNormaal', 'geboortedatum', 'nationaliteit', 'vreemdelingennummer', 'geslacht'] as const)
          .map((k) => [k, pgOverlevende[k] ?? pgAnder[k]]));
        const talen = [...new Set([...pgOverlevende.talen, ...pgAnder.talen])];
        await tx.update(persoonsgegevens).set({ ...aangevuld, talen, tijdstipGewijzigd: nu }).where(eq(persoonsgegevens.dossierId, overlevende.id));
        await tx.delete(persoonsgegevens).where(eq(persoonsgegevens.dossierId, ander.id));
      }
    }

    const alle = await tx.select().from(beoordelingen).where(eq(beoordelingen.dossierId, overlevende.id));
    const status = identificatiestatus(alle.map((b) => ({ ...b, resultaat: b.resultaat as 'vastgesteld' | 'niet_vastgesteld' })));
    const [bijgewerkt] = await tx.update(dossiers).set({ identificatiestatus: status, versie: overlevende.versie + 1, tijdstipGewijzigd: nu })
      .where(eq(dossiers.id, overlevende.id)).returning();
    await tx.update(dossiers).set({ samengevoegdIn: overlevende.id, tijdstipSamengevoegd: nu, versie: ander.versie + 1, tijdstipGewijzigd: nu })
      .where(eq(dossiers.id, ander.id));
    await tx.insert(persoonsbesluiten).values({
      id: ctx.ids.uuid(), soort: 'samenvoeging', dossierId: overlevende.id, anderDossierId: ander.id, organisatieId: ctx.principal.organisatieId, reden: invoer.reden, tijdstip: nu,
    });
    // The merge is an entry in both chains, in dossier-id order.
    for (const d of [overlevende, ander].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      await schrijfAudit(tx, actorVan(ctx), nu, {
        actie: d.id === overlevende.id ? 'dossier.samengevoegd_met' : 'dossier.samengevoegd_in', objectType: 'dossier',
        objectId: d.id === overlevende.id ? ander.id : overlevende.id, dossierId: d.id,
      });
    }
    // The registering organisations hear of it (no personal data), in organisation-id order.
    const ontvangers = [...new Set([overlevende.registrerendeOrganisatieId, ander.registrerendeOrganisatieId])]
      .filter((id) => id !== ctx.principal.organisatieId).sort();
    for (const ontvangerOrganisatieId of ontvangers) {
      await plaatsKennisgeving(tx, ctx.ids, nu, {
        ontvangerOrganisatieId, soort: 'dossier_samengevoegd', dossierId: overlevende.id, afzenderOrganisatieId: ctx.principal.organisatieId,
        inhoud: {
          dossierId: overlevende.id, dossiernummer: overlevende.dossiernummer, samengevoegdDossierId: ander.id, samengevoegdDossiernummer: ander.dossiernummer,
          organisatie: { id: ctx.principal.organisatieId, naam: ctx.principal.organisatieNaam },
        },
        gebeurtenisSleutel: `dossier_samengevoegd:${ander.id}`,
      });
    }
    return bijgewerkt!;
  });
}
