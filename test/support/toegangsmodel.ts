// A small reference model of who may see what of a dossier (docs/toegangsmodel.md), and the
// fast-check commands that drive the real service and check it against the model after every step.
// Used by test/api/toegang-invariant.test.ts (a fixed-seed sample in CI) and by
// `npm run test:toegang-lang` (a long run).
//
// The model is written from the rules, not from the code: a grant has a purpose, a source and a
// scope; a referral passes on at most what the sender may pass on and what the consent or basis
// allows; a refusal or withdrawal ends exactly the referral's grant; the M55 opens the identity to
// the IND and the pseudonymous dossier to the COA; CoMensha's registration and the OM's copy are
// pseudonymous; joining with proof of knowing the person gives the identity; closing and reopening
// grant nothing and need a grant that may change the dossier; notifications, reminders and jobs
// grant nothing — nor does CoMensha's withdrawal
// (aanmelding_ingetrokken). An aangifte or cooperation grants the same (M55 to IND/COA, the OM's copy)
// whichever path records it: the criminal track, the early end of the bedenktijd, or the answer
// geweigerd_direct_aangifte (docs/regels.md R1); an aangifte without an informatief gesprek or acute
// situation is refused and grants nothing (R5).
import fc from 'fast-check';
import { and, eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { bedenktijden, kennisgevingen, toegangsrechten } from '../../src/db/schema.js';
import { bedenktijdHerinneringen } from '../../src/jobs/bedenktijd-herinneringen.js';
import { bedenktijdVerlopen } from '../../src/jobs/bedenktijd-verlopen.js';
import type { DemoCode } from '../../src/seed/demo.js';
import type { Rol } from '../../src/domain/catalogus.js';
import type { Antwoord, TestApp } from './harness.js';

type Reikwijdte = 'pseudoniem' | 'identiteit';
interface Grant { reikwijdte: Reikwijdte; wijzigen: boolean; doorgeven: boolean }

/** The organisations in play: nine of seven types, each with the role its staff use. */
export const ORGANISATIES: ReadonlyArray<{ code: DemoCode; rol: Rol }> = [
  { code: 'politie', rol: 'intaker' }, { code: 'politie2', rol: 'intaker' }, { code: 'kmar', rol: 'intaker' },
  { code: 'nla', rol: 'intaker' }, { code: 'comensha', rol: 'zorgcoordinator' }, { code: 'zorg', rol: 'zorgcoordinator' },
  { code: 'opvang', rol: 'opvangmedewerker' }, { code: 'gemeente', rol: 'zorgcoordinator' }, { code: 'ind', rol: 'ind_medewerker' },
  { code: 'coa', rol: 'coa_medewerker' }, { code: 'om', rol: 'officier' },
];
const INTAKERS: DemoCode[] = ['politie', 'politie2', 'kmar', 'nla'];
const VERWIJZERS: DemoCode[] = ['politie', 'politie2', 'kmar', 'nla', 'comensha', 'zorg', 'gemeente'];
/** The receivers a referral can go to, with the purpose that fits their type. */
const ONTVANGERS: ReadonlyArray<{ code: DemoCode; doel: string }> = [
  { code: 'politie', doel: 'politie' }, { code: 'politie2', doel: 'politie' }, { code: 'nla', doel: 'nla' },
  { code: 'comensha', doel: 'zorgcoordinator' }, { code: 'zorg', doel: 'zorgcoordinator' }, { code: 'opvang', doel: 'cosm' },
  { code: 'gemeente', doel: 'gemeente' },
];
/** Consent or basis, and what it lets the receiver see. */
const DELINGEN: ReadonlyArray<{ toestemming: string; grondslag: string | null; deling: Reikwijdte }> = [
  { toestemming: 'ja', grondslag: null, deling: 'identiteit' },
  { toestemming: 'nee', grondslag: 'wettelijke_taak', deling: 'pseudoniem' },
  { toestemming: 'niet_gevraagd', grondslag: 'acuut_gevaar', deling: 'identiteit' },
];
const ROLLEN_MET_IDENTITEIT: readonly Rol[] = ['intaker', 'ind_medewerker', 'zorgcoordinator', 'opvangmedewerker'];

interface ModelDossier {
  id: string; dossiernummer: string; achternaam: string; vnummer: string; asiel: boolean; vastgesteld: boolean; bedenktijd: boolean; gesloten: boolean;
  /** An informatief gesprek is on record (an assessment with gevoerd: true): an aangifte may follow. */
  gesprek: boolean;
  /** The last bedenktijd offered in the run, if any. */
  bedenktijdId: string | null;
}
interface ModelVerwijzing { id: string; dossier: number; van: DemoCode; naar: DemoCode; doel: string; status: 'open' | 'aanvaard' | 'afgewezen' | 'ingetrokken' | 'afgerond' }

export class Model {
  dossiers: ModelDossier[] = [];
  verwijzingen: ModelVerwijzing[] = [];
  /** key `org|dossierId|doel|bron` */
  grants = new Map<string, Grant>();

  grantsVan(org: DemoCode, dossierId: string): Grant[] {
    return [...this.grants].filter(([k]) => k.startsWith(`${org}|${dossierId}|`)).map(([, g]) => g);
  }
  heeftToegang(org: DemoCode, dossierId: string) { return this.grantsVan(org, dossierId).length > 0; }
  identiteitToegestaan(org: DemoCode, rol: Rol, dossierId: string) {
    return ROLLEN_MET_IDENTITEIT.includes(rol) && this.grantsVan(org, dossierId).some((g) => g.reikwijdte === 'identiteit');
  }
  magWijzigen(org: DemoCode, dossierId: string) { return this.grantsVan(org, dossierId).some((g) => g.wijzigen); }
  doorgeefbaar(org: DemoCode, dossierId: string): Reikwijdte | null {
    const g = this.grantsVan(org, dossierId).filter((x) => x.doorgeven);
    if (g.length === 0) return null;
    return g.some((x) => x.reikwijdte === 'identiteit') ? 'identiteit' : 'pseudoniem';
  }
  verleen(org: DemoCode, dossierId: string, doel: string, bron: string, g: Grant) {
    const k = `${org}|${dossierId}|${doel}|${bron}`;
    if (!this.grants.has(k)) this.grants.set(k, g);
  }
  beeindig(doel: string, bron: string) {
    for (const k of [...this.grants.keys()]) if (k.endsWith(`|${doel}|${bron}`)) this.grants.delete(k);
  }
}

export interface Echt { t: TestApp; ids: Record<DemoCode, string>; teller: { n: number }; prefix: string }

const rolVan = (org: DemoCode) => ORGANISATIES.find((o) => o.code === org)!.rol;
const codeVanId = (r: Echt, id: string) => (Object.entries(r.ids).find(([, v]) => v === id)?.[0]) as DemoCode;

async function verzoek(r: Echt, org: DemoCode, methode: string, pad: string, body?: unknown, headers?: Record<string, string>): Promise<Antwoord> {
  return r.t.verzoek(methode, pad, { sleutel: r.t.sleutel(org, rolVan(org)), body, headers });
}

let volgnummerPersoon = 0;
const vandaag = (r: Echt) => r.t.klok.now().toISOString().slice(0, 10);

/** After every step: the grants in the database are exactly the model's, for this run's dossiers. */
async function vergelijkGrants(m: Model, r: Echt) {
  const ids = m.dossiers.map((d) => d.id);
  if (ids.length === 0) return;
  const rijen = await r.t.db.select().from(toegangsrechten).where(inArray(toegangsrechten.dossierId, ids));
  const echt = Object.fromEntries(rijen.map((g) => [
    `${codeVanId(r, g.organisatieId)}|${g.dossierId}|${g.doel}|${g.bronId}`,
    { reikwijdte: g.reikwijdte, wijzigen: g.magWijzigen, doorgeven: g.magDoorgeven },
  ]));
  expect(echt).toEqual(Object.fromEntries(m.grants));
}

abstract class Stap implements fc.AsyncCommand<Model, Echt> {
  abstract check(m: Readonly<Model>): boolean;
  abstract uitvoeren(m: Model, r: Echt): Promise<void>;
  async run(m: Model, r: Echt) {
    await this.uitvoeren(m, r);
    await vergelijkGrants(m, r);
  }
  abstract toString(): string;
}

// ---- Writes ----

class Registreer extends Stap {
  constructor(readonly org: DemoCode, readonly asiel: boolean) { super(); }
  check() { return true; }
  async uitvoeren(m: Model, r: Echt) {
    const n = ++r.teller.n;
    const achternaam = `${r.prefix}Persoon${n}`;
    const vnummer = String(7_000_000_000 + ++volgnummerPersoon);
    const d = await verzoek(r, this.org, 'POST', '/v1/dossiers', {
      nationaliteitCategorie: 'derdelander', verblijfssituatie: this.asiel ? 'asielzoeker' : 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig',
    });
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    const pg = await verzoek(r, this.org, 'PUT', `/v1/dossiers/${d.body.id}/persoonsgegevens`, {
      voornamen: 'Model', geslachtsnaam: achternaam, geboortedatum: '1990-01-01', nationaliteit: 'NG', vreemdelingennummer: vnummer, geslacht: 'vrouw', talen: [],
    });
    expect(pg.status, JSON.stringify(pg.body)).toBe(201);
    m.dossiers.push({ id: d.body.id, dossiernummer: d.body.dossiernummer, achternaam, vnummer, asiel: this.asiel, vastgesteld: false, bedenktijd: false, gesloten: false, gesprek: false, bedenktijdId: null });
    m.verleen(this.org, d.body.id, 'registratie', d.body.id, { reikwijdte: 'identiteit', wijzigen: true, doorgeven: true });
  }
  toString() { return `Registreer(${this.org}${this.asiel ? ', asiel' : ''})`; }
}

class Verwijs extends Stap {
  constructor(readonly dossier: number, readonly van: DemoCode, readonly naar: number, readonly deling: number) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const d = m.dossiers[this.dossier % m.dossiers.length]!;
    const ontvanger = ONTVANGERS[this.naar % ONTVANGERS.length]!;
    const deling = DELINGEN[this.deling % DELINGEN.length]!;
    const res = await verzoek(r, this.van, 'POST', `/v1/dossiers/${d.id}/verwijzingen`, {
      doel: ontvanger.doel, ontvangendeOrganisatieId: r.ids[ontvanger.code], reden: 'Model.', urgentie: 'normaal',
      toestemming: deling.toestemming, grondslag: deling.grondslag,
    });
    const doorgeefbaar = m.doorgeefbaar(this.van, d.id);
    const lopend = m.verwijzingen.some((v) => v.dossier === m.dossiers.indexOf(d) && v.naar === ontvanger.code && v.doel === ontvanger.doel && (v.status === 'open' || v.status === 'aanvaard'));
    if (!m.heeftToegang(this.van, d.id)) return void expect(res.status, JSON.stringify(res.body)).toBe(404);
    if (doorgeefbaar === null) return void expect(res.status, JSON.stringify(res.body)).toBe(403);
    if (d.gesloten) return void expect(res.status, JSON.stringify(res.body)).toBe(409);
    if (ontvanger.code === this.van) return void expect(res.status, JSON.stringify(res.body)).toBe(422);
    if (lopend) return void expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const reikwijdte: Reikwijdte = doorgeefbaar === 'identiteit' && deling.deling === 'identiteit' ? 'identiteit' : 'pseudoniem';
    expect(res.body.gegevensdeling).toBe(reikwijdte);
    m.verwijzingen.push({ id: res.body.id, dossier: m.dossiers.indexOf(d), van: this.van, naar: ontvanger.code, doel: ontvanger.doel, status: 'open' });
    m.verleen(ontvanger.code, d.id, 'verwijzing', res.body.id, { reikwijdte, wijzigen: false, doorgeven: true });
  }
  toString() { return `Verwijs(d${this.dossier}, ${this.van} → ${ONTVANGERS[this.naar % ONTVANGERS.length]!.code}, ${DELINGEN[this.deling % DELINGEN.length]!.toestemming})`; }
}

