// "Nieuw dossier": one guided flow in steps — situation, personal data, signal, assessment — and a
// summary before anything is saved. Nothing is written until "Opslaan"; then the intake use case
// writes all four or nothing. What was typed travels along in the form (hidden fields), so the flow
// works without JavaScript and a refusal shows the form again, filled in, with the message at the field.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { Hono } from 'hono';
import {
  bronnen, indicatoren, leeftijdscategorieen, locaties, nationaliteitCategorieen, redenenNietVastgesteld, resultatenBeoordeling,
  uitbuitingsvormen, verblijfssituaties, wegingsschalen, type Wegingsschaal,
} from '../../domain/catalogus.js';
import { geslachten, landnaam, taalnaam } from '../../domain/labels.js';
import { IntakeWeigering, registreerIntake } from '../../modules/dossiers/intake.service.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Foutoverzicht, Formulier, Gegevens, Kop, Knop, Knoppen } from '../opmaak/componenten.js';
import { foutenUitProbleem, lijst, naarWaarden, tekst, type Fouten, type Waarden } from '../opmaak/formulier.js';
import { Layout, toon } from '../opmaak/layout.js';
import { datumTekst, naarInvoerDatum } from '../opmaak/tekst.js';
import {
  beoordeel, beoordelingDeel, BeoordelingVelden, persoon, PersoonVelden, signaalDeel, SignaalVelden, situatie, SituatieVelden,
} from '../formulieren/intake.js';
import { formulierTekst, naarVelden } from '../formulieren/velden.js';
import { pagina, useCase, verwerkt } from '../pagina.js';
import { vandaag } from '../werk/werk.js';

const STAPPEN = [
  { id: 'situatie', titel: 'Situatie' },
  { id: 'persoon', titel: 'Persoonsgegevens' },
  { id: 'signaal', titel: 'Signaal' },
  { id: 'beoordeling', titel: 'Beoordeling' },
  { id: 'controle', titel: 'Controleren en opslaan' },
] as const;
type Stap = (typeof STAPPEN)[number]['id'];

const signaal = signaalDeel('signaal.');
const beoordeling = beoordelingDeel('beoordeling.');
const DELEN = { situatie: [situatie, ''], persoon: [persoon, 'pg.'], signaal: [signaal, 'signaal.'], beoordeling: [beoordeling, 'beoordeling.'] } as const;
const ALLE_VELDEN = [...situatie.velden, ...persoon.velden, ...signaal.velden, ...beoordeling.velden];

const isStap = (s: string): s is Stap => STAPPEN.some((x) => x.id === s);

/** Every value of the other steps, as hidden fields: the flow keeps what was typed. */
const Meegenomen = (p: { w: Waarden; behalve: readonly string[] }) => (
  <>
    {ALLE_VELDEN.filter((n) => !p.behalve.includes(n)).flatMap((naam) => {
      const v = p.w[naam];
      if (v === undefined) return [];
      return Array.isArray(v) ? v.map((x) => <input type="hidden" name={`${naam}[]`} value={x} />) : [<input type="hidden" name={naam} value={v} />];
    })}
  </>
);

const Stappen = (p: { huidig: Stap }) => (
  <ol class="nrm-stappen" aria-label="Stappen">
    {STAPPEN.map((s, i) => <li class="nrm-stap" aria-current={s.id === p.huidig ? 'step' : undefined}>{i + 1}. {s.titel}</li>)}
  </ol>
);

const lbl = (c: Readonly<Record<string, string>>, code: string) => c[code] ?? (code ? code : '—');
const lbls = (c: Readonly<Record<string, string>>, codes: string[]) => (codes.length ? codes.map((x) => lbl(c, x)).join(', ') : '—');

