import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditregels, dossiers, kennisgevingen } from '../../src/db/schema.js';
import { opPostgres, startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const intaker = () => t.sleutel('politie', 'intaker');
type Leeftijd = 'minderjarig' | 'meerderjarig' | 'onbekend';

async function nieuwDossier(leeftijdscategorie: Leeftijd = 'meerderjarig', extra: Record<string, unknown> = {}): Promise<string> {
  const r = await t.verzoek('POST', '/v1/dossiers', {
    sleutel: intaker(),
    body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie, ...extra },
  });
  expect(r.status).toBe(201);
  return r.body.id;
}

// the body of README.md, "Walkthrough", step 4 (dated today: the fixed clock is 2026-11-20).
const vastgesteld = {
  beoordelingsdatum: '2026-11-20', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' },
  elementen: { handeling: true, middel: true, oogmerk: true }, indicatoren: [],
  resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
};
const nietVastgesteld = {
  ...vastgesteld, elementen: { handeling: true, middel: false, oogmerk: false }, resultaat: 'niet_vastgesteld',
  redenen: ['geen_middel', 'vrij_om_te_gaan'], toelichting: 'Persoon kon vrij gaan en staan en had eigen huisvesting.',
};

const pad = (dossierId: string) => `/v1/dossiers/${dossierId}/beoordelingen`;