class Besluit extends Stap {
  constructor(readonly verwijzing: number, readonly aanvaard: boolean) { super(); }
  check(m: Readonly<Model>) { return m.verwijzingen.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const v = m.verwijzingen[this.verwijzing % m.verwijzingen.length]!;
    const res = await verzoek(r, v.naar, 'POST', `/v1/verwijzingen/${v.id}/besluit`,
      this.aanvaard ? { besluit: 'aanvaard' } : { besluit: 'afgewezen', afwijzingsreden: 'geen_capaciteit' });
    if (v.status !== 'open') return void expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    v.status = this.aanvaard ? 'aanvaard' : 'afgewezen';
    if (!this.aanvaard) m.beeindig('verwijzing', v.id);
  }
  toString() { return `Besluit(v${this.verwijzing}, ${this.aanvaard ? 'aanvaard' : 'afgewezen'})`; }
}

class TrekIn extends Stap {
  constructor(readonly verwijzing: number) { super(); }
  check(m: Readonly<Model>) { return m.verwijzingen.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const v = m.verwijzingen[this.verwijzing % m.verwijzingen.length]!;
    const res = await verzoek(r, v.van, 'POST', `/v1/verwijzingen/${v.id}/intrekking`);
    if (v.status !== 'open') return void expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    v.status = 'ingetrokken';
    m.beeindig('verwijzing', v.id);
  }
  toString() { return `TrekIn(v${this.verwijzing})`; }
}

