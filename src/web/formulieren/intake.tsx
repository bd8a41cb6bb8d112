// The forms of the intake: the person's situation, personal data, a signal and an assessment. Each
// form reads what the browser sent into the API's own request body and lets the API's own schema
// judge it (src/modules/*/…schemas.ts), so a page accepts exactly what the API accepts.
import type { z } from 'zod';
import type { OrganisatieType } from '../../domain/catalogus.js';
import {
  bronnen, indicatoren, leeftijdscategorieen, locaties, nationaliteitCategorieen, redenenNietVastgesteld,
  resultatenBeoordeling, uitbuitingsvormen, verblijfssituaties, wegingsschalen,
} from '../../domain/catalogus.js';
import { alleLanden, geslachten, taalnaam, VEELGEBRUIKTE_TALEN } from '../../domain/labels.js';
import { DossierAanmakenSchema } from '../../modules/dossiers/dossiers.schemas.js';
import { PersoonsgegevensInvoerSchema } from '../../modules/persoonsgegevens/persoonsgegevens.schemas.js';
import { SignaalVastleggenSchema } from '../../modules/signalen/signalen.schemas.js';
import { BeoordelingVastleggenSchema } from '../../modules/beoordelingen/beoordelingen.schemas.js';
import { Datumveld, Keuzegroep, Keuzelijst, Tekstvak, Tekstveld, type Keuze } from '../opmaak/componenten.js';
import { foutenUitZod, lijst, ofNull, ofWeg, tekst, type Fouten, type Waarden } from '../opmaak/formulier.js';
import { naarIsoDatum } from '../opmaak/tekst.js';
import { formulierTekst, naarVelden } from './velden.js';

const keuzes = (c: Readonly<Record<string, string>>): Keuze[] => Object.entries(c).map(([waarde, label]) => ({ waarde, label }));
const datum = (w: Waarden, naam: string) => { const t = ofWeg(w, naam); return t === undefined ? undefined : naarIsoDatum(t); };
const datumOfNull = (w: Waarden, naam: string) => { const t = ofNull(w, naam); return t === null ? null : naarIsoDatum(t); };

export interface Formulierdeel<T extends z.ZodType> {
  velden: readonly string[];
  /** The label of each field, for the list of errors above the form. */
  labels?: Readonly<Record<string, string>>;
  schema: T;
  lees(w: Waarden): unknown;
}

/** Judges one form part with its schema: the API's input, or the errors at the form's fields. */
export function beoordeel<T extends z.ZodType>(deel: Formulierdeel<T>, w: Waarden, voorvoegsel: string): { invoer: z.output<T> } | { fouten: Fouten } {
  const r = deel.schema.safeParse(deel.lees(w));
  if (r.success) return { invoer: r.data };
  return { fouten: formulierTekst(naarVelden(foutenUitZod(r.error, voorvoegsel), deel.velden)) };
}

// ---- situatie (the dossier's classification) ----
export const situatie = {
  velden: ['nationaliteitCategorie', 'eurechtelijkeAanspraken', 'verblijfssituatie', 'leeftijdscategorie'],
  labels: { nationaliteitCategorie: 'Nationaliteit', eurechtelijkeAanspraken: 'Rechten uit het Unierecht', verblijfssituatie: 'Verblijfssituatie', leeftijdscategorie: 'Leeftijd' },
  schema: DossierAanmakenSchema,
  lees: (w: Waarden) => {
    const nat = ofWeg(w, 'nationaliteitCategorie');
    const eu = tekst(w, 'eurechtelijkeAanspraken');
    return {
      nationaliteitCategorie: nat,
      eurechtelijkeAanspraken: nat === 'eu_eer_zwitserland' ? (eu === 'ja' ? true : eu === 'nee' ? false : null) : null,
      verblijfssituatie: ofWeg(w, 'verblijfssituatie'),
      leeftijdscategorie: ofWeg(w, 'leeftijdscategorie') ?? 'onbekend',
    };
  },
} satisfies Formulierdeel<typeof DossierAanmakenSchema>;

