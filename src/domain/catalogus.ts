// Enumerations of the domain with Dutch labels. Codes are those of docs/domein.md §14 in lower
// snake_case; the lists are the report's coding frames, not an official national standard.

type Catalogus<T extends string> = Readonly<Record<T, string>>;
const codes = <T extends string>(c: Catalogus<T>) => Object.keys(c) as [T, ...T[]];

export const organisatieTypen = {
  politie: 'Politie', kmar: 'Koninklijke Marechaussee', nla: 'Nederlandse Arbeidsinspectie',
  om: 'Openbaar Ministerie', ind: 'Immigratie- en Naturalisatiedienst', coa: 'Centraal Orgaan opvang asielzoekers',
  comensha: 'CoMensha', zorg: 'Zorgcoördinatie', opvang: 'Opvangorganisatie', veilig_thuis: 'Veilig Thuis',
  raad_kinderbescherming: 'Raad voor de Kinderbescherming', gemeente: 'Gemeente', beheer: 'Beheer',
} as const satisfies Catalogus<string>;
export type OrganisatieType = keyof typeof organisatieTypen;
export const ORGANISATIE_TYPEN = codes(organisatieTypen);

export const rollen = {
  intaker: 'Intaker', officier: 'Officier van justitie', ind_medewerker: 'IND-medewerker',
  coa_medewerker: 'COA-medewerker', zorgcoordinator: 'Zorgcoördinator', opvangmedewerker: 'Opvangmedewerker',
  analist: 'Analist', auditor: 'Auditor', beheerder: 'Beheerder',
} as const satisfies Catalogus<string>;
export type Rol = keyof typeof rollen;
export const ROLLEN = codes(rollen);

export const nationaliteitCategorieen = {
  derdelander: 'Derdelander (buiten de EU/EER/Zwitserland)',
  eu_eer_zwitserland: 'EU, EER of Zwitserland', nederlands: 'Nederlands', onbekend: 'Onbekend',
} as const satisfies Catalogus<string>;
export type NationaliteitCategorie = keyof typeof nationaliteitCategorieen;
export const NATIONALITEIT_CATEGORIEEN = codes(nationaliteitCategorieen);

export const verblijfssituaties = {
  geen_rechtmatig_verblijf: 'Geen rechtmatig verblijf', tijdelijk_niet_duurzaam: 'Rechtmatig, tijdelijk en niet duurzaam',
  asielzoeker: 'Asielzoeker', dublinclaimant: 'Dublinclaimant', duurzaam: 'Duurzaam verblijf', onbekend: 'Onbekend',
} as const satisfies Catalogus<string>;
export type Verblijfssituatie = keyof typeof verblijfssituaties;
export const VERBLIJFSSITUATIES = codes(verblijfssituaties);

export const leeftijdscategorieen = {
  minderjarig: 'Minderjarig', meerderjarig: 'Meerderjarig', onbekend: 'Onbekend',
} as const satisfies Catalogus<string>;
export type Leeftijdscategorie = keyof typeof leeftijdscategorieen;
export const LEEFTIJDSCATEGORIEEN = codes(leeftijdscategorieen);

export const identificatiestatussen = {
  gesignaleerd: 'Gesignaleerd (nog geen beoordeling)',
  vermoedelijk_slachtoffer: 'Vermoedelijk slachtoffer (geringste aanwijzing vastgesteld)',
  geen_geringste_aanwijzing: 'Geen geringste aanwijzing (nieuwe beoordeling blijft mogelijk)',
} as const satisfies Catalogus<string>;
export type Identificatiestatus = keyof typeof identificatiestatussen;
export const IDENTIFICATIESTATUSSEN = codes(identificatiestatussen);

export const uitbuitingsvormen = {
  seksueel: 'Seksuele uitbuiting', arbeid: 'Arbeidsuitbuiting (incl. bedelarij)', crimineel: 'Criminele uitbuiting',
  orgaanverwijdering: 'Gedwongen orgaanverwijdering', overig: 'Overig (slavernij, dienstbaarheid e.d.)',
} as const satisfies Catalogus<string>;
export const UITBUITINGSVORMEN = codes(uitbuitingsvormen);

export const locaties = {
  nederland: 'In Nederland', buitenland: 'In het buitenland', tijdens_migratie: 'Tijdens de migratie', onbekend: 'Onbekend',
} as const satisfies Catalogus<string>;
export const LOCATIES = codes(locaties);