class RondAf extends Stap {
  constructor(readonly verwijzing: number) { super(); }
  check(m: Readonly<Model>) { return m.verwijzingen.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const v = m.verwijzingen[this.verwijzing % m.verwijzingen.length]!;
    const res = await verzoek(r, v.naar, 'POST', `/v1/verwijzingen/${v.id}/afronding`);
    if (v.status !== 'aanvaard') return void expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    v.status = 'afgerond'; // completed care keeps its grant (on record)
  }
  toString() { return `RondAf(v${this.verwijzing})`; }
}

class Beoordeel extends Stap {
  constructor(readonly dossier: number, readonly org: DemoCode, readonly vastgesteld = true) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const d = m.dossiers[this.dossier % m.dossiers.length]!;
    const res = await verzoek(r, this.org, 'POST', `/v1/dossiers/${d.id}/beoordelingen`, {
      beoordelingsdatum: vandaag(r), informatiefGesprek: { gevoerd: true, datum: vandaag(r) },
      elementen: { handeling: true, middel: this.vastgesteld, oogmerk: true }, indicatoren: [],
      resultaat: this.vastgesteld ? 'vastgesteld' : 'niet_vastgesteld', redenen: this.vastgesteld ? [] : ['geen_middel'],
      toelichting: this.vastgesteld ? null : 'Model.', vervangt: null,
    });
    if (!m.heeftToegang(this.org, d.id)) return void expect(res.status, JSON.stringify(res.body)).toBe(404);
    if (d.gesloten) return void expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    d.vastgesteld = this.vastgesteld;
    d.gesprek = true;
    // CoMensha's registration: pseudonymous, may refer on (B8/3.1 Vc 2000). Its withdrawal (a later
    // assessment not established) grants and ends nothing.
    if (this.vastgesteld) m.verleen('comensha', d.id, 'aanmelding', d.id, { reikwijdte: 'pseudoniem', wijzigen: false, doorgeven: true });
  }
  toString() { return `Beoordeel(d${this.dossier}, ${this.org}${this.vastgesteld ? '' : ', niet_vastgesteld'})`; }
}

