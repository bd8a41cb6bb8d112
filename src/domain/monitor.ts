// The Rapporteur's monitor (docs/monitor.md): which dossier counts in which step, and the release of
// all figures with disclosure control (src/domain/onthulling.ts). Pure: the facts per dossier come in,
// the published figures come out; the module reads the database and renders JSON or CSV.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { inAanmerkingVoorBedenktijd } from './bedenktijd.js';
import {
  BRONNEN, LEEFTIJDSCATEGORIEEN, NATIONALITEIT_CATEGORIEEN, UITBUITINGSVORMEN, VERBLIJFSSITUATIES,
  type NationaliteitCategorie, type Verblijfssituatie,
} from './catalogus.js';
import {
  aggregeer, beschermTabel, celSleutel, DREMPEL, kubusCellen, maakBoom, samengesteld, vrijgave,
  type Boom, type Cel, type Onderdrukking, type Vrijgegeven,
} from './onthulling.js';

// ---- The filters --------------------------------------------------------------------------------

export const FILTERDIMENSIES = {
  uitbuitingsvorm: UITBUITINGSVORMEN,
  leeftijdscategorie: LEEFTIJDSCATEGORIEEN,
  nationaliteitCategorie: NATIONALITEIT_CATEGORIEEN,
  verblijfssituatie: VERBLIJFSSITUATIES,
  bron: BRONNEN,
} as const;
export type Filterdimensie = keyof typeof FILTERDIMENSIES;
export const FILTERNAMEN = Object.keys(FILTERDIMENSIES) as Filterdimensie[];
export interface Filter { dimensie: Filterdimensie; waarde: string }

// ---- The steps ----------------------------------------------------------------------------------

export interface Stapdefinitie {
  stap: string;
  label: string;
  /** The step whose count is this step's denominator (null: the base). */
  noemer: string | null;
  /** What the service records that puts a dossier in this step (README, docs/monitor.md). */
  definitie: string;
  /**
   * Filters under which the step is not published: it is a function of that attribute, and published
   * per value it would equal another step's figure (docs/monitor.md, "Afgeleide stappen").
   */
  nietBij?: readonly Filterdimensie[];
  /** The denominator under those filters (stated in the answer, never switched silently). */
  noemerBijUitsluiting?: string;
}

export const TRECHTERSTAPPEN: readonly Stapdefinitie[] = [
  { stap: 'gesignaleerd', label: 'Dossiers met een signaal', noemer: null, definitie: 'Ten minste één signaal; de periode is het kwartaal van de vroegste ontvangstdatum.' },
  { stap: 'slachtofferBekend', label: 'Mogelijk slachtoffer bekend', noemer: 'gesignaleerd', definitie: 'nationaliteitCategorie of leeftijdscategorie is niet onbekend.', nietBij: ['leeftijdscategorie', 'nationaliteitCategorie'] },
  { stap: 'beoordeeld', label: 'Geringste aanwijzing beoordeeld', noemer: 'slachtofferBekend', noemerBijUitsluiting: 'gesignaleerd', definitie: 'Ten minste één beoordeling.' },
  { stap: 'informatiefGesprek', label: 'Informatief gesprek gevoerd', noemer: 'slachtofferBekend', noemerBijUitsluiting: 'gesignaleerd', definitie: 'Een beoordeling met informatiefGesprek.gevoerd = true.' },
  { stap: 'vastgesteld', label: 'Geringste aanwijzing vastgesteld', noemer: 'beoordeeld', definitie: 'Een beoordeling met resultaat vastgesteld (ook als een latere beoordeling anders luidt).' },
  { stap: 'aangeboden', label: 'Bedenktijd aangeboden', noemer: 'vastgesteld', definitie: 'Een bedenktijd, in welke status ook (ook op advies van de NLA aangeboden).' },
  { stap: 'aanvaard', label: 'Bedenktijd aanvaard', noemer: 'aangeboden', definitie: 'Een bedenktijd met reactie aanvaard.' },
  { stap: 'geweigerd', label: 'Bedenktijd geweigerd', noemer: 'aangeboden', definitie: 'Een bedenktijd met reactie geweigerd.' },
  { stap: 'geweigerdDirectAangifte', label: 'Geweigerd, direct aangifte', noemer: 'aangeboden', definitie: 'Een bedenktijd met reactie geweigerd_direct_aangifte.' },
  { stap: 'aangifte', label: 'Aangifte', noemer: 'slachtofferBekend', noemerBijUitsluiting: 'gesignaleerd', definitie: 'Een strafrechtelijke gebeurtenis aangifte.' },
  { stap: 'aangifteNaGesprek', label: 'Aangifte na informatief gesprek', noemer: 'informatiefGesprek', definitie: 'Een informatief gesprek en een aangifte.' },
  { stap: 'onderzoekGestart', label: 'Opsporingsonderzoek gestart', noemer: 'gesignaleerd', definitie: 'Een strafrechtelijke gebeurtenis opsporingsonderzoek_gestart (OM).' },
  { stap: 'onderzoekNaAangifte', label: 'Opsporingsonderzoek na aangifte', noemer: 'aangifte', definitie: 'Een aangifte en een opsporingsonderzoek_gestart.' },
  { stap: 'geenOnderzoek', label: 'OM: geen opsporingsonderzoek', noemer: 'aangifte', definitie: 'Een strafrechtelijke gebeurtenis geen_opsporingsonderzoek (OM).' },
  { stap: 'sepot', label: 'OM: sepot', noemer: 'aangifte', definitie: 'Een strafrechtelijke gebeurtenis sepot (OM).' },
  { stap: 'aanwezigheidNoodzakelijk', label: 'OM: aanwezigheid noodzakelijk', noemer: 'onderzoekGestart', definitie: 'Een strafrechtelijke gebeurtenis aanwezigheid_noodzakelijk (OM).' },
  { stap: 'onderzoekBeeindigd', label: 'OM: onderzoek beëindigd', noemer: 'onderzoekGestart', definitie: 'Een strafrechtelijke gebeurtenis onderzoek_beeindigd (OM).' },
];

