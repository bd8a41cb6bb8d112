// The error catalogue: every `code` a problem response can carry, with its HTTP status and its Dutch
// meaning. A refusal names its code here (`problemen.*` in problem.ts takes a `FoutCode`), the problem
// `type` is the URI /v1/fouten/<code> that the service itself answers (documentatie.routes.ts: JSON
// or a page), and the OpenAPI document lists the catalogue (the Probleem schema). A code is a promise
// to integrators: never rename or reuse one; add a new code for a new rule.
// test/api/foutcatalogus.test.ts fails when a refusal in src/ names a code that is not listed here,
// or with another status, and when a listed code is no longer used.
import type { Weigering as BedenktijdWeigering } from '../domain/bedenktijd.js';

export interface Fout {
  /** The HTTP status the code always comes with. */
  readonly status: number;
  /** The problem `title`. */
  readonly titel: string;
  /** What it means and what the client can do, in Dutch. */
  readonly betekenis: string;
}

const fout = (status: number, titel: string, betekenis: string): Fout => ({ status, titel, betekenis });

export const FOUTCATALOGUS = {
  // ---- Generic: the request itself ----
  'ongeldige-invoer': fout(400, 'Ongeldige invoer', 'De body, query of path voldoet niet aan het schema. invalidParams noemt elk ongeldig veld met een code (zie invalidParamsCodes).'),
  'niet-geauthenticeerd': fout(401, 'Niet geauthenticeerd', 'Geen, een onbekende of een ingetrokken API-sleutel of token. Stuur Authorization: Bearer <sleutel>.'),
  'rol-niet-toegestaan': fout(403, 'Geen toestemming', 'De rol van de sleutel mag deze handeling niet uitvoeren (de permissiematrix).'),
  'niet-gevonden': fout(404, 'Niet gevonden', 'De resource bestaat niet, of uw organisatie heeft er geen toegang toe; het bestaan wordt niet prijsgegeven.'),
  'methode-niet-toegestaan': fout(405, 'Methode niet toegestaan', 'Deze URL ondersteunt deze HTTP-methode niet; de header Allow noemt wat wel kan.'),
  'niet-aanvaardbaar': fout(406, 'Weergave niet beschikbaar', 'Geen van de mediatypen in Accept is voor deze resource beschikbaar.'),
  'dossier-samengevoegd': fout(410, 'Dossier samengevoegd', 'Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier.'),
  'voorwaarde-mislukt': fout(412, 'Resource is gewijzigd', 'If-Match komt niet overeen met de huidige versie. Haal de resource opnieuw op en gebruik de nieuwe ETag.'),
  'te-groot': fout(413, 'Verzoek te groot', 'De body is groter dan de service aanneemt (1 MiB).'),
  'mediatype-niet-ondersteund': fout(415, 'Mediatype niet ondersteund', 'Stuur de body als application/json; andere mediatypen (ook application/merge-patch+json) worden niet aangenomen.'),
  'voorwaarde-vereist': fout(428, 'If-Match vereist', 'Deze wijziging vraagt de header If-Match met de ETag van de laatst opgehaalde versie.'),
  'te-veel-verzoeken': fout(429, 'Te veel verzoeken', 'De limiet per sleutel of het aantal mislukte aanmeldingen is bereikt; wacht het aantal seconden in Retry-After.'),
  'interne-fout': fout(500, 'Interne fout', 'Er ging iets mis in de service. Noem de requestId als u contact opneemt.'),
  'niet-beschikbaar': fout(503, 'Tijdelijk niet beschikbaar', 'De service of de database is tijdelijk niet beschikbaar; probeer het opnieuw na Retry-After (met dezelfde Idempotency-Key).'),
  'http-fout': fout(400, 'Verzoek niet verwerkt', 'Het verzoek kon op HTTP-niveau niet worden verwerkt; de status van het antwoord geeft de reden.'),

  // ---- Idempotency and concurrency ----
  'gelijktijdige-wijziging': fout(409, 'Gelijktijdige wijziging', 'Een gelijktijdige wijziging kwam u voor. Haal de gegevens opnieuw op en probeer het opnieuw.'),
  'idempotency-key-in-behandeling': fout(409, 'Verzoek wordt al verwerkt', 'Een verzoek met dezelfde Idempotency-Key wordt nog verwerkt; probeer het zo opnieuw.'),
  'idempotency-key-hergebruikt': fout(422, 'Idempotency-Key hergebruikt', 'Deze Idempotency-Key is al gebruikt voor een ander verzoek; gebruik een nieuwe sleutel voor een nieuw verzoek.'),

  // ---- Access to a dossier ----
  'geen-wijzigrecht': fout(403, 'Geen toestemming', 'De toegang van uw organisatie tot dit dossier staat geen wijziging toe.'),
  'geen-doorgeefrecht': fout(403, 'Geen toestemming', 'De toegang van uw organisatie tot dit dossier staat niet toe het door te geven (verwijzen of adviseren).'),
  'identiteit-niet-inzienbaar': fout(403, 'Geen toestemming', 'De toegang van uw organisatie is pseudoniem; de persoonsgegevens zijn niet in te zien.'),

  // ---- Dossiers ----
  'dossier-gesloten': fout(409, 'Dossier gesloten', 'Het dossier is gesloten; heropen het (POST …/heropening) voordat u iets nieuws vastlegt.'),
  'dossier-al-gesloten': fout(409, 'Dossier al gesloten', 'Het dossier is al gesloten.'),
  'dossier-niet-gesloten': fout(409, 'Dossier niet gesloten', 'Het dossier is niet gesloten; heropenen is niet nodig.'),
  'dossier-gewist': fout(409, 'Gegevens gewist', 'De persoonsgegevens van het dossier zijn gewist; het kan niet worden heropend of samengevoegd. Registreer een nieuw dossier.'),
  'leeftijdscategorie-volgt-uit-geboortedatum': fout(422, 'Leeftijdscategorie volgt uit geboortedatum', 'De persoonsgegevens hebben een geboortedatum; corrigeer daar de geboortedatum in plaats van de leeftijdscategorie.'),
  'mogelijk-dezelfde-persoon': fout(409, 'Mogelijk dezelfde persoon', 'Er is al een dossier van mogelijk dezelfde persoon; mogelijkeDubbelen noemt nummer en organisatie. Sluit u aan of verklaar dat het een ander is.'),
  'al-toegang-tot-dossier': fout(409, 'Al toegang', 'Uw organisatie heeft al toegang tot dit dossier; leg uw signaal daar vast.'),
  'dossier-onbekend': fout(422, 'Onbekend dossier', 'Er is geen dossier met dit nummer dat u mag samenvoegen.'),
  'samenvoegen-met-zichzelf': fout(422, 'Samenvoegen met zichzelf', 'Een dossier kan niet met zichzelf worden samengevoegd.'),
  'dossier-al-samengevoegd': fout(409, 'Al samengevoegd', 'Een van de dossiers is al samengevoegd met een ander dossier.'),
  'samenvoeging-twee-bedenktijden': fout(409, 'Twee open bedenktijden', 'Beide dossiers hebben een open bedenktijd; beëindig er eerst één.'),
  'samenvoeging-ander-v-nummer': fout(409, 'Verschillende V-nummers', 'De dossiers hebben verschillende vreemdelingennummers; het zijn waarschijnlijk twee personen.'),

  // ---- Persoonsgegevens ----
  'geboortedatum-in-toekomst': fout(422, 'Geboortedatum in de toekomst', 'De geboortedatum ligt in de toekomst.'),
  'nationaliteit-tegenstrijdig': fout(422, 'Nationaliteit tegenstrijdig', 'De nationaliteit in de persoonsgegevens past niet bij de nationaliteitCategorie van het dossier.'),

  // ---- Signalen en beoordelingen ----
  'signaal-ongeldig': fout(422, 'Signaal voldoet niet', 'Het signaal voldoet niet aan de regels; invalidParams noemt elk veld.'),
  'opvolging-alleen-registrerende-organisatie': fout(403, 'Geen toestemming', 'Alleen de organisatie die het signaal vastlegde, legt de uitkomst van de verrijking vast.'),
  'opvolging-al-vastgelegd': fout(409, 'Opvolging al vastgelegd', 'De opvolging van dit signaal is al vastgelegd; leg een nieuw signaal vast als er nieuwe informatie is.'),
  'intaker-niet-gecertificeerd': fout(403, 'Niet gecertificeerd', 'Alleen een gecertificeerde mensenhandelintaker legt een beoordeling na een informatief gesprek vast (docs/regels.md R6).'),
  'beoordeling-ongeldig': fout(422, 'Beoordeling voldoet niet', 'De beoordeling van de geringste aanwijzing voldoet niet aan de regels; invalidParams noemt elk veld.'),
  'beoordeling-al-vervangen': fout(409, 'Beoordeling al vervangen', 'De beoordeling in vervangt is al door een latere vervangen; verwijs naar de laatste.'),
  'beoordeling-onbekend': fout(422, 'Onbekende beoordeling', 'De beoordeling hoort niet bij dit dossier.'),
  'beoordeling-vervangen': fout(422, 'Beoordeling vervangen', 'De beoordeling is vervangen door een latere; gebruik de geldende beoordeling.'),
  'geringste-aanwijzing-niet-vastgesteld': fout(422, 'Geringste aanwijzing niet vastgesteld', 'Zonder vastgestelde geringste aanwijzing (of een open NLA-advies) wordt de bedenktijd niet aangeboden of geadviseerd.'),

  // ---- Bedenktijd (B8/3 Vc 2000) ----
  'bedenktijd-niet-toegestaan': fout(403, 'Geen toestemming', 'Deze organisatie of rol biedt de bedenktijd niet aan, adviseert haar niet of beëindigt haar niet (B8/3 Vc 2000: politie en KMar bieden aan, de NLA adviseert).'),
  'nederlander-geen-b8': fout(422, 'Niet in aanmerking', 'Een Nederlander is geen vreemdeling en komt niet in aanmerking voor de B8/3-regeling (art. 1 Vw 2000).'),
  'eu-onderdaan-geen-b8': fout(422, 'Niet in aanmerking', 'Een EU/EER/Zwitserse onderdaan die rechten ontleent aan het Unierecht valt niet onder de B8/3-regeling.'),
  'duurzaam-verblijf-geen-b8': fout(422, 'Niet in aanmerking', 'Met duurzaam verblijf is er geen vertrekplicht op te schorten; de B8/3-bedenktijd is niet van toepassing.'),
  'gegevens-onvolledig-voor-b8': fout(422, 'Gegevens onvolledig', 'Nationaliteit, Unierechtelijke aanspraken of verblijfssituatie is onbekend; vul die eerst in het dossier in.'),
  'ongeldige-datum': fout(422, 'Ongeldige datum', 'De datum ligt in de toekomst of vóór de gebeurtenis waarop hij volgt.'),
  'datum-in-toekomst': fout(422, 'Datum in de toekomst', 'De datum van de strafrechtelijke gebeurtenis of het beroep ligt in de toekomst.'),
  'bedenktijd-advies-onbekend': fout(422, 'Onbekend advies', 'Het bedenktijd-advies hoort niet bij dit dossier.'),
  'bedenktijd-advies-niet-open': fout(409, 'Advies niet open', 'Het bedenktijd-advies is al overgenomen of niet overgenomen.'),
  'bedenktijd-advies-al-open': fout(409, 'Advies al open', 'Voor dit dossier staat al een bedenktijd-advies open.'),
  'advies-ontvanger-geen-politie-of-kmar': fout(422, 'Verkeerde ontvanger', 'Een bedenktijd-advies gaat naar een politie- of KMar-eenheid.'),
  'bedenktijd-al-open': fout(409, 'Bedenktijd al open', 'Voor dit dossier staat al een bedenktijd open (aangeboden of lopend); er kan er één tegelijk openstaan.'),
  'bedenktijd-al-open-voor-persoon': fout(409, 'Bedenktijd al open voor deze persoon', 'Voor dezelfde persoon loopt in een ander dossier al een bedenktijd.'),
  'reactie-al-vastgelegd': fout(409, 'Reactie al vastgelegd', 'Op dit aanbod is al gereageerd; een reactie wordt één keer vastgelegd.'),
  'bedenktijd-niet-lopend': fout(409, 'Bedenktijd loopt niet', 'Alleen een lopende bedenktijd kan vroegtijdig worden beëindigd.'),
  'bedenktijd-al-verlopen': fout(409, 'Bedenktijd al verlopen', 'De bedenktijd was op de opgegeven datum al verlopen.'),

  // ---- Strafrecht en verblijf ----
  'strafrecht-niet-toegestaan': fout(403, 'Geen toestemming', 'Deze organisatie of rol legt deze strafrechtelijke gebeurtenis niet vast.'),
  'strafrecht-volgorde': fout(409, 'Past niet in het verloop', 'De gebeurtenis past niet bij wat er al in het strafrechtelijk spoor staat.'),
  'informatief-gesprek-ontbreekt': fout(422, 'Informatief gesprek ontbreekt', 'Deze gebeurtenis vraagt eerst een vastgelegd informatief gesprek.'),
  'nederlander-geen-beroep-b8': fout(422, 'Niet in aanmerking', 'Een Nederlander kan zich niet op de B8/3-regeling beroepen (art. 1 Vw 2000).'),
  'verblijfsbesluit-ongeldig': fout(422, 'Besluit voldoet niet', 'Het verblijfsbesluit voldoet niet aan de regels; invalidParams noemt elk veld.'),
  'verblijfsbesluit-niet-mogelijk': fout(409, 'Besluit niet mogelijk', 'Het besluit past niet bij het verblijfsspoor zoals het nu staat.'),

  // ---- Kennisgevingen en abonnementen ----
  'kennisgeving-al-bevestigd': fout(409, 'Al bevestigd', 'De kennisgeving is al bevestigd met een andere referentie; een ontvangstbevestiging wordt niet gewijzigd.'),
  'abonnement-dubbel': fout(409, 'Abonnement bestaat al', 'Uw organisatie heeft al een actief abonnement op deze callbackUrl.'),

  // ---- Verwijzingen en opvang (the codes of src/domain/verwijzing.ts, with - for _) ----
  'verwijzing-ongeldig': fout(422, 'Verwijzing voldoet niet', 'Meer dan één regel is niet voldaan; invalidParams noemt elke regel met haar code.'),
  'verwijzing-loopt-al': fout(409, 'Verwijzing loopt al', 'Het dossier is al met hetzelfde doel naar deze organisatie verwezen.'),
  'zelfverwijzing': fout(422, 'Verwijzing naar uzelf', 'U kunt niet naar uw eigen organisatie verwijzen.'),
  'ontvanger-past-niet-bij-doel': fout(422, 'Ontvanger past niet bij doel', 'De ontvangende organisatie is niet van een type dat dit doel behandelt.'),
  'cosm-minderjarige': fout(422, 'COSM niet voor minderjarigen', 'COSM-opvang is er voor meerderjarigen; een minderjarige wordt anders verwezen of geplaatst.'),
  'cosm-geen-derdelander': fout(422, 'COSM alleen voor derdelanders', 'COSM-opvang is er voor slachtoffers van buiten de EU.'),
  'leeftijd-onbekend': fout(422, 'Leeftijd onbekend', 'Stel eerst vast of de persoon meerderjarig is.'),
  'nationaliteit-onbekend': fout(422, 'Nationaliteit onbekend', 'Leg eerst de nationaliteitCategorie vast.'),
  'raad-meerderjarige': fout(422, 'Raad alleen voor minderjarigen', 'De Raad voor de Kinderbescherming is er voor minderjarigen.'),
  'grondslag-ontbreekt': fout(422, 'Grondslag ontbreekt', 'Een verwijzing zonder toestemming van het slachtoffer vraagt een wettelijke grondslag.'),
  'meldcode-alleen-minderjarige': fout(422, 'Meldcode alleen voor minderjarigen', 'De grondslag meldcode_kindermishandeling geldt alleen voor een minderjarige.'),
  'meldcode-alleen-veilig-thuis': fout(422, 'Meldcode alleen naar Veilig Thuis', 'Een melding op grond van de meldcode gaat naar Veilig Thuis.'),
  'alleen-ontvanger': fout(403, 'Geen toestemming', 'Alleen de ontvangende organisatie beslist over de verwijzing, rondt haar af of plaatst.'),
  'alleen-verwijzer': fout(403, 'Geen toestemming', 'Alleen de verwijzende organisatie trekt een verwijzing in.'),
  'al-beantwoord': fout(409, 'Al beantwoord', 'Over deze verwijzing is al beslist.'),
  'niet-open': fout(409, 'Niet open', 'De verwijzing is niet meer open.'),
  'niet-aanvaard': fout(409, 'Niet aanvaard', 'De verwijzing is (nog) niet aanvaard.'),
  'niet-actief': fout(409, 'Niet actief', 'De verwijzing is niet meer actief.'),
  'al-geweigerd': fout(409, 'Al geweigerd', 'Op deze verwijzing is al vastgelegd dat het slachtoffer opvang weigert.'),
  'plaatsing-loopt': fout(409, 'Plaatsing loopt', 'Er loopt een plaatsing op deze verwijzing; beëindig die eerst.'),
  'afwijzingsreden-ontbreekt': fout(422, 'Afwijzingsreden ontbreekt', 'Geef bij een afwijzing de afwijzingsreden op.'),
  'toelichting-ontbreekt': fout(422, 'Toelichting ontbreekt', 'Bij reden overig hoort een toelichting.'),
  'afwijzingsreden-bij-aanvaarding': fout(422, 'Afwijzingsreden bij aanvaarding', 'Een afwijzingsreden hoort alleen bij besluit afgewezen.'),
  'geen-opvangverwijzing': fout(422, 'Geen opvangverwijzing', 'Deze handeling hoort bij een verwijzing naar opvang.'),
  'geen-opvangorganisatie': fout(422, 'Geen opvangorganisatie', 'Een opvanglocatie hoort bij een organisatie van het type opvang.'),
  'capaciteit-onder-bezetting': fout(409, 'Capaciteit onder bezetting', 'De capaciteit kan niet lager worden dan het aantal lopende plaatsingen.'),
  'opvang-vol': fout(409, 'Opvang vol', 'De opvanglocatie heeft geen plaats vrij.'),
  'andere-organisatie': fout(422, 'Locatie van een andere organisatie', 'U plaatst alleen in een opvanglocatie van uw eigen organisatie.'),
  'in-toekomst': fout(422, 'Datum in de toekomst', 'De startdatum of einddatum van de plaatsing ligt in de toekomst.'),
  'te-vroeg': fout(422, 'Datum te vroeg', 'De einddatum ligt vóór de startdatum.'),
  'opvanglocatie-onbekend': fout(422, 'Onbekende opvanglocatie', 'Deze opvanglocatie bestaat niet; kies een locatie uit GET /v1/opvanglocaties.'),
  'opvanglocatie-andere-organisatie': fout(403, 'Geen toestemming', 'U beheert alleen de opvanglocaties van uw eigen organisatie.'),
  'organisatie-id-verplicht': fout(422, 'Organisatie verplicht', 'Een beheerder geeft in organisatieId op van welke opvangorganisatie de locatie is.'),
  'organisatie-onbekend': fout(422, 'Onbekende organisatie', 'Deze organisatie bestaat niet; kies er een uit GET /v1/organisaties.'),
  'persoon-al-geplaatst': fout(409, 'Al geplaatst', 'De persoon is al elders geplaatst; een overplaatsing is een beëindiging gevolgd door een nieuwe plaatsing.'),
  'plaatsing-alleen-opvangorganisatie': fout(403, 'Geen toestemming', 'Alleen de organisatie van de opvanglocatie beëindigt een plaatsing.'),
  'plaatsing-al-beeindigd': fout(409, 'Plaatsing al beëindigd', 'Deze plaatsing is al beëindigd.'),
  'geen-lopende-plaatsing': fout(409, 'Geen lopende plaatsing', 'Er loopt geen plaatsing op deze verwijzing die beëindigd kan worden.'),
} as const satisfies Record<string, Fout>;

