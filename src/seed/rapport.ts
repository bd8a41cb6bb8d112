// The synthetic data set "rapport" (issue 18, docs/monitor.md): a population of dossiers whose
// follow-up reproduces the figures that the report "Rijke signalen, wisselende opvolging" (Nationaal
// Rapporteur Mensenhandel) publishes for the police (ch. 4), the NLA (ch. 5) and the KMar (ch. 6), as
// far as it gives them as counts or as fractions of a stated base. Entirely synthetic: no person, no
// personal data (no persoonsgegevens are recorded, so no two dossiers are the same person). It is
// entered through the public API only (`laadRapport`), by `npm run demo-data -- --scenario rapport`
// against a running server or by the tests through app.request.

export type Org = 'politie' | 'kmar' | 'nla';

export interface DossierPlan {
  org: Org;
  kwartaal: string;
  bron: string;
  vormen: string[];
  nationaliteitCategorie: 'derdelander' | 'eu_eer_zwitserland' | 'nederlands' | 'onbekend';
  eurechtelijkeAanspraken: boolean | null;
  verblijfssituatie: string;
  leeftijdscategorie: 'minderjarig' | 'meerderjarig' | 'onbekend';
  beoordeling: null | { gesprek: boolean; resultaat: 'vastgesteld' | 'niet_vastgesteld' };
  /** Offered by the police (for the NLA: on its advice); the victim's answer, if any. */
  aanbod: null | { reactie: 'aanvaard' | 'geweigerd' | 'geweigerd_direct_aangifte' | null };
  /** The victim's act on the criminal track. */
  strafrecht: null | 'aangifte' | 'medewerking_strafproces';
  /** The OM's decisions, in order. */
  om: Array<'opsporingsonderzoek_gestart' | 'geen_opsporingsonderzoek' | 'onderzoek_beeindigd'>;
}

/** One reproduced figure: where it is in the report, and how the monitor shows it. */
export interface Rapportcijfer {
  plaats: string;
  omschrijving: string;
  org: Org;
  stap: string;
  aantal: number;
  /** The report's base (count and what it is), when it gives one. */
  noemer: { stap: string; aantal: number } | null;
  /** The query: a period and at most one filter, as GET /v1/monitor/trechter takes them. */
  query?: Record<string, string>;
  /** Rather than the step's denominator: the same step without the filter (a share of a filter value). */
  aandeelVanZonderFilter?: number;
  /**
   * The public monitor hides this figure (docs/monitor.md): below the threshold (primair), or needed
   * to protect one that is (secundair). The figure itself is still exact in the data.
   */
  openbaar?: 'primair' | 'secundair';
}

const RAPPORT = 'Rapport Rijke signalen, wisselende opvolging';

