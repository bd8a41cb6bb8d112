// GET /v1/monitor/trechter and /doorlooptijden (issue 18, docs/monitor.md): roles, bad input, CSV,
// and what a small data set shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // Seven police dossiers signalled in 2024-Q1, five assessed with an informatief gesprek; two NLA dossiers.
  for (let i = 0; i < 9; i++) {
    const org = i < 7 ? 'politie' : 'nla';
    const sleutel = t.sleutel(org, 'intaker');
    const d = await t.verzoek('POST', '/v1/dossiers', { sleutel, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' } });
    await t.verzoek('POST', `/v1/dossiers/${d.body.id}/signalen`, { sleutel, body: { ontvangstdatum: '2024-02-01', bron: 'burger', uitbuitingsvormen: ['seksueel'], locatie: 'nederland' } });
    if (i < 5) {
      const b = await t.verzoek('POST', `/v1/dossiers/${d.body.id}/beoordelingen`, { sleutel, body: {
        beoordelingsdatum: '2024-02-11', informatiefGesprek: { gevoerd: true, datum: '2024-02-11' }, elementen: { handeling: true, middel: true, oogmerk: true },
        indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
      } });
      expect(b.status).toBe(201);
    }
  }
});
afterAll(async () => { await t.close(); });

const analist = () => t.sleutel('beheer', 'analist');

describe('GET /v1/monitor/trechter', () => {
  it('telt per organisatie met noemers, onderdrukt kleine aantallen en beschermt ze', async () => {
    const r = await t.verzoek('GET', '/v1/monitor/trechter?jaar=2024', { sleutel: analist() });
    expect(r.status).toBe(200);
    const politie = r.body.groepen.find((g: { organisatieId: string }) => g.organisatieId === t.organisatieIds.politie);
    const cijfer = (stap: string) => politie.cijfers.find((c: { stap: string }) => c.stap === stap);
    expect(cijfer('gesignaleerd')).toMatchObject({ aantal: 7, onderdrukt: null, noemerStap: null });
    expect(cijfer('informatiefGesprek')).toMatchObject({ aantal: 5, noemerStap: 'slachtofferBekend', noemer: 7, aandeel: 0.7143 });
    const nla = r.body.groepen.find((g: { organisatieId: string }) => g.organisatieId === t.organisatieIds.nla);
    expect(nla.cijfers[0]).toMatchObject({ stap: 'gesignaleerd', aantal: null, onderdrukt: 'primair' });
    // Landelijk 9 minus politie 7 would give the NLA's 2 back: a second type is suppressed with it
    // (here the KMar's empty count, which hides nothing).
    const typen = r.body.groepen.filter((g: { niveau: string }) => g.niveau === 'organisatietype');
    const onderdrukteTypen = typen.filter((g: { cijfers: Array<{ onderdrukt: string | null }> }) => g.cijfers[0]!.onderdrukt !== null);
    expect(onderdrukteTypen.map((g: { organisatieType: string }) => g.organisatieType).sort()).toEqual(['kmar', 'nla']);
    expect(onderdrukteTypen.find((g: { organisatieType: string }) => g.organisatieType === 'kmar').cijfers[0].onderdrukt).toBe('secundair');
    expect(JSON.stringify(r.body)).not.toMatch(/NRM-\d{4}/);
  });

  it('CSV met Accept: text/csv of ?formaat=csv, dezelfde cijfers', async () => {
    const a = await t.verzoek('GET', `/v1/monitor/trechter?jaar=2024&organisatieId=${t.organisatieIds.politie}`, { sleutel: analist(), headers: { Accept: 'text/csv' } });
    const b = await t.verzoek('GET', `/v1/monitor/trechter?jaar=2024&organisatieId=${t.organisatieIds.politie}&formaat=csv`, { sleutel: analist() });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(a.text).toBe(b.text);
    const regels = a.text.trim().split('\r\n');
    expect(regels[0]).toBe('niveau,organisatieType,organisatieId,organisatie,periodeVan,periodeTot,filter,filterwaarde,stap,aantal,onderdrukt,noemerStap,noemer,aandeel,zonderFilter');
    expect(regels).toContain(`organisatie,politie,${t.organisatieIds.politie},Politie Eenheid Amsterdam (TMM),2024-01-01,2024-12-31,,,informatiefGesprek,5,,slachtofferBekend,7,0.7143,`);
    expect((await t.verzoek('GET', '/v1/monitor/trechter', { sleutel: analist(), headers: { Accept: 'application/xml' } })).status).toBe(406);
  });

  it.each([
    ['kwartaal zonder jaar', 'kwartaal=2', ['kwartaal']],
    ['van zonder tot, en geen kwartaalbegin', 'van=2024-02-01', ['van', 'tot']],
    ['tot geen kwartaaleinde', 'van=2024-01-01&tot=2024-05-31', ['tot']],
    ['twee kenmerkfilters', 'bron=burger&leeftijdscategorie=minderjarig', ['leeftijdscategorie', 'bron']],
    ['jaar en van–tot samen', 'jaar=2024&van=2024-01-01&tot=2024-03-31', ['van']],
    ['onbekende filterwaarde', 'uitbuitingsvorm=niets', ['uitbuitingsvorm']],
  ])('400 bij %s, met elk veld in invalidParams', async (_naam, query, velden) => {
    const r = await t.verzoek('GET', `/v1/monitor/trechter?${query}`, { sleutel: analist() });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect([...new Set(r.body.invalidParams.map((p: { name: string }) => p.name))].sort()).toEqual([...velden].sort());
  });

  it('een organisatie die geen dossiers registreert: 400', async () => {
    const r = await t.verzoek('GET', `/v1/monitor/trechter?organisatieId=${t.organisatieIds.zorg}`, { sleutel: analist() });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams[0].name).toBe('organisatieId');
  });

  it.each([['politie', 'intaker'], ['ind', 'ind_medewerker'], ['beheer', 'auditor'], ['om', 'officier']] as const)('weigert %s/%s met 403', async (org, rol) => {
    expect((await t.verzoek('GET', '/v1/monitor/trechter', { sleutel: t.sleutel(org, rol) })).status).toBe(403);
    expect((await t.verzoek('GET', '/v1/monitor/doorlooptijden', { sleutel: t.sleutel(org, rol) })).status).toBe(403);
  });
});

describe('GET /v1/monitor/doorlooptijden', () => {
  it('mediaan en p90 van signaal → beoordeling naast een gepubliceerd aantal, en niet-tijdig aangeboden', async () => {
    const r = await t.verzoek('GET', `/v1/monitor/doorlooptijden?organisatieId=${t.organisatieIds.politie}`, { sleutel: t.sleutel('politie', 'analist') });
    expect(r.status).toBe(200);
    const [g] = r.body.groepen;
    expect(g.cijfers.doorlooptijden.find((d: { maat: string }) => d.maat === 'signaalTotBeoordeling')).toMatchObject({ aantal: 5, mediaanDagen: 10, p90Dagen: 10 });
    // Five established for eligible persons, none offered, the window (2 days) long past.
    expect(g.cijfers.aantallen.find((c: { stap: string }) => c.stap === 'nietTijdigAangeboden')).toMatchObject({ aantal: 5, noemerStap: 'aanbiedbaar', noemer: 5 });
    expect(r.body.signaleringsdagen).toBe(2);
  });
});
