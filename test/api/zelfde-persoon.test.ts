// One person, one dossier (docs/een-persoon-een-dossier.md): detection across organisations, the
// 409 that names only the other dossier's number and organisation, the three ways to resolve it
// (join, another person, merge), at most one open bedenktijd per person, closed dossiers, finding a
// dossier by its number, and the worklist fields a person can read.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditregels, bedenktijdAdviezen, bedenktijden, beoordelingen, kennisgevingen, persoonsbesluiten, persoonsgegevens, plaatsingen, signalen,
  strafrechtelijkeGebeurtenissen, toegangsrechten, verblijfsbesluiten, verwijzingen,
} from '../../src/db/schema.js';
import { normaliseerGeslachtsnaam } from '../../src/domain/persoon.js';
import type { Rol } from '../../src/domain/catalogus.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { opPostgres, startTestApp, type Antwoord, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

const VANDAAG = '2026-11-20';
const sleutel = (org: DemoCode, rol: Rol = 'intaker') => t.sleutel(org, rol);
const SITUATIE = { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' };
const SIGNAAL = { ontvangstdatum: VANDAAG, bron: 'slachtoffer_zelf', uitbuitingsvormen: ['seksueel'], indicatoren: [], locatie: 'nederland' };
const VASTGESTELD = {
  beoordelingsdatum: VANDAAG, informatiefGesprek: { gevoerd: true, datum: VANDAAG }, elementen: { handeling: true, middel: true, oogmerk: true },
  indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
};
const persoon = (extra: Record<string, unknown>) => ({ voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', geslacht: 'vrouw', talen: ['en'], ...extra });

async function registreer(org: DemoCode, pg?: Record<string, unknown>): Promise<Antwoord> {
  return t.verzoek('POST', '/v1/dossiers', { sleutel: sleutel(org), body: { ...SITUATIE, ...(pg ? { persoonsgegevens: pg } : {}) } });
}
async function ok(r: Promise<Antwoord> | Antwoord, status = 201) {
  const a = await r;
  expect(a.status, a.text).toBe(status);
  return a.body;
}

describe('detectie: dezelfde persoon bij een andere organisatie', () => {
  it('README-walkthrough gevolgd door het voorbeeld van de handleiding (zelfde V-nummer): 409 mogelijk-dezelfde-persoon met alleen het nummer en de organisatie', async () => {
    // The README walkthrough: Politie Amsterdam registers Ama Mensah with V-number 1234567890.
    const readme = await ok(registreer('politie'));
    await ok(t.verzoek('PUT', `/v1/dossiers/${readme.id}/persoonsgegevens`, { sleutel: sleutel('politie'), body: persoon({ vreemdelingennummer: '1234567890' }) }));
    // The guide's example, as it was: another organisation registers the same person.
    const voor = await t.tabeltellingen();
    const r = await registreer('kmar', persoon({ vreemdelingennummer: '1234567890', voornamen: 'A.' }));
    expect(r.status).toBe(409);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.type).toBe('http://localhost/v1/fouten/mogelijk-dezelfde-persoon');
    expect(r.body.mogelijkeDubbelen).toEqual([{ dossiernummer: readme.dossiernummer, registrerendeOrganisatie: 'Politie Eenheid Amsterdam (TMM)' }]);
    // Nothing else of the other dossier: no id, no link, no name, date of birth, status or category.
    for (const geheim of [readme.id, 'Mensah', 'Ama', '1999-04-02', 'vermoedelijk', 'gesignaleerd', 'geen_rechtmatig']) {
      expect(JSON.stringify(r.body.mogelijkeDubbelen)).not.toContain(geheim);
      expect(r.body.detail).not.toContain(geheim);
    }
    // Nothing registered; the attempt is audited in the other dossier's chain and its organisation notified.
    const na = await t.tabeltellingen();
    expect({ ...na, auditregels: voor.auditregels, audit_ketens: voor.audit_ketens, kennisgevingen: voor.kennisgevingen, kennisgeving_tellers: voor.kennisgeving_tellers })
      .toEqual(voor);
    expect(na.dossiers).toBe(voor.dossiers);
    const poging = await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, readme.id), eq(auditregels.actie, 'persoon.mogelijk_dubbel')));
    expect(poging).toHaveLength(1);
    expect(poging[0]).toMatchObject({ organisatieId: t.organisatieIds.kmar, resultaat: 'geweigerd' });
    const melding = await t.db.select().from(kennisgevingen).where(and(eq(kennisgevingen.dossierId, readme.id), eq(kennisgevingen.soort, 'mogelijke_dubbele_registratie')));
    expect(melding).toHaveLength(1);
    expect(melding[0]).toMatchObject({ ontvangerOrganisatieId: t.organisatieIds.politie, afzenderOrganisatieId: t.organisatieIds.kmar });
    expect(JSON.stringify(melding[0]!.inhoud)).not.toMatch(/Mensah|Ama|1234567890|1999-04-02/);
  });

  it('een treffer in een dossier dat de beller al ziet, wordt net zo gemeld, met een link', async () => {
    const eerste = await ok(registreer('nla', persoon({ vreemdelingennummer: '2234567890' })));
    const tweede = await ok(registreer('nla'));
    const r = await t.verzoek('PUT', `/v1/dossiers/${tweede.id}/persoonsgegevens`, { sleutel: sleutel('nla'), body: persoon({ vreemdelingennummer: '2234567890' }) });
    expect(r.status).toBe(409);
    expect(r.body.mogelijkeDubbelen).toEqual([{ dossiernummer: eerste.dossiernummer, registrerendeOrganisatie: 'NLA Opsporing', href: `/v1/dossiers/${eerste.id}` }]);
    // No notice to oneself.
    expect(await t.db.select().from(kennisgevingen).where(and(eq(kennisgevingen.dossierId, eerste.id), eq(kennisgevingen.soort, 'mogelijke_dubbele_registratie')))).toHaveLength(0);
  });

  it.each<[string, string, string, string, boolean]>([
    ['Ñ/N', 'Ñúñez', 'Nunez', '1988-01-01', true],
    ['van der Berg / Van der berg', 'van der Berg', 'Van der berg', '1988-01-02', true],
    ['Al-Hassan / Al Hassan', 'Al-Hassan', 'Al Hassan', '1988-01-03', true],
    ['zelfde naam, andere geboortedatum: geen treffer', 'Okafor', 'Okafor', '1988-01-04', false],
  ])('zonder V-nummer, op achternaam en geboortedatum: %s', async (_n, eerste, tweede, datum, treffer) => {
    await ok(registreer('politie', persoon({ geslachtsnaam: eerste, geboortedatum: datum, vreemdelingennummer: null })));
    const r = await registreer('politie2', persoon({ geslachtsnaam: tweede, geboortedatum: treffer ? datum : '1988-12-31', vreemdelingennummer: null }));
    expect(r.status, r.text).toBe(treffer ? 409 : 201);
  });

  it('twee verschillende V-nummers met dezelfde naam en geboortedatum zijn twee personen', async () => {
    await ok(registreer('politie', persoon({ geslachtsnaam: 'Tweeling', vreemdelingennummer: '3234567890' })));
    await ok(registreer('kmar', persoon({ geslachtsnaam: 'Tweeling', vreemdelingennummer: '3234567891' })));
  });

  it('andere persoon: met een reden opnieuw vastleggen; het paar is gecontroleerd en de waarschuwing keert niet terug (geaudit)', async () => {
    const a = await ok(registreer('politie', persoon({ geslachtsnaam: 'Boateng', geboortedatum: '1991-05-05', vreemdelingennummer: null })));
    const b = await ok(registreer('kmar'));
    const pg = persoon({ geslachtsnaam: 'Boateng', geboortedatum: '1991-05-05', vreemdelingennummer: null });
    expect((await t.verzoek('PUT', `/v1/dossiers/${b.id}/persoonsgegevens`, { sleutel: sleutel('kmar'), body: pg })).status).toBe(409);
    const zonderReden = await t.verzoek('PUT', `/v1/dossiers/${b.id}/persoonsgegevens`, { sleutel: sleutel('kmar'), body: { ...pg, anderePersoon: { dossiernummers: [a.dossiernummer] } } });
    expect(zonderReden.status).toBe(400);
    expect(zonderReden.body.invalidParams.map((p: { name: string }) => p.name)).toContain('anderePersoon.reden');
    await ok(t.verzoek('PUT', `/v1/dossiers/${b.id}/persoonsgegevens`, {
      sleutel: sleutel('kmar'), body: { ...pg, anderePersoon: { dossiernummers: [a.dossiernummer], reden: 'Andere moeder volgens de IND.' } },
    }));
    const besluit = await t.db.select().from(persoonsbesluiten).where(eq(persoonsbesluiten.soort, 'andere_persoon'));
    expect(besluit.some((x) => [x.dossierId, x.anderDossierId].sort().join() === [a.id, b.id].sort().join() && x.reden === 'Andere moeder volgens de IND.')).toBe(true);
    for (const id of [a.id, b.id]) {
      expect(await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, id), eq(auditregels.actie, 'persoon.andere_persoon_verklaard')))).toHaveLength(1);
    }
    // Saved again later without the declaration: no warning.
    await ok(t.verzoek('PUT', `/v1/dossiers/${b.id}/persoonsgegevens`, { sleutel: sleutel('kmar'), body: { ...pg, talen: ['en', 'tw'] } }), 200);
    const opgeslagen = await t.db.select().from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, b.id));
    expect(opgeslagen[0]!.geslachtsnaamNormaal).toBe(normaliseerGeslachtsnaam('Boateng'));
  });

  it.runIf(opPostgres)('race: twee organisaties registreren hetzelfde V-nummer tegelijk — één dossier en één 409', async () => {
    const pg = persoon({ geslachtsnaam: 'Gelijktijdig', vreemdelingennummer: '4234567890' });
    const antwoorden = await Promise.all([registreer('politie', pg), registreer('kmar', pg)]);
    expect(antwoorden.map((a) => a.status).sort()).toEqual([201, 409]);
    const metNummer = await t.db.select().from(persoonsgegevens).where(eq(persoonsgegevens.vreemdelingennummer, '4234567890'));
    expect(metNummer).toHaveLength(1);
  });
});