export const SituatieVelden = (p: { w: Waarden; f: Fouten }) => (
  <>
    <Keuzegroep soort="radio" naam="nationaliteitCategorie" label="Nationaliteit" verplicht fout={p.f.nationaliteitCategorie}
      waarden={[tekst(p.w, 'nationaliteitCategorie')]} keuzes={keuzes(nationaliteitCategorieen)} />
    <Keuzegroep soort="radio" naam="eurechtelijkeAanspraken" label="Ontleent de persoon rechten aan het Unierecht?" fout={p.f.eurechtelijkeAanspraken}
      beschrijving="Alleen invullen bij een nationaliteit van de EU, de EER of Zwitserland (B8/3 Vc 2000)."
      waarden={[tekst(p.w, 'eurechtelijkeAanspraken')]} keuzes={[{ waarde: 'ja', label: 'Ja' }, { waarde: 'nee', label: 'Nee' }, { waarde: 'onbekend', label: 'Weet ik niet' }]} />
    <Keuzegroep soort="radio" naam="verblijfssituatie" label="Verblijfssituatie" verplicht fout={p.f.verblijfssituatie}
      waarden={[tekst(p.w, 'verblijfssituatie')]} keuzes={keuzes(verblijfssituaties)} />
    <Keuzegroep soort="radio" naam="leeftijdscategorie" label="Leeftijd" fout={p.f.leeftijdscategorie}
      beschrijving="Een bekende geboortedatum (volgende stap) bepaalt de leeftijdscategorie."
      waarden={[tekst(p.w, 'leeftijdscategorie') || 'onbekend']} keuzes={keuzes(leeftijdscategorieen)} />
  </>
);

// ---- persoonsgegevens ----
export const persoon = {
  velden: ['pg.voornamen', 'pg.geslachtsnaam', 'pg.geboortedatum', 'pg.nationaliteit', 'pg.vreemdelingennummer', 'pg.geslacht', 'pg.talen'],
  labels: {
    'pg.voornamen': 'Voornamen', 'pg.geslachtsnaam': 'Achternaam', 'pg.geboortedatum': 'Geboortedatum', 'pg.nationaliteit': 'Nationaliteit (land)',
    'pg.vreemdelingennummer': 'V-nummer', 'pg.geslacht': 'Geslacht', 'pg.talen': 'Talen',
  },
  schema: PersoonsgegevensInvoerSchema,
  lees: (w: Waarden) => ({
    voornamen: ofNull(w, 'pg.voornamen'), geslachtsnaam: ofNull(w, 'pg.geslachtsnaam'), geboortedatum: datumOfNull(w, 'pg.geboortedatum'),
    nationaliteit: ofNull(w, 'pg.nationaliteit'), vreemdelingennummer: ofNull(w, 'pg.vreemdelingennummer')?.replace(/\s/g, '') ?? null,
    geslacht: ofNull(w, 'pg.geslacht'), talen: lijst(w, 'pg.talen'),
  }),
} satisfies Formulierdeel<typeof PersoonsgegevensInvoerSchema>;

export const PersoonVelden = (p: { w: Waarden; f: Fouten }) => (
  <>
    <Tekstveld naam="pg.voornamen" label="Voornamen" waarde={tekst(p.w, 'pg.voornamen')} fout={p.f['pg.voornamen']} />
    <Tekstveld naam="pg.geslachtsnaam" label="Achternaam (geslachtsnaam)" waarde={tekst(p.w, 'pg.geslachtsnaam')} fout={p.f['pg.geslachtsnaam']} />
    <Datumveld naam="pg.geboortedatum" label="Geboortedatum" waarde={tekst(p.w, 'pg.geboortedatum')} fout={p.f['pg.geboortedatum']} />
    <Keuzelijst naam="pg.nationaliteit" label="Nationaliteit (land)" waarde={tekst(p.w, 'pg.nationaliteit')} fout={p.f['pg.nationaliteit']} leeg="Onbekend of nog niet bekend"
      keuzes={alleLanden().map((l) => ({ waarde: l.code, label: l.naam }))} />
    <Tekstveld naam="pg.vreemdelingennummer" label="V-nummer (vreemdelingennummer)" waarde={tekst(p.w, 'pg.vreemdelingennummer')} fout={p.f['pg.vreemdelingennummer']}
      beschrijving="10 cijfers." breedte="smal" invoermodus="numeric" />
    <Keuzegroep soort="radio" naam="pg.geslacht" label="Geslacht" fout={p.f['pg.geslacht']} waarden={[tekst(p.w, 'pg.geslacht')]} keuzes={keuzes(geslachten)} />
    <Keuzegroep soort="checkbox" naam="pg.talen" label="Talen die de persoon spreekt" fout={p.f['pg.talen']} waarden={lijst(p.w, 'pg.talen')} kolommen
      keuzes={VEELGEBRUIKTE_TALEN.map((t) => ({ waarde: t, label: taalnaam(t) }))} />
  </>
);