export type FoutCode = keyof typeof FOUTCATALOGUS;

export const FOUTCODES = Object.keys(FOUTCATALOGUS) as FoutCode[];

/** The codes in `invalidParams[].code`: the schema validator's, and the rules' own (the catalogue's codes with _ for -). */
export const INVALID_PARAMS_CODES: Readonly<Record<string, string>> = {
  required: 'Het veld ontbreekt.',
  unknown: 'Het veld is onbekend (niet in het schema); verwijder het.',
  invalid_type: 'Het veld heeft het verkeerde type.',
  invalid_value: 'De waarde komt niet voor in de waardelijst (enum).',
  invalid_format: 'De waarde heeft niet het vereiste formaat (datum, uuid, url, patroon).',
  too_small: 'De waarde is te klein of te kort.',
  too_big: 'De waarde is te groot of te lang.',
  invalid_union: 'De waarde past bij geen van de toegestane vormen.',
  custom: 'Een regel van het schema is niet voldaan; reason zegt welke.',
  invalid_json: 'De body is geen geldige JSON.',
  'anders (kleine letters met _)': 'Een bedrijfsregel: dezelfde regel als de foutcode met - voor _ (bijv. cosm_minderjarige ↔ cosm-minderjarige), of een nadere aanduiding bij de foutcode van het antwoord.',
};

/** The problem `type`: a URI the service itself resolves to the catalogue entry. */
export function foutType(basis: string, code: string): string {
  return `${basis}/v1/fouten/${code}`;
}

/** A refusal of src/domain/verwijzing.ts → its catalogue code (the same words, - for _). */
export function verwijzingFoutcode(code: string): FoutCode {
  if (code === 'vol') return 'opvang-vol';
  if (code === 'onbekende_organisatie') return 'organisatie-onbekend';
  return code.replace(/_/g, '-') as FoutCode;
}

/** A refusal of src/domain/bedenktijd.ts → its catalogue code; the field says which eligibility rule. */
export function bedenktijdFoutcode(w: BedenktijdWeigering): FoutCode {
  if (w.code === 'niet_toegestaan') return 'bedenktijd-niet-toegestaan';
  if (w.code === 'gegevens_onvolledig') return 'gegevens-onvolledig-voor-b8';
  if (w.veld === 'eurechtelijkeAanspraken') return 'eu-onderdaan-geen-b8';
  if (w.veld === 'verblijfssituatie') return 'duurzaam-verblijf-geen-b8';
  return 'nederlander-geen-b8';
}