describe('aansluiting: een andere organisatie sluit met een eigen signaal aan', () => {
  it('bewijs klopt niet: 404 zoals voor een onbekend dossier, niets geschreven; bewijs klopt: toegang (identiteit), signaal vastgelegd, registrerende organisatie ingelicht', async () => {
    const d = await ok(registreer('politie', persoon({ geslachtsnaam: 'Asante', vreemdelingennummer: '5234567890' })));
    const voor = await t.tabeltellingen();
    const fout = await t.verzoek('POST', `/v1/dossiers/${d.dossiernummer}/aansluiting`, {
      sleutel: sleutel('kmar'), body: { persoon: { vreemdelingennummer: '5234567899' }, signaal: SIGNAAL, reden: 'Zelfde persoon.' },
    });
    expect(fout.status).toBe(404);
    expect(await t.tabeltellingen()).toEqual(voor);
    expect((await t.verzoek('GET', `/v1/dossiers/${d.id}`, { sleutel: sleutel('kmar') })).status).toBe(404);

    const r = await t.verzoek('POST', `/v1/dossiers/${d.dossiernummer}/aansluiting`, {
      sleutel: sleutel('kmar'), body: { persoon: { geslachtsnaam: 'ASANTE', geboortedatum: '1999-04-02' }, signaal: SIGNAAL, reden: 'Zelfde persoon, bevestigd door de politie.' },
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ id: d.id, dossiernummer: d.dossiernummer });
    const grants = await t.db.select().from(toegangsrechten).where(and(eq(toegangsrechten.dossierId, d.id), eq(toegangsrechten.organisatieId, t.organisatieIds.kmar)));
    expect(grants.map((g) => ({ doel: g.doel, reikwijdte: g.reikwijdte, wijzigen: g.magWijzigen }))).toEqual([{ doel: 'aansluiting', reikwijdte: 'identiteit', wijzigen: true }]);
    expect((await t.verzoek('GET', `/v1/dossiers/${d.id}/persoonsgegevens`, { sleutel: sleutel('kmar') })).body.geslachtsnaam).toBe('Asante');
    const eigen = await t.db.select().from(signalen).where(and(eq(signalen.dossierId, d.id), eq(signalen.organisatieId, t.organisatieIds.kmar)));
    expect(eigen).toHaveLength(1);
    expect(await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, d.id), eq(auditregels.actie, 'dossier.aangesloten')))).toHaveLength(1);
    const melding = await t.db.select().from(kennisgevingen).where(and(eq(kennisgevingen.dossierId, d.id), eq(kennisgevingen.soort, 'aansluiting')));
    expect(melding.map((k) => k.ontvangerOrganisatieId)).toEqual([t.organisatieIds.politie]);
    // Again: already has access → 409.
    const nogmaals = await t.verzoek('POST', `/v1/dossiers/${d.id}/aansluiting`, {
      sleutel: sleutel('kmar'), body: { persoon: { vreemdelingennummer: '5234567890' }, signaal: SIGNAAL, reden: 'Nogmaals.' },
    });
    expect(nogmaals.status).toBe(409);
  });
});

