// The B8/3 bedenktijd through the API (issue 3; README.md "The *bedenktijd* policy rules", "HTTP conventions"; docs/architectuur.md §3): the offer, the
// victim's answer (grant), the early end, reading, the worklist, the NLA advice and the alert list.
// Every refusal is checked for its Dutch detail and for "nothing written" (tabeltellingen).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditregels, kennisgevingen } from '../../src/db/schema.js';
import type { DemoCode } from '../../src/seed/demo.js';
import type { Rol } from '../../src/domain/catalogus.js';
import { nieuwVnummer } from '../support/personen.js';
import { startTestApp, type Antwoord, type TestApp } from '../support/harness.js';

let t: TestApp;
// The fixed clock: Friday 20 November 2026, 11:00 in Amsterdam.
const VANDAAG = '2026-11-20';
// The fixed clock barely moves, so every request falls in the same rate-limit minute: raise the limit.
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z', env: { RATE_LIMIT_PER_MINUUT: '1000000' } }); });
afterAll(async () => { await t.close(); });

type Opties = Parameters<TestApp['verzoek']>[2];
const intaker = (org: DemoCode = 'politie') => t.sleutel(org, 'intaker');
const ind = () => t.sleutel('ind', 'ind_medewerker');
const coa = () => t.sleutel('coa', 'coa_medewerker');

