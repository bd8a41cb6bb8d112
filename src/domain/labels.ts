// Dutch labels for the enumerations that had only codes, and names for ISO codes (countries,
// languages), so no screen ever shows a raw code. Completes src/domain/catalogus.ts.
import type { Beeindigingsreden, BedenktijdStatus, Reactie } from './bedenktijd.js';
import type {
  Aandachtspunt, Afwijzingsreden, Grondslag, OpvanglocatieSoort, PlaatsingBeeindigingsreden, Toestemming, Urgentie, VerwijzingDoel, VerwijzingStatus,
} from './verwijzing.js';

export const bedenktijdStatussen: Readonly<Record<BedenktijdStatus, string>> = {
  aangeboden: 'Aangeboden, wacht op antwoord', lopend: 'Loopt', geweigerd: 'Aanbod geweigerd',
  beeindigd: 'Vroegtijdig beëindigd', verlopen: 'Verlopen',
};

export const reacties: Readonly<Record<Reactie, string>> = {
  aanvaard: 'Aanvaard', geweigerd: 'Geweigerd', geweigerd_direct_aangifte: 'Geweigerd: wil direct aangifte doen',
};

export const beeindigingsredenen: Readonly<Record<Beeindigingsreden | 'verlopen', string>> = {
  aangifte: 'Aangifte gedaan', medewerking_strafproces: 'Medewerking aan het strafproces',
  vertrek_onbekende_bestemming: 'Vertrokken met onbekende bestemming', afzien_medewerking: 'Ziet af van medewerking',
  verlopen: 'Verlopen',
};

export const adviesStatussen: Readonly<Record<'open' | 'overgenomen' | 'niet_overgenomen', string>> = {
  open: 'Open', overgenomen: 'Overgenomen (bedenktijd aangeboden)', niet_overgenomen: 'Niet overgenomen',
};

export const verwijzingDoelen: Readonly<Record<VerwijzingDoel, string>> = {
  cosm: 'Categorale opvang (COSM)', zorgcoordinator: 'Zorgcoördinatie', veilig_thuis: 'Veilig Thuis',
  raad_kinderbescherming: 'Raad voor de Kinderbescherming', gemeente: 'Gemeente', hulpverlening: 'Hulpverlening',
  nla: 'Nederlandse Arbeidsinspectie', politie: 'Politie',
  lcc: 'Landelijk Coördinatiecentrum mensenhandel (LCC)', nla_opsporing: 'NLA Opsporing', nla_toezicht: 'NLA Toezicht',
};

export const verwijzingStatussen: Readonly<Record<VerwijzingStatus, string>> = {
  open: 'Open, wacht op antwoord', aanvaard: 'Aanvaard', afgewezen: 'Afgewezen', ingetrokken: 'Ingetrokken', afgerond: 'Afgerond',
};

export const urgenties: Readonly<Record<Urgentie, string>> = { normaal: 'Normaal', hoog: 'Hoog', acuut: 'Acuut' };

export const toestemmingen: Readonly<Record<Toestemming, string>> = {
  ja: 'Ja, het slachtoffer geeft toestemming om gegevens te delen', nee: 'Nee, geen toestemming',
  niet_gevraagd: 'Niet gevraagd (bijvoorbeeld niet bereikbaar)',
};

export const grondslagen: Readonly<Record<Grondslag, string>> = {
  meldcode_kindermishandeling: 'Meldcode huiselijk geweld en kindermishandeling (minderjarige)',
  acuut_gevaar: 'Acuut gevaar (vitaal belang, AVG art. 6 lid 1 sub d)',
  wettelijke_taak: 'Wettelijke taak van de ontvanger (AVG art. 6 lid 1 sub e)',
};

export const afwijzingsredenen: Readonly<Record<Afwijzingsreden, string>> = {
  geen_capaciteit: 'Geen plaats of capaciteit', buiten_doelgroep: 'Buiten de doelgroep', andere_hulp_passender: 'Andere hulp is passender',
  slachtoffer_niet_bereikbaar: 'Slachtoffer niet bereikbaar', slachtoffer_wil_geen_hulp: 'Slachtoffer wil geen hulp',
  veiligheidsrisico: 'Veiligheidsrisico', overig: 'Overige reden (zie toelichting)',
};