async function beoordeel(dossierId: string, body: Record<string, unknown>, sleutel = intaker()) {
  t.klok.verzet(1000); // distinct registration moments, so "later registration" is well defined
  const r = await t.verzoek('POST', pad(dossierId), { sleutel, body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

async function status(dossierId: string) {
  const r = await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: intaker() });
  return r.body as { identificatiestatus: string; versie: number };
}

function aanmeldingen(dossierId: string) {
  return t.db.select().from(kennisgevingen).where(and(
    eq(kennisgevingen.dossierId, dossierId), eq(kennisgevingen.soort, 'aanmelding_vermoedelijk_slachtoffer'),
  ));
}

/** Sends a request that must be refused, and checks that nothing was written. */
async function geweigerd(methode: string, p: string, o: Parameters<TestApp['verzoek']>[2]) {
  const voor = await t.tabeltellingen();
  const r = await t.verzoek(methode, p, o);
  expect(await t.tabeltellingen()).toEqual(voor);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  return r;
}

const namen = (r: { body: { invalidParams: Array<{ name: string }> } }) => r.body.invalidParams.map((p) => p.name);

describe('POST /v1/dossiers/{dossierId}/beoordelingen', () => {
  it('vastgesteld: 201 met Location, alle velden en de nieuwe identificatiestatus; dossier bijgewerkt; audit in dezelfde transactie', async () => {
    const dossierId = await nieuwDossier();
    const voorDossier = await status(dossierId);
    const voor = await t.tabeltellingen();
    const r = await t.verzoek('POST', pad(dossierId), { sleutel: intaker(), body: { ...vastgesteld, indicatoren: ['gebruik_geweld', 'geen_eigen_id'], toelichting: 'Paspoort ingenomen.' } });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String), dossierId, organisatieId: t.organisatieIds.politie,
      ...vastgesteld, indicatoren: ['gebruik_geweld', 'geen_eigen_id'], toelichting: 'Paspoort ingenomen.',
      informatiefGesprek: { ...vastgesteld.informatiefGesprek, verplichtingen: null }, uitbuitingsperiode: null,
      vervangenDoor: null, tijdstipRegistratie: t.klok.now().toISOString(), identificatiestatus: 'vermoedelijk_slachtoffer',
    });
    expect(r.headers.get('location')).toBe(`${pad(dossierId)}/${r.body.id}`);

    const na = await status(dossierId);
    expect(na.identificatiestatus).toBe('vermoedelijk_slachtoffer');
    expect(na.versie).toBe(voorDossier.versie + 1);
    const [rij] = await t.db.select().from(dossiers).where(eq(dossiers.id, dossierId));
    expect(rij!.tijdstipGewijzigd.toISOString()).toBe(t.klok.now().toISOString());

    const tellingen = await t.tabeltellingen();
    expect(tellingen.beoordelingen).toBe(voor.beoordelingen! + 1);
    expect(tellingen.kennisgevingen).toBe(voor.kennisgevingen! + 1);
    const acties = (await t.db.select().from(auditregels).where(eq(auditregels.dossierId, dossierId))).map((a) => a.actie);
    // With the grants each decided (docs/toegangsmodel.md): the registration's, and CoMensha's pseudonymous one.
    expect(acties).toEqual(['dossier.geregistreerd', 'toegang.verleend.identiteit', 'beoordeling.vastgelegd', 'dossier.identificatiestatus_gewijzigd', 'toegang.verleend.pseudoniem']);

    const gelezen = await t.verzoek('GET', r.headers.get('location')!, { sleutel: intaker() });
    expect(gelezen.status).toBe(200);
    const { identificatiestatus: _s, ...beoordeling } = r.body;
    expect(gelezen.body).toEqual(beoordeling);
  });

  it('vastgesteld meldt het dossier aan bij CoMensha: precies één kennisgeving, zonder persoonsgegevens (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md)', async () => {
    const dossierId = await nieuwDossier('meerderjarig', { nationaliteitCategorie: 'eu_eer_zwitserland', eurechtelijkeAanspraken: false });
    await t.verzoek('POST', `/v1/dossiers/${dossierId}/signalen`, {
      sleutel: intaker(), body: { ontvangstdatum: '2026-11-19', bron: 'hotel', uitbuitingsvormen: ['crimineel', 'seksueel'], locatie: 'nederland' },
    });
    await t.verzoek('POST', `/v1/dossiers/${dossierId}/signalen`, {
      sleutel: intaker(), body: { ontvangstdatum: '2026-11-20', bron: 'burger', uitbuitingsvormen: ['seksueel'], locatie: 'buitenland' },
    });
    const b = await beoordeel(dossierId, vastgesteld);
    const dossiernummer = (await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: intaker() })).body.dossiernummer;

    const rijen = await aanmeldingen(dossierId);
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({
      ontvangerOrganisatieId: t.organisatieIds.comensha,
      afzenderOrganisatieId: t.organisatieIds.politie,
      gebeurtenisSleutel: `aanmelding:${b.id}`,
    });
    // Exactly these keys: pseudonymous, no names, birth dates or V-numbers.
    expect(rijen[0]!.inhoud).toEqual({
      dossierId, dossiernummer, beoordelingId: b.id, beoordelingsdatum: '2026-11-20',
      aanmeldendeOrganisatie: 'Politie Eenheid Amsterdam (TMM)', uitbuitingsvormen: ['seksueel', 'crimineel'],
      leeftijdscategorie: 'meerderjarig', nationaliteitCategorie: 'eu_eer_zwitserland', verblijfssituatie: 'asielzoeker',
    });
    // Nobody else is notified.
    expect(await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.dossierId, dossierId))).toHaveLength(1);

    // The notification gives CoMensha a reason to see the dossier and its assessments (docs/architectuur.md §3).
    const comensha = await t.verzoek('GET', `${pad(dossierId)}/${b.id}`, { sleutel: t.sleutel('comensha', 'zorgcoordinator') });
    expect(comensha.status).toBe(200);
  });

  it('niet_vastgesteld met redenen en toelichting: 201, status geen_geringste_aanwijzing, geen kennisgeving aan CoMensha', async () => {
    const dossierId = await nieuwDossier();
    const b = await beoordeel(dossierId, nietVastgesteld);
    expect(b).toMatchObject({ resultaat: 'niet_vastgesteld', redenen: ['geen_middel', 'vrij_om_te_gaan'], identificatiestatus: 'geen_geringste_aanwijzing' });
    expect((await status(dossierId)).identificatiestatus).toBe('geen_geringste_aanwijzing');
    expect(await aanmeldingen(dossierId)).toHaveLength(0);
  });

  it('een tweede vastgesteld die de eerste vervangt: geen nieuwe aanmelding, status en versie blijven gelijk', async () => {
    const dossierId = await nieuwDossier();
    const eerste = await beoordeel(dossierId, vastgesteld);
    const versie = (await status(dossierId)).versie;
    const tweede = await beoordeel(dossierId, { ...vastgesteld, indicatoren: ['valse_beloften'], vervangt: eerste.id });
    expect(tweede).toMatchObject({ vervangt: eerste.id, identificatiestatus: 'vermoedelijk_slachtoffer' });
    expect(await aanmeldingen(dossierId)).toHaveLength(1);
    expect(await status(dossierId)).toMatchObject({ identificatiestatus: 'vermoedelijk_slachtoffer', versie });
    // The replaced assessment shows who replaced it; it is not changed otherwise.
    const oud = await t.verzoek('GET', `${pad(dossierId)}/${eerste.id}`, { sleutel: intaker() });
    expect(oud.body).toMatchObject({ id: eerste.id, resultaat: 'vastgesteld', vervangenDoor: tweede.id, indicatoren: [] });
  });

  it('identificatiestatus op GET /v1/dossiers/{id} volgt de laatste beoordeling (beoordelingsdatum, dan registratie)', async () => {
    const dossierId = await nieuwDossier();
    expect((await status(dossierId)).identificatiestatus).toBe('gesignaleerd');

    const a = await beoordeel(dossierId, { ...vastgesteld, beoordelingsdatum: '2026-11-17', informatiefGesprek: { gevoerd: true, datum: '2026-11-17' } });
    expect((await status(dossierId)).identificatiestatus).toBe('vermoedelijk_slachtoffer');

    const b = await beoordeel(dossierId, { ...nietVastgesteld, beoordelingsdatum: '2026-11-18', informatiefGesprek: { gevoerd: true, datum: '2026-11-18' } });
    expect(b.identificatiestatus).toBe('geen_geringste_aanwijzing');
    expect((await status(dossierId)).identificatiestatus).toBe('geen_geringste_aanwijzing');

    // Registered later but dated earlier: the latest by date still decides.
    const c = await beoordeel(dossierId, { ...vastgesteld, beoordelingsdatum: '2026-11-16', informatiefGesprek: { gevoerd: false, datum: null } });
    expect(c.identificatiestatus).toBe('geen_geringste_aanwijzing');
    expect((await status(dossierId)).identificatiestatus).toBe('geen_geringste_aanwijzing');

    // Same date as b, registered later: decides.
    const d = await beoordeel(dossierId, { ...vastgesteld, beoordelingsdatum: '2026-11-18', informatiefGesprek: { gevoerd: true, datum: '2026-11-18' } });
    expect(d.identificatiestatus).toBe('vermoedelijk_slachtoffer');
    expect((await status(dossierId)).identificatiestatus).toBe('vermoedelijk_slachtoffer');

    // Becoming a presumed victim again is a new registration with CoMensha (after a period without).
    const rijen = await aanmeldingen(dossierId);
    expect(rijen.map((r) => r.gebeurtenisSleutel).sort()).toEqual([`aanmelding:${a.id}`, `aanmelding:${d.id}`].sort());

    // A correction that replaces the deciding assessment takes its place, even with an earlier date.
    const e = await beoordeel(dossierId, { ...nietVastgesteld, beoordelingsdatum: '2026-11-18', vervangt: d.id, informatiefGesprek: { gevoerd: false, datum: null } });
    expect(e.identificatiestatus).toBe('geen_geringste_aanwijzing');
    expect((await status(dossierId)).identificatiestatus).toBe('geen_geringste_aanwijzing');

    // The list is oldest first in that same order; the last current one decides.
    const lijst = await t.verzoek('GET', pad(dossierId), { sleutel: intaker() });
    expect(lijst.status).toBe(200);
    expect(Object.keys(lijst.body)).toEqual(['beoordelingen']);
    expect(lijst.body.beoordelingen.map((x: { id: string }) => x.id)).toEqual([c.id, a.id, b.id, d.id, e.id]);
    expect(lijst.body.beoordelingen.map((x: { vervangenDoor: string | null }) => x.vervangenDoor)).toEqual([null, null, null, e.id, null]);

    // Cursor pagination over the same order.
    const p1 = await t.verzoek('GET', `${pad(dossierId)}?limit=3`, { sleutel: intaker() });
    expect(p1.body.beoordelingen.map((x: { id: string }) => x.id)).toEqual([c.id, a.id, b.id]);
    const volgende = /^<([^>]+)>; rel="next"$/.exec(p1.headers.get('link') ?? '')![1]!;
    const p2 = await t.verzoek('GET', volgende, { sleutel: intaker() });
    expect(p2.body.beoordelingen.map((x: { id: string }) => x.id)).toEqual([d.id, e.id]);
    expect(p2.headers.get('link')).toBeNull();
  });

  it('art. 273f(1) sub 2 Sr: bij een minderjarige is vastgesteld zonder middel toegestaan', async () => {
    const dossierId = await nieuwDossier('minderjarig');
    const b = await beoordeel(dossierId, { ...vastgesteld, elementen: { handeling: true, middel: false, oogmerk: true } });
    expect(b).toMatchObject({ elementen: { handeling: true, middel: false, oogmerk: true }, identificatiestatus: 'vermoedelijk_slachtoffer' });
    expect((await aanmeldingen(dossierId))[0]!.inhoud).toMatchObject({ leeftijdscategorie: 'minderjarig', uitbuitingsvormen: [] });
  });

  it('een informatief gesprek dat niet is gevoerd mag (datum null)', async () => {
    const dossierId = await nieuwDossier();
    const b = await beoordeel(dossierId, { ...vastgesteld, informatiefGesprek: { gevoerd: false, datum: null } });
    expect(b.informatiefGesprek).toEqual({ gevoerd: false, datum: null, verplichtingen: null });
  });

  describe('weigeringen (422/409): Nederlandse uitleg, er wordt niets geschreven', () => {
    it('422 art. 273f lid 1 Sr; docs/domein.md §2: een meerderjarige zonder middel', async () => {
      const dossierId = await nieuwDossier('meerderjarig');
      const r = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body: { ...vastgesteld, elementen: { handeling: true, middel: false, oogmerk: true } } });
      expect(r.status).toBe(422);
      expect(r.body.detail).toBe('Een vastgestelde geringste aanwijzing vereist handeling, middel en oogmerk (art. 273f lid 1 sub 1 Sr). Ontbreekt: middel. Leg het ontbrekende element vast of kies resultaat niet_vastgesteld met redenen en toelichting.');
      expect(namen(r)).toEqual(['elementen']);
    });

    it('422 art. 273f lid 1 Sr; docs/domein.md §2: onbekende leeftijd laat het middel niet vallen, en wijst op de leeftijd', async () => {
      const dossierId = await nieuwDossier('onbekend');
      const r = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body: { ...vastgesteld, elementen: { handeling: true, middel: false, oogmerk: true } } });
      expect(r.status).toBe(422);
      expect(r.body.detail).toContain('Ontbreekt: middel.');
      expect(r.body.detail).toContain('Leg dan eerst de leeftijdscategorie of de geboortedatum vast');
    });

    it('422 art. 273f(1) sub 2 Sr: ook een minderjarige heeft handeling en oogmerk nodig', async () => {
      const dossierId = await nieuwDossier('minderjarig');
      const r = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body: { ...vastgesteld, elementen: { handeling: false, middel: false, oogmerk: false } } });
      expect(r.status).toBe(422);
      expect(r.body.detail).toBe('Bij een minderjarige vereist een vastgestelde geringste aanwijzing handeling en oogmerk (art. 273f lid 1 sub 2 Sr). Ontbreekt: handeling, oogmerk. Leg het ontbrekende element vast of kies resultaat niet_vastgesteld met redenen en toelichting.');
    });

    it('422: een beoordelingsdatum in de toekomst', async () => {
      const dossierId = await nieuwDossier();
      const r = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body: { ...vastgesteld, beoordelingsdatum: '2026-11-21', informatiefGesprek: { gevoerd: false, datum: null } } });
      expect(r.status).toBe(422);
      expect(r.body.detail).toBe('De beoordelingsdatum 2026-11-21 ligt in de toekomst. Leg een beoordeling vast op of na de dag waarop zij is gedaan.');
      expect(namen(r)).toEqual(['beoordelingsdatum']);
    });

    it('422: vervangt verwijst naar een beoordeling van een ander dossier, of naar niets', async () => {
      const ander = await nieuwDossier();
      const elders = await beoordeel(ander, vastgesteld);
      const dossierId = await nieuwDossier();
      for (const vervangt of [elders.id, crypto.randomUUID()]) {
        const r = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body: { ...vastgesteld, vervangt } });
        expect(r.status).toBe(422);
        expect(r.body.detail).toBe(`De beoordeling ${vervangt} is geen beoordeling van dit dossier. Verwijs in vervangt naar een beoordeling van dit dossier, of laat vervangt leeg (null).`);
        expect(namen(r)).toEqual(['vervangt']);
      }
    });

    it('409: een beoordeling die al is vervangen, wordt niet nog eens vervangen', async () => {
      const dossierId = await nieuwDossier();
      const eerste = await beoordeel(dossierId, vastgesteld);
      const tweede = await beoordeel(dossierId, { ...nietVastgesteld, vervangt: eerste.id });
      const r = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body: { ...vastgesteld, vervangt: eerste.id } });
      expect(r.status).toBe(409);
      expect(r.body.detail).toBe(`De beoordeling ${eerste.id} is al vervangen door beoordeling ${tweede.id}. Wilt u opnieuw corrigeren, verwijs dan in vervangt naar ${tweede.id}.`);
    });
  });

  describe('ongeldige invoer (400): alle fouten tegelijk, er wordt niets geschreven', () => {
    it('drie ongeldige velden in één 400: gesprek zonder datum, niet_vastgesteld zonder redenen en zonder toelichting', async () => {
      const dossierId = await nieuwDossier();
      const r = await geweigerd('POST', pad(dossierId), {
        sleutel: intaker(),
        body: { ...nietVastgesteld, informatiefGesprek: { gevoerd: true, datum: null }, redenen: [], toelichting: null },
      });
      expect(r.status).toBe(400);
      expect(namen(r).sort()).toEqual(['informatiefGesprek.datum', 'redenen', 'toelichting']);
      expect(r.body.invalidParams).toContainEqual({ name: 'toelichting', code: 'custom', reason: 'Licht bij niet_vastgesteld in eigen woorden toe waarom de geringste aanwijzing er niet is.' });
    });

    it('drie ongeldige velden in één 400: ook als een veld al niet aan het schema voldoet', async () => {
      const dossierId = await nieuwDossier();
      const r = await geweigerd('POST', pad(dossierId), {
        sleutel: intaker(),
        body: { ...nietVastgesteld, beoordelingsdatum: 'gisteren', redenen: [], toelichting: '  ' },
      });
      expect(r.status).toBe(400);
      expect(namen(r).sort()).toEqual(['beoordelingsdatum', 'redenen', 'toelichting']);
    });

    it.each([
      ['null', null], ['een lijst', [vastgesteld]], ['een getal', 42],
    ])('400 (geen 500) voor een body die geen object is: %s', async (_naam, body) => {
      const dossierId = await nieuwDossier();
      const r = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), ruweBody: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
      expect(r.status).toBe(400);
      expect(namen(r)).toEqual(['body']);
    });

    it.each([
      ['docs/domein.md §1 punt 3: niet_vastgesteld zonder redenen', { ...nietVastgesteld, redenen: [] }, ['redenen']],
      ['docs/domein.md §1 punt 3: niet_vastgesteld zonder toelichting', { ...nietVastgesteld, toelichting: null }, ['toelichting']],
      ['docs/domein.md §11: gesprek gevoerd zonder datum', { ...vastgesteld, informatiefGesprek: { gevoerd: true } }, ['informatiefGesprek.datum']],
      ['docs/domein.md §11: geen gesprek maar wel een datum', { ...vastgesteld, informatiefGesprek: { gevoerd: false, datum: '2026-11-19' } }, ['informatiefGesprek.datum']],
      ['docs/domein.md §4: gesprek na de beoordelingsdatum', { ...vastgesteld, beoordelingsdatum: '2026-11-19', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' } }, ['informatiefGesprek.datum']],
      ['redenen horen niet bij vastgesteld', { ...vastgesteld, redenen: ['geen_middel'] }, ['redenen']],
      ['een onbekende reden', { ...nietVastgesteld, redenen: ['geen_zin'] }, ['redenen.0']],
      ['een onbekend resultaat', { ...vastgesteld, resultaat: 'misschien' }, ['resultaat']],
      ['een ontbrekend element', { ...vastgesteld, elementen: { handeling: true, oogmerk: true } }, ['elementen.middel']],
      ['een onbekend veld', { ...vastgesteld, identificatiestatus: 'vermoedelijk_slachtoffer' }, ['identificatiestatus']],
      ['vervangt is geen uuid', { ...vastgesteld, vervangt: 'vorige' }, ['vervangt']],
      ['een te lange toelichting', { ...nietVastgesteld, toelichting: 'x'.repeat(5001) }, ['toelichting']],
    ])('400: %s', async (_naam, body, velden) => {
      const dossierId = await nieuwDossier();
      const r = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body });
      expect(r.status).toBe(400);
      expect(namen(r)).toEqual(velden);
    });
  });

  it.each([
    ['om', 'officier'], ['ind', 'ind_medewerker'], ['coa', 'coa_medewerker'], ['comensha', 'zorgcoordinator'], ['politie', 'analist'], ['beheer', 'beheerder'],
  ] as const)('403 voor %s/%s: die rol legt geen beoordeling vast', async (org, rol) => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', pad(dossierId), { sleutel: t.sleutel(org, rol), body: vastgesteld });
    expect(r.status).toBe(403);
  });

  it('404 voor het dossier van een andere organisatie en voor een onbekend dossier', async () => {
    const dossierId = await nieuwDossier();
    for (const [sleutel, p] of [
      [t.sleutel('politie2', 'intaker'), pad(dossierId)],
      [intaker(), pad(crypto.randomUUID())],
      [intaker(), pad('x')],
    ] as const) {
      const r = await geweigerd('POST', p, { sleutel, body: vastgesteld });
      expect(r.status).toBe(404);
    }
  });

  it('Idempotency-Key: een herhaling geeft hetzelfde antwoord, zonder tweede beoordeling of aanmelding', async () => {
    const dossierId = await nieuwDossier();
    const headers = { 'Idempotency-Key': `beo-${crypto.randomUUID()}` };
    const eerste = await t.verzoek('POST', pad(dossierId), { sleutel: intaker(), body: vastgesteld, headers });
    expect(eerste.status).toBe(201);
    const voor = await t.tabeltellingen();
    const herhaling = await t.verzoek('POST', pad(dossierId), { sleutel: intaker(), body: vastgesteld, headers });
    expect(herhaling.status).toBe(201);
    expect(herhaling.body).toEqual(eerste.body);
    expect(await t.tabeltellingen()).toEqual(voor);
    expect(await aanmeldingen(dossierId)).toHaveLength(1);
  });
});

