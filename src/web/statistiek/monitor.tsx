// Analist (issue 15; docs/monitor.md): the monitor as a page — the national funnel (from signal to
// bedenktijd and follow-up) as bars and figures, and the durations (median and 90th percentile) —
// through the API's use cases (trechter, doorlooptijden) with their disclosure control: a
// suppressed figure is shown as "niet getoond", never worked out. Only aggregates, never a dossier.
import { Hono } from 'hono';
import { trechter, doorlooptijden } from '../../modules/monitor/monitor.service.js';
import { MonitorQuery } from '../../modules/monitor/monitor.schemas.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Foutoverzicht, Keuzelijst, Knop, Knoppen, Kop, Tabel } from '../opmaak/componenten.js';
import { Layout, toon } from '../opmaak/layout.js';
import { pagina, useCase } from '../pagina.js';

const NIET_GETOOND = 'Niet getoond (klein aantal)';

export const monitorRoutes = new Hono<WebEnv>().get('/monitor', pagina('monitor.lezen'), async (c) => {
  const jaar = c.req.query('jaar') ?? '';
  const vraag = MonitorQuery.safeParse(jaar ? { jaar } : {});
  const q = vraag.success ? vraag.data : {};
  const ctx = useCase(c, 'monitor.lezen');
  const t = await trechter(ctx, q);
  const d = await doorlooptijden(ctx, q);
  const landelijk = t.groepen.find((g) => g.niveau === 'landelijk');
  const duren = d.groepen.find((g) => g.niveau === 'landelijk');
  const labelVan = new Map([...t.stappen, ...d.stappen].map((s) => [s.stap, s.label]));
  const max = Math.max(1, ...(landelijk?.cijfers ?? []).map((x) => x.aantal ?? 0));
  const huidigJaar = Number(c.var.deps.clock.now().toISOString().slice(0, 4));
  const jaren = Array.from({ length: 8 }, (_, i) => String(huidigJaar - i));
  return toon(c, (
    <Layout titel="Monitor" sessie={c.var.sessie!} menu="monitor" fout={!vraag.success}>
      <Kop>Monitor</Kop>
      <Alinea>Hoeveel dossiers elke stap van de keten bereiken, van signaal tot bedenktijd en opvolging, en hoe lang de stappen duren. Landelijk; kleine aantallen worden niet getoond.</Alinea>
      <Foutoverzicht fouten={vraag.success ? {} : { jaar: 'Kies een jaar uit de lijst.' }} labels={{ jaar: 'Jaar' }} />
      <form method="get" action="/monitor" aria-label="Periode kiezen" class="nrm-filters" novalidate>
        <Keuzelijst naam="jaar" label="Jaar van het eerste signaal" waarde={jaar} leeg="Alle jaren" fout={vraag.success ? undefined : 'Kies een jaar uit de lijst.'}
          keuzes={jaren.map((j) => ({ waarde: j, label: j }))} />
        <Knoppen><Knop soort="secundair">Tonen</Knop></Knoppen>
      </form>
      <section class="nrm-sectie" aria-labelledby="trechter-kop">
        <Kop niveau={2} id="trechter-kop">Trechter</Kop>
        <Tabel bijschrift="Aantal dossiers per stap, landelijk" koppen={['Stap', 'Dossiers', 'Aandeel van de vorige stap']} leeg="Nog geen gegevens."
          rijen={(landelijk?.cijfers ?? []).map((x) => [
            labelVan.get(x.stap) ?? x.stap,
            x.aantal === null ? NIET_GETOOND
              : <span class="nrm-bezetting"><meter class="nrm-meter nrm-meter--breed" min={0} max={max} value={x.aantal} aria-label={`${labelVan.get(x.stap) ?? x.stap}: ${x.aantal}`}>{x.aantal}</meter> {x.aantal}</span>,
            x.aandeel === null ? '—' : `${Math.round(x.aandeel * 100)}%`,
          ])} />
      </section>
      <section class="nrm-sectie" aria-labelledby="duur-kop">
        <Kop niveau={2} id="duur-kop">Doorlooptijden</Kop>
        <Tabel bijschrift="Doorlooptijden in dagen, landelijk" koppen={['Maat', 'Dossiers', 'Mediaan (dagen)', '90% binnen (dagen)']} leeg="Nog geen gegevens."
          rijen={(duren?.cijfers.doorlooptijden ?? []).map((x) => [
            x.label, x.aantal === null ? NIET_GETOOND : String(x.aantal),
            x.mediaanDagen === null ? '—' : String(x.mediaanDagen), x.p90Dagen === null ? '—' : String(x.p90Dagen),
          ])} />
      </section>
    </Layout>
  ));
});