export const OPVOLGINGSSTAPPEN: readonly Stapdefinitie[] = [
  { stap: 'aanbiedbaar', label: 'Vastgesteld en in aanmerking voor de bedenktijd', noemer: 'vastgesteld', definitie: 'Vastgesteld, en de persoon komt in aanmerking (B8/3 Vc 2000: derdelander of EU zonder Unierechten, niet duurzaam verblijf).', nietBij: ['nationaliteitCategorie', 'verblijfssituatie'] },
  { stap: 'nietTijdigAangeboden', label: 'Niet aangeboden binnen de signaleringstermijn', noemer: 'aanbiedbaar', noemerBijUitsluiting: 'vastgesteld', definitie: 'Aanbiedbaar, en geen aanbod binnen BEDENKTIJD_SIGNALERING_DAGEN na de eerste vaststelling (ook: nog steeds niet, als de termijn verstreken is).' },
  { stap: 'aanbodNaVaststelling', label: 'Aanbod na vaststelling', noemer: 'vastgesteld', definitie: 'Een aanbod op of na de eerste vaststelling (de basis van de doorlooptijd vaststelling → aanbod).' },
  { stap: 'verwezen', label: 'Verwezen', noemer: 'gesignaleerd', definitie: 'Ten minste één verwijzing.' },
  { stap: 'verwijzingBeantwoord', label: 'Verwijzing beantwoord', noemer: 'verwezen', definitie: 'De eerste verwijzing heeft een besluit van de ontvanger.' },
  { stap: 'geplaatst', label: 'Geplaatst in de opvang', noemer: 'verwezen', definitie: 'Een plaatsing bij de eerste verwijzing.' },
  { stap: 'beeindigdAangifte', label: 'Bedenktijd beëindigd: aangifte', noemer: 'aanvaard', definitie: 'Een bedenktijd beëindigd met reden aangifte.' },
  { stap: 'beeindigdMedewerking', label: 'Bedenktijd beëindigd: medewerking', noemer: 'aanvaard', definitie: 'Een bedenktijd beëindigd met reden medewerking_strafproces.' },
  { stap: 'beeindigdVertrek', label: 'Bedenktijd beëindigd: vertrek onbekende bestemming', noemer: 'aanvaard', definitie: 'Een bedenktijd beëindigd met reden vertrek_onbekende_bestemming.' },
  { stap: 'beeindigdAfzien', label: 'Bedenktijd beëindigd: afzien van medewerking', noemer: 'aanvaard', definitie: 'Een bedenktijd beëindigd met reden afzien_medewerking.' },
  { stap: 'verlopen', label: 'Bedenktijd verlopen', noemer: 'aanvaard', definitie: 'Een bedenktijd met status verlopen.' },
];