describe('samenvoeging: twee dossiers van één persoon worden één', () => {
  it('alle onderdelen verhuizen, de auditketens blijven geldig, het oude id wijst naar het overblijvende dossier, de tijdlijn toont beide geschiedenissen', async () => {
    // Two dossiers of one person from before the check (written straight into the table, as older data is).
    const overlevend = await ok(registreer('politie', persoon({ geslachtsnaam: 'Owusu', vreemdelingennummer: '6234567890' })));
    // The other was registered by the NLA, which advised the police to offer the bedenktijd.
    const ander = await ok(registreer('nla', persoon({ geslachtsnaam: 'Owusu', vreemdelingennummer: '6234567891' })));
    await t.db.update(persoonsgegevens).set({ vreemdelingennummer: '6234567890' }).where(eq(persoonsgegevens.dossierId, ander.id));
    const A = `/v1/dossiers/${ander.id}`;
    // Every kind of child object on the other dossier.
    await ok(t.verzoek('POST', `${A}/signalen`, { sleutel: sleutel('nla'), body: { ...SIGNAAL, weging: { schaal: 'nla_weeginstrument', waarde: 'opvolgingswaardig' } } }));
    const b = await ok(t.verzoek('POST', `${A}/beoordelingen`, { sleutel: sleutel('nla'), body: VASTGESTELD }));
    const advies = await ok(t.verzoek('POST', `${A}/bedenktijd-adviezen`, { sleutel: sleutel('nla'), body: { beoordelingId: b.id, ontvangendeOrganisatieId: t.organisatieIds.politie, toelichting: null } }));
    const bt = await ok(t.verzoek('POST', `${A}/bedenktijden`, { sleutel: sleutel('politie'), body: { aanbiedingsdatum: VANDAAG, adviesId: advies.id } }));
    await ok(t.verzoek('POST', `/v1/bedenktijden/${bt.id}/reactie`, { sleutel: sleutel('politie'), body: { reactie: 'aanvaard', datum: VANDAAG, opvangGewenst: true } }), 200);
    await ok(t.verzoek('POST', `${A}/strafrechtelijke-gebeurtenissen`, { sleutel: sleutel('politie'), body: { soort: 'aangifte', datum: VANDAAG } }));
    await ok(t.verzoek('POST', `${A}/verblijfsbesluiten`, { sleutel: sleutel('ind', 'ind_medewerker'), body: { soort: 'vertrekplicht_opgeschort', datum: VANDAAG } }));
    const locatie = await ok(t.verzoek('POST', '/v1/opvanglocaties', { sleutel: sleutel('opvang', 'opvangmedewerker'), body: { naam: 'Samenvoeging', soort: 'cosm', capaciteit: 3 } }));
    const v = await ok(t.verzoek('POST', `${A}/verwijzingen`, { sleutel: sleutel('politie'), body: { doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Opvang.', urgentie: 'hoog', toestemming: 'ja' } }));
    await ok(t.verzoek('POST', `/v1/verwijzingen/${v.id}/besluit`, { sleutel: sleutel('opvang', 'opvangmedewerker'), body: { besluit: 'aanvaard' } }), 200);
    await ok(t.verzoek('POST', `/v1/verwijzingen/${v.id}/plaatsingen`, { sleutel: sleutel('opvang', 'opvangmedewerker'), body: { opvanglocatieId: locatie.id, startdatum: VANDAAG } }));
    const tellen = async (id: string) => ({
      signalen: (await t.db.select().from(signalen).where(eq(signalen.dossierId, id))).length,
      beoordelingen: (await t.db.select().from(beoordelingen).where(eq(beoordelingen.dossierId, id))).length,
      adviezen: (await t.db.select().from(bedenktijdAdviezen).where(eq(bedenktijdAdviezen.dossierId, id))).length,
      bedenktijden: (await t.db.select().from(bedenktijden).where(eq(bedenktijden.dossierId, id))).length,
      strafrecht: (await t.db.select().from(strafrechtelijkeGebeurtenissen).where(eq(strafrechtelijkeGebeurtenissen.dossierId, id))).length,
      verblijf: (await t.db.select().from(verblijfsbesluiten).where(eq(verblijfsbesluiten.dossierId, id))).length,
      verwijzingen: (await t.db.select().from(verwijzingen).where(eq(verwijzingen.dossierId, id))).length,
      plaatsingen: (await t.db.select().from(plaatsingen).where(eq(plaatsingen.dossierId, id))).length,
      kennisgevingen: (await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.dossierId, id))).length,
    });
    const vanAnder = await tellen(ander.id);
    expect(Object.values(vanAnder).every((n) => n > 0)).toBe(true);
    const vanOverlevend = await tellen(overlevend.id);

    // The police may change only its own dossier; the beheerder merges, with a reason.
    const doorPolitie = await t.verzoek('POST', `/v1/dossiers/${overlevend.id}/samenvoeging`, { sleutel: sleutel('politie'), body: { dossiernummer: ander.dossiernummer, reden: 'Zelfde V-nummer.' } });
    expect(doorPolitie.status).toBe(403);
    const r = await t.verzoek('POST', `/v1/dossiers/${overlevend.id}/samenvoeging`, { sleutel: sleutel('beheer', 'beheerder'), body: { dossiernummer: ander.dossiernummer, reden: 'Zelfde V-nummer.' } });
    expect(r.status, r.text).toBe(200);
    expect(r.body.identificatiestatus).toBe('vermoedelijk_slachtoffer');
    const na = await tellen(overlevend.id);
    // Plus the merge's own notices, to both registering organisations (the beheerder registered neither).
    const samengevoegd = await t.db.select().from(kennisgevingen).where(and(eq(kennisgevingen.dossierId, overlevend.id), eq(kennisgevingen.soort, 'dossier_samengevoegd')));
    expect(samengevoegd.map((k) => k.ontvangerOrganisatieId).sort()).toEqual([t.organisatieIds.politie, t.organisatieIds.nla].sort());
    for (const [k, n] of Object.entries(vanAnder)) {
      expect(na[k as keyof typeof na], k).toBe(n + vanOverlevend[k as keyof typeof vanOverlevend] + (k === 'kennisgevingen' ? samengevoegd.length : 0));
    }
    expect(Object.values(await tellen(ander.id)).every((n) => n === 0)).toBe(true);
    expect(await t.db.select().from(persoonsgegevens).where(eq(persoonsgegevens.dossierId, ander.id))).toHaveLength(0);

    // The old id: a pointer (410) for whoever sees the survivor, 404 for anyone else.
    for (const pad of [A, `${A}/signalen`, `${A}/persoonsgegevens`]) {
      const oud = await t.verzoek('GET', pad, { sleutel: sleutel('politie') });
      expect(oud.status, pad).toBe(410);
      expect(oud.body.samengevoegdIn).toEqual({ dossierId: overlevend.id, dossiernummer: overlevend.dossiernummer, href: `/v1/dossiers/${overlevend.id}` });
      expect(oud.headers.get('link')).toContain(`/v1/dossiers/${overlevend.id}`);
    }
    expect((await t.verzoek('GET', A, { sleutel: sleutel('kmar') })).status).toBe(404);
    // The NLA's registration grant moved too: it sees the survivor.
    expect((await t.verzoek('GET', `/v1/dossiers/${overlevend.id}`, { sleutel: sleutel('nla') })).status).toBe(200);
    // The opvang's referral grant moved with the referral.
    expect((await t.verzoek('GET', `/v1/dossiers/${overlevend.id}/persoonsgegevens`, { sleutel: sleutel('opvang', 'opvangmedewerker') })).status).toBe(200);

    // Both chains record the merge and still verify.
    for (const [id, actie] of [[overlevend.id, 'dossier.samengevoegd_met'], [ander.id, 'dossier.samengevoegd_in']] as const) {
      expect(await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, id), eq(auditregels.actie, actie)))).toHaveLength(1);
    }
    const verificatie = await t.verzoek('GET', '/v1/auditregels/_verificatie', { sleutel: sleutel('beheer', 'auditor') });
    expect(verificatie.body).toMatchObject({ geldig: true, bevindingen: [] });

    // The survivor's timeline: both registrations, the merge, and the other dossier's history, in order.
    const tl = await t.verzoek('GET', `/v1/dossiers/${overlevend.id}/tijdlijn?limit=100`, { sleutel: sleutel('politie') });
    expect(tl.status).toBe(200);
    const soorten = tl.body.tijdlijn.map((i: { soort: string }) => i.soort);
    expect(soorten.filter((s: string) => s === 'registratie')).toHaveLength(2);
    expect(soorten).toEqual(expect.arrayContaining(['samenvoeging', 'signaal', 'beoordeling', 'bedenktijd_verleend', 'aangifte', 'verwijzing', 'plaatsing']));
    const data = tl.body.tijdlijn.map((i: { datum: string }) => i.datum);
    expect(data).toEqual([...data].sort());
  });

  it('twee open bedenktijden: 409 met wat eerst moet; een organisatie die een van beide niet mag wijzigen: 403/404', async () => {
    const a = await ok(registreer('politie', persoon({ geslachtsnaam: 'Conflict', vreemdelingennummer: '7234567890' })));
    const b = await ok(registreer('politie', persoon({ geslachtsnaam: 'Conflict', vreemdelingennummer: '7234567891' })));
    for (const d of [a, b]) {
      const beo = await ok(t.verzoek('POST', `/v1/dossiers/${d.id}/beoordelingen`, { sleutel: sleutel('politie'), body: VASTGESTELD }));
      await ok(t.verzoek('POST', `/v1/dossiers/${d.id}/bedenktijden`, { sleutel: sleutel('politie'), body: { aanbiedingsdatum: VANDAAG, beoordelingId: beo.id } }));
    }
    const voor = await t.tabeltellingen();
    const r = await t.verzoek('POST', `/v1/dossiers/${a.id}/samenvoeging`, { sleutel: sleutel('politie'), body: { dossiernummer: b.dossiernummer, reden: 'Zelfde persoon.' } });
    expect(r.status).toBe(409);
    expect(r.body.detail).toContain(`beëindig of beantwoord eerst die van ${b.dossiernummer}`);
    expect(await t.tabeltellingen()).toEqual(voor);
    const doorKmar = await t.verzoek('POST', `/v1/dossiers/${a.id}/samenvoeging`, { sleutel: sleutel('kmar'), body: { dossiernummer: b.dossiernummer, reden: 'x' } });
    expect(doorKmar.status).toBe(404);
  });
});

