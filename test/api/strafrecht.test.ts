// The criminal track and the beroep op de B8/3-regeling through the API (issue 5; docs/domein.md §8;
// docs/beslissingen/0012-vroegtijdig-einde.md, 0016-kennisgevingen-per-ontvanger.md, 0013-toegang-van-het-om.md): who records what, the effect on a running bedenktijd, the notifications to IND,
// COA and OM, every refusal (Dutch detail, nothing written), and — for every kind — proof that the
// identification and the care track stay untouched (docs/domein.md §1 punt 1).
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditregels, bedenktijden, kennisgevingen } from '../../src/db/schema.js';
import type { Rol } from '../../src/domain/catalogus.js';
import { STRAFRECHTELIJKE_SOORTEN, type StrafrechtelijkeSoort } from '../../src/domain/strafrecht.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { identificatieEnZorg, legZorgspoorAan } from '../support/sporen.js';
import { geweigerd as weigering, ongeldigeNamen, type Opties } from '../support/weigering.js';
import { nieuwVnummer } from '../support/personen.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
// The fixed clock: Friday 20 November 2026, 11:00 in Amsterdam.
const VANDAAG = '2026-11-20';
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

const intaker = (org: DemoCode = 'politie') => t.sleutel(org, 'intaker');
const officier = () => t.sleutel('om', 'officier');
const ind = () => t.sleutel('ind', 'ind_medewerker');

const PG = { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: '1234567890', geslacht: 'vrouw', talen: ['en'] };
const DERDELANDER = { nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' };

/** Each dossier's own person (test/support/personen.ts): its V-number by dossier id. */
const vnummers = new Map<string, string>();


/**
 * A registered dossier. With `gesprek` (the default) the informatief gesprek of 1 November is on
 * record, so an aangifte may follow it (Aanwijzing mensenhandel; docs/regels.md R5).
 */
async function nieuwDossier(extra: Record<string, unknown> = {}, persoonsgegevens = false, gesprek = true): Promise<string> {
  const r = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker(), body: { ...DERDELANDER, ...extra } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  if (persoonsgegevens) {
    const vnummer = nieuwVnummer();
    vnummers.set(r.body.id, vnummer);
    const p = await t.verzoek('PUT', `/v1/dossiers/${r.body.id}/persoonsgegevens`, { sleutel: intaker(), body: { ...PG, vreemdelingennummer: vnummer } });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
  }
  if (gesprek) await beoordeelVastgesteld(r.body.id, '2026-11-01');
  return r.body.id;
}

async function beoordeelVastgesteld(dossierId: string, datum = '2026-11-10'): Promise<string> {
  t.klok.verzet(1000);
  const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/beoordelingen`, {
    sleutel: intaker(),
    body: {
      beoordelingsdatum: datum, informatiefGesprek: { gevoerd: true, datum }, elementen: { handeling: true, middel: true, oogmerk: true },
      indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
    },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

/** A dossier with a running bedenktijd granted on `datum` (offer and acceptance the same day). */
async function metLopendeBedenktijd(extra: Record<string, unknown> = {}, datum = '2026-11-10') {
  const dossierId = await nieuwDossier(extra, true);
  const beoordelingId = await beoordeelVastgesteld(dossierId, datum);
  const aanbod = await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: datum, beoordelingId } });
  expect(aanbod.status, JSON.stringify(aanbod.body)).toBe(201);
  const reactie = await t.verzoek('POST', `/v1/bedenktijden/${aanbod.body.id}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum, opvangGewenst: true } });
  expect(reactie.status, JSON.stringify(reactie.body)).toBe(200);
  expect(reactie.body.status).toBe('lopend');
  return { dossierId, bedenktijdId: aanbod.body.id as string, bedenktijd: reactie.body };
}