// ---- signaal ----
const wegingKeuzes = (type: OrganisatieType) => Object.entries(wegingsschalen)
  .filter(([, s]) => (s.organisatieTypen as readonly string[]).includes(type))
  .map(([code, s]) => ({ label: s.label, keuzes: Object.entries(s.waarden).map(([w, l]) => ({ waarde: `${code}:${w}`, label: `${l} (${s.label})` })) }));

export function signaalDeel(voorvoegsel: string) {
  const v = (n: string) => `${voorvoegsel}${n}`;
  return {
    velden: ['ontvangstdatum', 'bron', 'melder', 'uitbuitingsvormen', 'indicatoren', 'locatie', 'weging', 'samenvatting'].map(v),
    labels: Object.fromEntries(Object.entries({
      ontvangstdatum: 'Ontvangen op', bron: 'Bron', melder: 'Oorspronkelijke melder', uitbuitingsvormen: 'Vorm van uitbuiting', indicatoren: 'Indicatoren',
      locatie: 'Plaats van de uitbuiting', weging: 'Weging', samenvatting: 'Samenvatting',
    }).map(([k, l]) => [v(k), l])),
    schema: SignaalVastleggenSchema,
    lees: (w: Waarden) => {
      const weging = ofWeg(w, v('weging'));
      const [schaal, waarde] = weging ? weging.split(':') : [];
      return {
        ontvangstdatum: datum(w, v('ontvangstdatum')), bron: ofWeg(w, v('bron')), melder: ofNull(w, v('melder')),
        uitbuitingsvormen: lijst(w, v('uitbuitingsvormen')), indicatoren: lijst(w, v('indicatoren')), locatie: ofWeg(w, v('locatie')),
        weging: weging ? { schaal, waarde } : null, samenvatting: ofNull(w, v('samenvatting')),
      };
    },
  } satisfies Formulierdeel<typeof SignaalVastleggenSchema>;
}

export const SignaalVelden = (p: { w: Waarden; f: Fouten; voorvoegsel: string; organisatieType: OrganisatieType }) => {
  const v = (n: string) => `${p.voorvoegsel}${n}`;
  return (
    <>
      <Datumveld naam={v('ontvangstdatum')} label="Ontvangen op" verplicht waarde={tekst(p.w, v('ontvangstdatum'))} fout={p.f[v('ontvangstdatum')]} />
      <Keuzelijst naam={v('bron')} label="Bron van het signaal" verplicht waarde={tekst(p.w, v('bron'))} fout={p.f[v('bron')]} leeg="Kies de bron" keuzes={keuzes(bronnen)} />
      <Tekstveld naam={v('melder')} label="Oorspronkelijke melder" waarde={tekst(p.w, v('melder'))} fout={p.f[v('melder')]} beschrijving="Als het signaal is doorgeleid: wie het oorspronkelijk meldde." />
      <Keuzegroep soort="checkbox" naam={v('uitbuitingsvormen')} label="Vorm van uitbuiting" verplicht fout={p.f[v('uitbuitingsvormen')]}
        waarden={lijst(p.w, v('uitbuitingsvormen'))} keuzes={keuzes(uitbuitingsvormen)} />
      <Keuzegroep soort="radio" naam={v('locatie')} label="Waar vond de uitbuiting plaats?" verplicht fout={p.f[v('locatie')]}
        waarden={[tekst(p.w, v('locatie'))]} keuzes={keuzes(locaties)} />
      <Keuzegroep soort="checkbox" naam={v('indicatoren')} label="Indicatoren" fout={p.f[v('indicatoren')]} kolommen
        waarden={lijst(p.w, v('indicatoren'))} keuzes={keuzes(indicatoren)} />
      <Keuzelijst naam={v('weging')} label="Weging van het signaal" waarde={tekst(p.w, v('weging'))} fout={p.f[v('weging')]} leeg="Geen weging"
        beschrijving="Op de schaal van uw eigen organisatie." keuzes={[]} groepen={wegingKeuzes(p.organisatieType)} />
      <Tekstvak naam={v('samenvatting')} label="Samenvatting" waarde={tekst(p.w, v('samenvatting'))} fout={p.f[v('samenvatting')]} />
    </>
  );
};

