// Issue 4: the M55 as a printable document (Accept negotiation, escaping, audited like the JSON
// read) and the escalation of unacknowledged M55 notifications after N working days (fixed clock).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditregels, kennisgevingen } from '../../src/db/schema.js';
import { plaatsKennisgeving } from '../../src/outbox/kennisgevingen.js';
import { kiesWeergave } from '../../src/modules/kennisgevingen/m55-document.js';
import { escalatiegrens, feestdagen, isWerkdag, naWerkdagen, termijnVerstreken } from '../../src/webhooks/werkdagen.js';
import { geldigeInhoud } from '../support/inhoud.js';
import { startTestApp, type TestApp } from '../support/harness.js';

// Friday 20 November 2026, 11:00 in Amsterdam.
const T0 = '2026-11-20T10:00:00.000Z';
let t: TestApp;
let dossierId: string;
let m55Id: string;
let anderId: string;

const intaker = () => t.sleutel('politie', 'intaker');
const ind = () => t.sleutel('ind', 'ind_medewerker');
const VOORNAMEN = 'Ama <script>alert("x")</script>';
const GESLACHTSNAAM = "O'Brien & Zn";

beforeAll(async () => {
  t = await startTestApp({ nu: T0 });
  const d = await t.verzoek('POST', '/v1/dossiers', {
    sleutel: intaker(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' },
  });
  dossierId = d.body.id;
  const p = await t.verzoek('PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, {
    sleutel: intaker(),
    body: { voornamen: VOORNAMEN, geslachtsnaam: GESLACHTSNAAM, geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: '1234567890', geslacht: 'vrouw', talen: ['en'] },
  });
  expect(p.status, p.text).toBe(201);
  const b = await t.verzoek('POST', `/v1/dossiers/${dossierId}/beoordelingen`, {
    sleutel: intaker(),
    body: {
      beoordelingsdatum: '2026-11-20', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' },
      elementen: { handeling: true, middel: true, oogmerk: true }, indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
    },
  });
  expect(b.status, b.text).toBe(201);
  const a = await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: '2026-11-20', beoordelingId: b.body.id } });
  expect(a.status, a.text).toBe(201);
  const r = await t.verzoek('POST', `/v1/bedenktijden/${a.body.id}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum: '2026-11-20', opvangGewenst: false } });
  expect(r.status, r.text).toBe(200);
  const [m55] = await t.db.select().from(kennisgevingen)
    .where(and(eq(kennisgevingen.dossierId, dossierId), eq(kennisgevingen.soort, 'm55_bedenktijd'), eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.ind)));
  m55Id = m55!.id;
  anderId = (await t.db.transaction((tx) => plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
    ontvangerOrganisatieId: t.organisatieIds.ind, soort: 'sepot', dossierId, afzenderOrganisatieId: t.organisatieIds.politie,
    inhoud: geldigeInhoud('sepot', dossierId), gebeurtenisSleutel: `sepot:${dossierId}`,
  })))!;
});
afterAll(async () => { await t.close(); });

const gelezen = async (id: string) =>
  (await t.db.select().from(auditregels).where(and(eq(auditregels.objectId, id), eq(auditregels.actie, 'kennisgeving.gelezen')))).length;

describe('GET /v1/kennisgevingen/{id} als M55-document', () => {
  it('Accept: text/html geeft een afdrukbare pagina met de velden van model M55, alles ge-escaped, en wordt gelogd als inzage', async () => {
    const voor = await gelezen(m55Id);
    const r = await t.verzoek('GET', `/v1/kennisgevingen/${m55Id}`, { sleutel: ind(), headers: { Accept: 'text/html' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect(r.headers.get('vary')).toContain('Accept');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = r.text;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Model M55');
    // The four parts of the form, the applicable one ticked.
    expect(html).toContain('&#9746; Kennisgeving bedenktijd (bedenktijd verleend)');
    for (const deel of ['Kennisgeving aangifte', 'Kennisgeving medewerking aan het strafproces', 'Beroep op de B8/3-regeling']) {
      expect(html).toContain(`&#9744; ${deel}`);
    }
    // Identity, dates, policy rule, organisations, references.
    for (const [label, waarde] of [
      ['V-nummer', '1234567890'], ['Geboortedatum', '02-04-1999'], ['Nationaliteit', 'GH'], ['Geslacht', 'vrouw'],
      ['Verblijfssituatie', 'Geen rechtmatig verblijf'],
      ['Datum aanbod bedenktijd', '20-11-2026'], ['Ingangsdatum bedenktijd (datum verlening)', '20-11-2026'],
      ['Uiterlijke einddatum bedenktijd', '20-02-2027'], ['Beleidsregel', 'b8-3-drie-maanden'],
      ['Verzendende organisatie', 'Politie Eenheid Amsterdam (TMM)'], ['Organisatie die de bedenktijd aanbood', 'Politie Eenheid Amsterdam (TMM)'],
      ['Ontvangende organisatie', 'IND'], ['Kenmerk kennisgeving', m55Id], ['Datum en tijd kennisgeving', '20-11-2026 11:00 (Nederlandse tijd)'],
      ['Ontvangst bevestigd', 'nog niet bevestigd'],
    ]) {
      expect(html).toContain(`<tr><th scope="row">${label}</th><td>${waarde}</td></tr>`);
    }
    expect(html).toMatch(/<th scope="row">Dossiernummer NRM<\/th><td>NRM-2026-\d{6}<\/td>/);
    // Escaped: the name cannot inject markup.
    expect(html).toContain('<tr><th scope="row">Voornamen</th><td>Ama &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td></tr>');
    expect(html).toContain('<tr><th scope="row">Geslachtsnaam</th><td>O&#39;Brien &amp; Zn</td></tr>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain("O'Brien");
    // Audited exactly like the JSON read.
    expect(await gelezen(m55Id)).toBe(voor + 1);
  });

  it.each([
    [undefined, 'json'], ['application/json', 'json'], ['*/*', 'json'], ['application/*', 'json'],
    ['text/html;q=0.5, application/json', 'json'], ['text/html, application/json;q=0.9', 'html'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'html'], ['text/*', 'html'],
  ])('Accept %s geeft %s', async (accept, verwacht) => {
    const voor = await gelezen(m55Id);
    const r = await t.verzoek('GET', `/v1/kennisgevingen/${m55Id}`, { sleutel: ind(), headers: accept ? { Accept: accept } : {} });
    expect(r.status).toBe(200);
    if (verwacht === 'json') {
      expect(r.headers.get('content-type')).toContain('application/json');
      expect(r.body).toMatchObject({ id: m55Id, soort: 'm55_bedenktijd', inhoud: { vreemdelingennummer: '1234567890' } });
    } else {
      expect(r.headers.get('content-type')).toContain('text/html');
    }
    expect(await gelezen(m55Id)).toBe(voor + 1);
  });

  it.each([
    ['application/xml'], ['application/pdf'], ['image/png'], ['application/json;q=0, text/html;q=0'],
  ])('Accept %s: 406 als problem details, en geen inzage gelogd', async (accept) => {
    const voor = await gelezen(m55Id);
    const r = await t.verzoek('GET', `/v1/kennisgevingen/${m55Id}`, { sleutel: ind(), headers: { Accept: accept } });
    expect(r.status).toBe(406);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect(r.body.detail).toContain('application/json');
    expect(await gelezen(m55Id)).toBe(voor);
  });

  it('een kennisgeving die geen M55 is heeft geen document: 406 bij text/html, JSON blijft werken', async () => {
    const voor = await gelezen(anderId);
    const r = await t.verzoek('GET', `/v1/kennisgevingen/${anderId}`, { sleutel: ind(), headers: { Accept: 'text/html' } });
    expect(r.status).toBe(406);
    expect(r.body.detail).toContain('m55_');
    expect(await gelezen(anderId)).toBe(voor);
    const j = await t.verzoek('GET', `/v1/kennisgevingen/${anderId}`, { sleutel: ind() });
    expect(j.status).toBe(200);
  });

  it('alleen de ontvanger: voor een andere organisatie bestaat het document niet (404)', async () => {
    for (const sleutel of [t.sleutel('coa', 'coa_medewerker'), intaker()]) {
      const r = await t.verzoek('GET', `/v1/kennisgevingen/${m55Id}`, { sleutel, headers: { Accept: 'text/html' } });
      expect(r.status).toBe(404);
    }
  });

  it('een M55-aangifte vult het onderdeel aangifte, zonder lege bedenktijdvelden', async () => {
    const id = (await t.db.transaction((tx) => plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
      ontvangerOrganisatieId: t.organisatieIds.ind, soort: 'm55_aangifte', dossierId, afzenderOrganisatieId: t.organisatieIds.politie,
      inhoud: {
        dossierId, dossiernummer: 'NRM-2026-000999', vreemdelingennummer: '1234567890', geslachtsnaam: GESLACHTSNAAM, formulier: 'M55',
        onderdeel: 'kennisgeving_aangifte', soort: 'aangifte', datum: '2026-11-19', vastgelegdDoor: { id: t.organisatieIds.politie, naam: 'Politie <A&B>' },
      },
      gebeurtenisSleutel: `m55_aangifte:${dossierId}`,
    })))!;
    const r = await t.verzoek('GET', `/v1/kennisgevingen/${id}`, { sleutel: ind(), headers: { Accept: 'text/html' } });
    expect(r.status).toBe(200);
    expect(r.text).toContain('&#9746; Kennisgeving aangifte');
    expect(r.text).toContain('<h2>3. Aangifte, medewerking of beroep</h2>');
    expect(r.text).toContain('<tr><th scope="row">Datum</th><td>19-11-2026</td></tr>');
    expect(r.text).toContain('<tr><th scope="row">Vastgelegd door</th><td>Politie &lt;A&amp;B&gt;</td></tr>');
    expect(r.text).not.toContain('Uiterlijke einddatum bedenktijd');
    expect(r.text).toContain('<h2>4. Afzender, ontvanger en kenmerken</h2>');
    // Acknowledged, so the escalation test below sees only its own M55.
    const b = await t.verzoek('POST', `/v1/kennisgevingen/${id}/ontvangstbevestiging`, { sleutel: ind(), body: { referentieOntvanger: 'IND-A' } });
    expect(b.status).toBe(200);
  });

  it('kiesWeergave volgt de specifiekste mediarange', () => {
    expect(kiesWeergave('text/html;q=0, */*')).toBe('json');
    expect(kiesWeergave('application/json;q=0, */*')).toBe('html');
    expect(kiesWeergave('')).toBe('json');
    expect(kiesWeergave('onzin')).toBeNull();
  });
});