const pad = (dossierId: string) => `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`;
async function leg(dossierId: string, body: Record<string, unknown>, sleutel = intaker()) {
  t.klok.verzet(1000);
  return t.verzoek('POST', pad(dossierId), { sleutel, body });
}
async function legVast(dossierId: string, body: Record<string, unknown>, sleutel = intaker()) {
  const r = await leg(dossierId, body, sleutel);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

const geweigerd = (methode: string, p: string, o: Opties, status: number) => weigering(t, methode, p, o, status);
const namen = ongeldigeNamen;

function kennisgevingenVan(dossierId: string, org: DemoCode, soort?: string) {
  return t.db.select().from(kennisgevingen).where(and(
    eq(kennisgevingen.dossierId, dossierId), eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds[org]),
    ...(soort ? [eq(kennisgevingen.soort, soort)] : []),
  )).orderBy(asc(kennisgevingen.volgnummer));
}


describe('an aangifte or cooperation during a running bedenktijd (docs/beslissingen/0012-vroegtijdig-einde.md; docs/beslissingen/0016-kennisgevingen-per-ontvanger.md)', () => {
  it('an aangifte ends it with reason aangifte on that date, and IND receives exactly one m55_aangifte and one bedenktijd_beeindigd', async () => {
    const { dossierId, bedenktijdId } = await metLopendeBedenktijd();
    const r = await leg(dossierId, { soort: 'aangifte', datum: '2026-11-18', toelichting: 'Aangifte bij TMM Amsterdam.' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String), dossierId, organisatieId: t.organisatieIds.politie, soort: 'aangifte', datum: '2026-11-18', redenen: [],
      toelichting: 'Aangifte bij TMM Amsterdam.', acuteSituatie: null, tijdstipRegistratie: t.klok.now().toISOString(),
      beeindigdeBedenktijdId: bedenktijdId, identificatiestatus: 'vermoedelijk_slachtoffer',
    });
    expect(r.headers.get('location')).toBe(`${pad(dossierId)}/${r.body.id}`);
    expect(r.headers.get('api-version')).toBeTruthy();

    const b = await t.verzoek('GET', `/v1/bedenktijden/${bedenktijdId}`, { sleutel: intaker() });
    expect(b.body).toMatchObject({ status: 'beeindigd', einddatum: '2026-11-18', beeindigingsreden: 'aangifte' });

    const aanInd = await kennisgevingenVan(dossierId, 'ind');
    expect(aanInd.filter((k) => k.soort === 'm55_aangifte')).toHaveLength(1);
    expect(aanInd.filter((k) => k.soort === 'bedenktijd_beeindigd')).toHaveLength(1);
    const m55 = aanInd.find((k) => k.soort === 'm55_aangifte')!;
    // docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: the M55 content (m55Kern: full identity for the IND) plus the event.
    expect(m55.inhoud).toMatchObject({
      dossierId, vreemdelingennummer: vnummers.get(dossierId), geslachtsnaam: 'Mensah', voornamen: 'Ama', formulier: 'M55', onderdeel: 'kennisgeving_aangifte',
      gebeurtenisId: r.body.id, soort: 'aangifte', datum: '2026-11-18', vastgelegdDoor: { id: t.organisatieIds.politie }, onderzoekLoopt: false,
    });
    expect(aanInd.find((k) => k.soort === 'bedenktijd_beeindigd')!.inhoud).toMatchObject({ beeindigingsreden: 'aangifte', einddatum: '2026-11-18' });
    // Not an asylum seeker: the COA receives nothing (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md).
    expect(await kennisgevingenVan(dossierId, 'coa')).toHaveLength(0);
    // The audit holds the event and the end, in the same request.
    const audit = await t.db.select().from(auditregels).where(eq(auditregels.dossierId, dossierId));
    expect(audit.filter((a) => a.requestId === audit.find((x) => x.actie === 'strafrechtelijke_gebeurtenis.vastgelegd')?.requestId).map((a) => a.actie))
      .toEqual(expect.arrayContaining(['strafrechtelijke_gebeurtenis.vastgelegd', 'bedenktijd.beeindigd']));
  });

  it('cooperation of an asylum seeker ends it with reason medewerking_strafproces; IND and COA each receive the M55 and the end, COA without full identity', async () => {
    const { dossierId, bedenktijdId } = await metLopendeBedenktijd({ verblijfssituatie: 'asielzoeker' });
    const r = await legVast(dossierId, { soort: 'medewerking_strafproces', datum: VANDAAG });
    expect(r.beeindigdeBedenktijdId).toBe(bedenktijdId);
    const [b] = await t.db.select().from(bedenktijden).where(eq(bedenktijden.id, bedenktijdId));
    expect(b).toMatchObject({ status: 'beeindigd', einddatum: VANDAAG, beeindigingsreden: 'medewerking_strafproces' });
    for (const org of ['ind', 'coa'] as const) {
      const k = await kennisgevingenVan(dossierId, org);
      expect(k.filter((x) => x.soort === 'm55_medewerking_strafproces'), org).toHaveLength(1);
      expect(k.filter((x) => x.soort === 'bedenktijd_beeindigd'), org).toHaveLength(1);
    }
    const [aanCoa] = await kennisgevingenVan(dossierId, 'coa', 'm55_medewerking_strafproces');
    expect(aanCoa!.inhoud).toMatchObject({ vreemdelingennummer: vnummers.get(dossierId), soort: 'medewerking_strafproces' });
    expect(aanCoa!.inhoud).not.toHaveProperty('geslachtsnaam');
    expect(aanCoa!.inhoud).not.toHaveProperty('toelichting');
  });

  it('an aangifte dated before the grant does not end the bedenktijd (it did not yet run), but the IND still gets the M55', async () => {
    const { dossierId, bedenktijdId } = await metLopendeBedenktijd({}, '2026-11-10');
    const r = await legVast(dossierId, { soort: 'aangifte', datum: '2026-11-09' });
    expect(r.beeindigdeBedenktijdId).toBeNull();
    const [b] = await t.db.select().from(bedenktijden).where(eq(bedenktijden.id, bedenktijdId));
    expect(b!.status).toBe('lopend');
    expect(await kennisgevingenVan(dossierId, 'ind', 'm55_aangifte')).toHaveLength(1);
    expect(await kennisgevingenVan(dossierId, 'ind', 'bedenktijd_beeindigd')).toHaveLength(0);
  });

  it('afzien_aangifte ends a running bedenktijd with reason afzien_medewerking (B8/3.1 Vc 2000, rapport vn. 60); no M55, no OM copy', async () => {
    const { dossierId, bedenktijdId } = await metLopendeBedenktijd();
    const r = await legVast(dossierId, { soort: 'afzien_aangifte', datum: VANDAAG });
    expect(r.beeindigdeBedenktijdId).toBe(bedenktijdId);
    const [b] = await t.db.select().from(bedenktijden).where(eq(bedenktijden.id, bedenktijdId));
    expect(b).toMatchObject({ status: 'beeindigd', einddatum: VANDAAG, beeindigingsreden: 'afzien_medewerking' });
    expect((await kennisgevingenVan(dossierId, 'ind')).map((k) => k.soort)).toEqual(['m55_bedenktijd', 'bedenktijd_beeindigd']);
    expect(await kennisgevingenVan(dossierId, 'om')).toHaveLength(0);
  });

  it('an aangifte without a bedenktijd ends nothing; the OM receives a pseudonymous copy and so gets access to the dossier', async () => {
    const dossierId = await nieuwDossier({}, true);
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: officier() })).status).toBe(404);
    const r = await legVast(dossierId, { soort: 'aangifte', datum: VANDAAG, toelichting: 'Verklaring van Ama Mensah.' });
    expect(r.beeindigdeBedenktijdId).toBeNull();
    const [aanOm] = await kennisgevingenVan(dossierId, 'om');
    expect(aanOm).toMatchObject({ soort: 'm55_aangifte' });
    expect(aanOm!.inhoud).toMatchObject({ dossierId, kopie: 'openbaar_ministerie', gebeurtenisId: r.id, soort: 'aangifte', datum: VANDAAG });
    // No identity and no free text for the OM (docs/architectuur.md §3: personal data only to roles that need it).
    expect(JSON.stringify(aanOm!.inhoud)).not.toMatch(new RegExp(`Mensah|Ama|${vnummers.get(dossierId)}|1999-04-02`));
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: officier() })).status).toBe(200);
    // …and the OM can now record its decision.
    const besluit = await legVast(dossierId, { soort: 'opsporingsonderzoek_gestart', datum: VANDAAG }, officier());
    expect(besluit.organisatieId).toBe(t.organisatieIds.om);
  });

  it('a repeated POST with the same Idempotency-Key returns the stored answer and writes nothing', async () => {
    const { dossierId } = await metLopendeBedenktijd();
    const o = { sleutel: intaker(), body: { soort: 'aangifte', datum: VANDAAG }, headers: { 'Idempotency-Key': 'aangifte-1' } };
    const eerste = await t.verzoek('POST', pad(dossierId), o);
    expect(eerste.status).toBe(201);
    // The data tables (a replay may still be logged as a processing, issue 6; that is not data).
    const data = async () => {
      const { strafrechtelijke_gebeurtenissen, kennisgevingen: k, auditregels: a, bedenktijden: b } = await t.tabeltellingen();
      return { strafrechtelijke_gebeurtenissen, k, a, b };
    };
    const voor = await data();
    const herhaling = await t.verzoek('POST', pad(dossierId), o);
    expect(herhaling.status).toBe(201);
    expect(herhaling.body).toEqual(eerste.body);
    expect(herhaling.headers.get('idempotent-replayed')).toBe('true');
    expect(await data()).toEqual(voor);
    expect(await kennisgevingenVan(dossierId, 'ind', 'm55_aangifte')).toHaveLength(1);
  });
});