/** What an aangifte or cooperation grants, whichever path records it (docs/regels.md R1). */
function verleenVoorAangifte(m: Model, d: ModelDossier) {
  m.verleen('ind', d.id, 'm55', d.id, { reikwijdte: 'identiteit', wijzigen: false, doorgeven: false });
  if (d.asiel) m.verleen('coa', d.id, 'm55', d.id, { reikwijdte: 'pseudoniem', wijzigen: false, doorgeven: false });
  m.verleen('om', d.id, 'om_kopie', d.id, { reikwijdte: 'pseudoniem', wijzigen: false, doorgeven: false });
}

class VerleenBedenktijd extends Stap {
  constructor(readonly dossier: number, readonly org: DemoCode, readonly reactie: 'aanvaard' | 'geweigerd_direct_aangifte' = 'aanvaard') { super(); }
  check(m: Readonly<Model>) { return m.dossiers.some((d) => d.vastgesteld); }
  async uitvoeren(m: Model, r: Echt) {
    const kandidaten = m.dossiers.filter((d) => d.vastgesteld);
    const d = kandidaten[this.dossier % kandidaten.length]!;
    const beoordelingen = await verzoek(r, this.org, 'GET', `/v1/dossiers/${d.id}/beoordelingen`);
    // The latest established assessment that was not replaced (a later one may be niet_vastgesteld).
    const geldig = beoordelingen.status === 200
      ? (beoordelingen.body.beoordelingen as Array<{ id: string; resultaat: string; vervangenDoor: string | null }>).filter((b) => b.resultaat === 'vastgesteld' && !b.vervangenDoor).at(-1)
      : undefined;
    const beoordelingId = geldig?.id ?? crypto.randomUUID();
    const aanbod = await verzoek(r, this.org, 'POST', `/v1/dossiers/${d.id}/bedenktijden`, { aanbiedingsdatum: vandaag(r), beoordelingId });
    if (!m.heeftToegang(this.org, d.id)) return void expect(aanbod.status, JSON.stringify(aanbod.body)).toBe(404);
    if (d.gesloten) return void expect(aanbod.status, JSON.stringify(aanbod.body)).toBe(409);
    if (aanbod.status === 409) return; // one open bedenktijd per dossier; its life cycle is tested elsewhere
    expect(aanbod.status, JSON.stringify(aanbod.body)).toBe(201);
    d.bedenktijdId = aanbod.body.id;
    const reactie = await verzoek(r, this.org, 'POST', `/v1/bedenktijden/${aanbod.body.id}/reactie`, { reactie: this.reactie, datum: vandaag(r), opvangGewenst: false });
    // The offer needs an established assessment, which carries the informatief gesprek of that day.
    expect(reactie.status, JSON.stringify(reactie.body)).toBe(200);
    if (this.reactie === 'geweigerd_direct_aangifte') {
      // Declining to report at once IS an aangifte: the same grants as on the criminal track.
      verleenVoorAangifte(m, d);
      return;
    }
    d.bedenktijd = true;
    // The M55 (B8/3.1 Vc 2000): identity to the IND; pseudonymous to the COA for an asylum seeker.
    m.verleen('ind', d.id, 'm55', d.id, { reikwijdte: 'identiteit', wijzigen: false, doorgeven: false });
    if (d.asiel) m.verleen('coa', d.id, 'm55', d.id, { reikwijdte: 'pseudoniem', wijzigen: false, doorgeven: false });
  }
  toString() { return `VerleenBedenktijd(d${this.dossier}, ${this.org}, ${this.reactie})`; }
}

const ACUTE_SITUATIE = {
  omschrijving: 'Model: acuut.', opsporingZonderAangifteMeegedeeld: true, opsporingsindicaties: 'geen_bruikbare', gewezenOpHulpverlening: true,
};