describe('hoogstens één open bedenktijd per persoon', () => {
  it('een tweede aanbod voor dezelfde persoon in een ander dossier: 409 met dat dossiernummer en die organisatie; de IND krijgt één M55', async () => {
    const eerste = await ok(registreer('politie', persoon({ geslachtsnaam: 'Dubbel', vreemdelingennummer: '8034567890' })));
    const tweede = await ok(registreer('kmar', persoon({ geslachtsnaam: 'Dubbel', vreemdelingennummer: '8034567891' })));
    // Older data: the second dossier holds the same V-number (registered before the check existed).
    await t.db.update(persoonsgegevens).set({ vreemdelingennummer: '8034567890' }).where(eq(persoonsgegevens.dossierId, tweede.id));
    const b1 = await ok(t.verzoek('POST', `/v1/dossiers/${eerste.id}/beoordelingen`, { sleutel: sleutel('politie'), body: VASTGESTELD }));
    const a1 = await ok(t.verzoek('POST', `/v1/dossiers/${eerste.id}/bedenktijden`, { sleutel: sleutel('politie'), body: { aanbiedingsdatum: VANDAAG, beoordelingId: b1.id } }));
    await ok(t.verzoek('POST', `/v1/bedenktijden/${a1.id}/reactie`, { sleutel: sleutel('politie'), body: { reactie: 'aanvaard', datum: VANDAAG, opvangGewenst: false } }), 200);
    const b2 = await ok(t.verzoek('POST', `/v1/dossiers/${tweede.id}/beoordelingen`, { sleutel: sleutel('kmar'), body: VASTGESTELD }));
    const voor = await t.tabeltellingen();
    const r = await t.verzoek('POST', `/v1/dossiers/${tweede.id}/bedenktijden`, { sleutel: sleutel('kmar'), body: { aanbiedingsdatum: VANDAAG, beoordelingId: b2.id } });
    expect(r.status).toBe(409);
    expect(r.body.type).toBe('http://localhost/v1/fouten/bedenktijd-al-open-voor-persoon');
    expect(r.body.detail).toContain(eerste.dossiernummer);
    expect(r.body.detail).toContain('Politie Eenheid Amsterdam (TMM)');
    expect(await t.tabeltellingen()).toEqual(voor);
    const m55 = await t.db.select().from(kennisgevingen).where(and(
      inArray(kennisgevingen.dossierId, [eerste.id, tweede.id]), eq(kennisgevingen.soort, 'm55_bedenktijd'), eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.ind),
    ));
    expect(m55).toHaveLength(1);
  });
});