export const geslachten: Readonly<Record<'vrouw' | 'man' | 'x' | 'onbekend', string>> = {
  vrouw: 'Vrouw', man: 'Man', x: 'X (anders of niet gespecificeerd)', onbekend: 'Onbekend',
};

// ISO 3166-1 alpha-2 and ISO 639-1 names in Dutch, from the runtime's CLDR data (Intl.DisplayNames).
const landNamen = new Intl.DisplayNames(['nl'], { type: 'region', fallback: 'none' });
const taalNamen = new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'none' });

/** Codes that CLDR names but that are no country (EU, UN, unknown region, pseudo-locales). */
const GEEN_LAND = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'CQ']);

/** The Dutch name of a country (ISO 3166-1 alpha-2), e.g. GH → Ghana; the code itself if unknown. */
export function landnaam(code: string | null | undefined): string {
  if (!code) return '—';
  return landNamen.of(code.toUpperCase()) ?? code;
}

/** The Dutch name of a language (ISO 639), e.g. en → Engels. */
export function taalnaam(code: string): string {
  const naam = taalNamen.of(code);
  return naam ? naam.charAt(0).toUpperCase() + naam.slice(1) : code;
}

let landen: Array<{ code: string; naam: string }> | undefined;

/** Every country with its Dutch name, in Dutch alphabetical order (computed once: every form shows it). */
export function alleLanden(): Array<{ code: string; naam: string }> {
  if (!landen) landen = landenOpNaam();
  return landen;
}

/** Every two-letter code AA–ZZ that CLDR names as a country, with its Dutch name, in Dutch alphabetical order. */
export function landenOpNaam(): Array<{ code: string; naam: string }> {
  const lijst: Array<{ code: string; naam: string }> = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const naam = landNamen.of(code);
      if (naam && naam !== code && !GEEN_LAND.has(code)) lijst.push({ code, naam });
    }
  }
  return lijst.sort((x, y) => x.naam.localeCompare(y.naam, 'nl'));
}

/** Languages offered in the forms: those most often spoken by the people an intaker meets. */
export const VEELGEBRUIKTE_TALEN = [
  'nl', 'en', 'fr', 'de', 'es', 'pt', 'it', 'pl', 'ro', 'bg', 'hu', 'cs', 'sk', 'lt', 'lv', 'uk', 'ru', 'tr',
  'ar', 'fa', 'ps', 'ku', 'ti', 'am', 'so', 'ha', 'yo', 'ig', 'tw', 'zh', 'vi', 'th', 'tl', 'hi', 'ur', 'bn',
] as const;

// Issue 15 (the web application's shelter screens): the remaining codes of src/domain/verwijzing.ts.
export const plaatsingBeeindigingsredenen: Readonly<Record<PlaatsingBeeindigingsreden, string>> = {
  doorstroom: 'Doorgestroomd (naar eigen of andere woonruimte)', vertrokken_onbekende_bestemming: 'Vertrokken met onbekende bestemming',
  terugkeer: 'Teruggekeerd naar het land van herkomst', overgeplaatst: 'Overgeplaatst naar een andere opvang', overig: 'Overige reden (zie toelichting)',
};

export const opvanglocatieSoorten: Readonly<Record<OpvanglocatieSoort, string>> = {
  cosm: 'Categorale opvang (COSM)', jeugdzorg: 'Jeugdzorg (minderjarigen)', algemeen: 'Algemene opvang',
};

export const aandachtspunten: Readonly<Record<Aandachtspunt, string>> = {
  antwoord_achterstallig: 'Antwoord achterstallig', bedenktijd_loopt_af: 'Bedenktijd loopt binnenkort af', niet_geplaatst: 'Aanvaard, nog niet geplaatst',
};