class Aangifte extends Stap {
  constructor(readonly dossier: number, readonly org: DemoCode, readonly acuut = false) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const d = m.dossiers[this.dossier % m.dossiers.length]!;
    const res = await verzoek(r, this.org, 'POST', `/v1/dossiers/${d.id}/strafrechtelijke-gebeurtenissen`, {
      soort: 'aangifte', datum: vandaag(r), redenen: [], toelichting: null, ...(this.acuut ? { acuteSituatie: ACUTE_SITUATIE } : {}),
    });
    if (!m.heeftToegang(this.org, d.id)) return void expect(res.status, JSON.stringify(res.body)).toBe(404);
    if (d.gesloten) return void expect(res.status, JSON.stringify(res.body)).toBe(409);
    // Aanwijzing mensenhandel: no aangifte without an informatief gesprek before it, or an acute situation.
    if (!d.gesprek && !this.acuut) return void expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // m55_aangifte to the IND (and COA for an asylum seeker); a pseudonymous copy to the OM.
    verleenVoorAangifte(m, d);
  }
  toString() { return `Aangifte(d${this.dossier}, ${this.org}${this.acuut ? ', acuut' : ''})`; }
}

/** The early end of the bedenktijd with a victim's act as reason: the same grants as that act anywhere else. */
class Beeindig extends Stap {
  constructor(readonly dossier: number, readonly org: DemoCode, readonly reden: 'aangifte' | 'medewerking_strafproces' | 'afzien_medewerking') { super(); }
  check(m: Readonly<Model>) { return m.dossiers.some((d) => d.bedenktijdId !== null); }
  async uitvoeren(m: Model, r: Echt) {
    const kandidaten = m.dossiers.filter((d) => d.bedenktijdId !== null);
    const d = kandidaten[this.dossier % kandidaten.length]!;
    // Whether it still runs (an aangifte, an end or expiry may have closed it) is the bedenktijd's own
    // life cycle, tested elsewhere; it is read from the table to know what to expect.
    const [stand] = await r.t.db.select({ status: bedenktijden.status }).from(bedenktijden).where(eq(bedenktijden.id, d.bedenktijdId!));
    const lopend = stand?.status === 'lopend';
    const res = await verzoek(r, this.org, 'POST', `/v1/bedenktijden/${d.bedenktijdId}/beeindiging`, { reden: this.reden, datum: vandaag(r), toelichting: null });
    if (!m.heeftToegang(this.org, d.id)) return void expect(res.status, JSON.stringify(res.body)).toBe(404);
    if (!lopend) return void expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (this.reden !== 'afzien_medewerking') verleenVoorAangifte(m, d);
  }
  toString() { return `Beeindig(b${this.dossier}, ${this.org}, ${this.reden})`; }
}

class Wijzig extends Stap {
  constructor(readonly dossier: number, readonly org: DemoCode) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const d = m.dossiers[this.dossier % m.dossiers.length]!;
    const huidig = await verzoek(r, this.org, 'GET', `/v1/dossiers/${d.id}`);
    if (!m.heeftToegang(this.org, d.id)) return void expect(huidig.status).toBe(404);
    const res = await verzoek(r, this.org, 'PATCH', `/v1/dossiers/${d.id}`, { eurechtelijkeAanspraken: null }, { 'If-Match': huidig.headers.get('etag')! });
    expect(res.status, JSON.stringify(res.body)).toBe(m.magWijzigen(this.org, d.id) ? 200 : 403);
  }
  toString() { return `Wijzig(d${this.dossier}, ${this.org})`; }
}

/**
 * One person, one dossier: an intaker joins the dossier with its own signal, proving it knows the
 * person (by V-number, or — at random — a wrong one, which must be a 404 as for no dossier at all).
 */
class SluitAan extends Stap {
  constructor(readonly dossier: number, readonly org: DemoCode, readonly bewijsKlopt: boolean) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const d = m.dossiers[this.dossier % m.dossiers.length]!;
    const res = await verzoek(r, this.org, 'POST', `/v1/dossiers/${d.dossiernummer}/aansluiting`, {
      persoon: { vreemdelingennummer: this.bewijsKlopt ? d.vnummer : '0000000001' }, reden: 'Model.',
      signaal: { ontvangstdatum: vandaag(r), bron: 'slachtoffer_zelf', uitbuitingsvormen: ['arbeid'], indicatoren: [], locatie: 'nederland' },
    });
    if (!this.bewijsKlopt) return void expect(res.status, JSON.stringify(res.body)).toBe(404);
    if (m.heeftToegang(this.org, d.id)) return void expect(res.status, JSON.stringify(res.body)).toBe(409);
    if (d.gesloten) return void expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    m.verleen(this.org, d.id, 'aansluiting', d.id, { reikwijdte: 'identiteit', wijzigen: true, doorgeven: true });
  }
  toString() { return `SluitAan(d${this.dossier}, ${this.org}, ${this.bewijsKlopt ? 'bewijs' : 'geen bewijs'})`; }
}

