import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditregels, signalen } from '../../src/db/schema.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const intaker = () => t.sleutel('politie', 'intaker');

async function nieuwDossier(org: 'politie' | 'kmar' | 'nla' = 'politie'): Promise<string> {
  const r = await t.verzoek('POST', '/v1/dossiers', {
    sleutel: t.sleutel(org, 'intaker'),
    body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' },
  });
  expect(r.status).toBe(201);
  return r.body.id;
}

// the shape of the body in README.md, "Walkthrough", step 3.
const geldig = {
  ontvangstdatum: '2026-11-20', bron: 'slachtoffer_zelf', melder: 'Wijkagent via collega', uitbuitingsvormen: ['seksueel'],
  indicatoren: ['gebruik_geweld'], locatie: 'nederland', weging: { schaal: 'politie_digw', waarde: 'sterk' },
  samenvatting: 'Vrouw meldt zich bij het bureau; haar paspoort is ingenomen.',
};

const signalenPad = (dossierId: string) => `/v1/dossiers/${dossierId}/signalen`;

/** Sends a request that must be refused, and checks that nothing was written. */
async function geweigerd(methode: string, pad: string, o: Parameters<TestApp['verzoek']>[2]) {
  const voor = await t.tabeltellingen();
  const r = await t.verzoek(methode, pad, o);
  expect(await t.tabeltellingen()).toEqual(voor);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  return r;
}

