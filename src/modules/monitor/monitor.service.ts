// The monitor's use cases (docs/monitor.md): read what the service recorded per dossier (pseudonymous
// facts only: they survive the erasure of personal data), derive the steps (src/domain/monitor.ts),
// release the figures with disclosure control, and answer a query with aggregates only.
import { inArray } from 'drizzle-orm';
import type { UseCaseContext } from '../../context.js';
import {
  bedenktijden, beoordelingen, dossiers, organisaties, plaatsingen, signalen, strafrechtelijkeGebeurtenissen, verwijzingen,
} from '../../db/schema.js';
import type { NationaliteitCategorie, Verblijfssituatie } from '../../domain/catalogus.js';
import { amsterdamseDatum } from '../../domain/kalender.js';
import {
  ALLES, DOORLOOPTIJDEN, dossierfeiten, duurstatistiek, FILTERNAMEN, LANDELIJK, OPVOLGINGSSTAPPEN, TRECHTERSTAPPEN, Vrijgave,
  voorFilter, type Dossierfeiten, type Filter, type Organisatie, type Periode, type RuweDossierfeiten, type Stapdefinitie,
} from '../../domain/monitor.js';
import { DREMPEL, percentiel, voorouders, type Vrijgegeven } from '../../domain/onthulling.js';
import { problemen, type InvalidParam } from '../../http/problem.js';
import { REGISTRERENDE_TYPEN, type Doorlooptijden, type MonitorCijfer, type MonitorQuery, type Trechter } from './monitor.schemas.js';

type Lezer = Pick<UseCaseContext, 'db' | 'clock' | 'config'>;

/** Every dossier's recorded facts and the organisations that register dossiers. */
export async function leesFeiten(ctx: Lezer): Promise<{ dossiers: Dossierfeiten[]; organisaties: Organisatie[] }> {
  const { db } = ctx;
  const orgs = await db.select({ id: organisaties.id, type: organisaties.type, naam: organisaties.naam }).from(organisaties)
    .where(inArray(organisaties.type, [...REGISTRERENDE_TYPEN]));
  const ruw = new Map<string, RuweDossierfeiten & { signalen: RuweDossierfeiten['signalen'][number][]; beoordelingen: RuweDossierfeiten['beoordelingen'][number][]; bedenktijden: RuweDossierfeiten['bedenktijden'][number][]; strafrecht: RuweDossierfeiten['strafrecht'][number][]; verwijzingen: RuweDossierfeiten['verwijzingen'][number][] }>();
  for (const d of await db.select({
    id: dossiers.id, org: dossiers.registrerendeOrganisatieId, nat: dossiers.nationaliteitCategorie, eu: dossiers.eurechtelijkeAanspraken,
    verblijf: dossiers.verblijfssituatie, leeftijd: dossiers.leeftijdscategorie,
  }).from(dossiers)) {
    ruw.set(d.id, {
      sleutel: d.id, organisatieId: d.org, nationaliteitCategorie: d.nat as NationaliteitCategorie, eurechtelijkeAanspraken: d.eu,
      verblijfssituatie: d.verblijf as Verblijfssituatie, leeftijdscategorie: d.leeftijd,
      signalen: [], beoordelingen: [], bedenktijden: [], strafrecht: [], verwijzingen: [],
    });
  }
  for (const s of await db.select({ d: signalen.dossierId, datum: signalen.ontvangstdatum, bron: signalen.bron, vormen: signalen.uitbuitingsvormen }).from(signalen)) {
    ruw.get(s.d)?.signalen.push({ ontvangstdatum: s.datum, bron: s.bron, uitbuitingsvormen: s.vormen });
  }
  for (const b of await db.select({ d: beoordelingen.dossierId, datum: beoordelingen.beoordelingsdatum, gesprek: beoordelingen.informatiefGesprek, resultaat: beoordelingen.resultaat }).from(beoordelingen)) {
    ruw.get(b.d)?.beoordelingen.push({ datum: b.datum, gesprek: b.gesprek.gevoerd, resultaat: b.resultaat });
  }
  for (const b of await db.select({ d: bedenktijden.dossierId, datum: bedenktijden.aanbiedingsdatum, reactie: bedenktijden.reactie, status: bedenktijden.status, reden: bedenktijden.beeindigingsreden }).from(bedenktijden)) {
    ruw.get(b.d)?.bedenktijden.push({ aanbiedingsdatum: b.datum, reactie: b.reactie, status: b.status, beeindigingsreden: b.reden });
  }
  for (const s of await db.select({ d: strafrechtelijkeGebeurtenissen.dossierId, soort: strafrechtelijkeGebeurtenissen.soort, datum: strafrechtelijkeGebeurtenissen.datum }).from(strafrechtelijkeGebeurtenissen)) {
    ruw.get(s.d)?.strafrecht.push({ soort: s.soort, datum: s.datum });
  }
  const plaatsingPerVerwijzing = new Map<string, string>();
  for (const p of await db.select({ v: plaatsingen.verwijzingId, start: plaatsingen.startdatum }).from(plaatsingen)) {
    const eerder = plaatsingPerVerwijzing.get(p.v);
    if (!eerder || p.start < eerder) plaatsingPerVerwijzing.set(p.v, p.start);
  }
  for (const v of await db.select({ id: verwijzingen.id, d: verwijzingen.dossierId, verwezen: verwijzingen.tijdstipVerwezen, besluit: verwijzingen.tijdstipBesluit }).from(verwijzingen)) {
    ruw.get(v.d)?.verwijzingen.push({ verwezen: v.verwezen, besluit: v.besluit, plaatsing: plaatsingPerVerwijzing.get(v.id) ?? null });
  }
  const opties = { vandaag: amsterdamseDatum(ctx.clock.now()), signaleringsdagen: ctx.config.BEDENKTIJD_SIGNALERING_DAGEN };
  const feiten = [...ruw.values()].map((r) => dossierfeiten(r, opties)).filter((d): d is Dossierfeiten => d !== null);
  return { dossiers: feiten, organisaties: orgs };
}

