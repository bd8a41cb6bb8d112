// Analist (issue 15): only aggregates — the statistics of GET /v1/statistieken through the same use
// case (statistieken.service.ts), with small counts suppressed (docs/monitor.md); never a dossier.
// Each table shows the values by their labels, the count as text and as a bar (<meter>: no inline
// style under the CSP), and "minder dan 5" for a suppressed count.
import { Hono } from 'hono';
import {
  identificatiestatussen, leeftijdscategorieen, nationaliteitCategorieen, verblijfssituaties,
} from '../../domain/catalogus.js';
import { beleidsregel } from '../../domain/beleidsregels.js';
import { bedenktijdStatussen, beeindigingsredenen, verwijzingDoelen, verwijzingStatussen } from '../../domain/labels.js';
import { DREMPEL } from '../../domain/onthulling.js';
import { statistieken } from '../../modules/statistieken/statistieken.service.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Kop, Tabel } from '../opmaak/componenten.js';
import { Layout, toon } from '../opmaak/layout.js';
import { pagina, useCase } from '../pagina.js';

type Telling = { waarde: string; aantal: number | null };

const regelTekst = (code: string) => { try { return beleidsregel(code).omschrijving; } catch { return code; } };

const Tellingen = (p: { id: string; titel: string; tellingen: Telling[]; label: (waarde: string) => string }) => {
  const max = Math.max(1, ...p.tellingen.map((t) => t.aantal ?? 0));
  return (
    <section class="nrm-sectie" aria-labelledby={p.id}>
      <Kop niveau={3} id={p.id}>{p.titel}</Kop>
      <Tabel bijschrift={p.titel} koppen={['Waarde', 'Aantal']} leeg="Nog geen gegevens."
        rijen={p.tellingen.map((t) => [
          p.label(t.waarde),
          t.aantal === null
            ? <span class="nrm-label">Minder dan {DREMPEL} (niet getoond)</span>
            : <span class="nrm-bezetting"><meter class="nrm-meter" min={0} max={max} value={t.aantal} aria-label={`${p.label(t.waarde)}: ${t.aantal}`}>{t.aantal}</meter> {t.aantal}</span>,
        ])} />
    </section>
  );
};

const uit = (labels: Readonly<Record<string, string>>) => (w: string) => labels[w] ?? w;

export const statistiekRoutes = new Hono<WebEnv>().get('/statistieken', pagina('statistieken.lezen'), async (c) => {
  const s = await statistieken(useCase(c, 'statistieken.lezen'));
  return toon(c, (
    <Layout titel="Statistieken" sessie={c.var.sessie!} menu="statistiek">
      <Kop>Statistieken</Kop>
      <Alinea>Landelijke tellingen, zonder dossiers. Aantallen van 1 tot en met {DREMPEL - 1} worden niet getoond, en soms een tweede aantal erbij, zodat geen telling één persoon aanwijst.</Alinea>
      <Kop niveau={2}>Dossiers</Kop>
      <Tellingen id="t-status" titel="Identificatiestatus" tellingen={s.dossiers.identificatiestatus} label={uit(identificatiestatussen)} />
      <Tellingen id="t-nat" titel="Nationaliteit" tellingen={s.dossiers.nationaliteitCategorie} label={uit(nationaliteitCategorieen)} />
      <Tellingen id="t-verblijf" titel="Verblijfssituatie" tellingen={s.dossiers.verblijfssituatie} label={uit(verblijfssituaties)} />
      <Tellingen id="t-leeftijd" titel="Leeftijd" tellingen={s.dossiers.leeftijdscategorie} label={uit(leeftijdscategorieen)} />
      <Kop niveau={2}>Bedenktijden</Kop>
      <Tellingen id="t-bt-status" titel="Stand van de bedenktijd" tellingen={s.bedenktijden.status} label={uit(bedenktijdStatussen)} />
      <Tellingen id="t-bt-reden" titel="Reden van beëindiging" tellingen={s.bedenktijden.beeindigingsreden} label={uit(beeindigingsredenen)} />
      <Tellingen id="t-bt-regel" titel="Beleidsregel" tellingen={s.bedenktijden.beleidsregel} label={regelTekst} />
      <Kop niveau={2}>Verwijzingen</Kop>
      <Tellingen id="t-vw-doel" titel="Doel" tellingen={s.verwijzingen.doel} label={uit(verwijzingDoelen)} />
      <Tellingen id="t-vw-status" titel="Stand van de verwijzing" tellingen={s.verwijzingen.status} label={uit(verwijzingStatussen)} />
    </Layout>
  ));
});