describe('POST /v1/dossiers/{dossierId}/signalen', () => {
  it('legt een signaal vast: 201, Location, alle velden, organisatie en tijdstip, plus één auditregel', async () => {
    const dossierId = await nieuwDossier();
    const voor = await t.tabeltellingen();
    const r = await t.verzoek('POST', signalenPad(dossierId), { sleutel: intaker(), body: geldig });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String), dossierId, organisatieId: t.organisatieIds.politie, ...geldig,
      // Weighed sterk on the DIGW scale: enriched within a week (docs/regels.md R7).
      contexten: [], uiterlijkeOpvolging: '2026-11-27T10:00:00.000Z', opvolging: null,
      tijdstipRegistratie: '2026-11-20T10:00:00.000Z',
    });
    expect(r.headers.get('location')).toBe(`${signalenPad(dossierId)}/${r.body.id}`);
    const na = await t.tabeltellingen();
    expect(na.signalen).toBe(voor.signalen! + 1);
    expect(na.auditregels).toBe(voor.auditregels! + 1);
    const [audit] = await t.db.select().from(auditregels)
      .where(and(eq(auditregels.objectId, r.body.id), eq(auditregels.actie, 'signaal.vastgelegd')));
    expect(audit).toMatchObject({ organisatieId: t.organisatieIds.politie, dossierId, resultaat: 'geslaagd' });
    // The Location answers.
    const gelezen = await t.verzoek('GET', r.headers.get('location')!, { sleutel: intaker() });
    expect(gelezen.status).toBe(200);
    expect(gelezen.body).toEqual(r.body);
  });

  it('vult weggelaten optionele velden met null of een lege lijst', async () => {
    const dossierId = await nieuwDossier();
    const r = await t.verzoek('POST', signalenPad(dossierId), {
      sleutel: intaker(), body: { ontvangstdatum: '2026-11-19', bron: 'burger', uitbuitingsvormen: ['arbeid', 'crimineel'], locatie: 'onbekend' },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ melder: null, indicatoren: [], weging: null, samenvatting: null, uitbuitingsvormen: ['arbeid', 'crimineel'] });
  });

  it('KMar weegt op het stoplicht en de NLA op het eigen weeginstrument (docs/domein.md §14)', async () => {
    const kmarDossier = await nieuwDossier('kmar');
    const kmar = await t.verzoek('POST', signalenPad(kmarDossier), {
      sleutel: t.sleutel('kmar', 'intaker'), body: { ...geldig, bron: 'luchthaven', weging: { schaal: 'kmar_stoplicht', waarde: 'oranje' } },
    });
    expect(kmar.status).toBe(201);
    expect(kmar.body.weging).toEqual({ schaal: 'kmar_stoplicht', waarde: 'oranje' });
    const nlaDossier = await nieuwDossier('nla');
    const nla = await t.verzoek('POST', signalenPad(nlaDossier), {
      sleutel: t.sleutel('nla', 'intaker'), body: { ...geldig, bron: 'mic', uitbuitingsvormen: ['arbeid'], weging: { schaal: 'nla_weeginstrument', waarde: 'opvolgingswaardig' } },
    });
    expect(nla.status).toBe(201);
  });

  it('422 voor een ontvangstdatum in de toekomst (Europe/Amsterdam), er wordt niets geschreven', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', signalenPad(dossierId), { sleutel: intaker(), body: { ...geldig, ontvangstdatum: '2026-11-21' } });
    expect(r.status).toBe(422);
    expect(r.body.detail).toBe('De ontvangstdatum 2026-11-21 ligt in de toekomst. Vul de dag in waarop het signaal binnenkwam (uiterlijk 2026-11-20).');
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'ontvangstdatum' })]);
  });

  it('422 voor een wegingsschaal die de eigen organisatie niet gebruikt, er wordt niets geschreven', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', signalenPad(dossierId), { sleutel: intaker(), body: { ...geldig, weging: { schaal: 'kmar_stoplicht', waarde: 'rood' } } });
    expect(r.status).toBe(422);
    expect(r.body.detail).toBe('Uw organisatie weegt signalen niet met de schaal kmar_stoplicht. Gebruik politie_digw, of laat weging leeg (null).');
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'weging.schaal' })]);
  });

  it('422 noemt toekomstige datum én verkeerde schaal in één antwoord', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', signalenPad(dossierId), {
      sleutel: intaker(), body: { ...geldig, ontvangstdatum: '2027-01-01', weging: { schaal: 'nla_weeginstrument', waarde: 'opvolgingswaardig' } },
    });
    expect(r.status).toBe(422);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['ontvangstdatum', 'weging.schaal']);
  });

  it('400 voor een waarde die niet bij de schaal hoort, er wordt niets geschreven', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', signalenPad(dossierId), { sleutel: intaker(), body: { ...geldig, weging: { schaal: 'politie_digw', waarde: 'rood' } } });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams).toEqual([{ name: 'weging.waarde', code: 'custom', reason: 'De waarde rood hoort niet bij de schaal politie_digw. Kies een waarde van die schaal (zie de catalogus wegingsschalen).' }]);
  });

  it('400 met alle drie ongeldige velden tegelijk in invalidParams, er wordt niets geschreven', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', signalenPad(dossierId), {
      sleutel: intaker(), body: { ...geldig, bron: 'roddel', uitbuitingsvormen: [], weging: { schaal: 'kmar_stoplicht', waarde: 'zwak' } },
    });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['bron', 'uitbuitingsvormen', 'weging.waarde']);
  });

  it.each([
    ['een onbekend veld', { ...geldig, slachtofferNaam: 'Ama' }, 'slachtofferNaam'],
    ['een onbekend veld in weging', { ...geldig, weging: { schaal: 'politie_digw', waarde: 'zwak', punten: 3 } }, 'weging, punten'],
    ['een ontbrekende ontvangstdatum', { ...geldig, ontvangstdatum: undefined }, 'ontvangstdatum'],
    ['een ongeldige datum', { ...geldig, ontvangstdatum: '20-11-2026' }, 'ontvangstdatum'],
    ['een onbekende indicator', { ...geldig, indicatoren: ['nationaliteit'] }, 'indicatoren.0'],
    ['een dubbele uitbuitingsvorm', { ...geldig, uitbuitingsvormen: ['seksueel', 'seksueel'] }, 'uitbuitingsvormen'],
    ['een onbekende locatie', { ...geldig, locatie: 'mars' }, 'locatie'],
    ['een te lange melder', { ...geldig, melder: 'x'.repeat(501) }, 'melder'],
    ['een te lange samenvatting', { ...geldig, samenvatting: 'x'.repeat(5001) }, 'samenvatting'],
  ])('400 voor %s, er wordt niets geschreven', async (_naam, body, veld) => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', signalenPad(dossierId), { sleutel: intaker(), body });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name)).toEqual([veld]);
  });

  it('415 voor een andere mediatype', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', signalenPad(dossierId), { sleutel: intaker(), ruweBody: 'bron=burger', headers: { 'Content-Type': 'text/plain' } });
    expect(r.status).toBe(415);
  });

  it.each([
    ['ind', 'ind_medewerker'], ['om', 'officier'], ['politie', 'analist'], ['comensha', 'zorgcoordinator'], ['beheer', 'beheerder'],
  ] as const)('403 voor %s/%s: die rol legt geen signalen vast', async (org, rol) => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', signalenPad(dossierId), { sleutel: t.sleutel(org, rol), body: geldig });
    expect(r.status).toBe(403);
  });

  it('401 zonder API-sleutel', async () => {
    const dossierId = await nieuwDossier();
    const r = await geweigerd('POST', signalenPad(dossierId), { body: geldig });
    expect(r.status).toBe(401);
  });

  it('404 voor het dossier van een andere organisatie, een onbekend en een misvormd dossier-id', async () => {
    const dossierId = await nieuwDossier();
    for (const [sleutel, pad] of [
      [t.sleutel('politie2', 'intaker'), signalenPad(dossierId)],
      [intaker(), signalenPad(crypto.randomUUID())],
      [intaker(), signalenPad('geen-uuid')],
    ] as const) {
      const r = await geweigerd('POST', pad, { sleutel, body: geldig });
      expect(r.status).toBe(404);
      expect(r.body.detail).toBe('Dossier niet gevonden.');
    }
  });

  it('Idempotency-Key: een herhaling geeft hetzelfde antwoord zonder tweede signaal; een andere body is 422', async () => {
    const dossierId = await nieuwDossier();
    const headers = { 'Idempotency-Key': `sig-${crypto.randomUUID()}` };
    const eerste = await t.verzoek('POST', signalenPad(dossierId), { sleutel: intaker(), body: geldig, headers });
    expect(eerste.status).toBe(201);
    const voor = await t.tabeltellingen();
    const herhaling = await t.verzoek('POST', signalenPad(dossierId), { sleutel: intaker(), body: geldig, headers });
    expect(herhaling.status).toBe(201);
    expect(herhaling.body).toEqual(eerste.body);
    expect(herhaling.headers.get('location')).toBe(eerste.headers.get('location'));
    expect(herhaling.headers.get('idempotent-replayed')).toBe('true');
    expect(await t.tabeltellingen()).toEqual(voor);
    const anders = await geweigerd('POST', signalenPad(dossierId), { sleutel: intaker(), body: { ...geldig, bron: 'burger' }, headers });
    expect(anders.status).toBe(422);
  });
});