describe('een gesloten dossier is gesloten', () => {
  it('signalen, beoordelingen, aanbod, verwijzingen en gebeurtenissen: 409 dossier-gesloten, niets geschreven; heropenen met reden (geaudit) door de registrerende organisatie', async () => {
    const d = await ok(registreer('politie'));
    const D = `/v1/dossiers/${d.id}`;
    const beo = await ok(t.verzoek('POST', `${D}/beoordelingen`, { sleutel: sleutel('politie'), body: VASTGESTELD }));
    const etag = (await t.verzoek('GET', D, { sleutel: sleutel('politie') })).headers.get('etag')!;
    await ok(t.verzoek('POST', `${D}/sluiting`, { sleutel: sleutel('politie'), body: { reden: 'Hulp afgerond.' }, headers: { 'If-Match': etag } }), 200);
    const pogingen: Array<[string, string, Record<string, unknown>, DemoCode, Rol]> = [
      ['signaal', `${D}/signalen`, SIGNAAL, 'politie', 'intaker'],
      ['beoordeling', `${D}/beoordelingen`, VASTGESTELD, 'politie', 'intaker'],
      ['aanbod', `${D}/bedenktijden`, { aanbiedingsdatum: VANDAAG, beoordelingId: beo.id }, 'politie', 'intaker'],
      ['verwijzing', `${D}/verwijzingen`, { doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Opvang.', urgentie: 'hoog', toestemming: 'ja' }, 'politie', 'intaker'],
      ['strafrechtelijke gebeurtenis', `${D}/strafrechtelijke-gebeurtenissen`, { soort: 'aangifte', datum: VANDAAG }, 'politie', 'intaker'],
    ];
    for (const [wat, pad, body, org, rol] of pogingen) {
      const voor = await t.tabeltellingen();
      const r = await t.verzoek('POST', pad, { sleutel: sleutel(org, rol), body });
      expect(r.status, `${wat}: ${r.text}`).toBe(409);
      expect(r.body.type).toBe('http://localhost/v1/fouten/dossier-gesloten');
      expect(r.body.detail).toContain('heropenen');
      expect(await t.tabeltellingen(), wat).toEqual(voor);
    }
    const gesloten = await t.verzoek('GET', D, { sleutel: sleutel('politie') });
    const zonderReden = await t.verzoek('POST', `${D}/heropening`, { sleutel: sleutel('politie'), body: {}, headers: { 'If-Match': gesloten.headers.get('etag')! } });
    expect(zonderReden.status).toBe(400);
    const heropend = await t.verzoek('POST', `${D}/heropening`, { sleutel: sleutel('politie'), body: { reden: 'Nieuw signaal.' }, headers: { 'If-Match': gesloten.headers.get('etag')! } });
    expect(heropend.status, heropend.text).toBe(200);
    expect(heropend.body).toMatchObject({ tijdstipGesloten: null, tijdstipHeropend: expect.any(String) });
    expect(await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, d.id), eq(auditregels.actie, 'dossier.heropend')))).toHaveLength(1);
    await ok(t.verzoek('POST', `${D}/signalen`, { sleutel: sleutel('politie'), body: SIGNAAL }));
  });
});