describe('OM decisions (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: sepot, onderzoek_beeindigd and aanwezigheid_noodzakelijk notify IND)', () => {
  it('a sepot leaves identificatiestatus vermoedelijk_slachtoffer and the IND is notified', async () => {
    const { dossierId } = await metLopendeBedenktijd();
    await legVast(dossierId, { soort: 'aangifte', datum: '2026-11-12' });
    await legVast(dossierId, { soort: 'opsporingsonderzoek_gestart', datum: '2026-11-13' }, officier());
    const r = await legVast(dossierId, { soort: 'sepot', datum: '2026-11-19', redenen: ['geen_concrete_aanknopingspunten'], toelichting: 'Geen aanknopingspunten in Nederland.' }, officier());
    expect(r.identificatiestatus).toBe('vermoedelijk_slachtoffer');
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: intaker() })).body.identificatiestatus).toBe('vermoedelijk_slachtoffer');
    const sepots = await kennisgevingenVan(dossierId, 'ind', 'sepot');
    expect(sepots).toHaveLength(1);
    expect(sepots[0]).toMatchObject({ afzenderOrganisatieId: t.organisatieIds.om });
    // B8/3.2 Vc 2000; art. 3.58 lid 1 onder q Vb 2000; docs/domein.md §7: the IND gets the "investigation ongoing" signal with it.
    expect(sepots[0]!.inhoud).toMatchObject({ soort: 'sepot', datum: '2026-11-19', redenen: ['geen_concrete_aanknopingspunten'], onderzoekLoopt: false, vreemdelingennummer: vnummers.get(dossierId) });
    // Only the IND: the COA and the OM itself get no sepot notification.
    expect(await kennisgevingenVan(dossierId, 'coa', 'sepot')).toHaveLength(0);
    expect(await kennisgevingenVan(dossierId, 'om', 'sepot')).toHaveLength(0);
  });

  it.each([
    ['onderzoek_beeindigd', [] as string[]],
    ['aanwezigheid_noodzakelijk', [] as string[]],
  ] as const)('%s notifies the IND exactly once', async (soort, redenen) => {
    const dossierId = await nieuwDossier({ verblijfssituatie: 'dublinclaimant' });
    await legVast(dossierId, { soort: 'aangifte', datum: '2026-11-12' });
    await legVast(dossierId, { soort: 'opsporingsonderzoek_gestart', datum: '2026-11-13' }, officier());
    await legVast(dossierId, { soort, datum: VANDAAG, redenen }, officier());
    const k = await kennisgevingenVan(dossierId, 'ind', soort);
    expect(k).toHaveLength(1);
    expect(k[0]!.inhoud).toMatchObject({ soort, onderzoekLoopt: soort === 'aanwezigheid_noodzakelijk' });
    expect(await kennisgevingenVan(dossierId, 'coa', soort)).toHaveLength(0);
  });

  it('geen_opsporingsonderzoek and opsporingsonderzoek_gestart notify nobody', async () => {
    const dossierId = await nieuwDossier();
    await legVast(dossierId, { soort: 'aangifte', datum: '2026-11-12' });
    const voor = (await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.dossierId, dossierId))).length;
    await legVast(dossierId, { soort: 'geen_opsporingsonderzoek', datum: '2026-11-13', redenen: ['onvoldoende_opsporingsindicaties'] }, officier());
    await legVast(dossierId, { soort: 'opsporingsonderzoek_gestart', datum: '2026-11-14' }, officier());
    expect((await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.dossierId, dossierId))).length).toBe(voor);
  });
});

