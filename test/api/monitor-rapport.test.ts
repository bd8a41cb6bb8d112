// Issue 18: the synthetic data set "rapport", entered through the public API with the demo keys,
// reproduces the report's published figures in the monitor — each figure with its place in the report
// ("Rijke signalen, wisselende opvolging", Nationaal Rapporteur; docs/monitor.md lists them all).
// Two checks per figure: the data hold it exactly (count and denominator, before disclosure control),
// and GET /v1/monitor/trechter shows it exactly — or, where docs/monitor.md says so, suppressed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vraagUit, leesFeiten } from '../../src/modules/monitor/monitor.service.js';
import { voorFilter, type Dossierfeiten } from '../../src/domain/monitor.js';
import { laadRapport, RAPPORTCIJFERS, type Rapportcijfer } from '../../src/seed/rapport.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
let feiten: Dossierfeiten[];

beforeAll(async () => {
  t = await startTestApp({ nu: '2026-11-20T10:00:00Z' });
  await laadRapport(
    (methode, pad, sleutel, body) => t.verzoek(methode, pad, { sleutel, body }),
    { politie: t.sleutel('politie', 'intaker'), kmar: t.sleutel('kmar', 'intaker'), nla: t.sleutel('nla', 'intaker'), om: t.sleutel('om', 'officier') },
  );
  feiten = (await leesFeiten(t.deps)).dossiers;
}, 600_000);
afterAll(async () => { await t?.close(); });

function inPeriode(d: Dossierfeiten, q: Record<string, string>): boolean {
  const { periode } = vraagUit(q);
  if (periode.knoop === 'alles') return true;
  if (periode.knoop !== null) return d.kwartaal.startsWith(periode.knoop);
  return d.kwartaal >= periode.van && d.kwartaal <= periode.tot;
}

describe('het scenario rapport reproduceert de cijfers van het rapport', () => {
  it.each(RAPPORTCIJFERS.map((c) => [`${c.plaats} — ${c.omschrijving}`, c] as const))('%s', async (_naam, c: Rapportcijfer) => {
    const q = c.query ?? {};
    const { filter } = vraagUit(q);
    const organisatieId = t.organisatieIds[c.org];

    // 1. Exact in the data (what the monitor counts before disclosure control).
    const groep = voorFilter(feiten, filter).filter((d) => d.organisatieId === organisatieId && inPeriode(d, q));
    expect(groep.filter((d) => d.stappen.has(c.stap)).length).toBe(c.aantal);
    if (c.noemer) expect(groep.filter((d) => d.stappen.has(c.noemer!.stap)).length).toBe(c.noemer.aantal);
    if (c.aandeelVanZonderFilter !== undefined) {
      const zonder = feiten.filter((d) => d.organisatieId === organisatieId && inPeriode(d, q) && d.stappen.has(c.stap)).length;
      expect(zonder).toBe(c.aandeelVanZonderFilter);
    }

    // 2. As the analyst sees it.
    const params = new URLSearchParams({ ...q, organisatieId });
    const r = await t.verzoek('GET', `/v1/monitor/trechter?${params}`, { sleutel: t.sleutel('beheer', 'analist') });
    expect(r.status).toBe(200);
    const cijfer = r.body.groepen[0].cijfers.find((x: { stap: string }) => x.stap === c.stap);
    if (c.openbaar) {
      expect(cijfer).toMatchObject({ aantal: null, onderdrukt: c.openbaar });
    } else {
      expect(cijfer).toMatchObject({ aantal: c.aantal, onderdrukt: null });
      if (c.noemer) expect(cijfer).toMatchObject({ noemerStap: c.noemer.stap, noemer: c.noemer.aantal, aandeel: Math.round((c.aantal / c.noemer.aantal) * 10_000) / 10_000 });
      if (c.aandeelVanZonderFilter !== undefined) expect(cijfer.zonderFilter).toBe(c.aandeelVanZonderFilter);
    }
  });

  it('geeft nergens een dossier prijs: geen id, geen dossiernummer', async () => {
    const r = await t.verzoek('GET', '/v1/monitor/trechter?formaat=csv', { sleutel: t.sleutel('beheer', 'analist') });
    const j = await t.verzoek('GET', '/v1/monitor/doorlooptijden', { sleutel: t.sleutel('politie', 'analist') });
    for (const tekst of [r.text, j.text]) {
      expect(tekst).not.toMatch(/NRM-\d{4}-\d+/);
      for (const d of feiten.slice(0, 50)) expect(tekst).not.toContain(d.sleutel);
    }
  });
});