function Samenvatting(p: { w: Waarden }) {
  const w = p.w;
  const weging = tekst(w, 'signaal.weging');
  const [schaal, waarde] = weging.split(':');
  const schaalInfo = schaal ? wegingsschalen[schaal as Wegingsschaal] : undefined;
  const eu = tekst(w, 'eurechtelijkeAanspraken');
  const sectie = (id: Stap, titel: string, rijen: Array<[string, Child]>) => (
    <section class="nrm-sectie" aria-labelledby={`samenvatting-${id}`}>
      <Kop niveau={2} id={`samenvatting-${id}`}>{titel}</Kop>
      <Gegevens rijen={rijen} />
      <Knop soort="secundair" naam="actie" waarde={`ga:${id}`}>{titel} wijzigen</Knop>
    </section>
  );
  return (
    <>
      {sectie('situatie', 'Situatie', [
        ['Nationaliteit', lbl(nationaliteitCategorieen, tekst(w, 'nationaliteitCategorie'))],
        ...(tekst(w, 'nationaliteitCategorie') === 'eu_eer_zwitserland' ? [['Rechten uit het Unierecht', eu === 'ja' ? 'Ja' : eu === 'nee' ? 'Nee' : 'Onbekend'] as [string, Child]] : []),
        ['Verblijfssituatie', lbl(verblijfssituaties, tekst(w, 'verblijfssituatie'))],
        ['Leeftijd', lbl(leeftijdscategorieen, tekst(w, 'leeftijdscategorie') || 'onbekend')],
      ])}
      {sectie('persoon', 'Persoonsgegevens', [
        ['Naam', [tekst(w, 'pg.voornamen'), tekst(w, 'pg.geslachtsnaam')].filter(Boolean).join(' ') || '—'],
        ['Geboortedatum', tekst(w, 'pg.geboortedatum') || '—'],
        ['Nationaliteit (land)', tekst(w, 'pg.nationaliteit') ? landnaam(tekst(w, 'pg.nationaliteit')) : '—'],
        ['V-nummer', tekst(w, 'pg.vreemdelingennummer') || '—'],
        ['Geslacht', lbl(geslachten, tekst(w, 'pg.geslacht'))],
        ['Talen', lijst(w, 'pg.talen').map(taalnaam).join(', ') || '—'],
      ])}
      {sectie('signaal', 'Signaal', [
        ['Ontvangen op', tekst(w, 'signaal.ontvangstdatum')],
        ['Bron', lbl(bronnen, tekst(w, 'signaal.bron'))],
        ['Vorm van uitbuiting', lbls(uitbuitingsvormen, lijst(w, 'signaal.uitbuitingsvormen'))],
        ['Plaats', lbl(locaties, tekst(w, 'signaal.locatie'))],
        ['Indicatoren', lbls(indicatoren, lijst(w, 'signaal.indicatoren'))],
        ['Weging', schaalInfo ? `${(schaalInfo.waarden as Record<string, string>)[waarde!] ?? waarde} (${schaalInfo.label})` : 'Geen'],
        ['Samenvatting', tekst(w, 'signaal.samenvatting') || '—'],
      ])}
      {sectie('beoordeling', 'Beoordeling', [
        ['Datum', tekst(w, 'beoordeling.beoordelingsdatum')],
        ['Informatief gesprek', tekst(w, 'beoordeling.informatiefGesprek.gevoerd') === 'ja' ? `Gevoerd op ${tekst(w, 'beoordeling.informatiefGesprek.datum')}` : 'Niet gevoerd'],
        ['Elementen', lijst(w, 'beoordeling.elementen').map((e) => ({ handeling: 'Handeling', middel: 'Middel', oogmerk: 'Oogmerk' })[e] ?? e).join(', ') || 'Geen'],
        ['Geringste aanwijzing', lbl(resultatenBeoordeling, tekst(w, 'beoordeling.resultaat'))],
        ...(tekst(w, 'beoordeling.resultaat') === 'niet_vastgesteld' ? [
          ['Redenen', lbls(redenenNietVastgesteld, lijst(w, 'beoordeling.redenen'))] as [string, Child],
          ['Toelichting', tekst(w, 'beoordeling.toelichting') || '—'] as [string, Child],
        ] : []),
      ])}
    </>
  );
}