const PG = { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: '1234567890', geslacht: 'vrouw', talen: ['en'] };
const DERDELANDER = { nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' };

/** Each dossier's own person (test/support/personen.ts): its V-number by dossier id. */
const vnummers = new Map<string, string>();

async function nieuwDossier(extra: Record<string, unknown> = {}, org: DemoCode = 'politie', persoonsgegevens = false): Promise<string> {
  const r = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker(org), body: { ...DERDELANDER, ...extra } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  if (persoonsgegevens) {
    const vnummer = nieuwVnummer();
    vnummers.set(r.body.id, vnummer);
    const p = await t.verzoek('PUT', `/v1/dossiers/${r.body.id}/persoonsgegevens`, { sleutel: intaker(org), body: { ...PG, vreemdelingennummer: vnummer } });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
  }
  return r.body.id;
}

/** docs/domein.md §2: an established assessment (all three elements) on the given date. */
function vastgesteld(datum = VANDAAG, extra: Record<string, unknown> = {}) {
  return {
    beoordelingsdatum: datum, informatiefGesprek: { gevoerd: true, datum }, elementen: { handeling: true, middel: true, oogmerk: true },
    indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null, ...extra,
  };
}

async function beoordeel(dossierId: string, body: Record<string, unknown> = vastgesteld(), org: DemoCode = 'politie'): Promise<string> {
  t.klok.verzet(1000);
  const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/beoordelingen`, { sleutel: intaker(org), body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

/** A dossier with an established assessment, ready for an offer. */
async function klaarVoorAanbod(o: { dossier?: Record<string, unknown>; org?: DemoCode; datum?: string; persoonsgegevens?: boolean } = {}) {
  const dossierId = await nieuwDossier(o.dossier, o.org, o.persoonsgegevens);
  const beoordelingId = await beoordeel(dossierId, vastgesteld(o.datum), o.org);
  return { dossierId, beoordelingId };
}

const biedAan = (dossierId: string, body: Record<string, unknown>, sleutel = intaker()) =>
  t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel, body });
const reageer = (id: string, body: Record<string, unknown>, sleutel = intaker()) =>
  t.verzoek('POST', `/v1/bedenktijden/${id}/reactie`, { sleutel, body });
const beeindig = (id: string, body: Record<string, unknown>, sleutel = intaker()) =>
  t.verzoek('POST', `/v1/bedenktijden/${id}/beeindiging`, { sleutel, body });

async function aangeboden(o: Parameters<typeof klaarVoorAanbod>[0] & { aanbiedingsdatum?: string } = {}) {
  const k = await klaarVoorAanbod(o);
  const r = await biedAan(k.dossierId, { aanbiedingsdatum: o.aanbiedingsdatum ?? o.datum ?? VANDAAG, beoordelingId: k.beoordelingId }, intaker(o.org));
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { ...k, bedenktijdId: r.body.id as string, bedenktijd: r.body };
}

async function verleend(o: Parameters<typeof aangeboden>[0] & { reactiedatum?: string } = {}) {
  const a = await aangeboden(o);
  const r = await reageer(a.bedenktijdId, { reactie: 'aanvaard', datum: o.reactiedatum ?? o.aanbiedingsdatum ?? o.datum ?? VANDAAG, opvangGewenst: true }, intaker(o.org));
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return { ...a, bedenktijd: r.body };
}

/** PATCH /v1/dossiers/{id} with the current ETag. */
async function wijzigDossier(dossierId: string, wijziging: Record<string, unknown>, org: DemoCode = 'politie') {
  const etag = (await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: intaker(org) })).headers.get('etag')!;
  return t.verzoek('PATCH', `/v1/dossiers/${dossierId}`, { sleutel: intaker(org), body: wijziging, headers: { 'If-Match': etag } });
}

/** The whole feed of an organisation through the API, following the Link header. */
async function feed(sleutel: string) {
  const items: Array<{ id: string; soort: string; dossierId: string; volgnummer: number }> = [];
  let pad: string | null = '/v1/kennisgevingen?limit=200';
  while (pad) {
    const r: Antwoord = await t.verzoek('GET', pad, { sleutel });
    expect(r.status).toBe(200);
    items.push(...r.body.kennisgevingen);
    pad = /<([^>]+)>;\s*rel="next"/.exec(r.headers.get('link') ?? '')?.[1] ?? null;
  }
  return items;
}

const feedVoor = async (sleutel: string, dossierId: string, soort?: string) =>
  (await feed(sleutel)).filter((k) => k.dossierId === dossierId && (!soort || k.soort === soort));

/** Every notification about the dossier except CoMensha's aanmelding at the assessment (not part of the bedenktijd). */
const alleKennisgevingen = async (dossierId: string) =>
  (await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.dossierId, dossierId))).filter((k) => k.soort !== 'aanmelding_vermoedelijk_slachtoffer');

/** Row counts, without the rate-limit windows (every request counts there, refused or not). */
async function tellingen() {
  const { snelheidsvensters: _genegeerd, ...rest } = await t.tabeltellingen();
  return rest;
}

async function inhoud(sleutel: string, kennisgevingId: string) {
  const r = await t.verzoek('GET', `/v1/kennisgevingen/${kennisgevingId}`, { sleutel });
  expect(r.status).toBe(200);
  return r.body as { inhoud: Record<string, unknown>; afzenderOrganisatieId: string | null; soort: string };
}

/** Sends a request that must be refused, checks the status, the problem body and that nothing was written. */
async function geweigerd(status: number, methode: string, pad: string, o: Opties) {
  const voor = await tellingen();
  const r = await t.verzoek(methode, pad, o);
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect(r.body).toMatchObject({ status, detail: expect.any(String) });
  expect(await tellingen()).toEqual(voor);
  return r;
}

const namen = (r: Antwoord) => (r.body.invalidParams as Array<{ name: string }>).map((p) => p.name);

// ---------------------------------------------------------------------------------------------

describe('POST /v1/dossiers/{dossierId}/bedenktijden — het aanbod', () => {
  it('README.md "The *bedenktijd* policy rules": politie biedt aan op een vastgestelde beoordeling: 201, Location, status aangeboden, audit, nog geen kennisgeving', async () => {
    const { dossierId, beoordelingId } = await klaarVoorAanbod();
    const voor = await t.tabeltellingen();
    const r = await biedAan(dossierId, { aanbiedingsdatum: VANDAAG, beoordelingId });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.headers.get('location')).toBe(`/v1/bedenktijden/${r.body.id}`);
    expect(r.body).toEqual({
      id: expect.any(String), dossierId, dossiernummer: expect.stringMatching(/^NRM-2026-\d{6}$/), dagenResterend: null, status: 'aangeboden', aanbiedendeOrganisatieId: t.organisatieIds.politie,
      beoordelingId, adviesId: null, aanbiedingsdatum: VANDAAG, reactie: null, reactiedatum: null, opvangGewenst: null,
      ingangsdatum: null, uiterlijkeEinddatum: null, beleidsregel: null, einddatum: null, beeindigingsreden: null,
      beeindigingToelichting: null, tijdstipAangemaakt: t.klok.now().toISOString(), tijdstipGewijzigd: t.klok.now().toISOString(),
    });
    const na = await t.tabeltellingen();
    expect(na.bedenktijden).toBe(voor.bedenktijden! + 1);
    // docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: the M55 goes out at the grant, not at the offer.
    expect(na.kennisgevingen).toBe(voor.kennisgevingen);
    const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, dossierId), eq(auditregels.actie, 'bedenktijd.aangeboden')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ objectId: r.body.id, organisatieId: t.organisatieIds.politie });

    const gelezen = await t.verzoek('GET', `/v1/bedenktijden/${r.body.id}`, { sleutel: intaker() });
    expect(gelezen.status).toBe(200);
    expect(gelezen.body).toEqual(r.body);
    const vanDossier = await t.verzoek('GET', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker() });
    expect(vanDossier.body.bedenktijden).toEqual([r.body]);
  });

  it('README.md "HTTP conventions": dezelfde Idempotency-Key geeft het bewaarde antwoord terug en biedt niet opnieuw aan', async () => {
    const { dossierId, beoordelingId } = await klaarVoorAanbod();
    const o = { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG, beoordelingId }, headers: { 'Idempotency-Key': `aanbod-${dossierId}` } };
    const eerste = await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijden`, o);
    expect(eerste.status).toBe(201);
    const tweede = await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijden`, o);
    expect(tweede.status).toBe(201);
    expect(tweede.body).toEqual(eerste.body);
    expect(tweede.headers.get('location')).toBe(eerste.headers.get('location'));
    const rijen = (await t.verzoek('GET', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker() })).body.bedenktijden;
    expect(rijen).toHaveLength(1);
  });

  it('docs/beslissingen/0014-wie-biedt-aan.md: een KMar-intaker biedt aan', async () => {
    const a = await aangeboden({ org: 'kmar' });
    expect(a.bedenktijd).toMatchObject({ status: 'aangeboden', aanbiedendeOrganisatieId: t.organisatieIds.kmar });
  });

  it('issue 3 punt 4: een aanbiedingsdatum in het verleden (late registratie) mag, op of na de beoordeling', async () => {
    const a = await aangeboden({ datum: '2026-11-02', aanbiedingsdatum: '2026-11-03' });
    expect(a.bedenktijd.aanbiedingsdatum).toBe('2026-11-03');
  });

  it('docs/domein.md §2 (art. 273f(1) sub 2 Sr): bij een minderjarige volstaat vastgesteld zonder middel', async () => {
    const dossierId = await nieuwDossier({ leeftijdscategorie: 'minderjarig' });
    const beoordelingId = await beoordeel(dossierId, vastgesteld(VANDAAG, { elementen: { handeling: true, middel: false, oogmerk: true } }));
    const r = await biedAan(dossierId, { aanbiedingsdatum: VANDAAG, beoordelingId });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    // For an adult the same assessment is inconsistent (sub 1 needs a means): no ground for an offer.
    const volwassen = await nieuwDossier({ leeftijdscategorie: 'meerderjarig' });
    const fout = await t.verzoek('POST', `/v1/dossiers/${volwassen}/beoordelingen`, {
      sleutel: intaker(), body: vastgesteld(VANDAAG, { elementen: { handeling: true, middel: false, oogmerk: true } }),
    });
    expect(fout.status).toBe(422);
    expect(JSON.stringify(fout.body.invalidParams)).toContain('middel');
  });

  it('B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: eu_eer_zwitserland met eurechtelijkeAanspraken false komt in aanmerking', async () => {
    const a = await aangeboden({ dossier: { nationaliteitCategorie: 'eu_eer_zwitserland', eurechtelijkeAanspraken: false, verblijfssituatie: 'tijdelijk_niet_duurzaam' } });
    expect(a.bedenktijd.status).toBe('aangeboden');
  });

  it('B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: na een geweigerd aanbod kan opnieuw worden aangeboden (slechts één tegelijk open)', async () => {
    const a = await aangeboden();
    expect((await reageer(a.bedenktijdId, { reactie: 'geweigerd', datum: VANDAAG })).status).toBe(200);
    const opnieuw = await biedAan(a.dossierId, { aanbiedingsdatum: VANDAAG, beoordelingId: a.beoordelingId });
    expect(opnieuw.status, JSON.stringify(opnieuw.body)).toBe(201);
  });

  describe('weigeringen (niets geschreven)', () => {
    it.each<[string, DemoCode, Rol, RegExp]>([
      ['docs/beslissingen/0014-wie-biedt-aan.md: NLA-intaker biedt niet zelf aan maar legt een advies vast', 'nla', 'intaker', /bedenktijd-advies/],
      ['docs/beslissingen/0014-wie-biedt-aan.md; docs/architectuur.md §3: IND-medewerker mag niet aanbieden', 'ind', 'ind_medewerker', /ind_medewerker/],
      ['docs/beslissingen/0014-wie-biedt-aan.md; docs/architectuur.md §3: COA-medewerker mag niet aanbieden', 'coa', 'coa_medewerker', /coa_medewerker/],
      ['docs/beslissingen/0014-wie-biedt-aan.md; docs/architectuur.md §3: officier van justitie mag niet aanbieden', 'om', 'officier', /officier/],
      ['docs/beslissingen/0014-wie-biedt-aan.md; docs/architectuur.md §3: zorgcoördinator mag niet aanbieden', 'comensha', 'zorgcoordinator', /zorgcoordinator/],
      ['docs/beslissingen/0014-wie-biedt-aan.md; docs/architectuur.md §3: analist van de politie mag niet aanbieden', 'politie', 'analist', /analist/],
    ])('%s (403)', async (_naam, org, rol, detail) => {
      // The NLA intaker refuses on its own dossier, so the 403 is not a disguised 404.
      const { dossierId, beoordelingId } = await klaarVoorAanbod(org === 'nla' ? { org: 'nla' } : {});
      const r = await geweigerd(403, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: t.sleutel(org, rol), body: { aanbiedingsdatum: VANDAAG, beoordelingId } });
      expect(r.body.detail).toMatch(detail);
    });

    it('docs/beslissingen/0014-wie-biedt-aan.md: een beoordeling met resultaat niet_vastgesteld → 422 met de reden', async () => {
      const dossierId = await nieuwDossier();
      const beoordelingId = await beoordeel(dossierId, vastgesteld(VANDAAG, {
        elementen: { handeling: true, middel: false, oogmerk: false }, resultaat: 'niet_vastgesteld', redenen: ['geen_middel'], toelichting: 'Kon vrij gaan en staan.',
      }));
      const r = await geweigerd(422, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG, beoordelingId } });
      expect(r.body.detail).toMatch(/niet vastgesteld/);
      expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'beoordelingId', code: 'niet_vastgesteld' })]);
    });

    it('docs/beslissingen/0014-wie-biedt-aan.md: een vervangen beoordeling → 422 die naar de geldende verwijst', async () => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod();
      const nieuw = await beoordeel(dossierId, vastgesteld(VANDAAG, { vervangt: beoordelingId }));
      const r = await geweigerd(422, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG, beoordelingId } });
      expect(r.body.detail).toMatch(/vervangen/);
      expect(r.body.invalidParams[0]).toMatchObject({ name: 'beoordelingId', code: 'vervangen' });
      expect(r.body.invalidParams[0].reason).toContain(nieuw);
      // The replacing assessment is the right ground.
      expect((await biedAan(dossierId, { aanbiedingsdatum: VANDAAG, beoordelingId: nieuw })).status).toBe(201);
    });

    it('docs/beslissingen/0014-wie-biedt-aan.md: een beoordeling van een ander dossier → 422', async () => {
      const ander = await klaarVoorAanbod();
      const dossierId = await nieuwDossier();
      const r = await geweigerd(422, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG, beoordelingId: ander.beoordelingId } });
      expect(r.body.invalidParams[0]).toMatchObject({ name: 'beoordelingId' });
    });

    it.each<[string, Record<string, unknown>, string, RegExp]>([
      ['B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md / art. 1 Vw 2000: een Nederlander', { nationaliteitCategorie: 'nederlands' }, 'nationaliteitCategorie', /Nederlander/],
      ['B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: onbekende nationaliteit → vul nationaliteitCategorie in', { nationaliteitCategorie: 'onbekend' }, 'nationaliteitCategorie', /onbekend.*[Vv]ul/],
      ['B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: duurzaam verblijf', { verblijfssituatie: 'duurzaam' }, 'verblijfssituatie', /duurzaam/],
      ['B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: onbekende verblijfssituatie → vul verblijfssituatie in', { verblijfssituatie: 'onbekend' }, 'verblijfssituatie', /onbekend.*[Vv]ul/],
      ['B8/3 Vc 2000; art. 1 Vw 2000; docs/domein.md §5: EU-onderdaan zonder vastgelegde eurechtelijkeAanspraken (null)', { nationaliteitCategorie: 'eu_eer_zwitserland', eurechtelijkeAanspraken: null }, 'eurechtelijkeAanspraken', /Unierecht/],
      ['B8/3 Vc 2000 (vn. 57): EU-onderdaan met eurechtelijkeAanspraken true', { nationaliteitCategorie: 'eu_eer_zwitserland', eurechtelijkeAanspraken: true }, 'eurechtelijkeAanspraken', /Unierecht/],
    ])('%s → 422 die het veld noemt', async (_naam, dossier, veld, detail) => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod({ dossier });
      const r = await geweigerd(422, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG, beoordelingId } });
      expect(r.body.detail).toMatch(detail);
      expect(namen(r)).toEqual([veld]);
    });

    it('B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: al een aangeboden bedenktijd open → 409 die de open bedenktijd noemt', async () => {
      const a = await aangeboden();
      const r = await geweigerd(409, 'POST', `/v1/dossiers/${a.dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG, beoordelingId: a.beoordelingId } });
      expect(r.body.detail).toContain(a.bedenktijdId);
      expect(r.body.detail).toMatch(/al een bedenktijd aangeboden/);
    });

    it('B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: al een lopende bedenktijd → 409', async () => {
      const v = await verleend();
      const r = await geweigerd(409, 'POST', `/v1/dossiers/${v.dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG, beoordelingId: v.beoordelingId } });
      expect(r.body.detail).toMatch(/al een bedenktijd lopend/);
    });

    it('issue 3 punt 4: een aanbiedingsdatum in de toekomst → 422 op aanbiedingsdatum', async () => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod();
      const r = await geweigerd(422, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: '2026-11-21', beoordelingId } });
      expect(r.body.detail).toMatch(/toekomst/);
      expect(namen(r)).toEqual(['aanbiedingsdatum']);
    });

    it('issue 3 punt 4: een aanbiedingsdatum vóór de beoordeling → 422', async () => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod({ datum: '2026-11-18' });
      const r = await geweigerd(422, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: '2026-11-17', beoordelingId } });
      expect(r.body.detail).toMatch(/vóór de beoordeling \(2026-11-18\)/);
      expect(namen(r)).toEqual(['aanbiedingsdatum']);
    });

    it('README.md "HTTP conventions": meerdere ongeldige velden → één 400 die ze allemaal noemt', async () => {
      const dossierId = await nieuwDossier();
      const r = await geweigerd(400, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, {
        sleutel: intaker(), body: { aanbiedingsdatum: '20-11-2026', beoordelingId: 'geen-uuid', zaakskansen: 'slecht' },
      });
      expect(namen(r).join(',')).toContain('aanbiedingsdatum');
      expect(namen(r).join(',')).toContain('beoordelingId');
      expect(namen(r).join(',')).toContain('zaakskansen');
    });

    it('docs/beslissingen/0014-wie-biedt-aan.md: precies één van beoordelingId of adviesId (geen van beide, of beide) → 400', async () => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod();
      const geen = await geweigerd(400, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG } });
      expect(namen(geen)).toContain('beoordelingId');
      const beide = await geweigerd(400, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG, beoordelingId, adviesId: beoordelingId } });
      expect(namen(beide)).toContain('beoordelingId');
    });

    it('docs/architectuur.md §3: een dossier van een andere organisatie → 404 (niet 403); een onbekend dossier ook', async () => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod();
      await geweigerd(404, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker('politie2'), body: { aanbiedingsdatum: VANDAAG, beoordelingId } });
      await geweigerd(404, 'POST', `/v1/dossiers/${crypto.randomUUID()}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG, beoordelingId } });
      await geweigerd(404, 'GET', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker('politie2') });
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('POST /v1/bedenktijden/{id}/reactie — aanvaarding verleent de bedenktijd', () => {
  it('docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md; docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: aanvaard → lopend, ingangsdatum = datum, +3 maanden; de M55 precies één keer in de IND-feed met de M55-inhoud', async () => {
    const a = await aangeboden({ persoonsgegevens: true });
    const voor = await t.tabeltellingen();
    const r = await reageer(a.bedenktijdId, { reactie: 'aanvaard', datum: VANDAAG, opvangGewenst: false });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      id: a.bedenktijdId, status: 'lopend', reactie: 'aanvaard', reactiedatum: VANDAAG, opvangGewenst: false,
      // 20 November 2026 + 3 months = 20 February 2027 (docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md, art. 6:8 Awb).
      ingangsdatum: VANDAAG, uiterlijkeEinddatum: '2027-02-20', beleidsregel: 'b8-3-drie-maanden', einddatum: null,
    });
    // geen_rechtmatig_verblijf: IND only, not the COA (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md).
    const na = await t.tabeltellingen();
    expect(na.kennisgevingen).toBe(voor.kennisgevingen! + 1);
    const m55 = await feedVoor(ind(), a.dossierId, 'm55_bedenktijd');
    expect(m55).toHaveLength(1);
    expect(await feedVoor(ind(), a.dossierId)).toHaveLength(1);
    expect(await feedVoor(coa(), a.dossierId)).toHaveLength(0);

    const k = await inhoud(ind(), m55[0]!.id);
    const dossiernummer = (await t.verzoek('GET', `/v1/dossiers/${a.dossierId}`, { sleutel: intaker() })).body.dossiernummer;
    expect(k.afzenderOrganisatieId).toBe(t.organisatieIds.politie);
    // docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: identity, V-number, nationality, ingangsdatum, uiterlijkeEinddatum, beleidsregel, offering organisation.
    expect(k.inhoud).toMatchObject({
      dossierId: a.dossierId, dossiernummer, bedenktijdId: a.bedenktijdId,
      voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', geslacht: 'vrouw',
      vreemdelingennummer: vnummers.get(a.dossierId), nationaliteit: 'GH',
      ingangsdatum: VANDAAG, uiterlijkeEinddatum: '2027-02-20', beleidsregel: 'b8-3-drie-maanden',
      beleidsregelBron: expect.stringMatching(/B8\/3/),
      aanbiedendeOrganisatie: { id: t.organisatieIds.politie, naam: 'Politie Eenheid Amsterdam (TMM)' },
    });
    const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, a.dossierId), eq(auditregels.actie, 'bedenktijd.verleend')));
    expect(audit).toHaveLength(1);
    // The IND can now see the bedenktijd (a notification is a reason to see the dossier, docs/architectuur.md §3).
    expect((await t.verzoek('GET', `/v1/bedenktijden/${a.bedenktijdId}`, { sleutel: ind() })).body).toMatchObject({ status: 'lopend', uiterlijkeEinddatum: '2027-02-20' });
  });

  it.each<[string, string, boolean, string, string]>([
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: geen_rechtmatig_verblijf → alleen IND', 'geen_rechtmatig_verblijf', false, 'b8-3-drie-maanden', '2027-02-20'],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: tijdelijk_niet_duurzaam → alleen IND', 'tijdelijk_niet_duurzaam', false, 'b8-3-drie-maanden', '2027-02-20'],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: asielzoeker → IND en COA; docs/beslissingen/0001-beleidsregels-als-data.md: drie maanden', 'asielzoeker', true, 'b8-3-drie-maanden', '2027-02-20'],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: dublinclaimant → IND en COA; docs/beslissingen/0011-dublinregel.md: 30 dagen (na 18 mei 2023)', 'dublinclaimant', true, 'b8-3-dublin-dertig-dagen', '2026-12-20'],
  ])('%s', async (_naam, verblijfssituatie, naarCoa, beleidsregel, einde) => {
    const v = await verleend({ dossier: { verblijfssituatie }, persoonsgegevens: true });
    expect(v.bedenktijd).toMatchObject({ beleidsregel, uiterlijkeEinddatum: einde });
    const naarInd = await feedVoor(ind(), v.dossierId, 'm55_bedenktijd');
    expect(naarInd).toHaveLength(1);
    const coaFeed = await feedVoor(coa(), v.dossierId);
    expect(coaFeed).toHaveLength(naarCoa ? 1 : 0);
    expect((await alleKennisgevingen(v.dossierId)).map((k) => k.ontvangerOrganisatieId).sort())
      .toEqual((naarCoa ? [t.organisatieIds.ind, t.organisatieIds.coa] : [t.organisatieIds.ind]).sort());
    if (naarCoa) {
      expect(coaFeed[0]!.soort).toBe('m55_bedenktijd');
      const k = await inhoud(coa(), coaFeed[0]!.id);
      expect(k.inhoud).toMatchObject({ bedenktijdId: v.bedenktijdId, vreemdelingennummer: vnummers.get(v.dossierId), ingangsdatum: VANDAAG, uiterlijkeEinddatum: einde, beleidsregel });
      // The COA houses the resident; it does not need the full identity (bedenktijden.kennisgevingen.ts).
      expect(k.inhoud.geslachtsnaam).toBeUndefined();
    }
  });

  it.each<[string, string, string, string, string]>([
    ['docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md maandeinde: aanvaard 31 augustus 2026 → 30 november 2026', 'geen_rechtmatig_verblijf', '2026-08-31', '2026-11-30', 'b8-3-drie-maanden'],
    ['docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md late registratie: aanvaard 1 november 2026 → 1 februari 2027', 'asielzoeker', '2026-11-01', '2027-02-01', 'b8-3-drie-maanden'],
    ['docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md Dublin, late registratie: aanvaard 31 oktober 2026 + 30 dagen → 30 november 2026', 'dublinclaimant', '2026-10-31', '2026-11-30', 'b8-3-dublin-dertig-dagen'],
  ])('%s', async (_naam, verblijfssituatie, datum, einde, beleidsregel) => {
    const v = await verleend({ dossier: { verblijfssituatie }, datum });
    expect(v.bedenktijd).toMatchObject({ status: 'lopend', ingangsdatum: datum, uiterlijkeEinddatum: einde, beleidsregel });
  });

  it('docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md: de ingangsdatum is de dag van aanvaarding, niet van het aanbod', async () => {
    const v = await verleend({ datum: '2026-11-10', aanbiedingsdatum: '2026-11-10', reactiedatum: '2026-11-12' });
    expect(v.bedenktijd).toMatchObject({ aanbiedingsdatum: '2026-11-10', ingangsdatum: '2026-11-12', uiterlijkeEinddatum: '2027-02-12' });
  });

  it('docs/beslissingen/0001-beleidsregels-als-data.md: de regel wordt bij de verlening gekozen (verblijfssituatie op die dag) en verschuift daarna niet meer', async () => {
    const a = await aangeboden({ dossier: { verblijfssituatie: 'asielzoeker' } });
    // Between offer and acceptance the person turns out to be a Dublin claimant: 30 days.
    expect((await wijzigDossier(a.dossierId, { verblijfssituatie: 'dublinclaimant' })).status).toBe(200);
    const r = await reageer(a.bedenktijdId, { reactie: 'aanvaard', datum: VANDAAG });
    expect(r.body).toMatchObject({ beleidsregel: 'b8-3-dublin-dertig-dagen', uiterlijkeEinddatum: '2026-12-20' });
    // After the grant a change of residence situation never moves the stored deadline.
    expect((await wijzigDossier(a.dossierId, { verblijfssituatie: 'asielzoeker' })).status).toBe(200);
    expect((await t.verzoek('GET', `/v1/bedenktijden/${a.bedenktijdId}`, { sleutel: intaker() })).body)
      .toMatchObject({ beleidsregel: 'b8-3-dublin-dertig-dagen', uiterlijkeEinddatum: '2026-12-20' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md geldt ook bij de verlening: intussen Nederlander gebleken', { nationaliteitCategorie: 'nederlands' }, 'nationaliteitCategorie'],
    ['B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md geldt ook bij de verlening: verblijfssituatie intussen duurzaam', { verblijfssituatie: 'duurzaam' }, 'verblijfssituatie'],
    ['B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md; docs/beslissingen/0001-beleidsregels-als-data.md: verblijfssituatie intussen onbekend (dan is ook de beleidsregel onbekend)', { verblijfssituatie: 'onbekend' }, 'verblijfssituatie'],
  ])('%s → aanvaard 422 die het veld noemt, geen M55; weigeren kan nog', async (_naam, wijziging, veld) => {
    const a = await aangeboden();
    expect((await wijzigDossier(a.dossierId, wijziging)).status).toBe(200);
    const r = await geweigerd(422, 'POST', `/v1/bedenktijden/${a.bedenktijdId}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum: VANDAAG } });
    expect(namen(r)).toEqual([veld]);
    expect((await reageer(a.bedenktijdId, { reactie: 'geweigerd', datum: VANDAAG })).status).toBe(200);
    expect(await alleKennisgevingen(a.dossierId)).toEqual([]);
  });

  // geweigerd_direct_aangifte is an aangifte and notifies IND and OM: test/api/gebeurtenissen.test.ts (docs/regels.md R1).
  it.each(['geweigerd'])('docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: reactie %s → status geweigerd, vastgelegd en geaudit, maar niemand krijgt een kennisgeving', async (reactie) => {
    const a = await aangeboden({ dossier: { verblijfssituatie: 'asielzoeker' } });
    const voor = await t.tabeltellingen();
    const r = await reageer(a.bedenktijdId, { reactie, datum: VANDAAG, opvangGewenst: false });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: 'geweigerd', reactie, reactiedatum: VANDAAG, ingangsdatum: null, uiterlijkeEinddatum: null, beleidsregel: null });
    const na = await t.tabeltellingen();
    expect(na.kennisgevingen).toBe(voor.kennisgevingen);
    expect(await alleKennisgevingen(a.dossierId)).toEqual([]);
    expect(await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, a.dossierId), eq(auditregels.actie, 'bedenktijd.geweigerd')))).toHaveLength(1);
  });

  describe('weigeringen (niets geschreven)', () => {
    it('docs/domein.md §5 (één reactie): tweemaal reageren → 409', async () => {
      const v = await verleend();
      const r = await geweigerd(409, 'POST', `/v1/bedenktijden/${v.bedenktijdId}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum: VANDAAG } });
      expect(r.body.detail).toMatch(/al gereageerd \(status lopend\)/);
      const g = await aangeboden();
      await reageer(g.bedenktijdId, { reactie: 'geweigerd', datum: VANDAAG });
      await geweigerd(409, 'POST', `/v1/bedenktijden/${g.bedenktijdId}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum: VANDAAG } });
    });

    it('issue 3 punt 4: reactiedatum vóór het aanbod → 422 op datum', async () => {
      const a = await aangeboden({ datum: '2026-11-18' });
      const r = await geweigerd(422, 'POST', `/v1/bedenktijden/${a.bedenktijdId}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum: '2026-11-17' } });
      expect(r.body.detail).toMatch(/vóór het aanbod \(2026-11-18\)/);
      expect(namen(r)).toEqual(['datum']);
    });

    it('issue 3 punt 4: reactiedatum in de toekomst → 422', async () => {
      const a = await aangeboden();
      const r = await geweigerd(422, 'POST', `/v1/bedenktijden/${a.bedenktijdId}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum: '2026-11-21' } });
      expect(r.body.detail).toMatch(/toekomst/);
    });

    it.each<[string, DemoCode, Rol, number]>([
      ['docs/beslissingen/0014-wie-biedt-aan.md: IND legt de reactie niet vast', 'ind', 'ind_medewerker', 403],
      ['docs/beslissingen/0014-wie-biedt-aan.md: NLA legt de reactie niet vast', 'nla', 'intaker', 403],
      ['docs/architectuur.md §3: een andere politie-eenheid zonder toegang → 404', 'politie2', 'intaker', 404],
    ])('%s', async (_naam, org, rol, status) => {
      const a = await aangeboden();
      await geweigerd(status, 'POST', `/v1/bedenktijden/${a.bedenktijdId}/reactie`, { sleutel: t.sleutel(org, rol), body: { reactie: 'aanvaard', datum: VANDAAG } });
    });

    it('README.md "HTTP conventions": ongeldige reactie, datum en opvangGewenst → één 400 met alle drie', async () => {
      const a = await aangeboden();
      const r = await geweigerd(400, 'POST', `/v1/bedenktijden/${a.bedenktijdId}/reactie`, { sleutel: intaker(), body: { reactie: 'misschien', datum: 'morgen', opvangGewenst: 'ja' } });
      expect(namen(r).sort()).toEqual(['datum', 'opvangGewenst', 'reactie']);
    });

    it('docs/architectuur.md §3: een onbekende of misvormde bedenktijd → 404', async () => {
      await geweigerd(404, 'POST', `/v1/bedenktijden/${crypto.randomUUID()}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum: VANDAAG } });
      await geweigerd(404, 'GET', '/v1/bedenktijden/geen-uuid', { sleutel: intaker() });
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('POST /v1/bedenktijden/{id}/beeindiging — vroegtijdig einde (docs/beslissingen/0012-vroegtijdig-einde.md)', () => {
  it.each<[string, string, DemoCode]>([
    ['B8/3.1 Vc 2000; docs/domein.md §5: aangifte, door de politie', 'aangifte', 'politie'],
    ['B8/3.1 Vc 2000; docs/domein.md §5: medewerking_strafproces, door de politie', 'medewerking_strafproces', 'politie'],
    ['B8/3.1 Vc 2000; docs/domein.md §5; docs/beslissingen/0012-vroegtijdig-einde.md: vertrek_onbekende_bestemming, door de politie', 'vertrek_onbekende_bestemming', 'politie'],
    ['B8/3.1 Vc 2000; docs/domein.md §5: afzien_medewerking, door de politie', 'afzien_medewerking', 'politie'],
    ['B8/3.1 Vc 2000; docs/domein.md §5: aangifte, door de KMar', 'aangifte', 'kmar'],
    ['B8/3.1 Vc 2000; docs/domein.md §5: medewerking_strafproces, door de KMar', 'medewerking_strafproces', 'kmar'],
    ['B8/3.1 Vc 2000; docs/domein.md §5; docs/beslissingen/0012-vroegtijdig-einde.md: vertrek_onbekende_bestemming, door de KMar', 'vertrek_onbekende_bestemming', 'kmar'],
    ['B8/3.1 Vc 2000; docs/domein.md §5: afzien_medewerking, door de KMar', 'afzien_medewerking', 'kmar'],
  ])('%s → beeindigd; IND en COA elk precies één bedenktijd_beeindigd met de reden', async (_naam, reden, org) => {
    const v = await verleend({ org, datum: '2026-11-10', dossier: { verblijfssituatie: 'asielzoeker' } });
    const r = await beeindig(v.bedenktijdId, { reden, datum: '2026-11-19', toelichting: 'Verklaring afgelegd.' }, intaker(org));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: 'beeindigd', einddatum: '2026-11-19', beeindigingsreden: reden, beeindigingToelichting: 'Verklaring afgelegd.', uiterlijkeEinddatum: '2027-02-10' });
    for (const sleutel of [ind(), coa()]) {
      const k = await feedVoor(sleutel, v.dossierId, 'bedenktijd_beeindigd');
      expect(k).toHaveLength(1);
      expect((await inhoud(sleutel, k[0]!.id)).inhoud).toMatchObject({ bedenktijdId: v.bedenktijdId, beeindigingsreden: reden, einddatum: '2026-11-19' });
    }
    expect(await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, v.dossierId), eq(auditregels.actie, 'bedenktijd.beeindigd')))).toHaveLength(1);
  });

  it('docs/beslissingen/0012-vroegtijdig-einde.md: een einde op de ingangsdatum zelf en op de uiterlijke einddatum mag', async () => {
    const v = await verleend({ datum: VANDAAG });
    expect((await beeindig(v.bedenktijdId, { reden: 'aangifte', datum: VANDAAG })).status).toBe(200);
    const dublin = await verleend({ datum: '2026-10-21', dossier: { verblijfssituatie: 'dublinclaimant' } });
    expect(dublin.bedenktijd.uiterlijkeEinddatum).toBe('2026-11-20');
    expect((await beeindig(dublin.bedenktijdId, { reden: 'afzien_medewerking', datum: '2026-11-20' })).status).toBe(200);
  });

  describe('weigeringen (niets geschreven)', () => {
    it('docs/beslissingen/0012-vroegtijdig-einde.md: vertrek_onbekende_bestemming door de NLA → 403 met uitleg', async () => {
      // An NLA intaker who can see the dossier: it registered it and advised the police.
      const { bedenktijdId } = await adviesOvergenomenEnVerleend();
      const r = await geweigerd(403, 'POST', `/v1/bedenktijden/${bedenktijdId}/beeindiging`, { sleutel: intaker('nla'), body: { reden: 'vertrek_onbekende_bestemming', datum: VANDAAG } });
      expect(r.body.detail).toMatch(/Alleen de politie of de KMar/);
    });

    it('B8/3.1 Vc 2000; docs/beslissingen/0012-vroegtijdig-einde.md; docs/domein.md §5: de NLA legt wel afzien_medewerking vast', async () => {
      const { bedenktijdId } = await adviesOvergenomenEnVerleend();
      const r = await beeindig(bedenktijdId, { reden: 'afzien_medewerking', datum: VANDAAG }, intaker('nla'));
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    });

    it.each<[string, DemoCode, Rol]>([
      ['docs/architectuur.md §3: IND beëindigt niet', 'ind', 'ind_medewerker'],
      ['docs/architectuur.md §3: COA beëindigt niet', 'coa', 'coa_medewerker'],
      ['docs/architectuur.md §3: een officier beëindigt via het strafrechtelijke spoor, niet hier', 'om', 'officier'],
    ])('%s (403)', async (_naam, org, rol) => {
      const v = await verleend();
      await geweigerd(403, 'POST', `/v1/bedenktijden/${v.bedenktijdId}/beeindiging`, { sleutel: t.sleutel(org, rol), body: { reden: 'aangifte', datum: VANDAAG } });
    });

    it('issue 3 punt 4: een einddatum vóór de ingangsdatum → 422', async () => {
      const v = await verleend({ datum: '2026-11-15' });
      const r = await geweigerd(422, 'POST', `/v1/bedenktijden/${v.bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'aangifte', datum: '2026-11-14' } });
      expect(r.body.detail).toMatch(/vóór de ingangsdatum van de bedenktijd \(2026-11-15\)/);
      expect(namen(r)).toEqual(['datum']);
    });

    it('issue 3 punt 4: een einddatum in de toekomst → 422', async () => {
      const v = await verleend();
      const r = await geweigerd(422, 'POST', `/v1/bedenktijden/${v.bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'aangifte', datum: '2026-11-21' } });
      expect(r.body.detail).toMatch(/toekomst/);
    });

    it('docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md: een einde na de uiterlijke einddatum (al verlopen) → 409', async () => {
      const v = await verleend({ datum: '2026-10-20', dossier: { verblijfssituatie: 'dublinclaimant' } });
      expect(v.bedenktijd.uiterlijkeEinddatum).toBe('2026-11-19');
      const r = await geweigerd(409, 'POST', `/v1/bedenktijden/${v.bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'aangifte', datum: VANDAAG } });
      expect(r.body.detail).toMatch(/al verlopen/);
    });

    it('docs/domein.md §5: een aangeboden (nog niet aanvaarde) bedenktijd beëindigen → 409 die zegt wat eerst moet', async () => {
      const a = await aangeboden();
      const r = await geweigerd(409, 'POST', `/v1/bedenktijden/${a.bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'afzien_medewerking', datum: VANDAAG } });
      expect(r.body.detail).toMatch(/Leg eerst de reactie vast/);
    });

    it('docs/domein.md §5: tweemaal beëindigen, of een geweigerd aanbod beëindigen → 409', async () => {
      const v = await verleend();
      expect((await beeindig(v.bedenktijdId, { reden: 'aangifte', datum: VANDAAG })).status).toBe(200);
      const r = await geweigerd(409, 'POST', `/v1/bedenktijden/${v.bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'afzien_medewerking', datum: VANDAAG } });
      expect(r.body.detail).toMatch(/al beeindigd/);
      const g = await aangeboden();
      await reageer(g.bedenktijdId, { reactie: 'geweigerd', datum: VANDAAG });
      await geweigerd(409, 'POST', `/v1/bedenktijden/${g.bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'aangifte', datum: VANDAAG } });
    });

    it('README.md "HTTP conventions": ongeldige reden, datum en toelichting → één 400 met alle drie', async () => {
      const v = await verleend();
      const r = await geweigerd(400, 'POST', `/v1/bedenktijden/${v.bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'verlopen', datum: '2026-13-01', toelichting: 12 } });
      expect(namen(r).sort()).toEqual(['datum', 'reden', 'toelichting']);
    });

    it('docs/architectuur.md §3: de bedenktijd van een andere organisatie → 404', async () => {
      const v = await verleend();
      await geweigerd(404, 'POST', `/v1/bedenktijden/${v.bedenktijdId}/beeindiging`, { sleutel: intaker('politie2'), body: { reden: 'aangifte', datum: VANDAAG } });
      await geweigerd(404, 'GET', `/v1/bedenktijden/${v.bedenktijdId}`, { sleutel: intaker('kmar') });
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('GET /v1/bedenktijden/{id} — lezen', () => {
  it('docs/architectuur.md §3: IND na de M55 wel; COA zonder kennisgeving (geen asielzoeker) niet (404)', async () => {
    const v = await verleend();
    expect((await t.verzoek('GET', `/v1/bedenktijden/${v.bedenktijdId}`, { sleutel: ind() })).status).toBe(200);
    expect((await t.verzoek('GET', `/v1/bedenktijden/${v.bedenktijdId}`, { sleutel: coa() })).status).toBe(404);
  });
  it('docs/architectuur.md §3: de analist (geen leesrecht op bedenktijden) → 403', async () => {
    const v = await verleend();
    expect((await t.verzoek('GET', `/v1/bedenktijden/${v.bedenktijdId}`, { sleutel: t.sleutel('politie', 'analist') })).status).toBe(403);
  });
});

// ---------------------------------------------------------------------------------------------

describe('GET /v1/bedenktijden — de werklijst (README.md "HTTP conventions", issue 3 punt 2)', () => {
  // Only politie2 (and, through the M55, the IND) see these dossiers, so the lists are exact.
  const ORG: DemoCode = 'politie2';
  let verwacht: Array<{ id: string; uiterlijkeEinddatum: string | null; status: string }>;

  beforeAll(async () => {
    const maak: Array<Parameters<typeof verleend>[0]> = [
      { org: ORG, datum: '2026-11-01' }, // three months → 2027-02-01
      { org: ORG, datum: '2026-11-05', dossier: { verblijfssituatie: 'dublinclaimant' } }, // 30 days → 2026-12-05
      { org: ORG, datum: '2026-10-25', dossier: { verblijfssituatie: 'dublinclaimant' } }, // 30 days → 2026-11-24
      { org: ORG, datum: '2026-11-19' }, // three months → 2027-02-19
    ];
    for (const o of maak) await verleend(o);
    // One that ended early (status beeindigd) and one still only offered (no end date: last).
    const beeindigd = await verleend({ org: ORG, datum: '2026-11-02' }); // → 2027-02-02
    expect((await beeindig(beeindigd.bedenktijdId, { reden: 'aangifte', datum: '2026-11-10' }, intaker(ORG))).status).toBe(200);
    await aangeboden({ org: ORG });
    await aangeboden({ org: ORG });
    // And one of politie, so the IND sees more than one offering organisation.
    await verleend();
    const r = await t.verzoek('GET', '/v1/bedenktijden?limit=200', { sleutel: intaker(ORG) });
    verwacht = r.body.bedenktijden;
  });

  it('gesorteerd op uiterlijkeEinddatum, aangeboden (zonder einddatum) achteraan, alleen eigen dossiers', async () => {
    expect(verwacht.map((b) => b.uiterlijkeEinddatum)).toEqual(['2026-11-24', '2026-12-05', '2027-02-01', '2027-02-02', '2027-02-19', null, null]);
    expect(verwacht.map((b) => b.status)).toEqual(['lopend', 'lopend', 'lopend', 'beeindigd', 'lopend', 'aangeboden', 'aangeboden']);
    // Equal keys (the two offers without an end date) are ordered by id: a stable order.
    expect(verwacht[5]!.id < verwacht[6]!.id).toBe(true);
    // politie's own worklist does not contain politie2's bedenktijden, and vice versa.
    const politie = await t.verzoek('GET', '/v1/bedenktijden?limit=200', { sleutel: intaker('politie') });
    const ids = new Set((politie.body.bedenktijden as Array<{ id: string }>).map((b) => b.id));
    expect(politie.body.bedenktijden.length).toBeGreaterThan(0);
    expect(verwacht.filter((b) => ids.has(b.id))).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['status=lopend', 'status=lopend', ['2026-11-24', '2026-12-05', '2027-02-01', '2027-02-19']],
    ['status=beeindigd', 'status=beeindigd', ['2027-02-02']],
    ['uiterlijkeEinddatumTot (inclusief): "loopt af binnen 14 dagen"', 'status=lopend&uiterlijkeEinddatumTot=2026-12-04', ['2026-11-24']],
    ['uiterlijkeEinddatumTot op de einddatum zelf telt mee', 'uiterlijkeEinddatumTot=2026-12-05', ['2026-11-24', '2026-12-05']],
  ])('filter %s', async (_naam, query, einden) => {
    const r = await t.verzoek('GET', `/v1/bedenktijden?${query}`, { sleutel: intaker(ORG) });
    expect(r.status).toBe(200);
    expect(r.body.bedenktijden.map((b: { uiterlijkeEinddatum: string }) => b.uiterlijkeEinddatum)).toEqual(einden);
  });

  it('filter organisatieId: de IND ziet via de M55 bedenktijden van meerdere organisaties, en filtert op de aanbiedende', async () => {
    const alle = await t.verzoek('GET', '/v1/bedenktijden?limit=200', { sleutel: ind() });
    const organisaties = new Set((alle.body.bedenktijden as Array<{ aanbiedendeOrganisatieId: string }>).map((b) => b.aanbiedendeOrganisatieId));
    expect(organisaties.has(t.organisatieIds.politie2)).toBe(true);
    expect(organisaties.size).toBeGreaterThan(1);
    const r = await t.verzoek('GET', `/v1/bedenktijden?limit=200&organisatieId=${t.organisatieIds.politie2}`, { sleutel: ind() });
    // The IND sees the granted ones (it got their M55), not the open offer.
    expect(r.body.bedenktijden.map((b: { id: string }) => b.id)).toEqual(verwacht.filter((b) => b.status !== 'aangeboden').map((b) => b.id));
    const leeg = await t.verzoek('GET', `/v1/bedenktijden?organisatieId=${t.organisatieIds.politie}`, { sleutel: intaker(ORG) });
    expect(leeg.body.bedenktijden).toEqual([]);
  });

  it('README.md "HTTP conventions": cursorpaginering met Link-header, stabiele volgorde, niets dubbel of gemist', async () => {
    const gezien: string[] = [];
    let pad: string | null = '/v1/bedenktijden?limit=2';
    let paginas = 0;
    while (pad) {
      const r: Antwoord = await t.verzoek('GET', pad, { sleutel: intaker(ORG) });
      expect(r.status).toBe(200);
      expect(r.body.bedenktijden.length).toBeLessThanOrEqual(2);
      gezien.push(...r.body.bedenktijden.map((b: { id: string }) => b.id));
      const link = r.headers.get('link');
      pad = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1]! : null;
      if (pad) expect(pad).toContain('limit=2');
      paginas++;
    }
    // 7 items in pages of 2: the last cursor points into the offers without an end date.
    expect(paginas).toBe(4);
    expect(gezien).toEqual(verwacht.map((b) => b.id));
  });

  it('README.md "HTTP conventions": ongeldige filters → één 400 met alle; een vervalste cursor → 400', async () => {
    const r = await t.verzoek('GET', '/v1/bedenktijden?status=open&uiterlijkeEinddatumTot=volgende-week&organisatieId=x', { sleutel: intaker(ORG) });
    expect(r.status).toBe(400);
    expect(namen(r).sort()).toEqual(['organisatieId', 'status', 'uiterlijkeEinddatumTot']);
    const c = await t.verzoek('GET', '/v1/bedenktijden?cursor=bmlldHM', { sleutel: intaker(ORG) });
    expect(c.status).toBe(400);
  });
});

// ---------------------------------------------------------------------------------------------

/** NLA registers and assesses, advises politie; politie takes the advice over and the victim accepts. */
async function adviesOvergenomenEnVerleend() {
  const { dossierId, beoordelingId } = await klaarVoorAanbod({ org: 'nla' });
  const advies = await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, {
    sleutel: intaker('nla'), body: { beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.politie, toelichting: null },
  });
  expect(advies.status, JSON.stringify(advies.body)).toBe(201);
  const aanbod = await biedAan(dossierId, { aanbiedingsdatum: VANDAAG, adviesId: advies.body.id });
  expect(aanbod.status, JSON.stringify(aanbod.body)).toBe(201);
  const r = await reageer(aanbod.body.id, { reactie: 'aanvaard', datum: VANDAAG });
  expect(r.status).toBe(200);
  return { dossierId, bedenktijdId: aanbod.body.id as string, adviesId: advies.body.id as string };
}

describe('bedenktijd-adviezen — NLA adviseert, politie neemt over (B8/3.1 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md; docs/domein.md §5)', () => {
  it('het hele verloop: advies → politie ziet het open advies en krijgt toegang via de kennisgeving → aanbod met adviesId → advies overgenomen', async () => {
    const { dossierId, beoordelingId } = await klaarVoorAanbod({ org: 'nla' });
    // Before the advice the police unit cannot see the dossier.
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: intaker() })).status).toBe(404);

    const voor = await t.tabeltellingen();
    const advies = await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, {
      sleutel: intaker('nla'), body: { beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.politie, toelichting: 'Arbeidsuitbuiting in de tuinbouw.' },
    });
    expect(advies.status, JSON.stringify(advies.body)).toBe(201);
    expect(advies.body).toMatchObject({
      dossierId, organisatieId: t.organisatieIds.nla, beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.politie,
      toelichting: 'Arbeidsuitbuiting in de tuinbouw.', status: 'open', bedenktijdId: null,
    });
    const na = await t.tabeltellingen();
    expect(na.bedenktijd_adviezen).toBe(voor.bedenktijd_adviezen! + 1);

    // The police unit finds it in its list of open advices and in its feed.
    const open = await t.verzoek('GET', '/v1/bedenktijd-adviezen?status=open', { sleutel: intaker() });
    expect(open.status).toBe(200);
    expect(open.body.bedenktijdAdviezen.map((a: { id: string }) => a.id)).toContain(advies.body.id);
    const melding = await feedVoor(intaker(), dossierId, 'bedenktijd_advies');
    expect(melding).toHaveLength(1);
    expect((await inhoud(intaker(), melding[0]!.id)).inhoud).toMatchObject({ adviesId: advies.body.id, beoordelingId });
    // Another police unit does not see it.
    const ander = await t.verzoek('GET', '/v1/bedenktijd-adviezen?status=open', { sleutel: intaker('politie2') });
    expect(ander.body.bedenktijdAdviezen.map((a: { id: string }) => a.id)).not.toContain(advies.body.id);
    // The notification is the reason to see the dossier (docs/architectuur.md §3).
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: intaker() })).status).toBe(200);

    const aanbod = await biedAan(dossierId, { aanbiedingsdatum: VANDAAG, adviesId: advies.body.id });
    expect(aanbod.status, JSON.stringify(aanbod.body)).toBe(201);
    expect(aanbod.body).toMatchObject({ status: 'aangeboden', adviesId: advies.body.id, beoordelingId: null, aanbiedendeOrganisatieId: t.organisatieIds.politie });

    const lijst = await t.verzoek('GET', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, { sleutel: intaker('nla') });
    expect(lijst.body.bedenktijdAdviezen).toEqual([expect.objectContaining({ id: advies.body.id, status: 'overgenomen', bedenktijdId: aanbod.body.id })]);
    const nogOpen = await t.verzoek('GET', '/v1/bedenktijd-adviezen?status=open', { sleutel: intaker() });
    expect(nogOpen.body.bedenktijdAdviezen.map((a: { id: string }) => a.id)).not.toContain(advies.body.id);

    // The grant goes to the IND as usual, offered by the police.
    expect((await reageer(aanbod.body.id, { reactie: 'aanvaard', datum: VANDAAG })).status).toBe(200);
    const m55 = await feedVoor(ind(), dossierId, 'm55_bedenktijd');
    expect(m55).toHaveLength(1);
    expect((await inhoud(ind(), m55[0]!.id)).inhoud).toMatchObject({ aanbiedendeOrganisatie: { id: t.organisatieIds.politie } });
  });

  it('README.md "HTTP conventions": de lijst van adviezen pagineert met cursor en Link-header, oudste eerst, zonder gaten', async () => {
    for (let i = 0; i < 3; i++) {
      const { dossierId, beoordelingId } = await klaarVoorAanbod({ org: 'nla' });
      const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, { sleutel: intaker('nla'), body: { beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.kmar } });
      expect(r.status).toBe(201);
    }
    const alles = (await t.verzoek('GET', '/v1/bedenktijd-adviezen?limit=200', { sleutel: intaker('nla') })).body.bedenktijdAdviezen as Array<{ id: string; tijdstipAangemaakt: string }>;
    expect(alles.length).toBeGreaterThanOrEqual(3);
    expect(alles.map((a) => a.tijdstipAangemaakt)).toEqual([...alles.map((a) => a.tijdstipAangemaakt)].sort());
    const gezien: string[] = [];
    let pad: string | null = '/v1/bedenktijd-adviezen?limit=2';
    while (pad) {
      const r: Antwoord = await t.verzoek('GET', pad, { sleutel: intaker('nla') });
      expect(r.status).toBe(200);
      expect(r.body.bedenktijdAdviezen.length).toBeLessThanOrEqual(2);
      gezien.push(...r.body.bedenktijdAdviezen.map((a: { id: string }) => a.id));
      pad = /<([^>]+)>;\s*rel="next"/.exec(r.headers.get('link') ?? '')?.[1] ?? null;
    }
    expect(gezien).toEqual(alles.map((a) => a.id));
    // The KMar unit sees exactly the three open ones addressed to it.
    const kmar = await t.verzoek('GET', '/v1/bedenktijd-adviezen?status=open', { sleutel: intaker('kmar') });
    expect(kmar.body.bedenktijdAdviezen.filter((a: { ontvangendeOrganisatieId: string }) => a.ontvangendeOrganisatieId === t.organisatieIds.kmar).length).toBeGreaterThanOrEqual(3);
    expect((await t.verzoek('GET', '/v1/bedenktijd-adviezen?cursor=kapot', { sleutel: intaker('nla') })).status).toBe(400);
  });

  it('een overgenomen advies kan niet nog eens worden overgenomen → 409', async () => {
    const { dossierId, bedenktijdId, adviesId } = await adviesOvergenomenEnVerleend();
    expect((await beeindig(bedenktijdId, { reden: 'afzien_medewerking', datum: VANDAAG })).status).toBe(200);
    const r = await geweigerd(409, 'POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: VANDAAG, adviesId } });
    expect(r.body.detail).toMatch(/al overgenomen/);
  });

  describe('weigeringen (niets geschreven)', () => {
    it.each<[string, DemoCode, Rol]>([
      ['docs/beslissingen/0014-wie-biedt-aan.md: de politie-intaker adviseert niet, zij biedt aan', 'politie', 'intaker'],
      ['docs/beslissingen/0014-wie-biedt-aan.md: de KMar-intaker adviseert niet', 'kmar', 'intaker'],
      ['docs/architectuur.md §3: IND heeft geen recht op adviezen', 'ind', 'ind_medewerker'],
    ])('%s (403)', async (_naam, org, rol) => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod({ org: org === 'ind' ? 'politie' : org });
      await geweigerd(403, 'POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, { sleutel: t.sleutel(org, rol), body: { beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.politie } });
    });

    it('docs/beslissingen/0014-wie-biedt-aan.md: het advies gaat naar politie of KMar, niet naar de IND → 422 op ontvangendeOrganisatieId', async () => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod({ org: 'nla' });
      const r = await geweigerd(422, 'POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, { sleutel: intaker('nla'), body: { beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.ind } });
      expect(namen(r)).toEqual(['ontvangendeOrganisatieId']);
    });

    it('docs/beslissingen/0014-wie-biedt-aan.md: advies op een niet vastgestelde beoordeling → 422', async () => {
      const dossierId = await nieuwDossier({}, 'nla');
      const beoordelingId = await beoordeel(dossierId, vastgesteld(VANDAAG, {
        elementen: { handeling: false, middel: false, oogmerk: true }, resultaat: 'niet_vastgesteld', redenen: ['geen_middel'], toelichting: 'Geen dwang.',
      }), 'nla');
      await geweigerd(422, 'POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, { sleutel: intaker('nla'), body: { beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.politie } });
    });

    it('B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: advies voor iemand die niet in aanmerking komt → 422 die het veld noemt', async () => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod({ org: 'nla', dossier: { nationaliteitCategorie: 'nederlands' } });
      const r = await geweigerd(422, 'POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, { sleutel: intaker('nla'), body: { beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.politie } });
      expect(namen(r)).toEqual(['nationaliteitCategorie']);
    });

    it('een tweede open advies voor hetzelfde dossier → 409', async () => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod({ org: 'nla' });
      const body = { beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.politie };
      expect((await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, { sleutel: intaker('nla'), body })).status).toBe(201);
      await geweigerd(409, 'POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, { sleutel: intaker('nla'), body: { ...body, ontvangendeOrganisatieId: t.organisatieIds.kmar } });
    });

    it('README.md "HTTP conventions": ongeldige velden → één 400 met alle', async () => {
      const dossierId = await nieuwDossier({}, 'nla');
      const r = await geweigerd(400, 'POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, { sleutel: intaker('nla'), body: { beoordelingId: 'x', ontvangendeOrganisatieId: 3 } });
      expect(namen(r).sort()).toEqual(['beoordelingId', 'ontvangendeOrganisatieId']);
    });

    it('docs/architectuur.md §3: een dossier van een andere organisatie → 404', async () => {
      const { dossierId, beoordelingId } = await klaarVoorAanbod();
      await geweigerd(404, 'POST', `/v1/dossiers/${dossierId}/bedenktijd-adviezen`, { sleutel: intaker('nla'), body: { beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.politie } });
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('GET /v1/bedenktijd-signaleringen — vastgesteld, in aanmerking, geen aanbod (B8/3.1 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md; docs/domein.md §5; rapport, nawoord)', () => {
  // BEDENKTIJD_SIGNALERING_DAGEN defaults to 2: listed once 2 days have passed since the assessment.
  const signaleringen = async (org: DemoCode = 'kmar') => {
    const r = await t.verzoek('GET', '/v1/bedenktijd-signaleringen', { sleutel: intaker(org) });
    expect(r.status).toBe(200);
    return r.body.signaleringen as Array<{ dossierId: string; beoordelingId: string; dagenZonderAanbod: number; melding: string; beoordelingsdatum: string }>;
  };
  const gesignaleerd = async (dossierId: string, org: DemoCode = 'kmar') => (await signaleringen(org)).filter((s) => s.dossierId === dossierId);

  it('de standaardtermijn is 2 dagen', () => {
    expect(t.deps.config.BEDENKTIJD_SIGNALERING_DAGEN).toBe(2);
  });

  it('pagineert oudste eerst met een cursor en een Link-header (README.md "HTTP conventions")', async () => {
    const ids: string[] = [];
    for (const datum of ['2026-11-10', '2026-11-11', '2026-11-12']) ids.push((await klaarVoorAanbod({ org: 'nla', datum })).dossierId);
    const eerste = await t.verzoek('GET', '/v1/bedenktijd-signaleringen?limit=2', { sleutel: intaker('nla') });
    expect(eerste.body.signaleringen.map((x: { dossierId: string }) => x.dossierId)).toEqual(ids.slice(0, 2));
    const volgende = /<([^>]+)>; rel="next"/.exec(eerste.headers.get('link') ?? '')![1]!;
    const tweede = await t.verzoek('GET', volgende, { sleutel: intaker('nla') });
    expect(tweede.body.signaleringen.map((x: { dossierId: string }) => x.dossierId)).toEqual(ids.slice(2));
    expect(tweede.headers.get('link')).toBeNull();
  });

  it('vastgesteld 2 dagen geleden, in aanmerking, geen aanbod → gesignaleerd; na het aanbod → weg', async () => {
    const { dossierId, beoordelingId } = await klaarVoorAanbod({ org: 'kmar', datum: '2026-11-18' });
    const s = await gesignaleerd(dossierId);
    expect(s).toEqual([expect.objectContaining({ beoordelingId, beoordelingsdatum: '2026-11-18', dagenZonderAanbod: 2 })]);
    expect(s[0]!.melding).toMatch(/Bied die aan/);
    // Only within the caller's dossiers.
    expect(await gesignaleerd(dossierId, 'politie')).toEqual([]);

    expect((await biedAan(dossierId, { aanbiedingsdatum: VANDAAG, beoordelingId }, intaker('kmar'))).status).toBe(201);
    expect(await gesignaleerd(dossierId)).toEqual([]);
  });

  it('vastgesteld 1 dag geleden → nog niet; een dag later wel (de klok, niet de systeemtijd)', async () => {
    const { dossierId } = await klaarVoorAanbod({ org: 'kmar', datum: '2026-11-19' });
    expect(await gesignaleerd(dossierId)).toEqual([]);
    try {
      t.klok.zet('2026-11-21T10:00:00Z');
      expect(await gesignaleerd(dossierId)).toEqual([expect.objectContaining({ dagenZonderAanbod: 2 })]);
    } finally {
      t.klok.zet('2026-11-20T10:00:00Z');
    }
  });

  it.each<[string, Record<string, unknown>]>([
    ['B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: Nederlander', { nationaliteitCategorie: 'nederlands' }],
    ['B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: duurzaam verblijf', { verblijfssituatie: 'duurzaam' }],
    ['B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: EU-onderdaan met eurechtelijke aanspraken', { nationaliteitCategorie: 'eu_eer_zwitserland', eurechtelijkeAanspraken: true }],
  ])('niet in aanmerking (%s) → niet gesignaleerd', async (_naam, dossier) => {
    const { dossierId } = await klaarVoorAanbod({ org: 'kmar', datum: '2026-11-10', dossier });
    expect(await gesignaleerd(dossierId)).toEqual([]);
  });

  it('niet vastgesteld, of een latere niet_vastgesteld-beoordeling → niet gesignaleerd', async () => {
    const dossierId = await nieuwDossier({}, 'kmar');
    const nv = vastgesteld('2026-11-10', { elementen: { handeling: true, middel: false, oogmerk: false }, resultaat: 'niet_vastgesteld', redenen: ['geen_middel'], toelichting: 'x' });
    await beoordeel(dossierId, nv, 'kmar');
    expect(await gesignaleerd(dossierId)).toEqual([]);

    const { dossierId: tweede } = await klaarVoorAanbod({ org: 'kmar', datum: '2026-11-10' });
    expect(await gesignaleerd(tweede)).toHaveLength(1);
    await beoordeel(tweede, { ...nv, beoordelingsdatum: '2026-11-12', informatiefGesprek: { gevoerd: true, datum: '2026-11-12' } }, 'kmar');
    expect(await gesignaleerd(tweede)).toEqual([]);
  });

  it('ook een geweigerd aanbod telt als aanbod: niet meer gesignaleerd', async () => {
    const a = await aangeboden({ org: 'kmar', datum: '2026-11-10', aanbiedingsdatum: '2026-11-10' });
    expect((await reageer(a.bedenktijdId, { reactie: 'geweigerd', datum: '2026-11-10' }, intaker('kmar'))).status).toBe(200);
    expect(await gesignaleerd(a.dossierId)).toEqual([]);
  });

  it('docs/architectuur.md §3: alleen intakers (IND → 403)', async () => {
    expect((await t.verzoek('GET', '/v1/bedenktijd-signaleringen', { sleutel: ind() })).status).toBe(403);
  });
});