// docs/domein.md §14: sources of signals as named by police, NLA and KMar.
export const bronnen = {
  politie_eigen: 'Eigen politiewerk', prostitutiecontrole: 'Prostitutiecontrole', lopend_onderzoek: 'Lopend onderzoek',
  melding_ander_feit: 'Melding van een ander feit', digw_dagelijkse_scan: 'DIGW dagelijkse scan', wijkagent: 'Wijkagent',
  slachtoffer_zelf: 'Slachtoffer zelf', migratieketen: 'Migratieketen', ind_aanmeldgehoor: 'IND-aanmeldgehoor',
  coa: 'COA', advocaat: 'Advocaat', hulpverlening: 'Hulpverlening (incl. jeugdzorg)', gemeente: 'Gemeente',
  kmar: 'KMar', arbeidsinspectie: 'Arbeidsinspectie', bekenden_familie: 'Bekenden of familie', burger: 'Burger',
  hotel: 'Hotel', seksadvertentiesite_of_klant: 'Seksadvertentiesite of klant', politie: 'Politie (doorgeleid)',
  arbeidsinspectie_eigen: 'Eigen werk Arbeidsinspectie', ex_werknemer: '(Ex-)werknemer', kmar_eigen: 'Eigen werk KMar',
  mtv_grenscontrole: 'MTV-grenscontrole', luchthaven: 'Luchthaven', politie_avim: 'Politie AVIM',
  luchtvaartmaatschappij: 'Luchtvaartmaatschappij', mic: 'Meldingen Informatiecentrum (NLA)',
} as const satisfies Catalogus<string>;
export const BRONNEN = codes(bronnen);

// docs/domein.md §14: indicators, grouped. Nationality, ethnicity or appearance are deliberately
// absent: the KMar handelingskader forbids selecting on them (rapport §6.5).
export const indicatoren = {
  // dwang en dreiging (Tabel 4.1)
  gebruik_geweld: 'Gebruik van geweld', seksueel_geweld: 'Seksueel geweld', vrijheidsbeperking: 'Vrijheidsbeperking',
  dreiging_geweld: 'Dreiging met geweld', dreiging_wapen: 'Dreiging met een wapen',
  gedwongen_drugsgebruik: 'Gedwongen drugsgebruik', dreiging_familie: 'Dreiging tegen familie',
  dreiging_beeldmateriaal: 'Dreiging met beeldmateriaal', voodoo: 'Voodoo-eed',
  dwang_ongedefinieerd: 'Dwang of dreiging, niet nader omschreven', fysiek_letsel: 'Fysiek letsel',
  // kwetsbaarheid
  ontvangt_zorg: 'Ontvangt zorg of hulpverlening', psychische_problemen: 'Psychische problemen',
  drugsgebruik: 'Drugsgebruik', eerder_misbruik: 'Eerdere seksuele uitbuiting of misbruik', schulden: 'Schulden',
  dakloos: 'Geen eigen woonruimte', lvb: 'Licht verstandelijke beperking',
  minderjarige_uit_instelling: 'Minderjarige uit een (jeugdzorg)instelling', zorgelijke_contacten: 'Zorgelijke sociale contacten',
  illegaal_verblijf: 'Illegaal verblijf', geen_tewerkstellingsvergunning: 'Geen tewerkstellingsvergunning',
  geen_contract: 'Geen contract of officieel dienstverband', geen_verzekering: 'Geen verzekering', minderjarigheid: 'Minderjarigheid',
  // afhankelijkheid
  reis_betaald_door_ander: 'Reis betaald of geregeld door een ander', geen_eigen_id: 'Niet in bezit van eigen identiteitsbewijs',
  huisvesting_via_verdachte: 'Huisvesting via of bij de verdachte of werkgever', geen_toegang_bankrekening: 'Geen toegang tot eigen bankrekening',
  adres_onbekend: 'Kent het adres in Nederland niet', ander_voert_woord: 'Een ander houdt de documenten en voert het woord',
  // arbeidsuitbuiting algemeen (Tabel 5.1)
  geen_of_te_weinig_loon: 'Geen of te weinig loon', slechte_huisvesting: 'Slechte huisvesting', lange_werkdagen: 'Lange werkdagen',
  afdragen_verdiensten: 'Groot deel van de verdiensten afdragen', valse_beloften: 'Valse beloften', contant_loon: 'Contante uitbetaling',
  slechte_arbeidsomstandigheden: 'Slechte arbeidsomstandigheden', gevaarlijk_werk: 'Gevaarlijk of ongezond werk',
  werken_bij_ziekte: 'Moeten werken bij ziekte', onverklaarde_boetes: 'Onverklaarde boetes', slapen_op_werkplek: 'Slapen op de werkplek',
  // KMar reisverhaal en context (§6.4.4)
  inconsistent_reisverhaal: 'Inconsistent of onaannemelijk reisverhaal', bagage_wijst_op_sekswerk: 'Bagage wijst op sekswerk',
  geen_retourticket: 'Geen retourticket', tegenstrijdigheden_afhaler: 'Tegenstrijdigheden met afhaler of medereizigers',
  berichten_wijzen_op_sekswerk: 'Berichten op telefoon wijzen op sekswerk', branding_tatoeage: 'Tatoeage van een naam (branding)',
  afhaler_bekend: 'Afhaler of bestuurder bekend bij politie', sociale_media: 'Rol van sociale media',
  derde_faciliteert: 'Derde faciliteert (vervoer, klantcontact, advertenties)', grooming: 'Grooming, cadeaus',
} as const satisfies Catalogus<string>;
export const INDICATOREN = codes(indicatoren);