export const RAPPORTCIJFERS: readonly Rapportcijfer[] = [
  // ---- Politie (hoofdstuk 4): steekproef van BVH-registraties juli 2018 – december 2023 ----
  { plaats: `${RAPPORT}, §4.2`, omschrijving: '382 geanalyseerde registraties (juli 2018 – 2023)', org: 'politie', stap: 'gesignaleerd', aantal: 382, noemer: null },
  { plaats: `${RAPPORT}, §4.4.2`, omschrijving: 'In 363 van de 382 registraties is een mogelijk slachtoffer bekend', org: 'politie', stap: 'slachtofferBekend', aantal: 363, noemer: { stap: 'gesignaleerd', aantal: 382 } },
  { plaats: `${RAPPORT}, §4.4.2`, omschrijving: 'In 15% van de registraties een minderjarig slachtoffer (n=54)', org: 'politie', stap: 'gesignaleerd', aantal: 54, noemer: null, query: { leeftijdscategorie: 'minderjarig' }, aandeelVanZonderFilter: 382 },
  { plaats: `${RAPPORT}, §4.4.1`, omschrijving: 'Een vijfde van de signalen meldt de politie zelf (n=78)', org: 'politie', stap: 'gesignaleerd', aantal: 78, noemer: null, query: { bron: 'politie_eigen' }, aandeelVanZonderFilter: 382 },
  { plaats: `${RAPPORT}, §4.4.1`, omschrijving: 'Signalen uit de migratieketen (n=64)', org: 'politie', stap: 'gesignaleerd', aantal: 64, noemer: null, query: { bron: 'migratieketen' }, aandeelVanZonderFilter: 382 },
  { plaats: `${RAPPORT}, §4.4.1`, omschrijving: 'De hulpverlening meldt 14% van de signalen (53 van 382)', org: 'politie', stap: 'gesignaleerd', aantal: 53, noemer: null, query: { bron: 'hulpverlening' }, aandeelVanZonderFilter: 382 },
  { plaats: `${RAPPORT}, §4.4.1`, omschrijving: 'Gemeenten: 4% van de signalen (15 van 382)', org: 'politie', stap: 'gesignaleerd', aantal: 15, noemer: null, query: { bron: 'gemeente' }, aandeelVanZonderFilter: 382 },
  { plaats: `${RAPPORT}, §4.4.3`, omschrijving: 'Twee derde (n=266) bevat signalen van seksuele uitbuiting', org: 'politie', stap: 'gesignaleerd', aantal: 266, noemer: null, query: { uitbuitingsvorm: 'seksueel' }, aandeelVanZonderFilter: 382 },
  { plaats: `${RAPPORT}, §4.4.3`, omschrijving: 'Signalen van criminele uitbuiting (n=65)', org: 'politie', stap: 'gesignaleerd', aantal: 65, noemer: null, query: { uitbuitingsvorm: 'crimineel' }, aandeelVanZonderFilter: 382 },
  { plaats: `${RAPPORT}, §4.4.3`, omschrijving: 'Signalen van arbeidsuitbuiting (n=35)', org: 'politie', stap: 'gesignaleerd', aantal: 35, noemer: null, query: { uitbuitingsvorm: 'arbeid' }, aandeelVanZonderFilter: 382 },
  { plaats: `${RAPPORT}, §4.6.3`, omschrijving: 'Informatief gesprek in 38% van de registraties met een bekend slachtoffer (n=139)', org: 'politie', stap: 'informatiefGesprek', aantal: 139, noemer: { stap: 'slachtofferBekend', aantal: 363 } },
  { plaats: `${RAPPORT}, §4.6.3`, omschrijving: 'Bedenktijd aangeboden met vermelde reactie: 18 registraties', org: 'politie', stap: 'aangeboden', aantal: 18, noemer: null },
  { plaats: `${RAPPORT}, §4.6.3`, omschrijving: 'Twee derde van die 18 aanvaardt de bedenktijd', org: 'politie', stap: 'aanvaard', aantal: 12, noemer: { stap: 'aangeboden', aantal: 18 } },
  { plaats: `${RAPPORT}, §4.6.3`, omschrijving: 'Een derde van die 18 weigert en doet direct aangifte', org: 'politie', stap: 'geweigerdDirectAangifte', aantal: 6, noemer: { stap: 'aangeboden', aantal: 18 } },
  { plaats: `${RAPPORT}, §4.6.5`, omschrijving: 'Aangifte in een kwart van de registraties met een bekend slachtoffer', org: 'politie', stap: 'aangifte', aantal: 89, noemer: { stap: 'slachtofferBekend', aantal: 363 } },
  { plaats: `${RAPPORT}, §4.6.5`, omschrijving: 'Minderjarige slachtoffers: aangifte in 17% (9 van 54)', org: 'politie', stap: 'aangifte', aantal: 9, noemer: { stap: 'gesignaleerd', aantal: 54 }, query: { leeftijdscategorie: 'minderjarig' } },
  { plaats: `${RAPPORT}, §4.6.5`, omschrijving: 'Volwassen slachtoffers: aangifte in 26% (80 van 309)', org: 'politie', stap: 'aangifte', aantal: 80, noemer: { stap: 'gesignaleerd', aantal: 309 }, query: { leeftijdscategorie: 'meerderjarig' } },
  { plaats: `${RAPPORT}, §4.6.5`, omschrijving: 'Minderjarigen: 10% van de aangiften (9 van 89)', org: 'politie', stap: 'aangifte', aantal: 9, noemer: null, query: { leeftijdscategorie: 'minderjarig' }, aandeelVanZonderFilter: 89 },
  { plaats: `${RAPPORT}, §4.6.5`, omschrijving: 'Van de aangiften is in 40% het slachtoffer de melder (36 van 89)', org: 'politie', stap: 'aangifte', aantal: 36, noemer: null, query: { bron: 'slachtoffer_zelf' }, aandeelVanZonderFilter: 89 },
  { plaats: `${RAPPORT}, §4.6.5`, omschrijving: 'Van de aangiften komt 33% uit de migratieketen (29 van 89)', org: 'politie', stap: 'aangifte', aantal: 29, noemer: null, query: { bron: 'migratieketen' }, aandeelVanZonderFilter: 89 },
  { plaats: `${RAPPORT}, §4.7.2`, omschrijving: 'Opsporingsonderzoek gestart in 13% van de registraties (n=48)', org: 'politie', stap: 'onderzoekGestart', aantal: 48, noemer: { stap: 'gesignaleerd', aantal: 382 } },
  { plaats: `${RAPPORT}, §4.7.2`, omschrijving: 'Minderjarigen: 21% van de opsporingsonderzoeken (10 van 48)', org: 'politie', stap: 'onderzoekGestart', aantal: 10, noemer: null, query: { leeftijdscategorie: 'minderjarig' }, aandeelVanZonderFilter: 48 },
  { plaats: `${RAPPORT}, §4.7.2`, omschrijving: 'Een kwart van de opsporingsonderzoeken door de politie zelf gesignaleerd (12 van 48)', org: 'politie', stap: 'onderzoekGestart', aantal: 12, noemer: null, query: { bron: 'politie_eigen' }, aandeelVanZonderFilter: 48 },
  { plaats: `${RAPPORT}, §4.7.2`, omschrijving: 'Een kwart van de opsporingsonderzoeken uit signalen van slachtoffers zelf (12 van 48)', org: 'politie', stap: 'onderzoekGestart', aantal: 12, noemer: null, query: { bron: 'slachtoffer_zelf' }, aandeelVanZonderFilter: 48 },
  { plaats: `${RAPPORT}, §4.7.2`, omschrijving: 'Van bekenden en familie: 15% van de opsporingsonderzoeken (7 van 48)', org: 'politie', stap: 'onderzoekGestart', aantal: 7, noemer: null, query: { bron: 'bekenden_familie' }, aandeelVanZonderFilter: 48 },
  { plaats: `${RAPPORT}, §4.7.2`, omschrijving: 'Uit de hulpverlening: 10% van de opsporingsonderzoeken (5 van 48)', org: 'politie', stap: 'onderzoekGestart', aantal: 5, noemer: null, query: { bron: 'hulpverlening' }, aandeelVanZonderFilter: 48 },

  // ---- NLA Opsporing (hoofdstuk 5): steekproef 2018–2023 ----
  { plaats: `${RAPPORT}, §5.2`, omschrijving: '209 registraties (173 signalen en 36 direct aangemaakte meldingen)', org: 'nla', stap: 'gesignaleerd', aantal: 209, noemer: null },
  { plaats: `${RAPPORT}, §5.4.2`, omschrijving: 'In 149 van de 209 registraties is een mogelijk slachtoffer bekend', org: 'nla', stap: 'slachtofferBekend', aantal: 149, noemer: { stap: 'gesignaleerd', aantal: 209 } },
  { plaats: `${RAPPORT}, §5.4.1`, omschrijving: 'De politie meldt 49% van de registraties (102 van 209)', org: 'nla', stap: 'gesignaleerd', aantal: 102, noemer: null, query: { bron: 'politie' }, aandeelVanZonderFilter: 209 },
  { plaats: `${RAPPORT}, §5.4.1`, omschrijving: '11% komt van de Arbeidsinspectie zelf (23 van 209)', org: 'nla', stap: 'gesignaleerd', aantal: 23, noemer: null, query: { bron: 'arbeidsinspectie_eigen' }, aandeelVanZonderFilter: 209 },
  { plaats: `${RAPPORT}, §5.4.1`, omschrijving: 'De hulpverlening meldt 7% (15 van 209)', org: 'nla', stap: 'gesignaleerd', aantal: 15, noemer: null, query: { bron: 'hulpverlening' }, aandeelVanZonderFilter: 209 },
  { plaats: `${RAPPORT}, §5.4.1`, omschrijving: 'De KMar meldt 6% (13 van 209)', org: 'nla', stap: 'gesignaleerd', aantal: 13, noemer: null, query: { bron: 'kmar' }, aandeelVanZonderFilter: 209 },
  { plaats: `${RAPPORT}, §5.4.1`, omschrijving: 'Gemeenten melden 4% (8 van 209)', org: 'nla', stap: 'gesignaleerd', aantal: 8, noemer: null, query: { bron: 'gemeente' }, aandeelVanZonderFilter: 209 },
  { plaats: `${RAPPORT}, §5.4.1`, omschrijving: 'In 2023: 36 signalen', org: 'nla', stap: 'gesignaleerd', aantal: 36, noemer: null, query: { jaar: '2023' } },
  { plaats: `${RAPPORT}, §5.4.1`, omschrijving: 'In 2023 brengt de Arbeidsinspectie 8 van de 36 signalen zelf binnen (22%)', org: 'nla', stap: 'gesignaleerd', aantal: 8, noemer: null, query: { jaar: '2023', bron: 'arbeidsinspectie_eigen' }, aandeelVanZonderFilter: 36 },
  { plaats: `${RAPPORT}, §5.4.1`, omschrijving: 'In 2023 blijft de politie de grootste melder: 19 van de 36 (53%)', org: 'nla', stap: 'gesignaleerd', aantal: 19, noemer: null, query: { jaar: '2023', bron: 'politie' }, aandeelVanZonderFilter: 36 },
  { plaats: `${RAPPORT}, §5.6`, omschrijving: 'Informatief gesprek in 20% van de registraties met een bekend slachtoffer (30 van 149)', org: 'nla', stap: 'informatiefGesprek', aantal: 30, noemer: { stap: 'slachtofferBekend', aantal: 149 } },
  { plaats: `${RAPPORT}, §5.6`, omschrijving: 'Van de 30 informatieve gesprekken: 11 met een slachtoffer zonder rechtmatig verblijf', org: 'nla', stap: 'informatiefGesprek', aantal: 11, noemer: null, query: { verblijfssituatie: 'geen_rechtmatig_verblijf' }, aandeelVanZonderFilter: 30 },
  { plaats: `${RAPPORT}, §5.6`, omschrijving: 'In de helft van de meldingen met een informatief gesprek B8-bedenktijd aangeboden (n=15)', org: 'nla', stap: 'aangeboden', aantal: 15, noemer: null },
  { plaats: `${RAPPORT}, §5.6`, omschrijving: 'In 6 van de 11 zonder rechtmatig verblijf is de B8-bedenktijd aangeboden', org: 'nla', stap: 'aangeboden', aantal: 6, noemer: null, query: { verblijfssituatie: 'geen_rechtmatig_verblijf' } },
  { plaats: `${RAPPORT}, §5.6`, omschrijving: 'Uit 16 van de 30 meldingen met een informatief gesprek volgt een aangifte', org: 'nla', stap: 'aangifteNaGesprek', aantal: 16, noemer: { stap: 'informatiefGesprek', aantal: 30 } },
  { plaats: `${RAPPORT}, §5.7`, omschrijving: 'In totaal 22 meldingen met een aangifte', org: 'nla', stap: 'aangifte', aantal: 22, noemer: null },
  { plaats: `${RAPPORT}, §5.7`, omschrijving: 'Bij 3 van de 22 aangiften start het OM een tactisch onderzoek', org: 'nla', stap: 'onderzoekNaAangifte', aantal: 3, noemer: { stap: 'aangifte', aantal: 22 }, openbaar: 'primair' },
  { plaats: `${RAPPORT}, §5.7`, omschrijving: 'Bij 16 aangiften besluit het OM geen nader onderzoek te starten', org: 'nla', stap: 'geenOnderzoek', aantal: 16, noemer: { stap: 'aangifte', aantal: 22 } },
  { plaats: `${RAPPORT}, §5.7`, omschrijving: 'In totaal 4 opsporingsonderzoeken gestart (waarvan één zonder aangifte)', org: 'nla', stap: 'onderzoekGestart', aantal: 4, noemer: { stap: 'gesignaleerd', aantal: 209 }, openbaar: 'primair' },
  { plaats: `${RAPPORT}, §5.7`, omschrijving: 'Van de 4 onderzoeken worden er 2 beëindigd wegens onvoldoende onderbouwing', org: 'nla', stap: 'onderzoekBeeindigd', aantal: 2, noemer: { stap: 'onderzoekGestart', aantal: 4 }, openbaar: 'primair' },

  // ---- KMar (hoofdstuk 6): 97 registraties 2018 – juli 2021 en 86 van juli 2021 – 2023 ----
  { plaats: `${RAPPORT}, §6.2`, omschrijving: '183 registraties 2018–2023', org: 'kmar', stap: 'gesignaleerd', aantal: 183, noemer: null },
  { plaats: `${RAPPORT}, §6.2`, omschrijving: '86 registraties juli 2021 – 2023', org: 'kmar', stap: 'gesignaleerd', aantal: 86, noemer: null, query: { van: '2021-07-01', tot: '2023-12-31' } },
  { plaats: `${RAPPORT}, §6.4.3`, omschrijving: '86% van de signalen betreft seksuele uitbuiting (157 van 183)', org: 'kmar', stap: 'gesignaleerd', aantal: 157, noemer: null, query: { uitbuitingsvorm: 'seksueel' }, aandeelVanZonderFilter: 183 },
  { plaats: `${RAPPORT}, §6.4.2`, omschrijving: 'In slechts 3 gevallen een minderjarig slachtoffer', org: 'kmar', stap: 'gesignaleerd', aantal: 3, noemer: null, query: { leeftijdscategorie: 'minderjarig' }, openbaar: 'primair' },
  { plaats: `${RAPPORT}, §6.6`, omschrijving: 'Informatief gesprek in 12% (n=10) van de registraties juli 2021 – 2023', org: 'kmar', stap: 'informatiefGesprek', aantal: 10, noemer: { stap: 'slachtofferBekend', aantal: 86 }, query: { van: '2021-07-01', tot: '2023-12-31' }, openbaar: 'secundair' },
  { plaats: `${RAPPORT}, §6.7`, omschrijving: 'In drie registraties (juli 2021 – 2023) een tweedelijnsonderzoek', org: 'kmar', stap: 'onderzoekGestart', aantal: 3, noemer: { stap: 'gesignaleerd', aantal: 86 }, query: { van: '2021-07-01', tot: '2023-12-31' }, openbaar: 'secundair' },
];

