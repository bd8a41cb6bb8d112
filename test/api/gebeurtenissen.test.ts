// One event, one effect, whatever the path (issue 20; docs/regels.md R1, R5). Table-driven over every
// endpoint that records a victim's act towards the criminal process — the criminal track, the early
// end of the bedenktijd and the answer to the offer — for a person without residence and for an
// asylum seeker: the entry on the criminal track, the bedenktijd's status and reason, and the
// notifications (IND's feed through the API holds exactly one of each kind; COA for the asylum
// seeker; the OM's pseudonymous copy with its grant) must be the same for the same event.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kennisgevingen, strafrechtelijkeGebeurtenissen, toegangsrechten } from '../../src/db/schema.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { geweigerd as weigering, ongeldigeNamen } from '../support/weigering.js';
import { startTestApp, type Antwoord, type TestApp } from '../support/harness.js';
import { nieuwVnummer } from '../support/personen.js';

let t: TestApp;
const VANDAAG = '2026-11-20';
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

const intaker = () => t.sleutel('politie', 'intaker');
// Each dossier its own person (own V-number): one person has one dossier (docs/een-persoon-een-dossier.md).
const persoon = (vreemdelingennummer: string) => ({ voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer, geslacht: 'vrouw', talen: ['en'] });
const ACUUT = {
  omschrijving: 'Aangetroffen tijdens een inval; direct in veiligheid gebracht en aangifte opgenomen.',
  opsporingZonderAangifteMeegedeeld: true, opsporingsindicaties: 'vastgelegd_in_proces_verbaal', gewezenOpHulpverlening: true,
};

async function ok(methode: string, pad: string, body: unknown, status: number) {
  t.klok.verzet(1000);
  const r = await t.verzoek(methode, pad, { sleutel: intaker(), body });
  expect(r.status, `${methode} ${pad}: ${r.text}`).toBe(status);
  return r.body;
}

/** A dossier with an offer on 10 November (accepted the same day when `aanvaard`); the interview held that day unless `gesprek` is false. */
async function metAanbod(verblijfssituatie: string, o: { aanvaard: boolean; gesprek?: boolean }) {
  const d = await ok('POST', '/v1/dossiers', { nationaliteitCategorie: 'derdelander', verblijfssituatie, leeftijdscategorie: 'meerderjarig' }, 201);
  const vnummer = nieuwVnummer();
  await ok('PUT', `/v1/dossiers/${d.id}/persoonsgegevens`, persoon(vnummer), 201);
  const gesprek = o.gesprek === false ? { gevoerd: false, datum: null } : { gevoerd: true, datum: '2026-11-10' };
  const b = await ok('POST', `/v1/dossiers/${d.id}/beoordelingen`, {
    beoordelingsdatum: '2026-11-10', informatiefGesprek: gesprek, elementen: { handeling: true, middel: true, oogmerk: true },
    indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
  }, 201);
  const aanbod = await ok('POST', `/v1/dossiers/${d.id}/bedenktijden`, { aanbiedingsdatum: '2026-11-10', beoordelingId: b.id }, 201);
  if (o.aanvaard) await ok('POST', `/v1/bedenktijden/${aanbod.id}/reactie`, { reactie: 'aanvaard', datum: '2026-11-10', opvangGewenst: true }, 200);
  return { dossierId: d.id as string, bedenktijdId: aanbod.id as string, vnummer };
}

type Pad = 'strafrecht' | 'beeindiging' | 'reactie';
type Slachtoffergebeurtenis = 'aangifte' | 'medewerking_strafproces' | 'afzien_medewerking';

/**
 * The expected effects, written out from the sources (B8/3.1 Vc 2000 and rapport vn. 60; model M55
 * parts 2 and 3) rather than read from the code's own table.
 */
const GEVOLGEN: Record<Slachtoffergebeurtenis, { strafrechtelijkeSoort: string; beeindigingsreden: string; kennisgeving: string | null; omKopie: boolean }> = {
  aangifte: { strafrechtelijkeSoort: 'aangifte', beeindigingsreden: 'aangifte', kennisgeving: 'm55_aangifte', omKopie: true },
  medewerking_strafproces: { strafrechtelijkeSoort: 'medewerking_strafproces', beeindigingsreden: 'medewerking_strafproces', kennisgeving: 'm55_medewerking_strafproces', omKopie: true },
  afzien_medewerking: { strafrechtelijkeSoort: 'afzien_aangifte', beeindigingsreden: 'afzien_medewerking', kennisgeving: null, omKopie: false },
};
const SLACHTOFFERGEBEURTENISSEN = Object.keys(GEVOLGEN) as Slachtoffergebeurtenis[];