describe('identification and care stay apart: every criminal kind (docs/domein.md §1 punt 1)', () => {
  const OM_SOORTEN: readonly StrafrechtelijkeSoort[] = ['opsporingsonderzoek_gestart', 'geen_opsporingsonderzoek', 'sepot', 'aanwezigheid_noodzakelijk', 'onderzoek_beeindigd'];
  it.each(STRAFRECHTELIJKE_SOORTEN.map((s) => [s]))('%s leaves identificatiestatus, the dossier version and the referrals and placements unchanged', async (soort) => {
    const { dossierId } = await metLopendeBedenktijd();
    await legZorgspoorAan(t, dossierId, '2026-11-11');
    const isOm = OM_SOORTEN.includes(soort);
    // The OM gets access through the notification of an aangifte; ending needs a running investigation.
    if (isOm) await legVast(dossierId, { soort: 'aangifte', datum: '2026-11-11' });
    if (soort === 'onderzoek_beeindigd') await legVast(dossierId, { soort: 'opsporingsonderzoek_gestart', datum: '2026-11-12' }, officier());
    const voor = await identificatieEnZorg(t, dossierId, intaker());
    expect(voor.identificatiestatus).toBe('vermoedelijk_slachtoffer');
    expect(voor.verwijzingen).toHaveLength(1);
    expect(voor.plaatsingen).toHaveLength(1);
    const r = await legVast(dossierId, {
      soort, datum: VANDAAG, redenen: soort === 'geen_opsporingsonderzoek' ? ['dwangelementen_ontbreken'] : [],
    }, isOm ? officier() : intaker());
    expect(r.identificatiestatus).toBe('vermoedelijk_slachtoffer');
    expect(await identificatieEnZorg(t, dossierId, intaker())).toEqual(voor);
  });
});