describe('GET /v1/dossiers/{dossierId}/beoordelingen en /{beoordelingId}', () => {
  it.each([
    ['om', 'officier'], ['ind', 'ind_medewerker'], ['coa', 'coa_medewerker'], ['zorg', 'zorgcoordinator'],
  ] as const)('%s/%s mag lezen, maar ziet zonder reden het dossier niet (404)', async (org, rol) => {
    const dossierId = await nieuwDossier();
    const b = await beoordeel(dossierId, nietVastgesteld);
    expect((await t.verzoek('GET', pad(dossierId), { sleutel: t.sleutel(org, rol) })).status).toBe(404);
    expect((await t.verzoek('GET', `${pad(dossierId)}/${b.id}`, { sleutel: t.sleutel(org, rol) })).status).toBe(404);
  });

  it.each([
    ['politie', 'analist'], ['beheer', 'auditor'], ['opvang', 'opvangmedewerker'], ['beheer', 'beheerder'],
  ] as const)('403 voor %s/%s (lijst en losse beoordeling)', async (org, rol) => {
    const dossierId = await nieuwDossier();
    const b = await beoordeel(dossierId, vastgesteld);
    expect((await t.verzoek('GET', pad(dossierId), { sleutel: t.sleutel(org, rol) })).status).toBe(403);
    expect((await t.verzoek('GET', `${pad(dossierId)}/${b.id}`, { sleutel: t.sleutel(org, rol) })).status).toBe(403);
  });

  it('404 voor een andere organisatie, een beoordeling van een ander dossier en een onbekend id', async () => {
    const dossierId = await nieuwDossier();
    const b = await beoordeel(dossierId, vastgesteld);
    const ander = await nieuwDossier();
    expect((await t.verzoek('GET', pad(dossierId), { sleutel: t.sleutel('politie2', 'intaker') })).status).toBe(404);
    expect((await t.verzoek('GET', `${pad(dossierId)}/${b.id}`, { sleutel: t.sleutel('politie2', 'intaker') })).status).toBe(404);
    const elders = await t.verzoek('GET', `${pad(ander)}/${b.id}`, { sleutel: intaker() });
    expect(elders.status).toBe(404);
    expect(elders.body.detail).toBe('Beoordeling niet gevonden.');
    expect((await t.verzoek('GET', `${pad(dossierId)}/${crypto.randomUUID()}`, { sleutel: intaker() })).status).toBe(404);
    expect((await t.verzoek('GET', `${pad(dossierId)}/geen-id`, { sleutel: intaker() })).status).toBe(404);
  });

  it('een dossier zonder beoordelingen geeft een lege lijst', async () => {
    const dossierId = await nieuwDossier();
    const r = await t.verzoek('GET', pad(dossierId), { sleutel: intaker() });
    expect(r.body).toEqual({ beoordelingen: [] });
  });

  it('een beoordeling is onveranderlijk: PUT, PATCH en DELETE geven 405 met Allow, er wordt niets geschreven', async () => {
    const dossierId = await nieuwDossier();
    const b = await beoordeel(dossierId, vastgesteld);
    for (const methode of ['PUT', 'PATCH', 'DELETE']) {
      const r = await geweigerd(methode, `${pad(dossierId)}/${b.id}`, { sleutel: intaker(), body: nietVastgesteld });
      expect(r.status).toBe(405);
      expect(r.headers.get('allow')).toBe('GET, HEAD');
    }
    expect((await t.verzoek('GET', `${pad(dossierId)}/${b.id}`, { sleutel: intaker() })).body.resultaat).toBe('vastgesteld');
  });
});

