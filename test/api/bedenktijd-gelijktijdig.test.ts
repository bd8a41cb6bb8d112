// Concurrency of the B8/3 bedenktijd on real PostgreSQL (issue 3 punt 4–5; README.md, "Running on PostgreSQL": "nothing
// assumes a single instance"; docs/beslissingen/0014-wie-biedt-aan.md, 0010-ingang-en-telling-van-de-bedenktijd.md, 0016-kennisgevingen-per-ontvanger.md; README.md, "Tests and CI"): simultaneous offers, an answer or early end
// racing another, and the expiry and reminder jobs running on several instances at once. PGlite has
// one connection and cannot show any of this, so these run only with TEST_DATABASE_URL.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditregels, bedenktijden, kennisgevingen } from '../../src/db/schema.js';
import { bedenktijdHerinneringen } from '../../src/jobs/bedenktijd-herinneringen.js';
import { bedenktijdVerlopen } from '../../src/jobs/bedenktijd-verlopen.js';
import { voerJobsUit } from '../../src/jobs/index.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { opPostgres, startTestApp, type Antwoord, type TestApp } from '../support/harness.js';

describe.runIf(opPostgres)('bedenktijd gelijktijdig (PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z', env: { RATE_LIMIT_PER_MINUUT: '1000000' } }); });
  afterAll(async () => { await t.close(); });

  const intaker = (org: DemoCode = 'politie') => t.sleutel(org, 'intaker');
  const VANDAAG = '2026-11-20';

  async function klaarVoorAanbod(datum = VANDAAG, verblijfssituatie = 'asielzoeker') {
    const d = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie, leeftijdscategorie: 'meerderjarig' } });
    expect(d.status).toBe(201);
    const b = await t.verzoek('POST', `/v1/dossiers/${d.body.id}/beoordelingen`, {
      sleutel: intaker(),
      body: { beoordelingsdatum: datum, informatiefGesprek: { gevoerd: true, datum }, elementen: { handeling: true, middel: true, oogmerk: true }, resultaat: 'vastgesteld' },
    });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    return { dossierId: d.body.id as string, beoordelingId: b.body.id as string };
  }

  async function aangeboden(datum = VANDAAG, verblijfssituatie = 'asielzoeker') {
    const k = await klaarVoorAanbod(datum, verblijfssituatie);
    const a = await t.verzoek('POST', `/v1/dossiers/${k.dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: datum, beoordelingId: k.beoordelingId } });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    return { ...k, bedenktijdId: a.body.id as string };
  }

  async function verleend(datum = VANDAAG, verblijfssituatie = 'asielzoeker') {
    const a = await aangeboden(datum, verblijfssituatie);
    const r = await t.verzoek('POST', `/v1/bedenktijden/${a.bedenktijdId}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return { ...a, uiterlijkeEinddatum: r.body.uiterlijkeEinddatum as string };
  }

  /** Per kind: the receiving organisations' codes of the dossier's notifications. */
  async function kennisgevingenPerSoort(dossierId: string) {
    const naam = Object.fromEntries(Object.entries(t.organisatieIds).map(([code, id]) => [id, code]));
    const rijen = await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.dossierId, dossierId));
    const perSoort: Record<string, string[]> = {};
    for (const r of rijen) (perSoort[r.soort] ??= []).push(naam[r.ontvangerOrganisatieId]!);
    for (const lijst of Object.values(perSoort)) lijst.sort();
    return perSoort;
  }

  const statussen = (rs: Antwoord[]) => rs.map((r) => r.status).sort();

  it('B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: twee gelijktijdige aanbiedingen voor één dossier → precies één 201 en één 409, één rij (10 dossiers)', async () => {
    const dossiers = await Promise.all(Array.from({ length: 10 }, () => klaarVoorAanbod()));
    const antwoorden = await Promise.all(dossiers.flatMap(({ dossierId, beoordelingId }) => [intaker('politie'), intaker('politie')].map((sleutel) =>
      t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel, body: { aanbiedingsdatum: VANDAAG, beoordelingId } }))));
    for (let i = 0; i < dossiers.length; i++) {
      const paar = antwoorden.slice(2 * i, 2 * i + 2);
      expect(statussen(paar), JSON.stringify(paar.map((r) => r.body))).toEqual([201, 409]);
      const verloren = paar.find((r) => r.status === 409)!;
      expect(verloren.headers.get('content-type')).toContain('application/problem+json');
      expect(verloren.body.detail).toEqual(expect.any(String));
      const rijen = await t.db.select().from(bedenktijden).where(eq(bedenktijden.dossierId, dossiers[i]!.dossierId));
      expect(rijen).toHaveLength(1);
      expect(rijen[0]!.id).toBe(paar.find((r) => r.status === 201)!.body.id);
      const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, dossiers[i]!.dossierId), eq(auditregels.actie, 'bedenktijd.aangeboden')));
      expect(audit).toHaveLength(1);
    }
  });

  it('reactie tegen reactie (aanvaard tegen geweigerd) → één 200, één 409; aanvaard ⇒ precies één M55 aan IND en COA, geweigerd ⇒ geen', async () => {
    const aanbiedingen = await Promise.all(Array.from({ length: 8 }, () => aangeboden()));
    const antwoorden = await Promise.all(aanbiedingen.flatMap(({ bedenktijdId }) => ['aanvaard', 'geweigerd'].map((reactie) =>
      t.verzoek('POST', `/v1/bedenktijden/${bedenktijdId}/reactie`, { sleutel: intaker(), body: { reactie, datum: VANDAAG } }))));
    for (let i = 0; i < aanbiedingen.length; i++) {
      const paar = antwoorden.slice(2 * i, 2 * i + 2);
      expect(statussen(paar), JSON.stringify(paar.map((r) => r.body))).toEqual([200, 409]);
      const winnaar = paar.find((r) => r.status === 200)!;
      const [rij] = await t.db.select().from(bedenktijden).where(eq(bedenktijden.id, aanbiedingen[i]!.bedenktijdId));
      expect(rij!.reactie).toBe(winnaar.body.reactie);
      const perSoort = await kennisgevingenPerSoort(aanbiedingen[i]!.dossierId);
      if (winnaar.body.reactie === 'aanvaard') {
        expect(rij).toMatchObject({ status: 'lopend', ingangsdatum: VANDAAG, uiterlijkeEinddatum: '2027-02-20' });
        expect(perSoort.m55_bedenktijd).toEqual(['coa', 'ind']);
      } else {
        expect(rij).toMatchObject({ status: 'geweigerd', ingangsdatum: null });
        expect(perSoort.m55_bedenktijd).toBeUndefined();
      }
    }
  });

  it('beëindiging tegen beëindiging (aangifte tegen afzien_medewerking) → één 200, één 409; precies één bedenktijd_beeindigd aan IND en COA', async () => {
    const lopend = await Promise.all(Array.from({ length: 8 }, () => verleend('2026-11-10')));
    const antwoorden = await Promise.all(lopend.flatMap(({ bedenktijdId }) => ['aangifte', 'afzien_medewerking'].map((reden) =>
      t.verzoek('POST', `/v1/bedenktijden/${bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden, datum: '2026-11-19' } }))));
    for (let i = 0; i < lopend.length; i++) {
      const paar = antwoorden.slice(2 * i, 2 * i + 2);
      expect(statussen(paar), JSON.stringify(paar.map((r) => r.body))).toEqual([200, 409]);
      const winnaar = paar.find((r) => r.status === 200)!;
      const [rij] = await t.db.select().from(bedenktijden).where(eq(bedenktijden.id, lopend[i]!.bedenktijdId));
      expect(rij).toMatchObject({ status: 'beeindigd', einddatum: '2026-11-19', beeindigingsreden: winnaar.body.beeindigingsreden });
      const perSoort = await kennisgevingenPerSoort(lopend[i]!.dossierId);
      expect(perSoort.bedenktijd_beeindigd).toEqual(['coa', 'ind']);
      const [k] = await t.db.select().from(kennisgevingen).where(and(eq(kennisgevingen.dossierId, lopend[i]!.dossierId), eq(kennisgevingen.soort, 'bedenktijd_beeindigd'), eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.ind)));
      expect(k!.inhoud).toMatchObject({ beeindigingsreden: winnaar.body.beeindigingsreden });
    }
  });

  it('docs/beslissingen/0012-vroegtijdig-einde.md: een vroegtijdig einde tegen een aangifte op het strafrechtelijke spoor → de aangifte wordt altijd vastgelegd, de bedenktijd eindigt één keer', async () => {
    const lopend = await Promise.all(Array.from({ length: 8 }, () => verleend('2026-11-10')));
    const antwoorden = await Promise.all(lopend.flatMap(({ bedenktijdId, dossierId }) => [
      t.verzoek('POST', `/v1/bedenktijden/${bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'afzien_medewerking', datum: '2026-11-19' } }),
      t.verzoek('POST', `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, { sleutel: intaker(), body: { soort: 'aangifte', datum: '2026-11-19' } }),
    ]));
    for (let i = 0; i < lopend.length; i++) {
      const [einde, aangifte] = [antwoorden[2 * i]!, antwoorden[2 * i + 1]!];
      // The aangifte is a fact on its own track: it must never be lost to the race (docs/domein.md §5, §10).
      expect(aangifte.status, JSON.stringify(aangifte.body)).toBe(201);
      const [rij] = await t.db.select().from(bedenktijden).where(eq(bedenktijden.id, lopend[i]!.bedenktijdId));
      expect(rij!.status).toBe('beeindigd');
      if (einde.status === 200) {
        expect(rij!.beeindigingsreden).toBe('afzien_medewerking');
      } else {
        expect(einde.status, JSON.stringify(einde.body)).toBe(409);
        expect(rij!.beeindigingsreden).toBe('aangifte');
      }
      expect((await kennisgevingenPerSoort(lopend[i]!.dossierId)).bedenktijd_beeindigd).toEqual(['coa', 'ind']);
    }
  });

  it('docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md; docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: verloop- en herinneringsjob op vier instanties tegelijk over 50 verlopen en 20 bijna verlopen bedenktijden → alles precies één keer', async () => {
    // 50 granted on 2026-10-01 as asylum seekers: three months → 2027-01-01, expired on 2027-01-05.
    t.klok.zet('2026-10-01T10:00:00Z');
    const teVerlopen = await Promise.all(Array.from({ length: 50 }, (_, i) => verleend('2026-10-01', i % 5 === 0 ? 'geen_rechtmatig_verblijf' : 'asielzoeker')));
    // 20 granted on 2026-10-19: → 2027-01-19, 14 days after 2027-01-05: one reminder each.
    t.klok.zet('2026-10-19T10:00:00Z');
    const bijnaVerlopen = await Promise.all(Array.from({ length: 20 }, () => verleend('2026-10-19', 'geen_rechtmatig_verblijf')));
    for (const v of teVerlopen) expect(v.uiterlijkeEinddatum).toBe('2027-01-01');
    for (const v of bijnaVerlopen) expect(v.uiterlijkeEinddatum).toBe('2027-01-19');

    t.klok.zet('2027-01-05T10:00:00Z');
    // Four instances running every job, plus the two job functions called directly (as a CLI run).
    const [rapporten, los] = await Promise.all([
      Promise.all([voerJobsUit(t.deps), voerJobsUit(t.deps), voerJobsUit(t.deps), voerJobsUit(t.deps)]),
      Promise.all([bedenktijdVerlopen(t.deps), bedenktijdHerinneringen(t.deps)]),
    ]);
    for (const r of rapporten) {
      expect(r['bedenktijd-verlopen'], JSON.stringify(r)).not.toHaveProperty('fout');
      expect(r['bedenktijd-herinneringen'], JSON.stringify(r)).not.toHaveProperty('fout');
    }
    // The instances shared the work: together they expired each one exactly once.
    const totaal = rapporten.reduce((n, r) => n + (r['bedenktijd-verlopen'] as { verlopen: number }).verlopen, 0) + los[0].verlopen;
    expect(totaal).toBe(50);

    const ids = teVerlopen.map((v) => v.bedenktijdId);
    const rijen = await t.db.select().from(bedenktijden).where(inArray(bedenktijden.id, ids));
    expect(rijen.every((r) => r.status === 'verlopen' && r.einddatum === '2027-01-01' && r.beeindigingsreden === 'verlopen')).toBe(true);
    const audit = await t.db.select().from(auditregels).where(and(inArray(auditregels.objectId, ids), eq(auditregels.actie, 'bedenktijd.verlopen')));
    expect(audit).toHaveLength(50);
    for (const [i, v] of teVerlopen.entries()) {
      expect((await kennisgevingenPerSoort(v.dossierId)).bedenktijd_verlopen).toEqual(i % 5 === 0 ? ['ind'] : ['coa', 'ind']);
    }
    for (const v of bijnaVerlopen) {
      const rij = await t.db.select().from(kennisgevingen).where(and(eq(kennisgevingen.dossierId, v.dossierId), eq(kennisgevingen.soort, 'bedenktijd_loopt_af')));
      expect(rij).toHaveLength(1);
      expect(rij[0]).toMatchObject({ ontvangerOrganisatieId: t.organisatieIds.politie, inhoud: expect.objectContaining({ dagenVooraf: 14 }) });
    }

    // docs/beslissingen/0003-feed-per-ontvanger.md: the IND's feed stays gapless and in order after the concurrent writers.
    const indRijen = await t.db.select({ volgnummer: kennisgevingen.volgnummer }).from(kennisgevingen).where(eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.ind));
    const nummers = indRijen.map((r) => r.volgnummer).sort((a, b) => a - b);
    expect(nummers).toEqual(nummers.map((_, i) => i + 1));

    // And again, concurrently: nothing more.
    const voor = (await t.tabeltellingen()).kennisgevingen;
    await Promise.all([voerJobsUit(t.deps), voerJobsUit(t.deps), voerJobsUit(t.deps)]);
    expect((await t.tabeltellingen()).kennisgevingen).toBe(voor);
  });
});
