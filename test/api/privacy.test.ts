// Logboek Dataverwerkingen, retention and erasure (issue 6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../src/db/client.js';
import { dossiers, verwerkingen } from '../../src/db/schema.js';
import { voerJobsUit } from '../../src/jobs/index.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ env: { BEWAARTERMIJN_DAGEN: '30' } }); });
afterAll(async () => { await t.close(); });

const intaker = () => t.sleutel('politie', 'intaker');
let volgnummer = 0;
let NAAM = '';
let VNUMMER = '';
let VOORNAAM = '';

/** A dossier with personal data, a signal with free text, an established assessment and a granted bedenktijd (M55 with identity). */
async function volledigDossier() {
  // Each dossier gets its own name and V-number, so a search of the database finds only this one.
  volgnummer++;
  NAAM = `Zwartveld-Oyelaran-${volgnummer}x`;
  VNUMMER = `98765012${String(volgnummer).padStart(2, '0')}`;
  VOORNAAM = `Blessing${volgnummer}q`;
  const d = (await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' } })).body;
  await t.verzoek('PUT', `/v1/dossiers/${d.id}/persoonsgegevens`, { sleutel: intaker(), body: { voornamen: VOORNAAM, geslachtsnaam: NAAM, geboortedatum: '1998-02-03', nationaliteit: 'NG', vreemdelingennummer: VNUMMER, geslacht: 'vrouw', talen: ['en'] } });
  await t.verzoek('POST', `/v1/dossiers/${d.id}/signalen`, { sleutel: intaker(), body: { ontvangstdatum: '2026-11-19', bron: 'slachtoffer_zelf', melder: `Buurvrouw van ${NAAM}`, uitbuitingsvormen: ['seksueel'], indicatoren: [], locatie: 'nederland', weging: null, samenvatting: `${NAAM} vertelt over dwang.` } });
  const b = (await t.verzoek('POST', `/v1/dossiers/${d.id}/beoordelingen`, { sleutel: intaker(), body: { beoordelingsdatum: '2026-11-19', informatiefGesprek: { gevoerd: true, datum: '2026-11-19' }, elementen: { handeling: true, middel: true, oogmerk: true }, indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null } })).body;
  const bt = (await t.verzoek('POST', `/v1/dossiers/${d.id}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: '2026-11-19', beoordelingId: b.id } })).body;
  const r = await t.verzoek('POST', `/v1/bedenktijden/${bt.id}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum: '2026-11-19', opvangGewenst: false } });
  expect(r.status).toBe(200);
  return d.id as string;
}

