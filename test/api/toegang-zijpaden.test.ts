// Regression tests for the three side paths through which a victim's identity reached organisations
// that must not see it (docs/toegangsmodel.md): a referral decision, a reminder, and passing on what
// one may not see. Each follows the reproduction step by step; each failed on the code before the
// grants model (notifications then granted access by default, and a referral passed on the consent
// without narrowing it to the referrer's own scope).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voerJobsUit } from '../../src/jobs/index.js';
import type { DemoCode } from '../../src/seed/demo.js';
import type { Rol } from '../../src/domain/catalogus.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

const sleutel = (org: DemoCode, rol: Rol = 'intaker') => t.sleutel(org, rol);
const NAAM = 'Zijpadtest';
const V_NUMMER = '5550001112';

async function ok(methode: string, pad: string, org: DemoCode, rol: Rol, body?: unknown, status = 201) {
  const r = await t.verzoek(methode, pad, { sleutel: sleutel(org, rol), body });
  expect(r.status, `${methode} ${pad}: ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

/** A dossier of Politie A with an identity, as an intaker registers it. */
async function dossierMetIdentiteit(achternaam: string, vnummer: string): Promise<string> {
  const d = await ok('POST', '/v1/dossiers', 'politie', 'intaker', {
    nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig',
  });
  await ok('PUT', `/v1/dossiers/${d.id}/persoonsgegevens`, 'politie', 'intaker', {
    voornamen: 'Ama', geslachtsnaam: achternaam, geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: vnummer, geslacht: 'vrouw', talen: ['en'],
  }, 201);
  return d.id;
}

/** Everything through which an organisation could read the identity: personal data, search by name and by V-number. */
async function identiteitZichtbaar(org: DemoCode, rol: Rol, dossierId: string, achternaam: string, vnummer: string) {
  const pg = await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: sleutel(org, rol) });
  const opNaam = await t.verzoek('POST', '/v1/dossiers/_zoek', { sleutel: sleutel(org, rol), body: { geslachtsnaam: achternaam } });
  const opNummer = await t.verzoek('POST', '/v1/dossiers/_zoek', { sleutel: sleutel(org, rol), body: { vreemdelingennummer: vnummer } });
  const gevonden = (r: typeof opNaam) => r.status === 200 && (r.body.dossiers as Array<{ id: string }>).some((d) => d.id === dossierId);
  return { persoonsgegevens: pg.status, opNaam: gevonden(opNaam), opNummer: gevonden(opNummer), pgTekst: pg.text };
}

describe('zijpad 1: een doorverwijzing en het besluit erop geven geen bredere toegang', () => {
  it('Politie A → Politie B zonder toestemming → Zorg, Zorg wijst af: Politie B ziet de identiteit nog steeds niet', async () => {
    const achternaam = `${NAAM}Een`;
    const vnummer = '5550001001';
    const dossierId = await dossierMetIdentiteit(achternaam, vnummer);
    // Politie A refers to Politie B without consent, on the basis of a public task: pseudonymous.
    const naarB = await ok('POST', `/v1/dossiers/${dossierId}/verwijzingen`, 'politie', 'intaker', {
      doel: 'politie', ontvangendeOrganisatieId: t.organisatieIds.politie2, reden: 'Opsporing in Rotterdam.', urgentie: 'normaal',
      toestemming: 'nee', grondslag: 'wettelijke_taak',
    });
    expect(naarB.gegevensdeling).toBe('pseudoniem');
    expect(await identiteitZichtbaar('politie2', 'intaker', dossierId, achternaam, vnummer)).toMatchObject({ persoonsgegevens: 403, opNaam: false, opNummer: false });
    // B refers on to Zorg; Zorg refuses; the decision notice goes to B.
    const naarZorg = await ok('POST', `/v1/dossiers/${dossierId}/verwijzingen`, 'politie2', 'intaker', {
      doel: 'zorgcoordinator', ontvangendeOrganisatieId: t.organisatieIds.zorg, reden: 'Begeleiding.', urgentie: 'normaal',
      toestemming: 'nee', grondslag: 'wettelijke_taak',
    });
    await ok('POST', `/v1/verwijzingen/${naarZorg.id}/besluit`, 'zorg', 'zorgcoordinator', { besluit: 'afgewezen', afwijzingsreden: 'geen_capaciteit' }, 200);
    const feed = await t.verzoek('GET', '/v1/kennisgevingen?soort=verwijzing_besluit&limit=200', { sleutel: sleutel('politie2') });
    expect(feed.body.kennisgevingen.some((k: { dossierId: string }) => k.dossierId === dossierId)).toBe(true);
    // Still pseudonymous only: no personal data, no search hit by name or V-number.
    const na = await identiteitZichtbaar('politie2', 'intaker', dossierId, achternaam, vnummer);
    expect(na).toMatchObject({ persoonsgegevens: 403, opNaam: false, opNummer: false });
    expect(na.pgTekst).not.toContain(achternaam);
  });
});

describe('zijpad 2: een herinnering geeft geen toegang, en een ingetrokken verwijzing laat niets achter', () => {
  it('verwijzing zonder toestemming naar de NLA; de herinneringsjob stuurt bedenktijd_loopt_af; de NLA ziet de identiteit niet, ook niet na intrekking', async () => {
    const achternaam = `${NAAM}Twee`;
    const vnummer = '5550001002';
    const dossierId = await dossierMetIdentiteit(achternaam, vnummer);
    const beoordeling = await ok('POST', `/v1/dossiers/${dossierId}/beoordelingen`, 'politie', 'intaker', {
      beoordelingsdatum: '2026-11-20', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' },
      elementen: { handeling: true, middel: true, oogmerk: true }, indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
    });
    const b = await ok('POST', `/v1/dossiers/${dossierId}/bedenktijden`, 'politie', 'intaker', { aanbiedingsdatum: '2026-11-20', beoordelingId: beoordeling.id });
    await ok('POST', `/v1/bedenktijden/${b.id}/reactie`, 'politie', 'intaker', { reactie: 'aanvaard', datum: '2026-11-20', opvangGewenst: false }, 200);
    const naarNla = await ok('POST', `/v1/dossiers/${dossierId}/verwijzingen`, 'politie', 'intaker', {
      doel: 'nla', ontvangendeOrganisatieId: t.organisatieIds.nla, reden: 'Arbeidsuitbuiting onderzoeken.', urgentie: 'normaal',
      toestemming: 'nee', grondslag: 'wettelijke_taak',
    });
    expect(await identiteitZichtbaar('nla', 'intaker', dossierId, achternaam, vnummer)).toMatchObject({ persoonsgegevens: 403, opNaam: false });

    // 14 days before the end (2027-02-20): the reminder goes to the offering police and the NLA.
    const klok = t.klok.now();
    try {
      t.klok.zet('2027-02-06T10:00:00Z');
      await voerJobsUit(t.deps);
      const feed = await t.verzoek('GET', '/v1/kennisgevingen?soort=bedenktijd_loopt_af&limit=200', { sleutel: sleutel('nla') });
      expect(feed.body.kennisgevingen.some((k: { dossierId: string }) => k.dossierId === dossierId)).toBe(true);
      expect(await identiteitZichtbaar('nla', 'intaker', dossierId, achternaam, vnummer)).toMatchObject({ persoonsgegevens: 403, opNaam: false, opNummer: false });

      // Withdrawn: the referral's grant ends, and nothing else was left behind.
      await ok('POST', `/v1/verwijzingen/${naarNla.id}/intrekking`, 'politie', 'intaker', undefined, 200);
      expect(await identiteitZichtbaar('nla', 'intaker', dossierId, achternaam, vnummer)).toMatchObject({ persoonsgegevens: 404, opNaam: false, opNummer: false });
      expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: sleutel('nla') })).status).toBe(404);
    } finally {
      t.klok.zet(klok);
    }
  });
});

describe('zijpad 3: niemand geeft meer door dan hij zelf mag zien', () => {
  it('CoMensha (pseudoniem via de aanmelding) verwijst met toestemming naar de opvang: de opvang krijgt alleen pseudoniem', async () => {
    const achternaam = `${NAAM}Drie`;
    const vnummer = '5550001003';
    const dossierId = await dossierMetIdentiteit(achternaam, vnummer);
    await ok('POST', `/v1/dossiers/${dossierId}/beoordelingen`, 'politie', 'intaker', {
      beoordelingsdatum: '2026-11-20', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' },
      elementen: { handeling: true, middel: true, oogmerk: true }, indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
    });
    expect(await identiteitZichtbaar('comensha', 'zorgcoordinator', dossierId, achternaam, vnummer)).toMatchObject({ persoonsgegevens: 403, opNaam: false });
    const naarOpvang = await ok('POST', `/v1/dossiers/${dossierId}/verwijzingen`, 'comensha', 'zorgcoordinator', {
      doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Opvang nodig.', urgentie: 'hoog', toestemming: 'ja',
    });
    expect(naarOpvang.gegevensdeling).toBe('pseudoniem');
    expect(await identiteitZichtbaar('opvang', 'opvangmedewerker', dossierId, achternaam, vnummer)).toMatchObject({ persoonsgegevens: 403, opNaam: false, opNummer: false });
  });

  it('Politie B met beperkte toegang verwijst met toestemming door: pseudoniem; en Politie B mag het dossier niet wijzigen (403, niets geschreven)', async () => {
    const achternaam = `${NAAM}Vier`;
    const vnummer = '5550001004';
    const dossierId = await dossierMetIdentiteit(achternaam, vnummer);
    await ok('POST', `/v1/dossiers/${dossierId}/verwijzingen`, 'politie', 'intaker', {
      doel: 'politie', ontvangendeOrganisatieId: t.organisatieIds.politie2, reden: 'Opsporing.', urgentie: 'normaal', toestemming: 'nee', grondslag: 'wettelijke_taak',
    });
    const naarOpvang = await ok('POST', `/v1/dossiers/${dossierId}/verwijzingen`, 'politie2', 'intaker', {
      doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Opvang nodig.', urgentie: 'hoog', toestemming: 'ja',
    });
    expect(naarOpvang.gegevensdeling).toBe('pseudoniem');
    expect(await identiteitZichtbaar('opvang', 'opvangmedewerker', dossierId, achternaam, vnummer)).toMatchObject({ persoonsgegevens: 403, opNaam: false });

    const dossier = await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: sleutel('politie2') });
    expect(dossier.status).toBe(200);
    const voor = await t.tabeltellingen();
    const patch = await t.verzoek('PATCH', `/v1/dossiers/${dossierId}`, {
      sleutel: sleutel('politie2'), body: { verblijfssituatie: 'asielzoeker' }, headers: { 'If-Match': dossier.headers.get('etag')!, 'Content-Type': 'application/merge-patch+json' },
    });
    expect(patch.status, JSON.stringify(patch.body)).toBe(403);
    expect(patch.body.detail).toMatch(/mag het niet wijzigen/);
    expect(await t.tabeltellingen()).toEqual(voor);
    const pg = await t.verzoek('PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, {
      sleutel: sleutel('politie2'), body: { voornamen: 'X', geslachtsnaam: 'Y', geboortedatum: null, nationaliteit: null, vreemdelingennummer: null, geslacht: null, talen: [] },
    });
    expect(pg.status).toBe(403);
    expect(await t.tabeltellingen()).toEqual(voor);
  });
});
