// The residence track through the API (issue 5; docs/domein.md §7, §5, §6; docs/architectuur.md §3): only
// the IND records; permits, renewal while an investigation runs, the Dublin rule, the schrijnend pad;
// every refusal (Dutch detail, nothing written); visibility for organisations with access; the IND's
// worklist; and — for every kind — identification and care untouched (docs/domein.md §1 punt 1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rol } from '../../src/domain/catalogus.js';
import { VERBLIJFSBESLUIT_SOORTEN, type VerblijfsbesluitSoort } from '../../src/domain/verblijf.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { identificatieEnZorg, legZorgspoorAan } from '../support/sporen.js';
import { geweigerd as weigering, ongeldigeNamen, type Opties } from '../support/weigering.js';
import { startTestApp, type Antwoord, type TestApp } from '../support/harness.js';

let t: TestApp;
// The fixed clock: Friday 20 November 2026, 11:00 in Amsterdam.
const VANDAAG = '2026-11-20';
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

const intaker = (org: DemoCode = 'politie') => t.sleutel(org, 'intaker');
const officier = () => t.sleutel('om', 'officier');
const ind = () => t.sleutel('ind', 'ind_medewerker');
const coa = () => t.sleutel('coa', 'coa_medewerker');

const DERDELANDER = { nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' };

async function nieuwDossier(extra: Record<string, unknown> = {}): Promise<string> {
  const r = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker(), body: { ...DERDELANDER, ...extra } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

async function beoordeelVastgesteld(dossierId: string, datum = '2025-01-05') {
  t.klok.verzet(1000);
  const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/beoordelingen`, {
    sleutel: intaker(),
    body: {
      beoordelingsdatum: datum, informatiefGesprek: { gevoerd: true, datum }, elementen: { handeling: true, middel: true, oogmerk: true },
      indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
    },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
}

const strafPad = (dossierId: string) => `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`;
async function straf(dossierId: string, body: Record<string, unknown>, sleutel = intaker()) {
  t.klok.verzet(1000);
  const r = await t.verzoek('POST', strafPad(dossierId), { sleutel, body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
}

/**
 * A presumed victim's dossier the IND (and OM) can see: the aangifte sends the M55 to the IND and
 * a copy to the OM (docs/architectuur.md §3: a notification is a reason to see the dossier).
 */
async function dossierBijInd(extra: Record<string, unknown> = {}, aangiftedatum = '2025-01-05') {
  const dossierId = await nieuwDossier(extra);
  await beoordeelVastgesteld(dossierId, aangiftedatum);
  await straf(dossierId, { soort: 'aangifte', datum: aangiftedatum });
  return dossierId;
}

const pad = (dossierId: string) => `/v1/dossiers/${dossierId}/verblijfsbesluiten`;
async function besluit(dossierId: string, body: Record<string, unknown>, sleutel = ind()) {
  t.klok.verzet(1000);
  return t.verzoek('POST', pad(dossierId), { sleutel, body });
}
async function legVast(dossierId: string, body: Record<string, unknown>) {
  const r = await besluit(dossierId, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

const geweigerd = (methode: string, p: string, o: Opties, status: number) => weigering(t, methode, p, o, status);
const namen = ongeldigeNamen;


describe('permits (B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7)', () => {
  it('vergunning_verleend lasts one year: geldigTot = datum + 1 year, computed (art. 3.58(1)(q) Vb 2000)', async () => {
    const dossierId = await dossierBijInd();
    const r = await besluit(dossierId, { soort: 'vergunning_verleend', datum: VANDAAG, toelichting: 'Ambtshalve na aangifte.' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String), dossierId, organisatieId: t.organisatieIds.ind, soort: 'vergunning_verleend', datum: VANDAAG,
      geldigTot: '2027-11-20', gronden: [], toelichting: 'Ambtshalve na aangifte.', tijdstipRegistratie: t.klok.now().toISOString(),
      identificatiestatus: 'vermoedelijk_slachtoffer',
    });
    expect(r.headers.get('location')).toBe(`${pad(dossierId)}/${r.body.id}`);
    expect(r.headers.get('api-version')).toBeTruthy();
  });

  it('IND decisions are visible to every organisation with access (police, OM, and COA for an asylum seeker), not to others', async () => {
    const dossierId = await dossierBijInd({ verblijfssituatie: 'asielzoeker' });
    const b = await legVast(dossierId, { soort: 'vertrekplicht_opgeschort', datum: '2025-01-06' });
    for (const sleutel of [intaker(), officier(), ind(), coa()]) {
      const r = await t.verzoek('GET', pad(dossierId), { sleutel });
      expect(r.status).toBe(200);
      expect(r.body.verblijfsbesluiten.map((x: { id: string }) => x.id)).toEqual([b.id]);
      expect((await t.verzoek('GET', `${pad(dossierId)}/${b.id}`, { sleutel })).body.id).toBe(b.id);
    }
    expect((await t.verzoek('GET', pad(dossierId), { sleutel: intaker('politie2') })).status).toBe(404);
    expect((await t.verzoek('GET', `${pad(dossierId)}/${b.id}`, { sleutel: intaker('politie2') })).status).toBe(404);
    expect((await t.verzoek('GET', `${pad(dossierId)}/${crypto.randomUUID()}`, { sleutel: ind() })).status).toBe(404);
    expect((await t.verzoek('GET', pad(dossierId), { sleutel: t.sleutel('politie', 'analist') })).status).toBe(403);
  });

  it('409 for a Dublin claimant without an earlier aanwezigheid_noodzakelijk; after the OM\'s declaration the permit follows (Stcrt. 2019, 40593)', async () => {
    const dossierId = await dossierBijInd({ verblijfssituatie: 'dublinclaimant' }, '2026-11-01');
    const r = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vergunning_verleend', datum: VANDAAG } }, 409);
    expect(r.body.detail).toMatch(/Een Dublinclaimant krijgt de vergunning alleen als het OM eerder heeft verklaard.*Stcrt\. 2019, 40593.*aanwezigheid_noodzakelijk/);
    await straf(dossierId, { soort: 'aanwezigheid_noodzakelijk', datum: '2026-11-15' }, officier());
    const ok = await legVast(dossierId, { soort: 'vergunning_verleend', datum: VANDAAG });
    expect(ok.geldigTot).toBe('2027-11-20');
  });

  it('409 renewing when no investigation runs (Dutch reason naming the OM decision); renewal while one runs adds a year', async () => {
    const dossierId = await dossierBijInd();
    const verleend = await legVast(dossierId, { soort: 'vergunning_verleend', datum: '2025-01-10' });
    expect(verleend.geldigTot).toBe('2026-01-10');
    // Only an aangifte so far: the OM decided nothing, so no investigation runs (docs/domein.md §14).
    const a = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vergunning_verlengd', datum: '2025-12-20' } }, 409);
    expect(a.body.detail).toMatch(/Verlengen kan alleen zolang er een strafrechtelijk onderzoek loopt \(B8\/3 onder 3\.2 Vc 2000\)/);
    await straf(dossierId, { soort: 'opsporingsonderzoek_gestart', datum: '2025-02-01' }, officier());
    const verlengd = await legVast(dossierId, { soort: 'vergunning_verlengd', datum: '2025-12-20' });
    expect(verlengd.geldigTot).toBe('2027-01-10');
    await straf(dossierId, { soort: 'sepot', datum: '2026-06-01' }, officier());
    const b = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vergunning_verlengd', datum: VANDAAG } }, 409);
    expect(b.body.detail).toContain('de laatste beslissing van het OM op of vóór 2026-11-20 is sepot (2026-06-01)');
  });

  it('409 renewing or withdrawing without a permit; withdrawal of the current permit', async () => {
    const dossierId = await dossierBijInd();
    const a = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vergunning_verlengd', datum: VANDAAG } }, 409);
    expect(a.body.detail).toContain('geen vergunning om te verlengen');
    const b = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vergunning_ingetrokken', datum: VANDAAG } }, 409);
    expect(b.body.detail).toContain('geen vergunning om in te trekken');
    await legVast(dossierId, { soort: 'vergunning_verleend', datum: '2026-03-01' });
    const c = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vergunning_verleend', datum: VANDAAG } }, 409);
    expect(c.body.detail).toContain('Gebruik vergunning_verlengd');
    await legVast(dossierId, { soort: 'vergunning_ingetrokken', datum: VANDAAG });
  });
});

describe('schrijnend pad (B8/3.1 Vc 2000; docs/domein.md §7)', () => {
  it('application with grounds, grant for at most a year (default exactly one), and it cannot be renewed (409)', async () => {
    const dossierId = await dossierBijInd();
    const aanvraag = await legVast(dossierId, { soort: 'schrijnend_pad_aangevraagd', datum: '2026-10-01', gronden: ['dreiging', 'medisch_psychisch'] });
    expect(aanvraag.gronden).toEqual(['dreiging', 'medisch_psychisch']);
    const teLang = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'schrijnend_pad_verleend', datum: VANDAAG, geldigTot: '2027-11-21' } }, 422);
    expect(teLang.body.detail).toContain('ten hoogste één jaar verleend: geldigTot uiterlijk 2027-11-20');
    expect(teLang.body.invalidParams).toEqual([expect.objectContaining({ name: 'geldigTot' })]);
    const verleend = await legVast(dossierId, { soort: 'schrijnend_pad_verleend', datum: VANDAAG });
    expect(verleend.geldigTot).toBe('2027-11-20');
    const verlengen = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vergunning_verlengd', datum: VANDAAG } }, 409);
    expect(verlengen.body.detail).toContain('schrijnend pad kan niet worden verlengd');
    const opnieuw = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'schrijnend_pad_aangevraagd', datum: VANDAAG, gronden: ['dreiging'] } }, 409);
    expect(opnieuw.body.detail).toContain('schrijnend pad kan niet worden verlengd');
  });

  it('a shorter geldigTot is kept; a decision needs an open application (409)', async () => {
    const dossierId = await dossierBijInd();
    const a = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'schrijnend_pad_verleend', datum: VANDAAG } }, 409);
    expect(a.body.detail).toContain('geen openstaande aanvraag');
    const b = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'schrijnend_pad_afgewezen', datum: VANDAAG } }, 409);
    expect(b.body.detail).toContain('geen openstaande aanvraag');
    await legVast(dossierId, { soort: 'schrijnend_pad_aangevraagd', datum: '2026-10-01', gronden: ['minderjarigheid'] });
    const dubbel = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'schrijnend_pad_aangevraagd', datum: VANDAAG, gronden: ['dreiging'] } }, 409);
    expect(dubbel.body.detail).toContain('Er loopt al een aanvraag');
    const verleend = await legVast(dossierId, { soort: 'schrijnend_pad_verleend', datum: VANDAAG, geldigTot: '2027-05-20' });
    expect(verleend.geldigTot).toBe('2027-05-20');
  });

  it('400: an application without grounds (B8/3 under 3.1 Vc 2000)', async () => {
    const dossierId = await dossierBijInd();
    const r = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'schrijnend_pad_aangevraagd', datum: VANDAAG, gronden: [] } }, 400);
    expect(namen(r)).toEqual(['gronden']);
    expect(r.body.invalidParams[0].reason).toContain('Kies ten minste één grond');
  });
});

describe('departure obligation (art. 8 onder k Vw 2000; docs/domein.md §5)', () => {
  it('suspend, lift; 409 lifting without a suspension and suspending twice', async () => {
    const dossierId = await dossierBijInd();
    const a = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'opschorting_opgeheven', datum: VANDAAG } }, 409);
    expect(a.body.detail).toContain('geen opschorting om op te heffen');
    await legVast(dossierId, { soort: 'vertrekplicht_opgeschort', datum: '2026-11-01' });
    const b = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vertrekplicht_opgeschort', datum: VANDAAG } }, 409);
    expect(b.body.detail).toContain('al opgeschort sinds 2026-11-01');
    await legVast(dossierId, { soort: 'opschorting_opgeheven', datum: VANDAAG });
  });
});

describe('identification and care stay apart: every residence kind (docs/domein.md §1 punt 1)', () => {
  /** The decisions that must precede each kind, so that it is allowed. */
  const voorafgaand: Record<VerblijfsbesluitSoort, Array<Record<string, unknown>>> = {
    vertrekplicht_opgeschort: [],
    opschorting_opgeheven: [{ soort: 'vertrekplicht_opgeschort', datum: '2025-01-06' }],
    vergunning_verleend: [],
    vergunning_verlengd: [{ soort: 'vergunning_verleend', datum: '2025-01-10' }],
    vergunning_ingetrokken: [{ soort: 'vergunning_verleend', datum: '2025-01-10' }],
    schrijnend_pad_aangevraagd: [],
    schrijnend_pad_verleend: [{ soort: 'schrijnend_pad_aangevraagd', datum: '2026-10-01', gronden: ['dreiging'] }],
    schrijnend_pad_afgewezen: [{ soort: 'schrijnend_pad_aangevraagd', datum: '2026-10-01', gronden: ['dreiging'] }],
  };
  it.each(VERBLIJFSBESLUIT_SOORTEN.map((s) => [s]))('%s leaves identificatiestatus, the dossier version and the referrals and placements unchanged', async (soort) => {
    const dossierId = await dossierBijInd();
    if (soort === 'vergunning_verlengd') await straf(dossierId, { soort: 'opsporingsonderzoek_gestart', datum: '2025-02-01' }, officier());
    for (const body of voorafgaand[soort]) await legVast(dossierId, body);
    await legZorgspoorAan(t, dossierId, '2025-01-06');
    const voor = await identificatieEnZorg(t, dossierId, intaker());
    expect(voor.identificatiestatus).toBe('vermoedelijk_slachtoffer');
    expect(voor.verwijzingen).toHaveLength(1);
    expect(voor.plaatsingen).toHaveLength(1);
    const r = await legVast(dossierId, { soort, datum: VANDAAG, ...(soort === 'schrijnend_pad_aangevraagd' ? { gronden: ['medisch_psychisch'] } : {}) });
    expect(r.identificatiestatus).toBe('vermoedelijk_slachtoffer');
    expect(await identificatieEnZorg(t, dossierId, intaker())).toEqual(voor);
  });
});

describe('refusals of POST: Dutch detail, nothing written', () => {
  it('422: a date in the future', async () => {
    const dossierId = await dossierBijInd();
    const r = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vertrekplicht_opgeschort', datum: '2026-11-21' } }, 422);
    expect(r.body.detail).toContain('ligt in de toekomst');
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'datum' })]);
  });

  it('400: all invalid fields at once', async () => {
    const dossierId = await dossierBijInd();
    const r = await geweigerd('POST', pad(dossierId), {
      sleutel: ind(), body: { soort: 'vergunning_verleend_maybe', datum: '20-11-2026', geldigTot: 'volgend jaar', gronden: ['armoede'], extra: 1 },
    }, 400);
    expect(namen(r)).toEqual(['datum', 'extra', 'geldigTot', 'gronden.0', 'soort']);
  });

  it('400: a computed geldigTot given, and grounds on a permit, in one answer', async () => {
    const dossierId = await dossierBijInd();
    const r = await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vergunning_verleend', datum: VANDAAG, geldigTot: '2027-11-20', gronden: ['dreiging'] } }, 400);
    expect(namen(r)).toEqual(['geldigTot', 'gronden']);
    expect(r.body.invalidParams.find((p: { name: string }) => p.name === 'geldigTot').reason).toContain('berekent de service geldigTot');
  });

  it.each([
    ['politie', 'intaker'], ['om', 'officier'], ['coa', 'coa_medewerker'], ['zorg', 'zorgcoordinator'], ['opvang', 'opvangmedewerker'],
    ['politie', 'analist'], ['beheer', 'auditor'], ['beheer', 'beheerder'],
  ] as Array<[DemoCode, Rol]>)('403 for %s/%s: only the IND records residence decisions', async (org, rol) => {
    const dossierId = await dossierBijInd();
    const r = await geweigerd('POST', pad(dossierId), { sleutel: t.sleutel(org, rol), body: { soort: 'vertrekplicht_opgeschort', datum: VANDAAG } }, 403);
    expect(r.body.detail).toContain('verblijf.vastleggen');
  });

  it('404: a dossier the IND has no reason to see (another organisation\'s), an unknown and a malformed id', async () => {
    const dossierId = await nieuwDossier();
    await geweigerd('POST', pad(dossierId), { sleutel: ind(), body: { soort: 'vertrekplicht_opgeschort', datum: VANDAAG } }, 404);
    await geweigerd('POST', pad(crypto.randomUUID()), { sleutel: ind(), body: { soort: 'vertrekplicht_opgeschort', datum: VANDAAG } }, 404);
    await geweigerd('POST', pad('geen-id'), { sleutel: ind(), body: { soort: 'vertrekplicht_opgeschort', datum: VANDAAG } }, 404);
    expect((await t.verzoek('GET', pad(dossierId), { sleutel: intaker('politie2') })).status).toBe(404);
  });
});

describe('GET /v1/verblijfsbesluiten — the IND\'s worklist', () => {
  it('shows current permits ending within 30 days by default, ordered by geldigTot; renewed and withdrawn ones drop off', async () => {
    // Ends 2026-12-10: within 30 days of 2026-11-20.
    const binnenkort = await dossierBijInd();
    const a = await legVast(binnenkort, { soort: 'vergunning_verleend', datum: '2025-12-10' });
    // Ends 2026-11-25: earlier, so listed first.
    const eerder = await dossierBijInd();
    const b = await legVast(eerder, { soort: 'schrijnend_pad_aangevraagd', datum: '2025-11-01', gronden: ['dreiging'] });
    const c = await legVast(eerder, { soort: 'schrijnend_pad_verleend', datum: '2025-11-25' });
    // Ends 2027-11-01: not within 30 days.
    const later = await dossierBijInd();
    const d = await legVast(later, { soort: 'vergunning_verleend', datum: '2026-11-01' });
    // Withdrawn: off the list.
    const ingetrokken = await dossierBijInd();
    await legVast(ingetrokken, { soort: 'vergunning_verleend', datum: '2025-12-01' });
    await legVast(ingetrokken, { soort: 'vergunning_ingetrokken', datum: '2026-06-01' });
    // Renewed: the renewal (ending 2027-12-05) replaces the original (ending 2026-12-05).
    const verlengd = await dossierBijInd();
    await straf(verlengd, { soort: 'opsporingsonderzoek_gestart', datum: '2025-02-01' }, officier());
    await legVast(verlengd, { soort: 'vergunning_verleend', datum: '2025-12-05' });
    const e = await legVast(verlengd, { soort: 'vergunning_verlengd', datum: '2026-11-15' });
    expect(e.geldigTot).toBe('2027-12-05');

    const mijn = new Set([binnenkort, eerder, later, ingetrokken, verlengd]);
    const r = await t.verzoek('GET', '/v1/verblijfsbesluiten', { sleutel: ind() });
    expect(r.status).toBe(200);
    const items = r.body.verblijfsbesluiten as Array<{ id: string; dossierId: string; geldigTot: string; dossiernummer: string }>;
    expect(items.filter((i) => mijn.has(i.dossierId)).map((i) => i.id)).toEqual([c.id, a.id]);
    expect(items.every((i) => i.geldigTot <= '2026-12-20')).toBe(true);
    expect(items.map((i) => i.geldigTot)).toEqual([...items.map((i) => i.geldigTot)].sort());
    expect(items.find((i) => i.id === a.id)).toMatchObject({ soort: 'vergunning_verleend', geldigTot: '2026-12-10', dossiernummer: expect.stringMatching(/^NRM-\d{4}-\d{6}$/) });
    expect(b.geldigTot).toBeNull();

    const ruim = await t.verzoek('GET', '/v1/verblijfsbesluiten?geldigTotVoor=2027-12-31', { sleutel: ind() });
    expect((ruim.body.verblijfsbesluiten as typeof items).filter((i) => mijn.has(i.dossierId)).map((i) => i.id)).toEqual([c.id, a.id, d.id, e.id]);
  });

  it('paginates with a Link header', async () => {
    const x = await dossierBijInd();
    await legVast(x, { soort: 'vergunning_verleend', datum: '2025-12-01' });
    const y = await dossierBijInd();
    await legVast(y, { soort: 'vergunning_verleend', datum: '2025-12-02' });
    const alle: string[] = [];
    let url: string | null = '/v1/verblijfsbesluiten?limit=1';
    while (url) {
      const r: Antwoord = await t.verzoek('GET', url, { sleutel: ind() });
      expect(r.status).toBe(200);
      expect(r.body.verblijfsbesluiten.length).toBeLessThanOrEqual(1);
      alle.push(...r.body.verblijfsbesluiten.map((i: { id: string }) => i.id));
      const link: string | null = r.headers.get('link');
      url = link ? link.slice(1, link.indexOf('>')) : null;
    }
    const inEens = await t.verzoek('GET', '/v1/verblijfsbesluiten?limit=200', { sleutel: ind() });
    expect(alle).toEqual(inEens.body.verblijfsbesluiten.map((i: { id: string }) => i.id));
    expect(alle.length).toBeGreaterThanOrEqual(2);
  });

  it('403 for other roles; 400 for an invalid geldigTotVoor or cursor', async () => {
    for (const sleutel of [intaker(), officier(), coa()]) {
      expect((await t.verzoek('GET', '/v1/verblijfsbesluiten', { sleutel })).status).toBe(403);
    }
    const r = await t.verzoek('GET', '/v1/verblijfsbesluiten?geldigTotVoor=morgen&cursor=xyz', { sleutel: ind() });
    expect(r.status).toBe(400);
    expect(namen(r)).toContain('geldigTotVoor');
  });
});