/** Closing and reopening: only with a grant that may change the dossier; a closed one takes no new registrations. */
class SluitOfHeropen extends Stap {
  constructor(readonly dossier: number, readonly org: DemoCode) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const d = m.dossiers[this.dossier % m.dossiers.length]!;
    const huidig = await verzoek(r, this.org, 'GET', `/v1/dossiers/${d.id}`);
    if (!m.heeftToegang(this.org, d.id)) return void expect(huidig.status).toBe(404);
    const pad = d.gesloten ? 'heropening' : 'sluiting';
    const res = await verzoek(r, this.org, 'POST', `/v1/dossiers/${d.id}/${pad}`, { reden: 'Model.' }, { 'If-Match': huidig.headers.get('etag')! });
    if (!m.magWijzigen(this.org, d.id)) return void expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    d.gesloten = !d.gesloten;
  }
  toString() { return `SluitOfHeropen(d${this.dossier}, ${this.org})`; }
}

class Jobs extends Stap {
  constructor(readonly dagen: number) { super(); }
  check() { return true; }
  async uitvoeren(_m: Model, r: Echt) {
    r.t.klok.verzet(this.dagen * 86_400_000);
    // The jobs that notify about a dossier: reminders (to the offering organisation and open
    // referrals) and expiry (to IND and COA). They grant nothing beyond the M55 grant IND and COA hold.
    await bedenktijdHerinneringen(r.t.deps);
    await bedenktijdVerlopen(r.t.deps);
  }
  toString() { return `Jobs(+${this.dagen}d)`; }
}

/** The organisations that offer a bedenktijd themselves (the NLA advises the police instead). */
const AANBIEDERS: DemoCode[] = ['politie', 'politie2', 'kmar'];
const aanbiederVan = (m: Readonly<Model>, d: ModelDossier) => AANBIEDERS.find((o) => m.grantsVan(o, d.id).some((g) => g.wijzigen)) ?? null;

/**
 * The usual intake as one step: the organisation that holds the dossier establishes the assessment,
 * offers the bedenktijd, the person accepts, and the organisation refers the person on. Single random
 * steps rarely line these up (each needs the right organisation in the right order), yet the
 * time-triggered paths — reminders to the receivers of open referrals — start only from here.
 */
class Intake extends Stap {
  constructor(readonly dossier: number, readonly naar: number, readonly deling: number) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.some((d) => aanbiederVan(m, d) !== null); }
  async uitvoeren(m: Model, r: Echt) {
    const kandidaten = m.dossiers.filter((d) => aanbiederVan(m, d) !== null);
    const d = kandidaten[this.dossier % kandidaten.length]!;
    const org = aanbiederVan(m, d)!;
    await new Beoordeel(m.dossiers.indexOf(d), org).run(m, r);
    if (d.vastgesteld) await new VerleenBedenktijd(m.dossiers.filter((x) => x.vastgesteld).indexOf(d), org).run(m, r);
    await new Verwijs(m.dossiers.indexOf(d), org, this.naar, this.deling).run(m, r);
  }
  toString() {
    return `Intake(d${this.dossier}, → ${ONTVANGERS[this.naar % ONTVANGERS.length]!.code}, ${DELINGEN[this.deling % DELINGEN.length]!.toestemming})`;
  }
}

/**
 * The jobs run on the day a running bedenktijd's reminder (14 and 3 days before its end) or expiry
 * falls due. Time-triggered notifications happen at these moments only, which random jumps of the
 * clock (Jobs) rarely hit; this step goes there on purpose (never back in time).
 */
class JobsOpTermijn extends Stap {
  constructor(readonly dossier: number, readonly dagenVoorEinde: number) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.some((d) => d.bedenktijd); }
  async uitvoeren(m: Model, r: Echt) {
    const lopend = m.dossiers.filter((d) => d.bedenktijd);
    const d = lopend[this.dossier % lopend.length]!;
    const [b] = await r.t.db.select({ eind: bedenktijden.uiterlijkeEinddatum }).from(bedenktijden).where(eq(bedenktijden.id, d.bedenktijdId!));
    if (b?.eind) {
      const moment = new Date(`${b.eind}T10:00:00Z`).getTime() - this.dagenVoorEinde * 86_400_000;
      if (moment > r.t.klok.now().getTime()) r.t.klok.zet(new Date(moment));
    }
    await bedenktijdHerinneringen(r.t.deps);
    await bedenktijdVerlopen(r.t.deps);
  }
  toString() { return `JobsOpTermijn(d${this.dossier}, ${this.dagenVoorEinde} dagen voor het einde)`; }
}

// ---- Reads: every way to read the identity ----

class LeesPersoonsgegevens extends Stap {
  constructor(readonly dossier: number, readonly org: number) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const d = m.dossiers[this.dossier % m.dossiers.length]!;
    const { code, rol } = ORGANISATIES[this.org % ORGANISATIES.length]!;
    const res = await verzoek(r, code, 'GET', `/v1/dossiers/${d.id}/persoonsgegevens`);
    const toegestaan = m.identiteitToegestaan(code, rol, d.id);
    if (toegestaan) expect(res.status, `${code} ${res.text}`).toBe(200);
    else expect([403, 404], `${code} ${res.text}`).toContain(res.status);
    if (!toegestaan) expect(res.text).not.toContain(d.achternaam);
    if (!m.heeftToegang(code, d.id) && res.status !== 403) expect(res.status).toBe(404);
  }
  toString() { return `LeesPersoonsgegevens(d${this.dossier}, ${ORGANISATIES[this.org % ORGANISATIES.length]!.code})`; }
}