export const DOORLOOPTIJDEN = [
  { maat: 'signaalTotBeoordeling', label: 'Signaal → beoordeling', stap: 'beoordeeld', van: 'eerste ontvangstdatum', tot: 'eerste beoordelingsdatum' },
  { maat: 'vaststellingTotAanbod', label: 'Vaststelling → aanbod bedenktijd', stap: 'aanbodNaVaststelling', van: 'eerste vaststelling', tot: 'eerste aanbiedingsdatum daarna' },
  { maat: 'verwijzingTotBesluit', label: 'Verwijzing → antwoord', stap: 'verwijzingBeantwoord', van: 'moment van verwijzen', tot: 'moment van het besluit' },
  { maat: 'verwijzingTotPlaatsing', label: 'Verwijzing → plaatsing', stap: 'geplaatst', van: 'moment van verwijzen', tot: 'startdatum van de plaatsing' },
] as const;
export type Doorlooptijd = (typeof DOORLOOPTIJDEN)[number]['maat'];

// ---- From recorded facts to steps ---------------------------------------------------------------

/** What the service recorded about one dossier, read by the module (no personal data, no id leaves it). */
export interface RuweDossierfeiten {
  /** Stable order key for choosing representatives (never published). */
  sleutel: string;
  organisatieId: string;
  nationaliteitCategorie: NationaliteitCategorie;
  eurechtelijkeAanspraken: boolean | null;
  verblijfssituatie: Verblijfssituatie;
  leeftijdscategorie: string;
  signalen: ReadonlyArray<{ ontvangstdatum: string; bron: string; uitbuitingsvormen: readonly string[] }>;
  beoordelingen: ReadonlyArray<{ datum: string; gesprek: boolean; resultaat: string }>;
  bedenktijden: ReadonlyArray<{ aanbiedingsdatum: string; reactie: string | null; status: string; beeindigingsreden: string | null }>;
  strafrecht: ReadonlyArray<{ soort: string; datum: string }>;
  verwijzingen: ReadonlyArray<{ verwezen: Date; besluit: Date | null; plaatsing: string | null }>;
}

export interface Dossierfeiten {
  sleutel: string;
  organisatieId: string;
  kwartaal: string;
  kenmerken: Readonly<Record<Filterdimensie, readonly string[]>>;
  stappen: ReadonlySet<string>;
  duren: Partial<Record<Doorlooptijd, number>>;
}

export function kwartaalVan(datum: string): string {
  return `${datum.slice(0, 4)}-K${Math.floor((Number(datum.slice(5, 7)) - 1) / 3) + 1}`;
}

const eerste = (datums: Iterable<string>) => [...datums].sort()[0] ?? null;
const dagen = (van: string | Date, tot: string | Date) => differenceInCalendarDays(typeof tot === 'string' ? parseISO(tot) : tot, typeof van === 'string' ? parseISO(van) : van);

/**
 * The steps of one dossier, from what it recorded up to `vandaag` (a cohort: a dossier belongs to the
 * period of its first signal and carries all its later follow-up). Null: no signal, not in the monitor.
 */