describe('escalatie: onbevestigde M55 (GET /v1/verzonden-kennisgevingen?status=onbevestigd)', () => {
  const onbevestigd = async (sleutel = intaker()) => {
    const r = await t.verzoek('GET', '/v1/verzonden-kennisgevingen?status=onbevestigd', { sleutel });
    expect(r.status, r.text).toBe(200);
    return (r.body.kennisgevingen as Array<{ id: string }>).map((k) => k.id);
  };

  it('verschijnt na 2 werkdagen (ma–vr, einde van de tweede werkdag, Amsterdam) voor de afzender en de beheerder, en verdwijnt na bevestiging', async () => {
    expect(t.deps.config.M55_ESCALATIE_WERKDAGEN).toBe(2);
    // Friday: the term runs through Tuesday 24 November; overdue from Wednesday 00:00 in Amsterdam.
    const alle = await t.verzoek('GET', '/v1/verzonden-kennisgevingen', { sleutel: intaker() });
    const item = alle.body.kennisgevingen.find((k: { id: string }) => k.id === m55Id);
    expect(item).toMatchObject({
      soort: 'm55_bedenktijd', dossierId, ontvangerOrganisatieNaam: 'IND', tijdstipBevestigd: null,
      tijdstipBevestigingsTermijnVerstreken: '2026-11-24T23:00:00.000Z',
    });
    expect(alle.body.kennisgevingen.find((k: { id: string }) => k.id === anderId).tijdstipBevestigingsTermijnVerstreken).toBeNull();
    expect(alle.text).not.toContain('1234567890');

    try {
      expect(await onbevestigd()).toEqual([]);
      t.klok.zet('2026-11-24T22:59:59.999Z');
      expect(await onbevestigd()).toEqual([]);
      t.klok.zet('2026-11-24T23:00:00.000Z');
      // Only the M55, not the other notification that is also unacknowledged.
      expect(await onbevestigd()).toEqual([m55Id]);
      expect(await onbevestigd(t.sleutel('beheer', 'beheerder'))).toEqual([m55Id]);
      // Not for another organisation, nor for the receiver (it is not the sender).
      expect(await onbevestigd(t.sleutel('politie2', 'intaker'))).toEqual([]);
      expect(await onbevestigd(ind())).toEqual([]);

      const b = await t.verzoek('POST', `/v1/kennisgevingen/${m55Id}/ontvangstbevestiging`, { sleutel: ind(), body: { referentieOntvanger: 'IND-2026-0042' } });
      expect(b.status).toBe(200);
      expect(await onbevestigd()).toEqual([]);
      const na = await t.verzoek('GET', '/v1/verzonden-kennisgevingen?soort=m55_bedenktijd', { sleutel: intaker() });
      expect(na.body.kennisgevingen).toEqual([expect.objectContaining({ id: m55Id, referentieOntvanger: 'IND-2026-0042', tijdstipBevestigd: '2026-11-24T23:00:00.000Z' })]);
    } finally {
      t.klok.zet(T0);
    }
  });

  it('het aantal werkdagen is instelbaar (M55_ESCALATIE_WERKDAGEN)', async () => {
    const p = await startTestApp({ nu: T0, env: { M55_ESCALATIE_WERKDAGEN: '5' } });
    try {
      const id = await p.db.transaction((tx) => plaatsKennisgeving(tx, p.deps.ids, p.klok.now(), {
        ontvangerOrganisatieId: p.organisatieIds.ind, soort: 'm55_aangifte', dossierId: null, afzenderOrganisatieId: p.organisatieIds.politie,
        inhoud: {}, gebeurtenisSleutel: 'x',
      }));
      const lijst = async () => (await p.verzoek('GET', '/v1/verzonden-kennisgevingen?status=onbevestigd', { sleutel: p.sleutel('politie', 'intaker') })).body.kennisgevingen.map((k: { id: string }) => k.id);
      // Five working days after Friday 20 November: 23–27 November; overdue from Saturday 28 November.
      p.klok.zet('2026-11-27T22:59:59Z');
      expect(await lijst()).toEqual([]);
      p.klok.zet('2026-11-27T23:00:00Z');
      expect(await lijst()).toEqual([id]);
    } finally {
      await p.close();
    }
  });

  it('ongeldige status is 400; analist en auditor krijgen 403', async () => {
    const r = await t.verzoek('GET', '/v1/verzonden-kennisgevingen?status=vergeten', { sleutel: intaker() });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['status']);
    expect((await t.verzoek('GET', '/v1/verzonden-kennisgevingen', { sleutel: t.sleutel('politie', 'analist') })).status).toBe(403);
    expect((await t.verzoek('GET', '/v1/verzonden-kennisgevingen', { sleutel: t.sleutel('beheer', 'auditor') })).status).toBe(403);
  });
});