// docs/domein.md §4: reasons recorded when the geringste aanwijzing is not established.
export const redenenNietVastgesteld = {
  geen_uitbuitingsindicatoren: 'Geen indicatoren van uitbuiting', geen_middel: 'Geen middel (dwang) aanwezig',
  geen_oogmerk: 'Geen oogmerk van uitbuiting', geen_handeling: 'Geen handeling aanwezig',
  geen_arbeidsrelatie: 'Geen verband met arbeid of dienstverband', civiel_geschil: 'Hoofdzakelijk een civiel geschil',
  vrij_om_te_gaan: 'Persoon was vrij om te gaan en had eigen huisvesting', dreiging_na_werk: 'Dreiging kwam pas na het einde van het werk',
  ander_delict: 'Een ander delict (bijv. mensensmokkel)', overig: 'Overige reden (zie toelichting)',
} as const satisfies Catalogus<string>;
export const REDENEN_NIET_VASTGESTELD = codes(redenenNietVastgesteld);

// docs/domein.md §14: criminal-track reason codes. They never set the victim status.
export const redenenGeenOpsporing = {
  onvoldoende_opsporingsindicaties: 'Onvoldoende opsporingsindicaties', dwangelementen_ontbreken: 'Dwangelementen ontbreken',
  mensenhandelsignalen_ontbreken: 'Mensenhandelsignalen ontbreken', slachtoffer_ziet_af: 'Slachtoffer ziet af of wil eerst zorg',
  slachtoffer_onbereikbaar: 'Slachtoffer onbereikbaar of te kwetsbaar', geen_concrete_aanknopingspunten: 'Geen concrete aanknopingspunten',
  uitbuiting_buitenland: 'Uitbuiting in het buitenland', ander_delict: 'Bleek een zeden- of huiselijk-geweldzaak',
} as const satisfies Catalogus<string>;
export const REDENEN_GEEN_OPSPORING = codes(redenenGeenOpsporing);

// docs/domein.md §14: each organisation's own scale; the scales do not map onto each other.
export const wegingsschalen = {
  politie_digw: { label: 'Politie DIGW-expertscore', waarden: { zwak: 'Zwak', sterk: 'Sterk', zeer_sterk: 'Zeer sterk' }, organisatieTypen: ['politie', 'nla'] },
  kmar_stoplicht: { label: 'KMar stoplichtsysteem', waarden: { groen: 'Groen', oranje: 'Oranje', rood: 'Rood' }, organisatieTypen: ['kmar'] },
  nla_weeginstrument: { label: 'NLA Toezicht weeginstrument', waarden: { opvolgingswaardig: 'Opvolgingswaardig', niet_opvolgingswaardig: 'Niet opvolgingswaardig' }, organisatieTypen: ['nla'] },
} as const satisfies Record<string, { label: string; waarden: Record<string, string>; organisatieTypen: readonly OrganisatieType[] }>;
export type Wegingsschaal = keyof typeof wegingsschalen;
export const WEGINGSSCHALEN = Object.keys(wegingsschalen) as [Wegingsschaal, ...Wegingsschaal[]];