// ---- The population -----------------------------------------------------------------------------

const kwartalen = (van: string, tot: string) => {
  const uit: string[] = [];
  for (let j = Number(van.slice(0, 4)); j <= Number(tot.slice(0, 4)); j++) {
    for (let k = 1; k <= 4; k++) { const q = `${j}-K${k}`; if (q >= van && q <= tot) uit.push(q); }
  }
  return uit;
};

const basis = (org: Org): DossierPlan => ({
  org, kwartaal: '', bron: '', vormen: [], nationaliteitCategorie: 'nederlands', eurechtelijkeAanspraken: null, verblijfssituatie: 'duurzaam',
  leeftijdscategorie: 'meerderjarig', beoordeling: null, aanbod: null, strafrecht: null, om: [],
});

/** n copies of a plan. */
const maal = (n: number, plan: () => DossierPlan) => Array.from({ length: n }, plan);

const DERDELANDER = { nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'geen_rechtmatig_verblijf' } as const;
const ASIEL = { nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'asielzoeker' } as const;
const NL = { nationaliteitCategorie: 'nederlands', eurechtelijkeAanspraken: null, verblijfssituatie: 'duurzaam' } as const;
const EU = { nationaliteitCategorie: 'eu_eer_zwitserland', eurechtelijkeAanspraken: true, verblijfssituatie: 'tijdelijk_niet_duurzaam' } as const;
const ONBEKEND = { nationaliteitCategorie: 'onbekend', eurechtelijkeAanspraken: null, verblijfssituatie: 'onbekend', leeftijdscategorie: 'onbekend' } as const;
const GESPREK_VASTGESTELD = { gesprek: true, resultaat: 'vastgesteld' } as const;
const GESPREK_NIET = { gesprek: true, resultaat: 'niet_vastgesteld' } as const;