// ---- The query ----------------------------------------------------------------------------------

export interface Vraag {
  periode: Periode;
  filter: Filter | null;
  organisatieType: string | null;
  organisatieId: string | null;
}

const kwartaalVanDag = (d: string) => `${d.slice(0, 4)}-K${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
const EERSTE_DAGEN = ['01-01', '04-01', '07-01', '10-01'];
const LAATSTE_DAGEN = ['03-31', '06-30', '09-30', '12-31'];

/**
 * The query's period and filter, with every problem at once (400). Periods are whole quarters and at
 * most one attribute filter applies: a day-level range or a combination of filters would let two
 * queries differ by a handful of dossiers (docs/monitor.md, "Wat u kunt vragen").
 */
export function vraagUit(q: MonitorQuery): Vraag {
  const fouten: InvalidParam[] = [];
  if (q.kwartaal && !q.jaar) fouten.push({ name: 'kwartaal', code: 'vereist_jaar', reason: 'Geef bij een kwartaal ook het jaar.' });
  if ((q.van && !q.tot) || (!q.van && q.tot)) fouten.push({ name: q.van ? 'tot' : 'van', code: 'vereist', reason: 'Geef van en tot samen.' });
  if (q.jaar && (q.van || q.tot)) fouten.push({ name: 'van', code: 'niet_samen', reason: 'Kies jaar (en kwartaal) óf van–tot.' });
  if (q.jaar && (Number(q.jaar) < 1900 || Number(q.jaar) > 2100)) fouten.push({ name: 'jaar', code: 'buiten_bereik', reason: 'Geef een jaar tussen 1900 en 2100.' });
  if (q.van && !EERSTE_DAGEN.includes(q.van.slice(5))) fouten.push({ name: 'van', code: 'geen_kwartaalbegin', reason: 'van moet de eerste dag van een kwartaal zijn (01-01, 04-01, 07-01 of 10-01): de monitor telt in hele kwartalen.' });
  if (q.tot && !LAATSTE_DAGEN.includes(q.tot.slice(5))) fouten.push({ name: 'tot', code: 'geen_kwartaaleinde', reason: 'tot moet de laatste dag van een kwartaal zijn (03-31, 06-30, 09-30 of 12-31): de monitor telt in hele kwartalen.' });
  if (q.van && q.tot && q.van > q.tot) fouten.push({ name: 'tot', code: 'voor_van', reason: 'tot ligt voor van.' });
  const filters = FILTERNAMEN.filter((f) => q[f] !== undefined);
  if (filters.length > 1) {
    for (const f of filters) fouten.push({ name: f, code: 'te_veel_filters', reason: `Combineer ten hoogste één kenmerkfilter (nu: ${filters.join(', ')}); gecombineerde filters maken kleine groepen terug te rekenen.` });
  }
  if (fouten.length > 0) throw problemen.ongeldigeInvoer(fouten);
  const periode: Periode = q.jaar
    ? { knoop: q.kwartaal ? `${q.jaar}-K${q.kwartaal}` : q.jaar }
    : q.van && q.tot ? { knoop: null, van: kwartaalVanDag(q.van), tot: kwartaalVanDag(q.tot) } : { knoop: ALLES };
  const dimensie = filters[0];
  return {
    periode,
    filter: dimensie ? { dimensie, waarde: q[dimensie]! } : null,
    organisatieType: q.organisatieType ?? null,
    organisatieId: q.organisatieId ?? null,
  };
}

function periodeVan(q: MonitorQuery): { van: string | null; tot: string | null } {
  if (q.jaar && q.kwartaal) return { van: `${q.jaar}-${EERSTE_DAGEN[Number(q.kwartaal) - 1]}`, tot: `${q.jaar}-${LAATSTE_DAGEN[Number(q.kwartaal) - 1]}` };
  if (q.jaar) return { van: `${q.jaar}-01-01`, tot: `${q.jaar}-12-31` };
  return { van: q.van ?? null, tot: q.tot ?? null };
}

interface GroepRij { niveau: 'landelijk' | 'organisatietype' | 'organisatie'; knoop: string; organisatieType: string | null; organisatieId: string | null; naam: string }

function groepen(v: Vrijgave, vraag: Vraag): GroepRij[] {
  if (vraag.organisatieId !== null && !v.org.ouder.has(vraag.organisatieId)) {
    throw problemen.ongeldigeInvoer([{ name: 'organisatieId', code: 'onbekend', reason: 'Geen organisatie van de politie, KMar of NLA (alleen die registreren dossiers).' }]);
  }
  const rijen: GroepRij[] = [];
  if (vraag.organisatieType === null && vraag.organisatieId === null) rijen.push({ niveau: 'landelijk', knoop: LANDELIJK, organisatieType: null, organisatieId: null, naam: 'Landelijk' });
  for (const typeKnoop of v.org.kinderen.get(LANDELIJK) ?? []) {
    const type = typeKnoop.slice('type:'.length);
    if (vraag.organisatieType !== null && vraag.organisatieType !== type) continue;
    if (vraag.organisatieId === null) rijen.push({ niveau: 'organisatietype', knoop: typeKnoop, organisatieType: type, organisatieId: null, naam: type });
    for (const id of v.org.kinderen.get(typeKnoop) ?? []) {
      if (vraag.organisatieId !== null && vraag.organisatieId !== id) continue;
      rijen.push({ niveau: 'organisatie', knoop: id, organisatieType: type, organisatieId: id, naam: v.organisaties.find((o) => o.id === id)!.naam });
    }
  }
  return rijen;
}

const zichtbaar = (def: Stapdefinitie, filter: Filter | null) => !(filter && def.nietBij?.includes(filter.dimensie));

function noemerStap(def: Stapdefinitie, filter: Filter | null, definities: readonly Stapdefinitie[]): string | null {
  if (def.noemer === null) return null;
  const noemer = definities.find((d) => d.stap === def.noemer) ?? TRECHTERSTAPPEN.find((d) => d.stap === def.noemer)!;
  return zichtbaar(noemer, filter) ? def.noemer : def.noemerBijUitsluiting ?? noemer.noemer;
}

function cijfer(v: Vrijgave, def: Stapdefinitie, vraag: Vraag, knoop: string, definities: readonly Stapdefinitie[]): MonitorCijfer {
  const lees = (stap: string, filter: Filter | null): Vrijgegeven => v.leesPeriode(stap, filter, vraag.periode, knoop);
  const eigen = lees(def.stap, vraag.filter);
  const noemerNaam = noemerStap(def, vraag.filter, definities);
  const noemer = noemerNaam === null ? null : lees(noemerNaam, vraag.filter);
  const aandeel = eigen.aantal !== null && noemer?.aantal ? Math.round((eigen.aantal / noemer.aantal) * 10_000) / 10_000 : null;
  return {
    stap: def.stap,
    aantal: eigen.aantal,
    onderdrukt: eigen.onderdrukt,
    noemerStap: noemerNaam,
    noemer: noemer?.aantal ?? null,
    noemerOnderdrukt: noemer?.onderdrukt ?? null,
    aandeel,
    zonderFilter: vraag.filter === null ? null : lees(def.stap, null).aantal,
  };
}

const stappenlijst = (definities: readonly Stapdefinitie[], filter: Filter | null) => definities.filter((d) => zichtbaar(d, filter))
  .map((d) => ({ stap: d.stap, label: d.label, noemerStap: noemerStap(d, filter, definities), definitie: d.definitie }));

export async function trechter(ctx: Lezer, q: MonitorQuery): Promise<Trechter> {
  const vraag = vraagUit(q);
  const { dossiers, organisaties } = await leesFeiten(ctx);
  const v = new Vrijgave(dossiers, organisaties);
  return trechterVan(v, vraag, q);
}

export function trechterVan(v: Vrijgave, vraag: Vraag, q: MonitorQuery): Trechter {
  const definities = TRECHTERSTAPPEN.filter((d) => zichtbaar(d, vraag.filter));
  return {
    periode: periodeVan(q),
    filter: vraag.filter,
    drempel: DREMPEL,
    stappen: stappenlijst(TRECHTERSTAPPEN, vraag.filter),
    groepen: groepen(v, vraag).map((g) => ({
      niveau: g.niveau, organisatieType: g.organisatieType, organisatieId: g.organisatieId, naam: g.naam,
      cijfers: definities.map((d) => cijfer(v, d, vraag, g.knoop, TRECHTERSTAPPEN)),
    })),
  };
}

export async function doorlooptijden(ctx: Lezer, q: MonitorQuery): Promise<Doorlooptijden> {
  const vraag = vraagUit(q);
  const { dossiers, organisaties } = await leesFeiten(ctx);
  const v = new Vrijgave(dossiers, organisaties);
  const alle = [...TRECHTERSTAPPEN, ...OPVOLGINGSSTAPPEN];
  const definities = OPVOLGINGSSTAPPEN.filter((d) => zichtbaar(d, vraag.filter));
  return {
    periode: periodeVan(q),
    filter: vraag.filter,
    drempel: DREMPEL,
    signaleringsdagen: ctx.config.BEDENKTIJD_SIGNALERING_DAGEN,
    stappen: stappenlijst(OPVOLGINGSSTAPPEN, vraag.filter),
    groepen: groepen(v, vraag).map((g) => {
      const binnen = voorFilter(dossiers, vraag.filter).filter((d) => inPeriode(v, d, vraag.periode) && voorouders(v.org, d.organisatieId).includes(g.knoop));
      return {
        niveau: g.niveau, organisatieType: g.organisatieType, organisatieId: g.organisatieId, naam: g.naam,
        cijfers: {
          aantallen: definities.map((d) => cijfer(v, d, vraag, g.knoop, alle)),
          doorlooptijden: DOORLOOPTIJDEN.map((m) => {
            const aantal = v.leesPeriode(m.stap, vraag.filter, vraag.periode, g.knoop);
            const { mediaan, p90 } = duurstatistiek(binnen.filter((d) => d.stappen.has(m.stap)), m.maat, aantal, percentiel);
            return { maat: m.maat, label: m.label, stap: m.stap, aantal: aantal.aantal, onderdrukt: aantal.onderdrukt, mediaanDagen: mediaan, p90Dagen: p90 };
          }),
        },
      };
    }),
  };
}

function inPeriode(v: Vrijgave, d: Dossierfeiten, periode: Periode): boolean {
  if (periode.knoop !== null) return voorouders(v.tijd, d.kwartaal).includes(periode.knoop);
  return d.kwartaal >= periode.van && d.kwartaal <= periode.tot;
}