export const resultatenBeoordeling = { vastgesteld: 'Vastgesteld', niet_vastgesteld: 'Niet vastgesteld' } as const satisfies Catalogus<string>;
export const RESULTATEN_BEOORDELING = codes(resultatenBeoordeling);

// docs/beslissingen/0016-kennisgevingen-per-ontvanger.md and the issues: every kind of notification the outbox sends.
export const kennisgevingSoorten = {
  aanmelding_vermoedelijk_slachtoffer: 'Aanmelding vermoedelijk slachtoffer (aan CoMensha)',
  bedenktijd_advies: 'Bedenktijd-advies van NLA Opsporing',
  m55_bedenktijd: 'M55: kennisgeving bedenktijd',
  m55_aangifte: 'M55: kennisgeving aangifte',
  m55_medewerking_strafproces: 'M55: kennisgeving medewerking aan het strafproces',
  m55_beroep_b8_3: 'M55: beroep op de B8/3-regeling',
  bedenktijd_beeindigd: 'Bedenktijd beëindigd',
  bedenktijd_verlopen: 'Bedenktijd verlopen',
  bedenktijd_loopt_af: 'Bedenktijd loopt af',
  sepot: 'OM: sepot',
  onderzoek_beeindigd: 'OM: opsporingsonderzoek beëindigd',
  aanwezigheid_noodzakelijk: 'OM: aanwezigheid in Nederland noodzakelijk',
  verwijzing_ontvangen: 'Verwijzing ontvangen',
  verwijzing_besluit: 'Besluit op verwijzing',
  verwijzing_ingetrokken: 'Verwijzing ingetrokken',
  mogelijke_dubbele_registratie: 'Een andere organisatie registreert mogelijk dezelfde persoon',
  aansluiting: 'Een andere organisatie sluit met een eigen signaal aan bij het dossier',
  dossier_samengevoegd: 'Dossiers van dezelfde persoon samengevoegd',
  // Issue 20 (docs/regels.md, R4): CoMensha's registration is withdrawn when a later assessment no
  // longer establishes the geringste aanwijzing; pseudonymous, like the registration itself.
  aanmelding_ingetrokken: 'Aanmelding vermoedelijk slachtoffer ingetrokken (correctie aan CoMensha)',
} as const satisfies Catalogus<string>;
export type KennisgevingSoort = keyof typeof kennisgevingSoorten;
export const KENNISGEVING_SOORTEN = codes(kennisgevingSoorten);

// Issue 20 (docs/regels.md, R8): the context in which a signal arose. Missing persons and minors who
// run away from home or an institution: there the police work together with care and youth care
// (rapport Rijke signalen, wisselende opvolging, §4.6.3).
export const signaalcontexten = {
  vermissing: 'Vermissing (de persoon staat als vermist geregistreerd)',
  weggelopen_minderjarige: 'Minderjarige weggelopen van huis of uit een (jeugdzorg)instelling',
} as const satisfies Catalogus<string>;
export type Signaalcontext = keyof typeof signaalcontexten;
export const SIGNAALCONTEXTEN = codes(signaalcontexten);

/**
 * Issue 20 (docs/regels.md, R3): the nationalities (ISO 3166-1 alpha-2) whose holders are
 * `eu_eer_zwitserland` — not `derdelander` — for the B8/3 scheme. Sources: the 27 member states of
 * the European Union (art. 52 VEU, since 1 February 2020 without the United Kingdom); the other EEA
 * states Iceland, Liechtenstein and Norway (Overeenkomst betreffende de Europese Economische Ruimte,
 * art. 126 and 128); Switzerland (Overeenkomst EG–Zwitserland over het vrije verkeer van personen,
 * 21 juni 1999). ISO writes Greece as GR (the EU's own lists use EL). The Netherlands is listed for
 * completeness; a Dutch national has the category `nederlands` (art. 1 Vw 2000).
 */
export const LANDEN_EU_EER_ZWITSERLAND = [
  // EU
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  // EER (niet-EU)
  'IS', 'LI', 'NO',
  // Zwitserland
  'CH',
] as const;