describe('werkdagen (Algemene termijnenwet)', () => {
  it('kent de feestdagen, ook die rond Pasen en Koningsdag op zondag', () => {
    expect([...feestdagen(2026)].sort()).toEqual(['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']);
    // 27 April 2025 was a Sunday: Koningsdag on Saturday 26 April.
    expect(feestdagen(2025).has('2025-04-26')).toBe(true);
    expect(isWerkdag('2026-11-20')).toBe(true);
    expect(isWerkdag('2026-11-21')).toBe(false);
    expect(isWerkdag('2026-04-06')).toBe(false);
  });

  it.each([
    ['2026-11-20', 2, '2026-11-24'], ['2026-11-21', 2, '2026-11-24'], ['2026-12-23', 2, '2026-12-28'],
    ['2026-12-31', 1, '2027-01-04'], ['2026-11-20', 0, '2026-11-20'],
  ])('%s + %i werkdagen = %s', (datum, n, verwacht) => {
    expect(naWerkdagen(datum, n)).toBe(verwacht);
  });

  it('termijn en grens gaan uit van Amsterdamse dagen, ook rond middernacht en in de zomertijd', () => {
    // Thursday 23:30 UTC is already Friday in Amsterdam.
    expect(termijnVerstreken(new Date('2026-11-19T23:30:00Z'), 2).toISOString()).toBe('2026-11-24T23:00:00.000Z');
    expect(termijnVerstreken(new Date('2026-06-05T10:00:00Z'), 2).toISOString()).toBe('2026-06-09T22:00:00.000Z');
    expect(escalatiegrens(new Date('2026-11-24T23:00:00Z'), 2).toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(escalatiegrens(new Date('2026-11-24T22:59:00Z'), 2).toISOString()).toBe('2026-11-19T23:00:00.000Z');
  });
});