async function toonStap(c: Context<WebEnv>, stap: Stap, w: Waarden, f: Fouten, status = 200) {
  const sessie = c.var.sessie!;
  const index = STAPPEN.findIndex((s) => s.id === stap);
  const titel = STAPPEN[index]!.titel;
  const velden = stap === 'controle' ? [] : DELEN[stap][0].velden;
  const heeftFouten = Object.keys(f).length > 0;
  return toon(c, (
    <Layout titel={`Nieuw dossier: ${titel}`} sessie={sessie} menu="nieuw" fout={heeftFouten}>
      <Kop>Nieuw dossier</Kop>
      <Stappen huidig={stap} />
      <Kop niveau={2}>Stap {index + 1} van {STAPPEN.length}: {titel}</Kop>
      {stap === 'controle' ? <Alinea>Controleer de gegevens. Er is nog niets opgeslagen; dat gebeurt pas met "Opslaan".</Alinea> : null}
      {stap === 'persoon' ? <Alinea>Persoonsgegevens worden apart bewaard; elke inzage wordt vastgelegd. Vul in wat bekend is.</Alinea> : null}
      <Foutoverzicht fouten={f} labels={stap === 'controle' ? undefined : DELEN[stap][0].labels} />
      <Formulier actie="/dossiers/nieuw" csrf={sessie.csrfToken} label={`Nieuw dossier, stap ${index + 1}: ${titel}`}>
        <input type="hidden" name="stap" value={stap} />
        <Meegenomen w={w} behalve={velden} />
        {stap === 'situatie' ? <SituatieVelden w={w} f={f} /> : null}
        {stap === 'persoon' ? <PersoonVelden w={w} f={f} /> : null}
        {stap === 'signaal' ? <SignaalVelden w={w} f={f} voorvoegsel="signaal." organisatieType={sessie.principal.organisatieType} /> : null}
        {stap === 'beoordeling' ? <BeoordelingVelden w={w} f={f} voorvoegsel="beoordeling." /> : null}
        {stap === 'controle' ? <Samenvatting w={w} /> : null}
        <Knoppen>
          {stap === 'controle' ? <Knop naam="actie" waarde="opslaan">Opslaan</Knop> : <Knop naam="actie" waarde="volgende">Volgende stap</Knop>}
          {index > 0 ? <Knop soort="secundair" naam="actie" waarde="vorige">Vorige stap</Knop> : null}
        </Knoppen>
      </Formulier>
    </Layout>
  ), status);
}

function controleer(stap: Exclude<Stap, 'controle'>, w: Waarden) {
  const [deel, voorvoegsel] = DELEN[stap];
  return beoordeel(deel as never, w, voorvoegsel) as { invoer: never } | { fouten: Fouten };
}

async function verwerkStap(c: Context<WebEnv>) {
  const w = naarWaarden(await c.req.parseBody({ all: true }));
  const stap = isStap(tekst(w, 'stap')) ? (tekst(w, 'stap') as Stap) : 'situatie';
  delete w.stap;
  const actie = tekst(w, 'actie');
  delete w.actie;
  const index = STAPPEN.findIndex((s) => s.id === stap);
  if (actie === 'vorige') return toonStap(c, STAPPEN[Math.max(0, index - 1)]!.id, w, {});
  if (actie.startsWith('ga:') && isStap(actie.slice(3))) return toonStap(c, actie.slice(3) as Stap, w, {});
  if (stap !== 'controle') {
    const uitkomst = controleer(stap, w);
    if ('fouten' in uitkomst) return toonStap(c, stap, w, uitkomst.fouten, 400);
    return toonStap(c, STAPPEN[index + 1]!.id, w, {});
  }
  // Opslaan: every step once more through its schema, then the intake use case (all or nothing).
  const invoer: Record<string, unknown> = {};
  for (const s of ['situatie', 'persoon', 'signaal', 'beoordeling'] as const) {
    const uitkomst = controleer(s, w);
    if ('fouten' in uitkomst) return toonStap(c, s, w, uitkomst.fouten, 400);
    invoer[s] = uitkomst.invoer;
  }
  const ctx = useCase(c, 'dossiers.aanmaken');
  try {
    const { dossier } = await registreerIntake(ctx, {
      dossier: invoer.situatie as never, persoonsgegevens: invoer.persoon as never, signaal: invoer.signaal as never, beoordeling: invoer.beoordeling as never,
    });
    verwerkt(c, 'dossiers.aanmaken', [dossier.id]);
    verwerkt(c, 'persoonsgegevens.vastleggen', [dossier.id]);
    verwerkt(c, 'signalen.vastleggen', [dossier.id]);
    verwerkt(c, 'beoordelingen.vastleggen', [dossier.id]);
    return c.redirect(`/dossiers/${dossier.id}?gedaan=geregistreerd`, 303);
  } catch (err) {
    if (!(err instanceof IntakeWeigering)) throw err;
    const terugStap = err.stap === 'dossier' ? 'situatie' : err.stap === 'persoonsgegevens' ? 'persoon' : err.stap;
    const [deel, voorvoegsel] = DELEN[terugStap];
    const { fouten, status } = foutenUitProbleem(err.oorzaak, voorvoegsel);
    return toonStap(c, terugStap, w, formulierTekst(naarVelden(fouten, deel.velden)), status);
  }
}

export const nieuwDossierRoutes = new Hono<WebEnv>()
  .get('/dossiers/nieuw', pagina('dossiers.aanmaken'), (c) => {
    const dag = naarInvoerDatum(vandaag(c));
    return toonStap(c, 'situatie', { 'signaal.ontvangstdatum': dag, 'beoordeling.beoordelingsdatum': dag }, {});
  })
  .post('/dossiers/nieuw', pagina('dossiers.aanmaken'), (c) => verwerkStap(c));