describe('een dossier vinden op zijn nummer; onbekende parameters', () => {
  it('GET /v1/dossiers?dossiernummer= vindt één dossier; _zoek ook op dossiernummer', async () => {
    const d = await ok(registreer('politie', persoon({ geslachtsnaam: 'Nummer', vreemdelingennummer: '9034567890' })));
    const lijst = await t.verzoek('GET', `/v1/dossiers?dossiernummer=${d.dossiernummer}`, { sleutel: sleutel('politie') });
    expect(lijst.body.dossiers.map((x: { id: string }) => x.id)).toEqual([d.id]);
    expect((await t.verzoek('GET', `/v1/dossiers?dossiernummer=${d.dossiernummer}`, { sleutel: sleutel('kmar') })).body.dossiers).toEqual([]);
    const zoek = await t.verzoek('POST', '/v1/dossiers/_zoek', { sleutel: sleutel('politie'), body: { dossiernummer: d.dossiernummer } });
    expect(zoek.body.dossiers.map((x: { id: string }) => x.id)).toEqual([d.id]);
    const fout = await t.verzoek('GET', '/v1/dossiers?dossiernummer=12', { sleutel: sleutel('politie') });
    expect(fout.status).toBe(400);
  });

  it('elke GET-route met queryparameters: een onbekende parameter is 400 die hem noemt', async () => {
    const document = (await t.verzoek('GET', '/v1/openapi.json')).body;
    const lijsten = Object.entries<Record<string, { parameters?: Array<{ in: string }> }>>(document.paths)
      .filter(([pad, ops]) => !pad.includes('{') && ops.get?.parameters?.some((p) => p.in === 'query'))
      .map(([pad]) => pad);
    expect(lijsten.length).toBeGreaterThan(8);
    for (const pad of lijsten) {
      const r = await t.verzoek('GET', `/v1${pad}?stauts=open`, { sleutel: sleutel('beheer', 'auditor') });
      if (r.status === 403) {
        const ander = await t.verzoek('GET', `/v1${pad}?stauts=open`, { sleutel: sleutel('politie') });
        if (ander.status === 403) continue;
        expect(ander.status, pad).toBe(400);
        expect(ander.body.invalidParams.map((p: { name: string }) => p.name), pad).toContain('stauts');
        continue;
      }
      expect(r.status, pad).toBe(400);
      expect(r.body.invalidParams.map((p: { name: string }) => p.name), pad).toContain('stauts');
    }
  });
});