describe('GET /v1/dossiers/{dossierId}/signalen', () => {
  it('geeft de signalen van het dossier, oudste eerst, in { signalen: [...] } met cursorpaginering', async () => {
    const dossierId = await nieuwDossier();
    const ander = await nieuwDossier();
    const ids: string[] = [];
    for (const bron of ['hotel', 'burger', 'wijkagent']) {
      t.klok.verzet(60_000);
      const r = await t.verzoek('POST', signalenPad(dossierId), { sleutel: intaker(), body: { ...geldig, bron } });
      ids.push(r.body.id);
    }
    await t.verzoek('POST', signalenPad(ander), { sleutel: intaker(), body: geldig });

    const alles = await t.verzoek('GET', signalenPad(dossierId), { sleutel: intaker() });
    expect(alles.status).toBe(200);
    expect(Object.keys(alles.body)).toEqual(['signalen']);
    expect(alles.body.signalen.map((s: { id: string }) => s.id)).toEqual(ids);
    expect(alles.body.signalen.map((s: { bron: string }) => s.bron)).toEqual(['hotel', 'burger', 'wijkagent']);
    expect(alles.headers.get('link')).toBeNull();

    const eerste = await t.verzoek('GET', `${signalenPad(dossierId)}?limit=2`, { sleutel: intaker() });
    expect(eerste.body.signalen.map((s: { id: string }) => s.id)).toEqual(ids.slice(0, 2));
    const link = /^<([^>]+)>; rel="next"$/.exec(eerste.headers.get('link') ?? '');
    expect(link).not.toBeNull();
    const tweede = await t.verzoek('GET', link![1]!, { sleutel: intaker() });
    expect(tweede.body.signalen.map((s: { id: string }) => s.id)).toEqual(ids.slice(2));
    expect(tweede.headers.get('link')).toBeNull();
  });

  it('een leeg dossier geeft een lege lijst', async () => {
    const dossierId = await nieuwDossier();
    const r = await t.verzoek('GET', signalenPad(dossierId), { sleutel: intaker() });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ signalen: [] });
  });

  it.each([
    ['politie', 'analist'], ['ind', 'ind_medewerker'], ['coa', 'coa_medewerker'], ['zorg', 'zorgcoordinator'], ['beheer', 'auditor'],
  ] as const)('403 voor %s/%s: die rol leest geen signalen', async (org, rol) => {
    const dossierId = await nieuwDossier();
    const r = await t.verzoek('GET', signalenPad(dossierId), { sleutel: t.sleutel(org, rol) });
    expect(r.status).toBe(403);
  });

  it('404 voor het dossier van een andere organisatie (lijst en los signaal) en voor een signaal van een ander dossier', async () => {
    const dossierId = await nieuwDossier();
    const s = await t.verzoek('POST', signalenPad(dossierId), { sleutel: intaker(), body: geldig });
    expect((await t.verzoek('GET', signalenPad(dossierId), { sleutel: t.sleutel('politie2', 'intaker') })).status).toBe(404);
    expect((await t.verzoek('GET', `${signalenPad(dossierId)}/${s.body.id}`, { sleutel: t.sleutel('politie2', 'intaker') })).status).toBe(404);
    // An officier may read signals, but the OM has no reason to see this dossier (docs/architectuur.md §3).
    expect((await t.verzoek('GET', signalenPad(dossierId), { sleutel: t.sleutel('om', 'officier') })).status).toBe(404);
    const ander = await nieuwDossier();
    const elders = await t.verzoek('GET', `${signalenPad(ander)}/${s.body.id}`, { sleutel: intaker() });
    expect(elders.status).toBe(404);
    expect(elders.body.detail).toBe('Signaal niet gevonden.');
    expect((await t.verzoek('GET', `${signalenPad(dossierId)}/niet-een-id`, { sleutel: intaker() })).status).toBe(404);
  });

  it('400 voor een ongeldige cursor of limit', async () => {
    const dossierId = await nieuwDossier();
    expect((await t.verzoek('GET', `${signalenPad(dossierId)}?cursor=onzin`, { sleutel: intaker() })).status).toBe(400);
    expect((await t.verzoek('GET', `${signalenPad(dossierId)}?limit=0`, { sleutel: intaker() })).status).toBe(400);
  });

  it('een signaal wordt nooit gewijzigd of verwijderd: PUT, PATCH en DELETE geven 405', async () => {
    const dossierId = await nieuwDossier();
    const s = await t.verzoek('POST', signalenPad(dossierId), { sleutel: intaker(), body: geldig });
    for (const methode of ['PUT', 'PATCH', 'DELETE']) {
      const r = await t.verzoek(methode, `${signalenPad(dossierId)}/${s.body.id}`, { sleutel: intaker(), body: geldig });
      expect(r.status).toBe(405);
      expect(r.headers.get('allow')).toBe('GET, HEAD');
    }
    const [rij] = await t.db.select().from(signalen).where(eq(signalen.id, s.body.id));
    expect(rij!.bron).toBe('slachtoffer_zelf');
  });
});