export function dossierfeiten(r: RuweDossierfeiten, opties: { vandaag: string; signaleringsdagen: number }): Dossierfeiten | null {
  const eersteSignaal = eerste(r.signalen.map((s) => s.ontvangstdatum));
  if (eersteSignaal === null) return null;
  const stappen = new Set<string>(['gesignaleerd']);
  const duren: Partial<Record<Doorlooptijd, number>> = {};
  const zet = (stap: string, waar: boolean) => { if (waar) stappen.add(stap); };
  const strafrecht = new Set(r.strafrecht.map((s) => s.soort));
  const reacties = new Set(r.bedenktijden.map((b) => b.reactie));
  const redenen = new Set(r.bedenktijden.map((b) => b.beeindigingsreden));

  zet('slachtofferBekend', r.nationaliteitCategorie !== 'onbekend' || r.leeftijdscategorie !== 'onbekend');
  const eersteBeoordeling = eerste(r.beoordelingen.map((b) => b.datum));
  if (eersteBeoordeling !== null) { stappen.add('beoordeeld'); duren.signaalTotBeoordeling = dagen(eersteSignaal, eersteBeoordeling); }
  zet('informatiefGesprek', r.beoordelingen.some((b) => b.gesprek));
  const eersteVaststelling = eerste(r.beoordelingen.filter((b) => b.resultaat === 'vastgesteld').map((b) => b.datum));
  zet('vastgesteld', eersteVaststelling !== null);
  zet('aangeboden', r.bedenktijden.length > 0);
  zet('aanvaard', reacties.has('aanvaard'));
  zet('geweigerd', reacties.has('geweigerd'));
  zet('geweigerdDirectAangifte', reacties.has('geweigerd_direct_aangifte'));
  zet('aangifte', strafrecht.has('aangifte'));
  zet('aangifteNaGesprek', stappen.has('informatiefGesprek') && strafrecht.has('aangifte'));
  zet('onderzoekGestart', strafrecht.has('opsporingsonderzoek_gestart'));
  zet('onderzoekNaAangifte', strafrecht.has('aangifte') && strafrecht.has('opsporingsonderzoek_gestart'));
  zet('geenOnderzoek', strafrecht.has('geen_opsporingsonderzoek'));
  zet('sepot', strafrecht.has('sepot'));
  zet('aanwezigheidNoodzakelijk', strafrecht.has('aanwezigheid_noodzakelijk'));
  zet('onderzoekBeeindigd', strafrecht.has('onderzoek_beeindigd'));

  if (eersteVaststelling !== null) {
    const aanbod = eerste(r.bedenktijden.map((b) => b.aanbiedingsdatum).filter((d) => d >= eersteVaststelling));
    if (aanbod !== null) { stappen.add('aanbodNaVaststelling'); duren.vaststellingTotAanbod = dagen(eersteVaststelling, aanbod); }
    if (inAanmerkingVoorBedenktijd(r) === null) {
      stappen.add('aanbiedbaar');
      // The offer is a right (B8/3 Vc 2000; rapport Rijke signalen, wisselende opvolging, nawoord): late or missing offers are counted
      // once the signalling window has passed.
      const termijnVerstreken = dagen(eersteVaststelling, opties.vandaag) > opties.signaleringsdagen;
      zet('nietTijdigAangeboden', termijnVerstreken && (aanbod === null || dagen(eersteVaststelling, aanbod) > opties.signaleringsdagen));
    }
  }
  const verwijzing = [...r.verwijzingen].sort((a, b) => a.verwezen.getTime() - b.verwezen.getTime())[0];
  if (verwijzing) {
    stappen.add('verwezen');
    if (verwijzing.besluit) { stappen.add('verwijzingBeantwoord'); duren.verwijzingTotBesluit = dagen(verwijzing.verwezen, verwijzing.besluit); }
    if (verwijzing.plaatsing) { stappen.add('geplaatst'); duren.verwijzingTotPlaatsing = dagen(verwijzing.verwezen, verwijzing.plaatsing); }
  }
  zet('beeindigdAangifte', redenen.has('aangifte'));
  zet('beeindigdMedewerking', redenen.has('medewerking_strafproces'));
  zet('beeindigdVertrek', redenen.has('vertrek_onbekende_bestemming'));
  zet('beeindigdAfzien', redenen.has('afzien_medewerking'));
  zet('verlopen', r.bedenktijden.some((b) => b.status === 'verlopen'));

  const uniek = (w: Iterable<string>) => [...new Set(w)].sort();
  return {
    sleutel: r.sleutel,
    organisatieId: r.organisatieId,
    kwartaal: kwartaalVan(eersteSignaal),
    kenmerken: {
      uitbuitingsvorm: uniek(r.signalen.flatMap((s) => s.uitbuitingsvormen)),
      bron: uniek(r.signalen.map((s) => s.bron)),
      leeftijdscategorie: [r.leeftijdscategorie],
      nationaliteitCategorie: [r.nationaliteitCategorie],
      verblijfssituatie: [r.verblijfssituatie],
    },
    stappen,
    duren,
  };
}

// ---- The release --------------------------------------------------------------------------------

export interface Organisatie { id: string; type: string; naam: string }

