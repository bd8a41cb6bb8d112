// An example of every request body in the OpenAPI document (issue 16 item 3), by the name of its
// schema component. openApiDocument (src/app.ts) sets them as the component's `example`;
// test/api/voorbeelden.test.ts checks that every operation with a body has one and that each example
// passes the zod schema the route validates with, so an example cannot drift from the contract.
// The values follow the README walkthrough; ids are placeholders of the right form.
const ID = '3f0c9d5e-7a1b-4c2d-9e8f-0a1b2c3d4e5f';
const ANDER_ID = '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e';
const DATUM = '2026-11-21';

const signaal = {
  ontvangstdatum: '2026-11-20', bron: 'slachtoffer_zelf', melder: null, uitbuitingsvormen: ['seksueel'], indicatoren: ['gebruik_geweld'],
  locatie: 'nederland', weging: { schaal: 'politie_digw', waarde: 'sterk' }, samenvatting: 'Meldt zich bij de balie.',
};

export const VOORBEELDEN: Readonly<Record<string, unknown>> = {
  DossierAanmaken: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' },
  DossierWijzigen: { verblijfssituatie: 'asielzoeker' },
  DossierSluiting: { reden: 'Hulpverlening afgerond; het slachtoffer is teruggekeerd naar het land van herkomst.' },
  DossierHeropening: { reden: 'Nieuw signaal over dezelfde persoon.' },
  DossierWissing: { grondslag: 'avg_art_17_verzoek', toelichting: 'Verzoek van betrokkene, kenmerk AVG-2026-0012.' },
  DossierZoeken: { vreemdelingennummer: '1234567890' },
  Aansluiting: { persoon: { vreemdelingennummer: '1234567890' }, signaal, reden: 'Dezelfde persoon meldt zich bij onze eenheid.' },
  Samenvoeging: { dossiernummer: 'NRM-2026-000043', reden: 'Hetzelfde vreemdelingennummer; dubbel geregistreerd.' },
  PersoonsgegevensInvoer: {
    voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: '1234567890', geslacht: 'vrouw', talen: ['en'],
  },
  SignaalVastleggen: signaal,
  SignaalOpvolgingVastleggen: { uitkomst: 'informatief_gesprek' },
  BeoordelingVastleggen: {
    beoordelingsdatum: DATUM, informatiefGesprek: { gevoerd: true, datum: DATUM }, elementen: { handeling: true, middel: true, oogmerk: true },
    indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
  },
  BedenktijdAdviesInvoer: { beoordelingId: ID, ontvangendeOrganisatieId: ANDER_ID },
  BedenktijdAanbieding: { aanbiedingsdatum: DATUM, beoordelingId: ID },
  BedenktijdReactie: { reactie: 'aanvaard', datum: DATUM, opvangGewenst: true },
  BedenktijdBeeindiging: { reden: 'aangifte', datum: '2026-12-01' },
  StrafrechtelijkeGebeurtenisVastleggen: { soort: 'aangifte', datum: '2026-12-01' },
  BeroepB83Vastleggen: { datum: DATUM },
  VerblijfsbesluitVastleggen: { soort: 'vertrekplicht_opgeschort', datum: DATUM },
  VerwijzingAanmaken: { doel: 'cosm', ontvangendeOrganisatieId: ANDER_ID, reden: 'Onderdak nodig.', urgentie: 'hoog', toestemming: 'ja' },
  VerwijzingBesluit: { besluit: 'afgewezen', afwijzingsreden: 'geen_capaciteit', toelichting: null },
  GeenVelden: {},
  Opvangweigering: { reden: 'Het slachtoffer wil bij familie verblijven.' },
  OpvanglocatieAanmaken: { naam: 'COSM-locatie Utrecht', soort: 'cosm', capaciteit: 12 },
  OpvanglocatieWijzigen: { capaciteit: 14 },
  PlaatsingAanmaken: { opvanglocatieId: ID, startdatum: DATUM },
  PlaatsingBeeindiging: { einddatum: '2027-01-15', reden: 'doorstroom' },
  Ontvangstbevestiging: { referentieOntvanger: 'IND-2026-0042' },
  AbonnementAanmaken: { callbackUrl: 'https://ontvanger.ind.example.nl/nrm', authorization: 'Bearer <geheim van de ontvanger>', soorten: ['m55_bedenktijd', 'bedenktijd_beeindigd'] },
};

/** Sets the examples on the document's schema components (only where the component exists). */
export function voegVoorbeeldenToe(document: { components?: { schemas?: Record<string, unknown> } }): void {
  const schemas = document.components?.schemas ?? {};
  for (const [naam, voorbeeld] of Object.entries(VOORBEELDEN)) {
    const schema = schemas[naam] as Record<string, unknown> | undefined;
    if (schema && !('$ref' in schema)) schema.example = voorbeeld;
  }
}