describe('refusals: Dutch detail, nothing written', () => {
  it('422: a date in the future', async () => {
    const { dossierId } = await metLopendeBedenktijd();
    const r = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body: { soort: 'aangifte', datum: '2026-11-21' } }, 422);
    expect(r.body.detail).toContain('ligt in de toekomst');
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'datum', code: 'in_de_toekomst' })]);
  });

  it('409: ending an investigation that does not run', async () => {
    const dossierId = await nieuwDossier();
    await legVast(dossierId, { soort: 'aangifte', datum: '2026-11-12' });
    const r = await geweigerd('POST', pad(dossierId), { sleutel: officier(), body: { soort: 'onderzoek_beeindigd', datum: VANDAAG } }, 409);
    expect(r.body.detail).toMatch(/Er loopt op 2026-11-20 geen opsporingsonderzoek om te beëindigen.*Leg eerst opsporingsonderzoek_gestart vast/);
  });

  it('403: an intaker records no OM decision, an officier takes down no aangifte', async () => {
    const dossierId = await nieuwDossier();
    await legVast(dossierId, { soort: 'aangifte', datum: '2026-11-12' });
    const a = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body: { soort: 'sepot', datum: VANDAAG } }, 403);
    expect(a.body.detail).toContain('officier van het Openbaar Ministerie');
    const b = await geweigerd('POST', pad(dossierId), { sleutel: officier(), body: { soort: 'aangifte', datum: VANDAAG } }, 403);
    expect(b.body.detail).toContain('intaker van politie, KMar of Arbeidsinspectie');
  });

  it.each([
    ['ind', 'ind_medewerker'], ['coa', 'coa_medewerker'], ['zorg', 'zorgcoordinator'], ['opvang', 'opvangmedewerker'],
    ['politie', 'analist'], ['beheer', 'auditor'], ['beheer', 'beheerder'],
  ] as Array<[DemoCode, Rol]>)('403 for %s/%s: that role records no criminal-track event', async (org, rol) => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', pad(dossierId), { sleutel: t.sleutel(org, rol), body: { soort: 'aangifte', datum: VANDAAG } }, 403);
    expect(r.body.detail).toContain('strafrecht.vastleggen');
  });

  it('404: another organisation\'s dossier, an unknown and a malformed id; the OM without a notification', async () => {
    const dossierId = await nieuwDossier();
    await geweigerd('POST', pad(dossierId), { sleutel: intaker('politie2'), body: { soort: 'aangifte', datum: VANDAAG } }, 404);
    await geweigerd('POST', pad(crypto.randomUUID()), { sleutel: intaker(), body: { soort: 'aangifte', datum: VANDAAG } }, 404);
    await geweigerd('POST', pad('geen-id'), { sleutel: intaker(), body: { soort: 'aangifte', datum: VANDAAG } }, 404);
    await geweigerd('POST', pad(dossierId), { sleutel: officier(), body: { soort: 'sepot', datum: VANDAAG } }, 404);
    expect((await t.verzoek('GET', pad(dossierId), { sleutel: intaker('politie2') })).status).toBe(404);
  });

  it('400: all invalid fields at once', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', pad(dossierId), {
      sleutel: intaker(), body: { soort: 'verhoor', datum: '2026-13-45', redenen: ['geen_idee'], toelichting: 'x'.repeat(5001), extra: true },
    }, 400);
    expect(namen(r)).toEqual(['datum', 'extra', 'redenen.0', 'soort', 'toelichting']);
  });

  it('400: geen_opsporingsonderzoek without reasons, and a bad date, in one answer', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', pad(dossierId), { sleutel: officier(), body: { soort: 'geen_opsporingsonderzoek', datum: 'gisteren', redenen: [] } }, 400);
    expect(namen(r)).toEqual(['datum', 'redenen']);
    expect(r.body.invalidParams.find((p: { name: string }) => p.name === 'redenen').reason).toContain('ten minste één reden');
  });

  it('400: reasons on an aangifte, and a missing soort and datum', async () => {
    const dossierId = await nieuwDossier();
    const a = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body: { soort: 'aangifte', datum: VANDAAG, redenen: ['dwangelementen_ontbreken'] } }, 400);
    expect(namen(a)).toEqual(['redenen']);
    const b = await geweigerd('POST', pad(dossierId), { sleutel: intaker(), body: {} }, 400);
    expect(namen(b)).toEqual(['datum', 'soort']);
  });
});