describe('werklijsten die een mens kan lezen', () => {
  it('bedenktijden dragen dossiernummer en dagenResterend (kalenderdagen in Amsterdam tot en met de uiterlijke einddatum)', async () => {
    const d = await ok(registreer('politie'));
    const beo = await ok(t.verzoek('POST', `/v1/dossiers/${d.id}/beoordelingen`, { sleutel: sleutel('politie'), body: VASTGESTELD }));
    const aanbod = await ok(t.verzoek('POST', `/v1/dossiers/${d.id}/bedenktijden`, { sleutel: sleutel('politie'), body: { aanbiedingsdatum: VANDAAG, beoordelingId: beo.id } }));
    expect(aanbod).toMatchObject({ dossiernummer: d.dossiernummer, dagenResterend: null });
    const verleend = await ok(t.verzoek('POST', `/v1/bedenktijden/${aanbod.id}/reactie`, { sleutel: sleutel('politie'), body: { reactie: 'aanvaard', datum: VANDAAG, opvangGewenst: false } }), 200);
    // Granted 20 November 2026 → ends 20 February 2027: 92 days from today.
    expect(verleend).toMatchObject({ uiterlijkeEinddatum: '2027-02-20', dossiernummer: d.dossiernummer, dagenResterend: 92 });
    const lijst = await t.verzoek('GET', '/v1/bedenktijden?status=lopend', { sleutel: sleutel('politie') });
    expect(lijst.body.bedenktijden.find((b: { id: string }) => b.id === aanbod.id)).toMatchObject({ dossiernummer: d.dossiernummer, dagenResterend: 92 });
  });
});