/** Every path to every event, with the body each endpoint takes. */
const PADEN: Array<{ pad: Pad; gebeurtenis: Slachtoffergebeurtenis; body: Record<string, unknown> }> = [
  { pad: 'strafrecht', gebeurtenis: 'aangifte', body: { soort: 'aangifte' } },
  { pad: 'strafrecht', gebeurtenis: 'medewerking_strafproces', body: { soort: 'medewerking_strafproces' } },
  { pad: 'strafrecht', gebeurtenis: 'afzien_medewerking', body: { soort: 'afzien_aangifte' } },
  { pad: 'beeindiging', gebeurtenis: 'aangifte', body: { reden: 'aangifte' } },
  { pad: 'beeindiging', gebeurtenis: 'medewerking_strafproces', body: { reden: 'medewerking_strafproces' } },
  { pad: 'beeindiging', gebeurtenis: 'afzien_medewerking', body: { reden: 'afzien_medewerking' } },
  { pad: 'reactie', gebeurtenis: 'aangifte', body: { reactie: 'geweigerd_direct_aangifte', opvangGewenst: false } },
];

function url(pad: Pad, dossierId: string, bedenktijdId: string) {
  return pad === 'strafrecht' ? `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen` : `/v1/bedenktijden/${bedenktijdId}/${pad}`;
}

/** An organisation's feed through the API (every page), for one dossier: the kinds, sorted. */
async function feed(org: DemoCode, rol: string, dossierId: string): Promise<string[]> {
  const soorten: string[] = [];
  let pad: string | null = '/v1/kennisgevingen?limit=100';
  while (pad) {
    const r: Antwoord = await t.verzoek('GET', pad, { sleutel: t.sleutel(org, rol as never) });
    expect(r.status).toBe(200);
    soorten.push(...(r.body.kennisgevingen as Array<{ soort: string; dossierId: string }>).filter((k) => k.dossierId === dossierId).map((k) => k.soort));
    const volgende: string | undefined = /<([^>]+)>;\s*rel="next"/.exec(r.headers.get('link') ?? '')?.[1];
    pad = volgende ? volgende.replace(/^https?:\/\/[^/]+/, '') : null;
  }
  return soorten.sort();
}