describe('GET the criminal track', () => {
  it('lists in date order (datum, then registration), paginates with Link, and reads one event', async () => {
    const dossierId = await nieuwDossier();
    const a = await legVast(dossierId, { soort: 'aangifte', datum: '2026-11-15' });
    const b = await legVast(dossierId, { soort: 'medewerking_strafproces', datum: '2026-11-10' });
    const c = await legVast(dossierId, { soort: 'opsporingsonderzoek_gestart', datum: '2026-11-15' }, officier());
    const eerste = await t.verzoek('GET', `${pad(dossierId)}?limit=2`, { sleutel: intaker() });
    expect(eerste.status).toBe(200);
    expect(eerste.body.strafrechtelijkeGebeurtenissen.map((g: { id: string }) => g.id)).toEqual([b.id, a.id]);
    const link = eerste.headers.get('link')!;
    expect(link).toMatch(/rel="next"/);
    const volgende = await t.verzoek('GET', link.slice(1, link.indexOf('>')), { sleutel: intaker() });
    expect(volgende.body.strafrechtelijkeGebeurtenissen.map((g: { id: string }) => g.id)).toEqual([c.id]);
    expect(volgende.headers.get('link')).toBeNull();
    const een = await t.verzoek('GET', `${pad(dossierId)}/${c.id}`, { sleutel: officier() });
    expect(een.body).toMatchObject({ id: c.id, soort: 'opsporingsonderzoek_gestart', organisatieId: t.organisatieIds.om });
    expect((await t.verzoek('GET', `${pad(dossierId)}/${crypto.randomUUID()}`, { sleutel: intaker() })).status).toBe(404);
    // The IND reads it (it was notified of the aangifte); the COA may not read the criminal track.
    expect((await t.verzoek('GET', pad(dossierId), { sleutel: ind() })).status).toBe(200);
    expect((await t.verzoek('GET', pad(dossierId), { sleutel: t.sleutel('coa', 'coa_medewerker') })).status).toBe(403);
  });
});