// The dossier row is locked before the assessments are read, so concurrent assessments of one
// dossier serialise. Real concurrency needs PostgreSQL (README.md "Tests and CI"); PGlite serialises anyway.
describe(`gelijktijdige beoordelingen van één dossier (${opPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('vijf gelijktijdige vastgestelde beoordelingen: precies één aanmelding bij CoMensha en één statuswijziging', async () => {
    const dossierId = await nieuwDossier();
    const versie = (await status(dossierId)).versie;
    const antwoorden = await Promise.all(Array.from({ length: 5 }, () =>
      t.verzoek('POST', pad(dossierId), { sleutel: intaker(), body: vastgesteld })));
    expect(antwoorden.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(await aanmeldingen(dossierId)).toHaveLength(1);
    expect(await status(dossierId)).toMatchObject({ identificatiestatus: 'vermoedelijk_slachtoffer', versie: versie + 1 });
  });

  it('drie gelijktijdige vervangingen van dezelfde beoordeling: één slaagt, de andere krijgen 409', async () => {
    const dossierId = await nieuwDossier();
    const eerste = await beoordeel(dossierId, vastgesteld);
    const antwoorden = await Promise.all(Array.from({ length: 3 }, () =>
      t.verzoek('POST', pad(dossierId), { sleutel: intaker(), body: { ...nietVastgesteld, vervangt: eerste.id } })));
    expect(antwoorden.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const lijst = await t.verzoek('GET', pad(dossierId), { sleutel: intaker() });
    expect(lijst.body.beoordelingen).toHaveLength(2);
  });
});

describe('OpenAPI-document', () => {
  it('beschrijft de signalen- en beoordelingen-operaties (het document kan worden gemaakt)', async () => {
    const r = await t.verzoek('GET', '/v1/openapi.json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining([
      '/dossiers/{dossierId}/signalen', '/dossiers/{dossierId}/signalen/{signaalId}',
      '/dossiers/{dossierId}/beoordelingen', '/dossiers/{dossierId}/beoordelingen/{beoordelingId}',
    ]));
    expect(r.body.paths['/dossiers/{dossierId}/beoordelingen/{beoordelingId}']).not.toHaveProperty('put');
  });
});