// ---- beoordeling ----
export function beoordelingDeel(voorvoegsel: string) {
  const v = (n: string) => `${voorvoegsel}${n}`;
  return {
    velden: ['beoordelingsdatum', 'informatiefGesprek.gevoerd', 'informatiefGesprek.datum', 'elementen', 'resultaat', 'redenen', 'toelichting'].map(v),
    labels: Object.fromEntries(Object.entries({
      beoordelingsdatum: 'Datum van de beoordeling', 'informatiefGesprek.gevoerd': 'Informatief gesprek', 'informatiefGesprek.datum': 'Datum van het informatief gesprek',
      elementen: 'Elementen', resultaat: 'Geringste aanwijzing', redenen: 'Redenen', toelichting: 'Toelichting',
    }).map(([k, l]) => [v(k), l])),
    schema: BeoordelingVastleggenSchema,
    lees: (w: Waarden) => {
      const gevoerd = tekst(w, v('informatiefGesprek.gevoerd'));
      const elementen = lijst(w, v('elementen'));
      return {
        beoordelingsdatum: datum(w, v('beoordelingsdatum')),
        informatiefGesprek: { gevoerd: gevoerd === 'ja' ? true : gevoerd === 'nee' ? false : undefined, datum: datumOfNull(w, v('informatiefGesprek.datum')) },
        elementen: { handeling: elementen.includes('handeling'), middel: elementen.includes('middel'), oogmerk: elementen.includes('oogmerk') },
        indicatoren: [], resultaat: ofWeg(w, v('resultaat')), redenen: lijst(w, v('redenen')), toelichting: ofNull(w, v('toelichting')), vervangt: null,
      };
    },
  } satisfies Formulierdeel<typeof BeoordelingVastleggenSchema>;
}

export const BeoordelingVelden = (p: { w: Waarden; f: Fouten; voorvoegsel: string }) => {
  const v = (n: string) => `${p.voorvoegsel}${n}`;
  return (
    <>
      <Datumveld naam={v('beoordelingsdatum')} label="Datum van de beoordeling" verplicht waarde={tekst(p.w, v('beoordelingsdatum'))} fout={p.f[v('beoordelingsdatum')]} />
      <Keuzegroep soort="radio" naam={v('informatiefGesprek.gevoerd')} label="Is het informatief gesprek gevoerd?" verplicht fout={p.f[v('informatiefGesprek.gevoerd')]}
        waarden={[tekst(p.w, v('informatiefGesprek.gevoerd'))]} keuzes={[{ waarde: 'ja', label: 'Ja' }, { waarde: 'nee', label: 'Nee' }]} />
      <Datumveld naam={v('informatiefGesprek.datum')} label="Datum van het informatief gesprek" waarde={tekst(p.w, v('informatiefGesprek.datum'))} fout={p.f[v('informatiefGesprek.datum')]}
        beschrijving="Alleen als het gesprek is gevoerd. Dag-maand-jaar, bijvoorbeeld 20-11-2026." />
      <Keuzegroep soort="checkbox" naam={v('elementen')} label="Welke elementen van mensenhandel (art. 273f Sr) ziet u?" fout={p.f[v('elementen')]}
        beschrijving="Vastgesteld vraagt een handeling en een oogmerk van uitbuiting, en een middel — behalve bij een minderjarige: dan is een middel niet vereist (art. 273f lid 1 sub 2 Sr)."
        waarden={lijst(p.w, v('elementen'))} keuzes={[
          { waarde: 'handeling', label: 'Handeling: werven, vervoeren, overbrengen, huisvesten of opnemen' },
          { waarde: 'middel', label: 'Middel: dwang, geweld, misleiding, misbruik van een kwetsbare positie' },
          { waarde: 'oogmerk', label: 'Oogmerk van uitbuiting of orgaanverwijdering' },
        ]} />
      <Keuzegroep soort="radio" naam={v('resultaat')} label="Is de geringste aanwijzing van mensenhandel vastgesteld?" verplicht fout={p.f[v('resultaat')]}
        waarden={[tekst(p.w, v('resultaat'))]} keuzes={keuzes(resultatenBeoordeling)} />
      <Keuzegroep soort="checkbox" naam={v('redenen')} label="Redenen als de geringste aanwijzing niet is vastgesteld" fout={p.f[v('redenen')]}
        waarden={lijst(p.w, v('redenen'))} keuzes={keuzes(redenenNietVastgesteld)} />
      <Tekstvak naam={v('toelichting')} label="Toelichting" waarde={tekst(p.w, v('toelichting'))} fout={p.f[v('toelichting')]}
        beschrijving="Verplicht als de geringste aanwijzing niet is vastgesteld: waarom niet, in uw eigen woorden." />
    </>
  );
};