/** Every row of every table as text: erased data must be gone from all of them. */
async function databaseTekst(): Promise<string> {
  const tabellen = rowsOf<{ tablename: string }>(await t.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`));
  let tekst = '';
  for (const { tablename } of tabellen) {
    for (const rij of rowsOf<{ r: string }>(await t.db.execute(sql.raw(`select t::text as r from "${tablename}" t`)))) tekst += `${tablename}: ${rij.r}\n`;
  }
  return tekst;
}

describe('Logboek Dataverwerkingen', () => {
  it('legt per verwerking van persoonsgegevens een record vast met activiteit, trace en gepseudonimiseerde betrokkene', async () => {
    const dossierId = await volledigDossier();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const r = await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: intaker(), headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('traceparent')).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    const rijen = await t.db.select().from(verwerkingen).where(eq(verwerkingen.traceId, traceId));
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({ verwerkingsactiviteitId: 'nrm-registratie', parentSpanId: '00f067aa0ba902b7', rol: 'intaker', organisatieId: t.organisatieIds.politie });
    expect(JSON.stringify(rijen[0])).not.toContain(dossierId);

    const overzicht = await t.verzoek('GET', `/v1/verwerkingen?dossierId=${dossierId}`, { sleutel: t.sleutel('beheer', 'auditor') });
    expect(overzicht.status).toBe(200);
    const activiteiten = overzicht.body.verwerkingen.map((v: { verwerkingsactiviteitId: string }) => v.verwerkingsactiviteitId);
    expect(activiteiten).toEqual(expect.arrayContaining(['nrm-registratie', 'nrm-bedenktijd']));
    expect(overzicht.body.verwerkingen.find((v: { traceId: string }) => v.traceId === traceId)).toMatchObject({ organisatieNaam: 'Politie Eenheid Amsterdam (TMM)', handeling: 'GET /v1/dossiers/:dossierId/persoonsgegevens' });
    expect((await t.verzoek('GET', `/v1/verwerkingen?dossierId=${dossierId}`, { sleutel: intaker() })).status).toBe(403);
  });

  it('een geweigerd verzoek is geen verwerking', async () => {
    const dossierId = await volledigDossier();
    const voor = (await t.db.select().from(verwerkingen)).length;
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: t.sleutel('politie2', 'intaker') })).status).toBe(404);
    expect((await t.db.select().from(verwerkingen)).length).toBe(voor);
  });
});

describe('bewaartermijn en wissen', () => {
  it('na de bewaartermijn van een gesloten dossier zijn persoonsgegevens en vrije tekst nergens meer in de database; feiten en audit blijven', async () => {
    const dossierId = await volledigDossier();
    expect(await databaseTekst()).toContain(NAAM);
    const etag = (await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel: intaker() })).headers.get('etag')!;
    const gesloten = await t.verzoek('POST', `/v1/dossiers/${dossierId}/sluiting`, { sleutel: intaker(), body: { reden: 'Hulp afgerond' }, headers: { 'If-Match': etag } });
    expect(gesloten.status).toBe(200);
    expect(gesloten.body.tijdstipGesloten).not.toBeNull();

    t.klok.verzet(29 * 86_400_000);
    await voerJobsUit(t.deps);
    expect(await databaseTekst()).toContain(NAAM);

    t.klok.verzet(2 * 86_400_000);
    const rapport = await voerJobsUit(t.deps);
    expect(rapport.bewaartermijn).toMatchObject({ gewist: 1 });
    const tekst = await databaseTekst();
    expect(tekst.split('\n').filter((r) => r.includes(NAAM))).toEqual([]);
    expect(tekst).not.toContain(VNUMMER);
    expect(tekst).not.toContain(VOORNAAM);
    expect(tekst).not.toContain('Hulp afgerond');

    const [dossier] = await t.db.select().from(dossiers).where(eq(dossiers.id, dossierId));
    expect(dossier).toMatchObject({ identificatiestatus: 'vermoedelijk_slachtoffer', verblijfssituatie: 'asielzoeker', wisgrondslag: 'bewaartermijn_verstreken' });
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: intaker() })).status).toBe(404);
    expect((await t.verzoek('GET', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker() })).body.bedenktijden).toHaveLength(1);
    const verificatie = await t.verzoek('GET', '/v1/auditregels/_verificatie', { sleutel: t.sleutel('beheer', 'auditor') });
    expect(verificatie.body.geldig).toBe(true);
    expect((await voerJobsUit(t.deps)).bewaartermijn).toMatchObject({ gewist: 0 });
  });

  it('sluiten vraagt If-Match en kan maar één keer', async () => {
    const d = (await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker' } })).body;
    expect((await t.verzoek('POST', `/v1/dossiers/${d.id}/sluiting`, { sleutel: intaker(), body: { reden: 'x' } })).status).toBe(428);
    expect((await t.verzoek('POST', `/v1/dossiers/${d.id}/sluiting`, { sleutel: intaker(), body: { reden: 'x' }, headers: { 'If-Match': '"1"' } })).status).toBe(200);
    expect((await t.verzoek('POST', `/v1/dossiers/${d.id}/sluiting`, { sleutel: intaker(), body: { reden: 'x' }, headers: { 'If-Match': '"2"' } })).status).toBe(409);
    expect((await t.verzoek('POST', `/v1/dossiers/${d.id}/sluiting`, { sleutel: t.sleutel('politie2', 'intaker'), body: { reden: 'x' }, headers: { 'If-Match': '"2"' } })).status).toBe(404);
  });

  it('recht op vergetelheid: de beheerder wist direct, met een vastgelegde grondslag', async () => {
    const dossierId = await volledigDossier();
    const voor = await t.tabeltellingen();
    const zonderGrondslag = await t.verzoek('POST', `/v1/dossiers/${dossierId}/wissing`, { sleutel: t.sleutel('beheer', 'beheerder'), body: { toelichting: 'verzoek 2026-17' } });
    expect(zonderGrondslag.status).toBe(400);
    expect((await t.verzoek('POST', `/v1/dossiers/${dossierId}/wissing`, { sleutel: intaker(), body: { grondslag: 'avg_art_17_verzoek', toelichting: 'verzoek 2026-17' } })).status).toBe(403);
    expect(await t.tabeltellingen()).toEqual(voor);
    const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/wissing`, { sleutel: t.sleutel('beheer', 'beheerder'), body: { grondslag: 'avg_art_17_verzoek', toelichting: 'verzoek 2026-17' } });
    expect(r.status).toBe(200);
    expect(r.body.tijdstipGewist).not.toBeNull();
    const [dossier] = await t.db.select().from(dossiers).where(eq(dossiers.id, dossierId));
    expect(dossier!.wisgrondslag).toBe('avg_art_17_verzoek: verzoek 2026-17');
    expect((await t.verzoek('POST', `/v1/dossiers/${dossierId}/wissing`, { sleutel: t.sleutel('beheer', 'beheerder'), body: { grondslag: 'avg_art_17_verzoek', toelichting: 'nogmaals' } })).status).toBe(409);
    expect((await t.verzoek('GET', '/v1/auditregels/_verificatie', { sleutel: t.sleutel('beheer', 'auditor') })).body.geldig).toBe(true);
  });
});