describe('één gebeurtenis, één gevolg — via elk pad (docs/regels.md R1)', () => {
  const gevallen = PADEN.flatMap((p) => ['geen_rechtmatig_verblijf', 'asielzoeker'].map((v) => ({ ...p, verblijfssituatie: v })));
  it.each(gevallen)('$pad → $gebeurtenis ($verblijfssituatie)', async ({ pad, gebeurtenis, body, verblijfssituatie }) => {
    const gevolgen = GEVOLGEN[gebeurtenis];
    const { dossierId, bedenktijdId, vnummer } = await metAanbod(verblijfssituatie, { aanvaard: pad !== 'reactie' });
    t.klok.verzet(1000);
    const r = await t.verzoek('POST', url(pad, dossierId, bedenktijdId), { sleutel: intaker(), body: { ...body, datum: '2026-11-18' } });
    expect(r.status, r.text).toBe(pad === 'strafrecht' ? 201 : 200);

    // The criminal track: exactly one entry, of the event's kind, on its date.
    const spoor = await t.verzoek('GET', `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, { sleutel: intaker() });
    expect(spoor.body.strafrechtelijkeGebeurtenissen.map((g: { soort: string; datum: string }) => [g.soort, g.datum])).toEqual([[gevolgen.strafrechtelijkeSoort, '2026-11-18']]);

    // The bedenktijd: a running one ends with the event's reason on its date; an offer declined for an aangifte is geweigerd.
    const b = (await t.verzoek('GET', `/v1/bedenktijden/${bedenktijdId}`, { sleutel: intaker() })).body;
    if (pad === 'reactie') expect(b).toMatchObject({ status: 'geweigerd', reactie: 'geweigerd_direct_aangifte', einddatum: null });
    else expect(b).toMatchObject({ status: 'beeindigd', einddatum: '2026-11-18', beeindigingsreden: gevolgen.beeindigingsreden });

    // IND (and COA for the asylum seeker): the grant's M55 when it was granted, its end, and the event's M55 part — each exactly once.
    const verwacht = [
      ...(pad === 'reactie' ? [] : ['m55_bedenktijd', 'bedenktijd_beeindigd']),
      ...(gevolgen.kennisgeving ? [gevolgen.kennisgeving] : []),
    ].sort();
    expect(await feed('ind', 'ind_medewerker', dossierId)).toEqual(verwacht);
    expect(await feed('coa', 'coa_medewerker', dossierId)).toEqual(verblijfssituatie === 'asielzoeker' ? verwacht : []);

    // The OM: a pseudonymous copy of an aangifte or cooperation, and with it its grant; nothing for declining.
    const aanOm = await t.db.select().from(kennisgevingen)
      .where(and(eq(kennisgevingen.dossierId, dossierId), eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.om)));
    const omGrant = await t.db.select().from(toegangsrechten)
      .where(and(eq(toegangsrechten.dossierId, dossierId), eq(toegangsrechten.organisatieId, t.organisatieIds.om)));
    if (gevolgen.omKopie) {
      expect(aanOm.map((k) => k.soort)).toEqual([gevolgen.kennisgeving]);
      expect(aanOm[0]!.inhoud).toMatchObject({ kopie: 'openbaar_ministerie', soort: gevolgen.strafrechtelijkeSoort, datum: '2026-11-18' });
      expect(JSON.stringify(aanOm[0]!.inhoud)).not.toMatch(new RegExp(`Mensah|${vnummer}`));
      expect(omGrant).toEqual([expect.objectContaining({ doel: 'om_kopie', reikwijdte: 'pseudoniem' })]);
    } else {
      expect(aanOm).toEqual([]);
      expect(omGrant).toEqual([]);
    }
    // The M55 part names the entry on the criminal track it reports.
    if (gevolgen.kennisgeving) {
      const [m55] = await t.db.select().from(kennisgevingen).where(and(
        eq(kennisgevingen.dossierId, dossierId), eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.ind), eq(kennisgevingen.soort, gevolgen.kennisgeving),
      ));
      expect(m55!.inhoud).toMatchObject({ formulier: 'M55', gebeurtenisId: spoor.body.strafrechtelijkeGebeurtenissen[0].id, vreemdelingennummer: vnummer });
    }
  });

  it('de tabel dekt elke gebeurtenis via elk pad waar die kan ontstaan', () => {
    for (const g of SLACHTOFFERGEBEURTENISSEN) {
      const paden = new Set(PADEN.filter((p) => p.gebeurtenis === g).map((p) => p.pad));
      expect([...paden].sort(), g).toEqual(g === 'aangifte' ? ['beeindiging', 'reactie', 'strafrecht'] : ['beeindiging', 'strafrecht']);
    }
  });

  it('vertrek met onbekende bestemming is geen handeling richting het strafproces: alleen het einde, geen strafrechtelijke gebeurtenis, geen M55', async () => {
    const { dossierId, bedenktijdId } = await metAanbod('geen_rechtmatig_verblijf', { aanvaard: true });
    await ok('POST', `/v1/bedenktijden/${bedenktijdId}/beeindiging`, { reden: 'vertrek_onbekende_bestemming', datum: VANDAAG }, 200);
    expect(await t.db.select().from(strafrechtelijkeGebeurtenissen).where(eq(strafrechtelijkeGebeurtenissen.dossierId, dossierId))).toEqual([]);
    expect(await feed('ind', 'ind_medewerker', dossierId)).toEqual(['bedenktijd_beeindigd', 'm55_bedenktijd']);
  });

  it('een tweede pad na het eerste vindt de bedenktijd beëindigd (409) en schrijft niets: nooit twee einden of twee M55-en voor één handeling', async () => {
    const { dossierId, bedenktijdId } = await metAanbod('geen_rechtmatig_verblijf', { aanvaard: true });
    await ok('POST', `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, { soort: 'aangifte', datum: '2026-11-18' }, 201);
    const r = await weigering(t, 'POST', `/v1/bedenktijden/${bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'aangifte', datum: '2026-11-18' } }, 409);
    expect(r.body.detail).toContain('al beeindigd');
    expect(await feed('ind', 'ind_medewerker', dossierId)).toEqual(['bedenktijd_beeindigd', 'm55_aangifte', 'm55_bedenktijd']);
  });
});

describe('het informatief gesprek gaat vooraf aan de aangifte, behalve in een acute situatie (Aanwijzing mensenhandel; docs/regels.md R5)', () => {
  const aangiftePaden = PADEN.filter((p) => p.gebeurtenis === 'aangifte');

  it.each(aangiftePaden)('$pad: een aangifte zonder vastgelegd gesprek en zonder acuteSituatie → 422 op acuteSituatie, niets geschreven', async ({ pad, body }) => {
    const { dossierId, bedenktijdId } = await metAanbod('geen_rechtmatig_verblijf', { aanvaard: pad !== 'reactie', gesprek: false });
    const r = await weigering(t, 'POST', url(pad, dossierId, bedenktijdId), { sleutel: intaker(), body: { ...body, datum: VANDAAG } }, 422);
    expect(ongeldigeNamen(r)).toEqual(['acuteSituatie']);
    expect(r.body.detail).toMatch(/Aanwijzing mensenhandel gaat een informatief gesprek vooraf aan een aangifte/);
  });

  it.each(aangiftePaden)('$pad: met acuteSituatie wordt de aangifte vastgelegd, en de uitzondering met de plichten is zichtbaar op het strafrechtelijke spoor', async ({ pad, body }) => {
    const { dossierId, bedenktijdId } = await metAanbod('geen_rechtmatig_verblijf', { aanvaard: pad !== 'reactie', gesprek: false });
    await ok('POST', url(pad, dossierId, bedenktijdId), { ...body, datum: VANDAAG, acuteSituatie: ACUUT }, pad === 'strafrecht' ? 201 : 200);
    const spoor = await t.verzoek('GET', `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, { sleutel: intaker() });
    expect(spoor.body.strafrechtelijkeGebeurtenissen).toEqual([expect.objectContaining({ soort: 'aangifte', acuteSituatie: ACUUT })]);
  });

  it('een gesprek ná de aangiftedatum telt niet: het gesprek gaat eraan vooraf', async () => {
    const { dossierId } = await metAanbod('geen_rechtmatig_verblijf', { aanvaard: true });
    const r = await weigering(t, 'POST', `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, { sleutel: intaker(), body: { soort: 'aangifte', datum: '2026-11-09' } }, 422);
    expect(r.body.detail).toContain('op of vóór 2026-11-09 geen informatief gesprek');
  });

  it('medewerking en afzien vragen geen gesprek vooraf; acuteSituatie hoort alleen bij een aangifte (400)', async () => {
    const { dossierId, bedenktijdId } = await metAanbod('geen_rechtmatig_verblijf', { aanvaard: true, gesprek: false });
    const a = await weigering(t, 'POST', `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, { sleutel: intaker(), body: { soort: 'medewerking_strafproces', datum: VANDAAG, acuteSituatie: ACUUT } }, 400);
    expect(ongeldigeNamen(a)).toEqual(['acuteSituatie']);
    const b = await weigering(t, 'POST', `/v1/bedenktijden/${bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'afzien_medewerking', datum: VANDAAG, acuteSituatie: ACUUT } }, 400);
    expect(ongeldigeNamen(b)).toEqual(['acuteSituatie']);
    const c = await weigering(t, 'POST', `/v1/bedenktijden/${bedenktijdId}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum: VANDAAG, acuteSituatie: ACUUT } }, 400);
    expect(ongeldigeNamen(c)).toEqual(['acuteSituatie']);
    await ok('POST', `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, { soort: 'medewerking_strafproces', datum: VANDAAG }, 201);
  });

  it('400: een onvolledige acuteSituatie noemt elk ontbrekend veld', async () => {
    const { dossierId } = await metAanbod('geen_rechtmatig_verblijf', { aanvaard: true, gesprek: false });
    const r = await weigering(t, 'POST', `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, { sleutel: intaker(), body: { soort: 'aangifte', datum: VANDAAG, acuteSituatie: { omschrijving: ' ' } } }, 400);
    expect(ongeldigeNamen(r)).toEqual(['acuteSituatie.gewezenOpHulpverlening', 'acuteSituatie.omschrijving', 'acuteSituatie.opsporingZonderAangifteMeegedeeld', 'acuteSituatie.opsporingsindicaties']);
  });
});