// The roots' names are used only through these constants and no other node can carry them (years are
// digits, quarters 2022-K1, organisations UUIDs, values catalogue codes): any other name gives the same figures.
// Stryker disable next-line StringLiteral: see above.
export const LANDELIJK = 'landelijk';
// Stryker disable next-line StringLiteral: see above.
export const ALLES = 'alles';
// Stryker disable next-line StringLiteral: see above.
export const TOTAAL = 'totaal';

/** Period tree: all → year → quarter, over the years with data; organisation tree: landelijk → type → organisation. */
export function bomen(dossiers: readonly Dossierfeiten[], organisaties: readonly Organisatie[]): { tijd: Boom; org: Boom } {
  const jaren = dossiers.map((d) => Number(d.kwartaal.slice(0, 4)));
  const kinderen: Record<string, string[]> = { [ALLES]: [] };
  if (jaren.length > 0) {
    for (let j = Math.min(...jaren); j <= Math.max(...jaren); j++) {
      kinderen[ALLES]!.push(String(j));
      kinderen[String(j)] = [1, 2, 3, 4].map((k) => `${j}-K${k}`);
    }
  }
  const typen = [...new Set(organisaties.map((o) => o.type))].sort();
  const orgKinderen: Record<string, string[]> = { [LANDELIJK]: typen.map((t) => `type:${t}`) };
  for (const t of typen) orgKinderen[`type:${t}`] = organisaties.filter((o) => o.type === t).map((o) => o.id).sort();
  return { tijd: maakBoom(ALLES, kinderen), org: maakBoom(LANDELIJK, orgKinderen) };
}

interface Tabel { waarden: Map<string, number>; onderdrukt: Map<string, Onderdrukking> }

/**
 * All figures of the monitor, decided once for the whole data set (so every query reads the same
 * decision): per step a table period × organisation, and per step and filter a table period ×
 * organisation × value whose totals are the first table's cells. The hypercubes of the unfiltered
 * table carry over into every filtered table at the values of a representative dossier
 * (docs/monitor.md: the same ±1 change, seen through the filter).
 */
export class Vrijgave {
  readonly tijd: Boom;
  readonly org: Boom;
  private readonly totalen = new Map<string, Tabel & { overdracht: Map<Filterdimensie, Cel[]> }>();
  private readonly gefilterd = new Map<string, Tabel>();

  constructor(readonly dossiers: readonly Dossierfeiten[], readonly organisaties: readonly Organisatie[]) {
    ({ tijd: this.tijd, org: this.org } = bomen(dossiers, organisaties));
  }

  private metStap(stap: string) {
    return this.dossiers.filter((d) => d.stappen.has(stap) && this.org.ouder.has(d.organisatieId));
  }

  private totaal(stap: string) {
    const bestaand = this.totalen.get(stap);
    if (bestaand) return bestaand;
    const dossiers = this.metStap(stap);
    const waarden = aggregeer([this.tijd, this.org], dossiers.map((d) => [[d.kwartaal, d.organisatieId], 1] as const));
    const { onderdrukt, hyperkubussen } = beschermTabel([this.tijd, this.org], waarden, { legeVermijden: [0] });
    const overdracht = new Map<Filterdimensie, Cel[]>(FILTERNAMEN.map((f) => [f, []]));
    for (const kubus of hyperkubussen) {
      const [kwartaal, organisatie] = kubus.basis;
      const representant = dossiers.filter((d) => d.kwartaal === kwartaal && d.organisatieId === organisatie)
        .sort((a, b) => (a.sleutel < b.sleutel ? -1 : 1))[0];
      for (const f of FILTERNAMEN) {
        // Without a representative (not expected: a primary cell holds a dossier) every value is suppressed.
        // For the base step the ±1 adds or removes a whole dossier: one of which nothing else is known
        // (nationality and age unknown), so that no other step changes with it (docs/monitor.md).
        const waarden = stap === 'gesignaleerd' && (f === 'nationaliteitCategorie' || f === 'leeftijdscategorie') ? ['onbekend']
          : representant ? representant.kenmerken[f] : FILTERDIMENSIES[f];
        for (const [t, o] of kubusCellen(kubus)) for (const v of waarden) overdracht.get(f)!.push([t!, o!, v]);
      }
    }
    const tabel = { waarden, onderdrukt, overdracht };
    // Stryker disable next-line CallExpression: a cache; without it the same table is computed again, with the same result.
    this.totalen.set(stap, tabel);
    return tabel;
  }

