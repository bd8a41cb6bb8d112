// The timeline of one dossier (issue 5): the victim, criminal, residence and care tracks merged in
// date order — what a case worker reads first. Read-only, built from the tracks' own tables.
// No personal data: no names, birth dates or V-numbers, and no free text (toelichting, melder,
// samenvatting, afwijzingsreden may contain them); the shelter is named by kind, never by name
// (a victim's whereabouts are confidential). Each track is shown only to roles that may read it in
// the permission matrix (docs/architectuur.md §3: deny by default) — the timeline is no back door.
import { and, eq, inArray } from 'drizzle-orm';
import type { UseCaseContext } from '../../context.js';
import {
  auditregels, bedenktijdAdviezen, bedenktijden, beoordelingen, beroepenB83, dossiers, opvanglocaties, organisaties, persoonsbesluiten, plaatsingen,
  signalen, strafrechtelijkeGebeurtenissen, verblijfsbesluiten, verwijzingen,
} from '../../db/schema.js';
import { magUitvoeren } from '../../access/permissiematrix.js';
import { toegankelijkDossier } from '../../access/dossiertoegang.js';
import { bronnen, redenenGeenOpsporing, redenenNietVastgesteld, uitbuitingsvormen } from '../../domain/catalogus.js';
import { amsterdamseDatum } from '../../domain/kalender.js';
import { strafrechtelijkeSoortLabels, type StrafrechtelijkeSoort } from '../../domain/strafrecht.js';
import { verblijfsbesluitLabels, type VerblijfsbesluitSoort } from '../../domain/verblijf.js';
import type { Spoor, TijdlijnItem, TijdlijnSoort } from './tijdlijn.schemas.js';

/** An entry with its sort key: date, then registration moment, then cause before consequence. */
interface Regel extends Omit<TijdlijnItem, 'organisatieNaam'> { moment: Date; rang: number }

export type TijdlijnCursor = [string, string, number, string, string];

const label = (codes: Readonly<Record<string, string>>, code: string) => codes[code] ?? code;
const lijst = (codes: Readonly<Record<string, string>>, waarden: readonly string[]) => waarden.map((w) => label(codes, w).toLowerCase()).join(', ');

const beeindigingsredenen: Record<string, string> = {
  aangifte: 'aangifte gedaan', medewerking_strafproces: 'medewerking aan het strafproces',
  vertrek_onbekende_bestemming: 'vertrokken met onbekende bestemming', afzien_medewerking: 'slachtoffer ziet af van medewerking',
};
const verwijzingsdoelen: Record<string, string> = {
  cosm: 'COSM-opvang', zorgcoordinator: 'zorgcoördinatie', veilig_thuis: 'Veilig Thuis', raad_kinderbescherming: 'Raad voor de Kinderbescherming',
  gemeente: 'gemeente', hulpverlening: 'hulpverlening', nla: 'Arbeidsinspectie', politie: 'politie',
};
const opvangsoorten: Record<string, string> = { cosm: 'COSM', jeugdzorg: 'jeugdzorg', algemeen: 'algemene opvang' };

/** Sort key order: datum, moment, rang, bronId, soort — total and stable, so it can carry a cursor. */
function vergelijk(a: TijdlijnCursor, b: TijdlijnCursor): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}
export const sleutelVan = (r: Regel): TijdlijnCursor => [r.datum, r.moment.toISOString(), r.rang, r.bronId, r.soort];