class Zoek extends Stap {
  constructor(readonly dossier: number, readonly org: number, readonly opNummer: boolean) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const d = m.dossiers[this.dossier % m.dossiers.length]!;
    const { code, rol } = ORGANISATIES[this.org % ORGANISATIES.length]!;
    const res = await verzoek(r, code, 'POST', '/v1/dossiers/_zoek',
      this.opNummer ? { vreemdelingennummer: d.vnummer } : { geslachtsnaam: d.achternaam, geboortedatum: '1990-01-01' });
    const gevonden = res.status === 200 && (res.body.dossiers as Array<{ id: string }>).some((x) => x.id === d.id);
    expect(gevonden, `${code} zoekt ${this.opNummer ? 'V-nummer' : 'naam'}`).toBe(m.identiteitToegestaan(code, rol, d.id));
  }
  toString() { return `Zoek(d${this.dossier}, ${ORGANISATIES[this.org % ORGANISATIES.length]!.code}, ${this.opNummer ? 'V-nummer' : 'naam'})`; }
}

/** Every notification of the organisation about this run's dossiers, as JSON and (M55) as the printable form. */
class LeesKennisgevingen extends Stap {
  constructor(readonly org: number) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const { code, rol } = ORGANISATIES[this.org % ORGANISATIES.length]!;
    const perId = new Map(m.dossiers.map((d) => [d.id, d]));
    // Which notifications exist is read from the table (the feed holds every earlier run's too);
    // each is then read through the API as its receiver would.
    const items = await r.t.db.select({ id: kennisgevingen.id, soort: kennisgevingen.soort, dossierId: kennisgevingen.dossierId }).from(kennisgevingen)
      .where(and(eq(kennisgevingen.ontvangerOrganisatieId, r.ids[code]), inArray(kennisgevingen.dossierId, [...perId.keys()])));
    {
      for (const k of items) {
        const d = perId.get(k.dossierId!)!;
        const identiteit = m.identiteitToegestaan(code, rol, d.id);
        // The COA's M55 copy names the resident by V-number only (B8/3.1 Vc 2000); nobody else
        // sees the V-number without an identity grant.
        const vnummer = identiteit || (code === 'coa' && m.grantsVan('coa', d.id).length > 0);
        const json = await verzoek(r, code, 'GET', `/v1/kennisgevingen/${k.id}`);
        expect(json.status).toBe(200);
        if (!identiteit) expect(json.text, `${code} ${k.soort}`).not.toContain(d.achternaam);
        if (!vnummer) expect(json.text, `${code} ${k.soort}`).not.toContain(d.vnummer);
        if (k.soort.startsWith('m55_')) {
          const html = await verzoek(r, code, 'GET', `/v1/kennisgevingen/${k.id}`, undefined, { Accept: 'text/html' });
          if (!identiteit) expect(html.text).not.toContain(d.achternaam);
          if (!vnummer) expect(html.text).not.toContain(d.vnummer);
        }
      }
    }
  }
  toString() { return `LeesKennisgevingen(${ORGANISATIES[this.org % ORGANISATIES.length]!.code})`; }
}

class LeesTijdlijn extends Stap {
  constructor(readonly dossier: number, readonly org: number) { super(); }
  check(m: Readonly<Model>) { return m.dossiers.length > 0; }
  async uitvoeren(m: Model, r: Echt) {
    const d = m.dossiers[this.dossier % m.dossiers.length]!;
    const { code } = ORGANISATIES[this.org % ORGANISATIES.length]!;
    const res = await verzoek(r, code, 'GET', `/v1/dossiers/${d.id}/tijdlijn`);
    expect(res.status).toBe(m.heeftToegang(code, d.id) ? 200 : 404);
    expect(res.text).not.toContain(d.achternaam);
    expect(res.text).not.toContain(d.vnummer);
  }
  toString() { return `LeesTijdlijn(d${this.dossier}, ${ORGANISATIES[this.org % ORGANISATIES.length]!.code})`; }
}

const dossierIdx = fc.nat(7);
const org = fc.nat(ORGANISATIES.length - 1);