  private filtertabel(stap: string, dimensie: Filterdimensie): Tabel {
    const sleutel = `${stap}\u0001${dimensie}`;
    const bestaand = this.gefilterd.get(sleutel);
    if (bestaand) return bestaand;
    const waardeboom = maakBoom(TOTAAL, { [TOTAAL]: [...FILTERDIMENSIES[dimensie]] });
    const dims = [this.tijd, this.org, waardeboom];
    const waarden = aggregeer(dims, this.metStap(stap).flatMap((d) => d.kenmerken[dimensie].map((v) => [[d.kwartaal, d.organisatieId, v], 1] as const)));
    const { onderdrukt } = beschermTabel(dims, waarden, {
      vooraf: this.totaal(stap).overdracht.get(dimensie),
      uitgezonderd: (cel) => cel[2] === TOTAAL,
      legeVermijden: [0],
    });
    const tabel = { waarden, onderdrukt };
    this.gefilterd.set(sleutel, tabel);
    return tabel;
  }

  /** One published figure: a step, in a period-tree node, an organisation-tree node, with or without a filter. */
  lees(stap: string, filter: Filter | null, tijdknoop: string, orgknoop: string): Vrijgegeven {
    if (filter === null) {
      const t = this.totaal(stap);
      return vrijgave(t.waarden, t.onderdrukt, [tijdknoop, orgknoop]);
    }
    const t = this.filtertabel(stap, filter.dimensie);
    return vrijgave(t.waarden, t.onderdrukt, [tijdknoop, orgknoop, filter.waarde]);
  }

  /** A figure over whole quarters [van, tot] (inclusive, e.g. 2018-K3 … 2023-K4). */
  leesPeriode(stap: string, filter: Filter | null, periode: Periode, orgknoop: string): Vrijgegeven {
    const lees = (k: string) => (this.tijd.ouder.has(k) ? this.lees(stap, filter, k, orgknoop) : { aantal: 0, onderdrukt: null } as const);
    if (periode.knoop !== null) return lees(periode.knoop);
    const { binnen, buiten } = ontleed(this.tijd, periode.van, periode.tot);
    return samengesteld(lees, ALLES, binnen, buiten);
  }
}

/** A period: a node of the period tree (all, a year, a quarter) or a range of whole quarters. */
export type Periode = { knoop: string; van?: undefined; tot?: undefined } | { knoop: null; van: string; tot: string };

/** The canonical decomposition of a quarter range inside the tree, and of its complement: whole years, then quarters. */
export function ontleed(tijd: Boom, van: string, tot: string): { binnen: string[]; buiten: string[] } {
  const binnen: string[] = [];
  const buiten: string[] = [];
  // maakBoom gives every node of the tree a list of children (empty for a leaf): the `?? []` never applies.
  // Stryker disable next-line ArrayDeclaration: see above.
  for (const jaar of tijd.kinderen.get(ALLES) ?? []) {
    // Stryker disable next-line ArrayDeclaration: see above.
    const kwartalen = tijd.kinderen.get(jaar) ?? [];
    const erin = kwartalen.filter((k) => k >= van && k <= tot);
    const eruit = kwartalen.filter((k) => k < van || k > tot);
    if (eruit.length === 0) binnen.push(jaar); else binnen.push(...erin);
    if (erin.length === 0) buiten.push(jaar); else buiten.push(...eruit);
  }
  return { binnen, buiten };
}

/** The median and 90th percentile of a duration, only beside a published count of at least DREMPEL. */
export function duurstatistiek(dossiers: readonly Dossierfeiten[], maat: Doorlooptijd, aantal: Vrijgegeven, percentiel: (w: number[], p: number) => number | null) {
  if (aantal.aantal === null || aantal.aantal < DREMPEL) return { mediaan: null, p90: null };
  const waarden = dossiers.map((d) => d.duren[maat]).filter((w): w is number => w !== undefined);
  return { mediaan: percentiel(waarden, 50), p90: percentiel(waarden, 90) };
}

export const sleutelVanCel = celSleutel;

/** The dossiers a filter selects (the same rule as the filtered tables). */
export function voorFilter(dossiers: readonly Dossierfeiten[], filter: Filter | null): Dossierfeiten[] {
  return filter === null ? [...dossiers] : dossiers.filter((d) => d.kenmerken[filter.dimensie].includes(filter.waarde));
}