/** Spreads plans over quarters round-robin and assigns forms of exploitation in the given proportions. */
function verdeel(plannen: DossierPlan[], periode: string[], vormen: Array<[string[], number]>): DossierPlan[] {
  const vormlijst = vormen.flatMap(([v, n]) => Array.from({ length: n }, () => v));

  if (vormlijst.length !== plannen.length) throw new Error(`vormen ${vormlijst.length} ≠ dossiers ${plannen.length}`);
  return plannen.map((p, i) => ({ ...p, kwartaal: p.kwartaal || periode[i % periode.length]!, vormen: vormlijst[i]! }));
}

function politie(): DossierPlan[] {
  const p = (o: Partial<DossierPlan>) => () => ({ ...basis('politie'), ...o });
  const plannen = [
    // 48 investigations (§4.7.2): 10 minors; sources 12 police, 12 victim, 7 acquaintances, 5 care, 12 other.
    // 30 after an aangifte, 18 after other cooperation (the OM sees a dossier only after one of those).
    ...maal(2, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'bekenden_familie', beoordeling: GESPREK_VASTGESTELD, strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(2, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'hulpverlening', beoordeling: GESPREK_VASTGESTELD, strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'politie_eigen', beoordeling: GESPREK_VASTGESTELD, strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(2, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'bekenden_familie', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'hulpverlening', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'politie_eigen', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'slachtoffer_zelf', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(11, p({ ...DERDELANDER, bron: 'slachtoffer_zelf', beoordeling: GESPREK_VASTGESTELD, strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(6, p({ ...NL, bron: 'politie_eigen', beoordeling: GESPREK_VASTGESTELD, strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(2, p({ ...NL, bron: 'bekenden_familie', beoordeling: GESPREK_VASTGESTELD, strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...NL, bron: 'hulpverlening', strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...NL, bron: 'gemeente', strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(2, p({ ...EU, bron: 'burger', strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...NL, bron: 'hotel', strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...NL, bron: 'seksadvertentiesite_of_klant', strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(4, p({ ...NL, bron: 'politie_eigen', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...NL, bron: 'bekenden_familie', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...NL, bron: 'hulpverlening', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(2, p({ ...NL, bron: 'gemeente', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(2, p({ ...EU, bron: 'burger', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...EU, bron: 'hotel', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...EU, bron: 'seksadvertentiesite_of_klant', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(1, p({ ...ASIEL, bron: 'migratieketen', strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    // 59 more aangiften (§4.6.5): 25 from the victim, 29 from the migration chain, 4 minors via care, 1 police.
    // Of the 18 offers with a recorded answer (§4.6.3): 6 decline and report at once (migration chain),
    // 4 accept and report later; 8 more accept below.
    ...maal(4, p({ ...DERDELANDER, bron: 'slachtoffer_zelf', beoordeling: GESPREK_VASTGESTELD, aanbod: { reactie: 'aanvaard' }, strafrecht: 'aangifte', om: ['geen_opsporingsonderzoek'] })),
    ...maal(15, p({ ...DERDELANDER, bron: 'slachtoffer_zelf', beoordeling: GESPREK_NIET, strafrecht: 'aangifte', om: ['geen_opsporingsonderzoek'] })),
    ...maal(6, p({ ...NL, bron: 'slachtoffer_zelf', strafrecht: 'aangifte' })),
    ...maal(6, p({ ...ASIEL, bron: 'migratieketen', beoordeling: GESPREK_VASTGESTELD, aanbod: { reactie: 'geweigerd_direct_aangifte' }, strafrecht: 'aangifte', om: ['geen_opsporingsonderzoek'] })),
    ...maal(18, p({ ...ASIEL, bron: 'migratieketen', beoordeling: GESPREK_NIET, strafrecht: 'aangifte', om: ['geen_opsporingsonderzoek'] })),
    ...maal(5, p({ ...ASIEL, bron: 'migratieketen', strafrecht: 'aangifte' })),
    ...maal(4, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'hulpverlening', beoordeling: GESPREK_NIET, strafrecht: 'aangifte' })),
    ...maal(1, p({ ...NL, bron: 'politie_eigen', beoordeling: GESPREK_NIET, strafrecht: 'aangifte', om: ['geen_opsporingsonderzoek'] })),
    // No aangifte, no investigation: 8 accepted offers, 48 more informative interviews, the rest.
    ...maal(8, p({ ...DERDELANDER, bron: 'slachtoffer_zelf', beoordeling: GESPREK_VASTGESTELD, aanbod: { reactie: 'aanvaard' } })),
    ...maal(10, p({ ...NL, bron: 'slachtoffer_zelf', beoordeling: GESPREK_NIET })),
    ...maal(20, p({ ...NL, bron: 'politie_eigen', beoordeling: GESPREK_NIET })),
    ...maal(10, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'hulpverlening', beoordeling: GESPREK_NIET })),
    ...maal(8, p({ ...ASIEL, bron: 'migratieketen', beoordeling: GESPREK_VASTGESTELD })),
    ...maal(21, p({ ...DERDELANDER, bron: 'slachtoffer_zelf' })),
    ...maal(11, p({ ...NL, bron: 'politie_eigen', beoordeling: GESPREK_NIET })),
    ...maal(34, p({ ...NL, bron: 'politie_eigen' })),
    ...maal(26, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'hulpverlening' })),
    ...maal(4, p({ ...NL, leeftijdscategorie: 'minderjarig', bron: 'bekenden_familie' })),
    ...maal(26, p({ ...NL, bron: 'bekenden_familie' })),
    ...maal(26, p({ ...ASIEL, bron: 'migratieketen' })),
    ...maal(2, p({ ...NL, bron: 'hulpverlening' })),
    ...maal(12, p({ ...EU, bron: 'gemeente' })),
    ...maal(20, p({ ...EU, bron: 'burger' })),
    ...maal(7, p({ ...EU, bron: 'hotel' })),
    ...maal(4, p({ ...EU, bron: 'seksadvertentiesite_of_klant' })),
    ...maal(4, p({ ...EU, bron: 'kmar' })),
    ...maal(3, p({ ...EU, bron: 'arbeidsinspectie' })),
    // 19 registrations without a known victim (§4.4.2: 363 of 382).
    ...maal(4, p({ ...ONBEKEND, bron: 'seksadvertentiesite_of_klant' })),
    ...maal(6, p({ ...ONBEKEND, bron: 'burger' })),
    ...maal(3, p({ ...ONBEKEND, bron: 'bekenden_familie' })),
    ...maal(6, p({ ...ONBEKEND, bron: 'hulpverlening' })),
  ];
  return verdeel(plannen, kwartalen('2018-K3', '2023-K4'), [[['seksueel'], 245], [['seksueel', 'crimineel'], 21], [['crimineel'], 44], [['arbeid'], 35], [['overig'], 37]]);
}

function nla(): DossierPlan[] {
  const p = (o: Partial<DossierPlan>) => () => ({ ...basis('nla'), ...o });
  const ZONDER_VERBLIJF = DERDELANDER;
  const TIJDELIJK = { nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'tijdelijk_niet_duurzaam' } as const;
  const EU_BEKEND = { ...EU, eurechtelijkeAanspraken: true } as const;
  const NAT_ONBEKEND = { nationaliteitCategorie: 'onbekend', eurechtelijkeAanspraken: null, verblijfssituatie: 'onbekend', leeftijdscategorie: 'meerderjarig' } as const;
  const plannen = [
    // 30 informative interviews (§5.6): 5 EU, 20 outside the EU, 5 nationality unknown; 11 without lawful stay.
    // 15 offers on the NLA's advice (6 of them without lawful stay); 14 of those report, one declines.
    ...maal(6, p({ ...ZONDER_VERBLIJF, beoordeling: GESPREK_VASTGESTELD, aanbod: { reactie: 'aanvaard' }, strafrecht: 'aangifte', om: ['geen_opsporingsonderzoek'] })),
    ...maal(2, p({ ...TIJDELIJK, beoordeling: GESPREK_VASTGESTELD, aanbod: { reactie: 'aanvaard' }, strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart', 'onderzoek_beeindigd'] })),
    ...maal(1, p({ ...TIJDELIJK, beoordeling: GESPREK_VASTGESTELD, aanbod: { reactie: 'aanvaard' }, strafrecht: 'aangifte', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(5, p({ ...TIJDELIJK, beoordeling: GESPREK_VASTGESTELD, aanbod: { reactie: 'aanvaard' }, strafrecht: 'aangifte', om: ['geen_opsporingsonderzoek'] })),
    ...maal(1, p({ ...TIJDELIJK, beoordeling: GESPREK_VASTGESTELD, aanbod: { reactie: 'geweigerd' } })),
    // Two reported at once; an EU national with rights under EU law is not offered the bedenktijd.
    ...maal(2, p({ ...EU_BEKEND, beoordeling: GESPREK_VASTGESTELD, strafrecht: 'aangifte', om: ['geen_opsporingsonderzoek'] })),
    // 13 explicitly not established.
    ...maal(3, p({ ...EU_BEKEND, beoordeling: GESPREK_NIET })),
    ...maal(5, p({ ...ZONDER_VERBLIJF, beoordeling: GESPREK_NIET })),
    ...maal(5, p({ ...NAT_ONBEKEND, beoordeling: GESPREK_NIET })),
    // 6 more aangiften without an NLA interview (§5.6: e.g. the police held it); the OM: 1 forwarded to
    // the police and 1 added to a running investigation (neither is an OM decision this service records),
    // 3 not investigated; the report's 22 leaves one aangifte without a stated outcome.
    ...maal(3, p({ ...EU_BEKEND, strafrecht: 'aangifte', om: ['geen_opsporingsonderzoek'] })),
    ...maal(3, p({ ...EU_BEKEND, strafrecht: 'aangifte' })),
    // One investigation without an aangifte (§5.7).
    ...maal(1, p({ ...EU_BEKEND, strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    // The other known victims, and 60 registrations without one (§5.4.2: 149 of 209).
    ...maal(112, p({ ...EU_BEKEND })),
    ...maal(60, p({ ...ONBEKEND })),
  ];
  // Sources (§5.4.1), with 2023 apart: 36 signals, 19 from the police and 8 from the NLA itself.
  const bronnen2023 = [...Array(19).fill('politie'), ...Array(8).fill('arbeidsinspectie_eigen'), ...Array(3).fill('hulpverlening'), ...Array(2).fill('kmar'), ...Array(2).fill('gemeente'), ...Array(2).fill('burger')];
  const bronnenEerder = [...Array(83).fill('politie'), ...Array(15).fill('arbeidsinspectie_eigen'), ...Array(12).fill('hulpverlening'), ...Array(11).fill('kmar'), ...Array(6).fill('gemeente'),
    ...Array(6).fill('migratieketen'), ...Array(6).fill('ex_werknemer'), ...Array(4).fill('burger'), ...Array(10).fill('advocaat'), ...Array(10).fill('mic'), ...Array(10).fill('bekenden_familie')];
  const vroeg = kwartalen('2018-K1', '2022-K4');
  const laat = kwartalen('2023-K1', '2023-K4');
  // Every 6th dossier (36 of them) falls in 2023.
  const metPeriode = plannen.map((plan, i) => (i % 6 === 5 || i >= 207 ? { ...plan, kwartaal: laat[i % 4]! } : { ...plan, kwartaal: vroeg[i % vroeg.length]! }));
  let a = 0; let b = 0;
  const metBron = metPeriode.map((plan) => ({ ...plan, bron: plan.kwartaal.startsWith('2023') ? bronnen2023[a++]! : bronnenEerder[b++]! }));
  return verdeel(metBron, vroeg, [[['arbeid'], 209]]);
}

function kmar(): DossierPlan[] {
  const p = (o: Partial<DossierPlan>) => () => ({ ...basis('kmar'), ...o });
  const ROEMEENS = { ...EU, eurechtelijkeAanspraken: true } as const;
  const ZUID_AMERIKA = { nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'tijdelijk_niet_duurzaam' } as const;
  const oud = kwartalen('2018-K1', '2021-K2');
  const nieuw = kwartalen('2021-K3', '2023-K4');
  const perioden = (n: number, lijst: string[], start = 0) => Array.from({ length: n }, (_, i) => lijst[(start + i) % lijst.length]!);
  const eerste = [
    ...maal(2, p({ ...ROEMEENS, leeftijdscategorie: 'minderjarig', bron: 'luchthaven' })),
    ...maal(85, p({ ...ROEMEENS, bron: 'luchthaven' })),
    ...maal(10, p({ ...ZUID_AMERIKA, bron: 'politie_avim' })),
  ].map((d, i) => ({ ...d, kwartaal: perioden(97, oud)[i]! }));
  const tweede = [
    // Ten informative interviews (§6.6), three turned into a second-line investigation (§6.7).
    ...maal(3, p({ ...ROEMEENS, bron: 'luchthaven', beoordeling: GESPREK_VASTGESTELD, strafrecht: 'medewerking_strafproces', om: ['opsporingsonderzoek_gestart'] })),
    ...maal(7, p({ ...ROEMEENS, bron: 'mtv_grenscontrole', beoordeling: GESPREK_NIET })),
    ...maal(1, p({ ...ROEMEENS, leeftijdscategorie: 'minderjarig', bron: 'mtv_grenscontrole' })),
    ...maal(38, p({ ...ROEMEENS, bron: 'luchthaven' })),
    ...maal(34, p({ ...ROEMEENS, bron: 'mtv_grenscontrole' })),
    ...maal(2, p({ ...ZUID_AMERIKA, bron: 'politie_avim' })),
    ...maal(1, p({ ...ZUID_AMERIKA, bron: 'luchtvaartmaatschappij' })),
  ].map((d, i) => ({ ...d, kwartaal: perioden(86, nieuw)[i]! }));
  return verdeel([...eerste, ...tweede], oud, [[['seksueel'], 157], [['arbeid'], 16], [['crimineel'], 10]]);
}

export function rapportPlan(): DossierPlan[] {
  return [...politie(), ...nla(), ...kmar()];
}

// ---- Entering it through the API ----------------------------------------------------------------

export type Verzoek = (methode: 'GET' | 'POST', pad: string, sleutel: string, body?: unknown) => Promise<{ status: number; body: any }>;

export interface Sleutels { politie: string; kmar: string; nla: string; om: string }

/** A day in the quarter (spread by index), and later days for the steps that follow. */
function dag(kwartaal: string, i: number, plus = 0): string {
  const jaar = Number(kwartaal.slice(0, 4));
  const maand = (Number(kwartaal.slice(-1)) - 1) * 3;
  const d = new Date(Date.UTC(jaar, maand, 1 + (i % 60) + plus));
  return d.toISOString().slice(0, 10);
}

/** What a synthetic aangifte without an interview records about the acute situation. */
const ACUTE_SITUATIE = {
  omschrijving: 'Synthetisch: aangetroffen bij een controle, direct in veiligheid gebracht; geen gelegenheid voor een informatief gesprek.',
  opsporingZonderAangifteMeegedeeld: true, opsporingsindicaties: 'vastgelegd_in_proces_verbaal', gewezenOpHulpverlening: true,
};

/**
 * Enters the plan through the public API with the demo keys: every dossier, signal, assessment,
 * offer (for the NLA: its advice, then the police's offer), answer, criminal-track event and OM
 * decision. Throws on the first answer that is not a success, naming the step.
 */
export async function laadRapport(verzoek: Verzoek, sleutels: Sleutels, plan = rapportPlan(), voortgang?: (n: number, totaal: number) => void): Promise<void> {
  const moet = async (methode: 'POST' | 'GET', pad: string, sleutel: string, body?: unknown) => {
    const r = await verzoek(methode, pad, sleutel, body);
    if (r.status >= 300) throw new Error(`${methode} ${pad}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const organisaties = (await moet('GET', '/v1/organisaties?limit=100', sleutels.politie)).organisaties as Array<{ id: string; type: string; naam: string }>;
  const politieId = organisaties.find((o) => o.naam === 'Politie Eenheid Amsterdam (TMM)')?.id ?? organisaties.find((o) => o.type === 'politie')!.id;
  for (const [i, d] of plan.entries()) {
    const sleutel = sleutels[d.org];
    const dossier = await moet('POST', '/v1/dossiers', sleutel, {
      nationaliteitCategorie: d.nationaliteitCategorie, eurechtelijkeAanspraken: d.eurechtelijkeAanspraken,
      verblijfssituatie: d.verblijfssituatie, leeftijdscategorie: d.leeftijdscategorie,
    });
    const signaaldatum = dag(d.kwartaal, i);
    await moet('POST', `/v1/dossiers/${dossier.id}/signalen`, sleutel, {
      ontvangstdatum: signaaldatum, bron: d.bron, uitbuitingsvormen: d.vormen, indicatoren: [], locatie: 'nederland',
      samenvatting: 'Synthetisch dossier (scenario rapport).',
    });
    const gesprekdatum = dag(d.kwartaal, i, 3);
    let beoordelingId: string | null = null;
    if (d.beoordeling) {
      const vastgesteld = d.beoordeling.resultaat === 'vastgesteld';
      beoordelingId = (await moet('POST', `/v1/dossiers/${dossier.id}/beoordelingen`, sleutel, {
        beoordelingsdatum: gesprekdatum, informatiefGesprek: { gevoerd: d.beoordeling.gesprek, datum: d.beoordeling.gesprek ? gesprekdatum : null },
        elementen: { handeling: true, middel: vastgesteld, oogmerk: vastgesteld }, indicatoren: [], resultaat: d.beoordeling.resultaat,
        redenen: vastgesteld ? [] : ['geen_middel'], toelichting: vastgesteld ? null : 'Synthetisch: geen dwangmiddel gebleken.', vervangt: null,
      })).id;
    }
    if (d.aanbod) {
      let grond: { beoordelingId: string } | { adviesId: string } = { beoordelingId: beoordelingId! };
      if (d.org === 'nla') {
        const advies = await moet('POST', `/v1/dossiers/${dossier.id}/bedenktijd-adviezen`, sleutel, { beoordelingId, ontvangendeOrganisatieId: politieId, toelichting: null });
        grond = { adviesId: advies.id };
      }
      const aanbieder = d.org === 'kmar' ? sleutels.kmar : sleutels.politie;
      const bedenktijd = await moet('POST', `/v1/dossiers/${dossier.id}/bedenktijden`, aanbieder, { aanbiedingsdatum: gesprekdatum, ...grond });
      if (d.aanbod.reactie) {
        await moet('POST', `/v1/bedenktijden/${bedenktijd.id}/reactie`, aanbieder, { reactie: d.aanbod.reactie, datum: gesprekdatum, opvangGewenst: false });
      }
    }
    if (d.strafrecht) {
      const datum = dag(d.kwartaal, i, 10);
      // The report counts aangiftes without an interview before them; the service accepts one only with
      // the acute situation that made the interview impossible recorded (docs/regels.md, R5).
      const zonderGesprek = d.strafrecht === 'aangifte' && !d.beoordeling?.gesprek;
      await moet('POST', `/v1/dossiers/${dossier.id}/strafrechtelijke-gebeurtenissen`, sleutel, {
        soort: d.strafrecht, datum, redenen: [], toelichting: null, ...(zonderGesprek ? { acuteSituatie: ACUTE_SITUATIE } : {}),
      });
      for (const [j, soort] of d.om.entries()) {
        await moet('POST', `/v1/dossiers/${dossier.id}/strafrechtelijke-gebeurtenissen`, sleutels.om, {
          soort, datum: dag(d.kwartaal, i, 30 + 30 * j), redenen: soort === 'opsporingsonderzoek_gestart' ? [] : ['onvoldoende_opsporingsindicaties'], toelichting: null,
        });
      }
    }
    voortgang?.(i + 1, plan.length);
  }
}