/** The command arbitraries: writes that create, refer, decide, withdraw, notify and run jobs; and every read. */
export const stappen = [
  fc.tuple(fc.constantFrom(...INTAKERS), fc.boolean()).map(([o, a]) => new Registreer(o, a)),
  fc.tuple(dossierIdx, fc.constantFrom(...VERWIJZERS), fc.nat(ONTVANGERS.length - 1), fc.nat(DELINGEN.length - 1)).map(([d, v, n, g]) => new Verwijs(d, v, n, g)),
  fc.tuple(dossierIdx, fc.constantFrom(...VERWIJZERS), fc.nat(ONTVANGERS.length - 1), fc.nat(DELINGEN.length - 1)).map(([d, v, n, g]) => new Verwijs(d, v, n, g)),
  fc.tuple(fc.nat(15), fc.boolean()).map(([v, a]) => new Besluit(v, a)),
  fc.nat(15).map((v) => new TrekIn(v)),
  fc.nat(15).map((v) => new RondAf(v)),
  fc.tuple(dossierIdx, fc.constantFrom(...INTAKERS), fc.boolean()).map(([d, o, v]) => new Beoordeel(d, o, v)),
  fc.tuple(dossierIdx, fc.constantFrom<DemoCode>('politie', 'politie2', 'kmar'), fc.constantFrom('aanvaard' as const, 'geweigerd_direct_aangifte' as const))
    .map(([d, o, reactie]) => new VerleenBedenktijd(d, o, reactie)),
  fc.tuple(dossierIdx, fc.constantFrom(...INTAKERS), fc.boolean()).map(([d, o, a]) => new Aangifte(d, o, a)),
  fc.tuple(dossierIdx, fc.constantFrom(...INTAKERS), fc.constantFrom('aangifte' as const, 'medewerking_strafproces' as const, 'afzien_medewerking' as const))
    .map(([d, o, reden]) => new Beeindig(d, o, reden)),
  fc.tuple(dossierIdx, fc.constantFrom(...INTAKERS)).map(([d, o]) => new Wijzig(d, o)),
  fc.tuple(dossierIdx, fc.constantFrom(...INTAKERS), fc.boolean()).map(([d, o, b]) => new SluitAan(d, o, b)),
  fc.tuple(dossierIdx, fc.constantFrom(...INTAKERS)).map(([d, o]) => new SluitOfHeropen(d, o)),
  fc.integer({ min: 1, max: 100 }).map((n) => new Jobs(n)),
  fc.tuple(dossierIdx, fc.constantFrom(14, 3, 0, -1)).map(([d, n]) => new JobsOpTermijn(d, n)),
  fc.tuple(dossierIdx, fc.nat(ONTVANGERS.length - 1), fc.nat(DELINGEN.length - 1)).map(([d, n, g]) => new Intake(d, n, g)),
  fc.tuple(dossierIdx, org).map(([d, o]) => new LeesPersoonsgegevens(d, o)),
  fc.tuple(dossierIdx, org, fc.boolean()).map(([d, o, n]) => new Zoek(d, o, n)),
  org.map((o) => new LeesKennisgevingen(o)),
  fc.tuple(dossierIdx, org).map(([d, o]) => new LeesTijdlijn(d, o)),
];

/**
 * Runs `aantal` random sequences against the app. Every sequence starts with a registration (so the
 * other steps have a dossier) and ends by reading every organisation's view of every dossier.
 */
export async function controleerToegangsinvariant(t: TestApp, opties: { aantal: number; seed: number; maxStappen?: number }) {
  let run = 0;
  // Jobs steps move the clock forward by up to 100 days; over thousands of runs that passes the
  // service's date range (dates up to 2100-12-31), and every date field would then be refused. A run
  // that starts more than twenty years after the first goes back to the first date: each run reads
  // only its own dossiers, so earlier runs' rows in the "future" change nothing it checks.
  const begin = t.klok.now();
  const horizon = begin.getTime() + 20 * 365 * 86_400_000;
  const property = fc.asyncProperty(
    fc.constantFrom(...INTAKERS), fc.commands(stappen, { maxCommands: opties.maxStappen ?? 12 }),
    async (eerste, commands) => {
      if (t.klok.now().getTime() > horizon) t.klok.zet(begin);
      const m = new Model();
      const r: Echt = { t, ids: t.organisatieIds, teller: { n: 0 }, prefix: `R${++run}x` };
      await fc.asyncModelRun(() => ({ model: m, real: r }), [new Registreer(eerste, run % 2 === 0), ...commands]);
      // The closing sweep: every organisation that holds any grant on a dossier reads its personal
      // data and its notifications (organisations without a grant are read at random in the run).
      for (let d = 0; d < m.dossiers.length; d++) {
        for (let o = 0; o < ORGANISATIES.length; o++) {
          if (m.heeftToegang(ORGANISATIES[o]!.code, m.dossiers[d]!.id)) await new LeesPersoonsgegevens(d, o).run(m, r);
        }
      }
      for (let o = 0; o < ORGANISATIES.length; o++) {
        if (m.dossiers.some((d) => m.heeftToegang(ORGANISATIES[o]!.code, d.id))) await new LeesKennisgevingen(o).run(m, r);
      }
    },
  );
  await fc.assert(property, { numRuns: opties.aantal, seed: opties.seed, endOnFailure: true, verbose: 1, includeErrorInReport: true });
  return run;
}