describe('POST /v1/dossiers/{dossierId}/beroepen-b8-3 (model M55, bijlage Vc 2000; docs/domein.md §6, M55 item 4)', () => {
  const beroepPad = (dossierId: string) => `/v1/dossiers/${dossierId}/beroepen-b8-3`;

  it('records the beroep and the IND receives exactly one m55_beroep_b8_3 with the M55 content; identification and care unchanged', async () => {
    const dossierId = await nieuwDossier({ verblijfssituatie: 'asielzoeker' }, true);
    await beoordeelVastgesteld(dossierId);
    await legZorgspoorAan(t, dossierId, '2026-11-11');
    const voor = await identificatieEnZorg(t, dossierId, intaker());
    t.klok.verzet(1000);
    const r = await t.verzoek('POST', beroepPad(dossierId), { sleutel: intaker(), body: { datum: '2026-11-19', toelichting: 'Beroep tijdens het gehoor.' } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String), dossierId, organisatieId: t.organisatieIds.politie, datum: '2026-11-19', toelichting: 'Beroep tijdens het gehoor.',
      tijdstipRegistratie: t.klok.now().toISOString(),
    });
    expect(r.headers.get('location')).toBe(`${beroepPad(dossierId)}/${r.body.id}`);
    const k = await kennisgevingenVan(dossierId, 'ind', 'm55_beroep_b8_3');
    expect(k).toHaveLength(1);
    expect(k[0]!.inhoud).toMatchObject({ formulier: 'M55', onderdeel: 'beroep_b8_3', beroepId: r.body.id, datum: '2026-11-19', geslachtsnaam: 'Mensah', vreemdelingennummer: vnummers.get(dossierId) });
    // The issue sends this M55 to the IND only.
    expect(await kennisgevingenVan(dossierId, 'coa', 'm55_beroep_b8_3')).toHaveLength(0);
    expect(await identificatieEnZorg(t, dossierId, intaker())).toEqual(voor);
    const lijst = await t.verzoek('GET', beroepPad(dossierId), { sleutel: ind() });
    expect(lijst.body.beroepenB83.map((b: { id: string }) => b.id)).toEqual([r.body.id]);
    expect((await t.verzoek('GET', `${beroepPad(dossierId)}/${r.body.id}`, { sleutel: intaker() })).body.id).toBe(r.body.id);
  });

  it('422: a date in the future, and a Dutch national; nothing written', async () => {
    const dossierId = await nieuwDossier();
    const a = await geweigerd('POST', beroepPad(dossierId), { sleutel: intaker(), body: { datum: '2026-11-21' } }, 422);
    expect(a.body.detail).toContain('ligt in de toekomst');
    const nl = await nieuwDossier({ nationaliteitCategorie: 'nederlands', verblijfssituatie: 'duurzaam' });
    const b = await geweigerd('POST', beroepPad(nl), { sleutel: intaker(), body: { datum: VANDAAG } }, 422);
    expect(b.body.detail).toContain('Een Nederlander is geen vreemdeling');
  });

  it('400 with all invalid fields; 403 for roles other than intaker; 404 for another organisation', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', beroepPad(dossierId), { sleutel: intaker(), body: { datum: 'morgen', toelichting: 5, reden: 'x' } }, 400);
    expect(namen(r)).toEqual(['datum', 'reden', 'toelichting']);
    for (const [org, rol] of [['om', 'officier'], ['ind', 'ind_medewerker'], ['coa', 'coa_medewerker'], ['zorg', 'zorgcoordinator']] as Array<[DemoCode, Rol]>) {
      await geweigerd('POST', beroepPad(dossierId), { sleutel: t.sleutel(org, rol), body: { datum: VANDAAG } }, 403);
    }
    await geweigerd('POST', beroepPad(dossierId), { sleutel: intaker('politie2'), body: { datum: VANDAAG } }, 404);
    expect((await t.verzoek('GET', beroepPad(dossierId), { sleutel: intaker('politie2') })).status).toBe(404);
  });
});