export async function tijdlijn(ctx: UseCaseContext, dossierId: string, limit: number, na?: TijdlijnCursor) {
  const db = ctx.db;
  const dossier = await toegankelijkDossier(db, ctx.principal, dossierId);
  const mag = (p: Parameters<typeof magUitvoeren>[1]) => magUitvoeren(ctx.principal.rol, p);
  const regels: Regel[] = [];
  const voeg = (spoor: Spoor, soort: TijdlijnSoort, datum: string, moment: Date, organisatieId: string | null, omschrijving: string, bronId: string, rang = 0) =>
    regels.push({ spoor, soort, datum, moment, organisatieId, omschrijving, bronId, rang });

  // ---- slachtofferspoor ----
  voeg('slachtoffer', 'registratie', amsterdamseDatum(dossier.tijdstipRegistratie), dossier.tijdstipRegistratie, dossier.registrerendeOrganisatieId,
    `Dossier ${dossier.dossiernummer} geregistreerd.`, dossier.id);
  // One person, one dossier: the dossiers merged into this one (their histories moved here) and the
  // organisations that joined it.
  for (const d of await db.select().from(dossiers).where(eq(dossiers.samengevoegdIn, dossierId))) {
    voeg('slachtoffer', 'registratie', amsterdamseDatum(d.tijdstipRegistratie), d.tijdstipRegistratie, d.registrerendeOrganisatieId,
      `Dossier ${d.dossiernummer} geregistreerd (later samengevoegd met ${dossier.dossiernummer}).`, d.id);
  }
  for (const b of await db.select().from(persoonsbesluiten).where(and(eq(persoonsbesluiten.dossierId, dossierId), inArray(persoonsbesluiten.soort, ['aansluiting', 'samenvoeging'])))) {
    voeg('slachtoffer', b.soort as TijdlijnSoort, amsterdamseDatum(b.tijdstip), b.tijdstip, b.organisatieId,
      b.soort === 'aansluiting' ? 'Aangesloten bij het dossier met een eigen signaal over dezelfde persoon.' : 'Een ander dossier van dezelfde persoon is met dit dossier samengevoegd.', b.id, 1);
  }

  if (mag('signalen.lezen')) {
    for (const s of await db.select().from(signalen).where(eq(signalen.dossierId, dossierId))) {
      voeg('slachtoffer', 'signaal', s.ontvangstdatum, s.tijdstipRegistratie, s.organisatieId,
        `Signaal ontvangen (bron: ${label(bronnen, s.bron).toLowerCase()}; uitbuitingsvorm: ${lijst(uitbuitingsvormen, s.uitbuitingsvormen)}).`, s.id);
    }
  }
  if (mag('beoordelingen.lezen')) {
    for (const b of await db.select().from(beoordelingen).where(eq(beoordelingen.dossierId, dossierId))) {
      const uitkomst = b.resultaat === 'vastgesteld'
        ? 'Geringste aanwijzing vastgesteld'
        : `Geringste aanwijzing niet vastgesteld (${lijst(redenenNietVastgesteld, b.redenen)})`;
      voeg('slachtoffer', 'beoordeling', b.beoordelingsdatum, b.tijdstipRegistratie, b.organisatieId,
        `${uitkomst}${b.vervangt ? '; vervangt een eerdere beoordeling' : ''}.`, b.id);
    }
  }
  if (mag('bedenktijdadviezen.lezen')) {
    for (const a of await db.select().from(bedenktijdAdviezen).where(eq(bedenktijdAdviezen.dossierId, dossierId))) {
      voeg('slachtoffer', 'bedenktijd_advies', amsterdamseDatum(a.tijdstipAangemaakt), a.tijdstipAangemaakt, a.organisatieId,
        `Bedenktijd-advies aan de politie of KMar (status: ${a.status.replace('_', ' ')}).`, a.id);
    }
  }
  if (mag('bedenktijden.lezen')) {
    const rijen = await db.select().from(bedenktijden).where(eq(bedenktijden.dossierId, dossierId));
    // The moment of the victim's answer is not a column; the audit row of that answer has it.
    const reacties = rijen.length === 0 ? [] : await db.select({ objectId: auditregels.objectId, tijdstip: auditregels.tijdstip }).from(auditregels)
      .where(and(eq(auditregels.dossierId, dossierId), eq(auditregels.objectType, 'bedenktijd'), inArray(auditregels.actie, ['bedenktijd.verleend', 'bedenktijd.geweigerd'])));
    const reactieMoment = new Map(reacties.map((r) => [r.objectId, r.tijdstip]));
    for (const b of rijen) {
      voeg('slachtoffer', 'bedenktijd_aangeboden', b.aanbiedingsdatum, b.tijdstipAangemaakt, b.aanbiedendeOrganisatieId, 'B8/3-bedenktijd aangeboden.', b.id);
      const moment = reactieMoment.get(b.id) ?? b.tijdstipAangemaakt;
      if (b.ingangsdatum) {
        voeg('slachtoffer', 'bedenktijd_verleend', b.ingangsdatum, moment, b.aanbiedendeOrganisatieId,
          `Bedenktijd aanvaard en verleend, uiterlijk tot en met ${b.uiterlijkeEinddatum} (${b.beleidsregel}).`, b.id, 1);
      } else if (b.status === 'geweigerd' && b.reactiedatum) {
        voeg('slachtoffer', 'bedenktijd_geweigerd', b.reactiedatum, moment, b.aanbiedendeOrganisatieId,
          b.reactie === 'geweigerd_direct_aangifte' ? 'Bedenktijd geweigerd; het slachtoffer doet direct aangifte.' : 'Bedenktijd geweigerd.', b.id, 1);
      }
      if (b.status === 'beeindigd' && b.einddatum) {
        voeg('slachtoffer', 'bedenktijd_beeindigd', b.einddatum, b.tijdstipGewijzigd, b.beeindigdDoorOrganisatieId,
          `Bedenktijd beëindigd: ${beeindigingsredenen[b.beeindigingsreden ?? ''] ?? b.beeindigingsreden}.`, b.id, 2);
      } else if (b.status === 'verlopen' && b.einddatum) {
        voeg('slachtoffer', 'bedenktijd_verlopen', b.einddatum, b.tijdstipGewijzigd, null,
          `Bedenktijd verlopen (uiterlijke einddatum ${b.einddatum} bereikt).`, b.id, 2);
      }
    }
  }

  // ---- strafrechtelijk spoor ----
  if (mag('strafrecht.lezen')) {
    for (const g of await db.select().from(strafrechtelijkeGebeurtenissen).where(eq(strafrechtelijkeGebeurtenissen.dossierId, dossierId))) {
      const redenen = g.redenen.length > 0 ? ` (${lijst(redenenGeenOpsporing, g.redenen)})` : '';
      voeg('strafrecht', g.soort as StrafrechtelijkeSoort, g.datum, g.tijdstipRegistratie, g.organisatieId,
        `${strafrechtelijkeSoortLabels[g.soort as StrafrechtelijkeSoort] ?? g.soort}${redenen}.`, g.id);
    }
  }

  // ---- verblijfsspoor ----
  if (mag('verblijf.lezen')) {
    for (const b of await db.select().from(beroepenB83).where(eq(beroepenB83.dossierId, dossierId))) {
      voeg('verblijf', 'beroep_b8_3', b.datum, b.tijdstipRegistratie, b.organisatieId, 'Beroep op de B8/3-regeling gedaan (M55 aan de IND).', b.id);
    }
    for (const v of await db.select().from(verblijfsbesluiten).where(eq(verblijfsbesluiten.dossierId, dossierId))) {
      // The grounds of a schrijnend pad (e.g. medical) are left out: health data is special-category data.
      voeg('verblijf', v.soort as VerblijfsbesluitSoort, v.datum, v.tijdstipRegistratie, v.organisatieId,
        `${verblijfsbesluitLabels[v.soort as VerblijfsbesluitSoort] ?? v.soort}${v.geldigTot ? `, geldig tot en met ${v.geldigTot}` : ''}.`, v.id);
    }
  }

  // ---- zorgspoor ----
  if (mag('verwijzingen.lezen')) {
    for (const v of await db.select().from(verwijzingen).where(eq(verwijzingen.dossierId, dossierId))) {
      const doel = verwijzingsdoelen[v.doel] ?? v.doel;
      voeg('zorg', 'verwijzing', amsterdamseDatum(v.tijdstipVerwezen), v.tijdstipVerwezen, v.verwijzendeOrganisatieId, `Verwezen naar ${doel}.`, v.id);
      if (v.tijdstipBesluit) {
        const afgewezen = v.status === 'afgewezen';
        voeg('zorg', afgewezen ? 'verwijzing_afgewezen' : 'verwijzing_aanvaard', amsterdamseDatum(v.tijdstipBesluit), v.tijdstipBesluit, v.ontvangendeOrganisatieId,
          afgewezen ? `Verwijzing naar ${doel} afgewezen.` : `Verwijzing naar ${doel} aanvaard.`, v.id, 1);
      }
      if (v.tijdstipAfgesloten && (v.status === 'ingetrokken' || v.status === 'afgerond')) {
        const ingetrokken = v.status === 'ingetrokken';
        voeg('zorg', ingetrokken ? 'verwijzing_ingetrokken' : 'verwijzing_afgerond', amsterdamseDatum(v.tijdstipAfgesloten), v.tijdstipAfgesloten,
          ingetrokken ? v.verwijzendeOrganisatieId : v.ontvangendeOrganisatieId,
          ingetrokken ? `Verwijzing naar ${doel} ingetrokken.` : `Verwijzing naar ${doel} afgerond.`, v.id, 2);
      }
    }
    const plaatsingRijen = await db.select({ p: plaatsingen, locatie: { organisatieId: opvanglocaties.organisatieId, soort: opvanglocaties.soort } })
      .from(plaatsingen).innerJoin(opvanglocaties, eq(opvanglocaties.id, plaatsingen.opvanglocatieId)).where(eq(plaatsingen.dossierId, dossierId));
    for (const { p, locatie } of plaatsingRijen) {
      const soort = opvangsoorten[locatie.soort] ?? locatie.soort;
      voeg('zorg', 'plaatsing', p.startdatum, p.tijdstipAangemaakt, locatie.organisatieId, `Geplaatst in de opvang (${soort}).`, p.id);
      if (p.einddatum) {
        voeg('zorg', 'plaatsing_beeindigd', p.einddatum, p.tijdstipGewijzigd, locatie.organisatieId, `Plaatsing in de opvang (${soort}) beëindigd.`, p.id, 1);
      }
    }
  }

  const gesorteerd = regels.map((r) => ({ r, sleutel: sleutelVan(r) })).sort((a, b) => vergelijk(a.sleutel, b.sleutel));
  const vanaf = na ? gesorteerd.filter((x) => vergelijk(x.sleutel, na) > 0) : gesorteerd;
  const pagina = vanaf.slice(0, limit + 1);

  const orgIds = [...new Set(pagina.map((x) => x.r.organisatieId).filter((id): id is string => id !== null))];
  const namen = new Map(orgIds.length === 0 ? [] : (await db.select({ id: organisaties.id, naam: organisaties.naam }).from(organisaties)
    .where(inArray(organisaties.id, orgIds))).map((o) => [o.id, o.naam]));
  return pagina.map(({ r, sleutel }) => ({
    item: {
      spoor: r.spoor, soort: r.soort, datum: r.datum, organisatieId: r.organisatieId,
      organisatieNaam: r.organisatieId ? namen.get(r.organisatieId) ?? null : null, omschrijving: r.omschrijving, bronId: r.bronId,
    } satisfies TijdlijnItem,
    sleutel,
  }));
}
