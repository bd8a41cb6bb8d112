// The monitor's tables as CSV (RFC 4180): the same figures as the JSON, one line per group and step.
import type { Doorlooptijden, MonitorCijfer, Trechter } from './monitor.schemas.js';

const veld = (w: string | number | null) => {
  if (w === null) return '';
  const s = String(w);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const regel = (velden: Array<string | number | null>) => velden.map(veld).join(',');

const KOP = ['niveau', 'organisatieType', 'organisatieId', 'organisatie', 'periodeVan', 'periodeTot', 'filter', 'filterwaarde', 'stap', 'aantal', 'onderdrukt', 'noemerStap', 'noemer', 'aandeel', 'zonderFilter'];

function cijferregel(kop: { periode: Trechter['periode']; filter: Trechter['filter'] }, g: Trechter['groepen'][number], c: MonitorCijfer) {
  return regel([g.niveau, g.organisatieType, g.organisatieId, g.naam, kop.periode.van, kop.periode.tot, kop.filter?.dimensie ?? null, kop.filter?.waarde ?? null,
    c.stap, c.aantal, c.onderdrukt, c.noemerStap, c.noemer, c.aandeel, c.zonderFilter]);
}

export function trechterCsv(t: Trechter): string {
  return [regel(KOP), ...t.groepen.flatMap((g) => g.cijfers.map((c) => cijferregel(t, g, c)))].join('\r\n') + '\r\n';
}

export function doorlooptijdenCsv(t: Doorlooptijden): string {
  const kop = [...KOP, 'mediaanDagen', 'p90Dagen'];
  const regels = t.groepen.flatMap((g) => [
    ...g.cijfers.aantallen.map((c) => `${cijferregel(t, { ...g, cijfers: [] }, c)},,`),
    ...g.cijfers.doorlooptijden.map((d) => regel([g.niveau, g.organisatieType, g.organisatieId, g.naam, t.periode.van, t.periode.tot, t.filter?.dimensie ?? null, t.filter?.waarde ?? null,
      d.maat, d.aantal, d.onderdrukt, null, null, null, null, d.mediaanDagen, d.p90Dagen])),
  ]);
  return [regel(kop), ...regels].join('\r\n') + '\r\n';
}

/**
 * Content negotiation on Accept (RFC 9110 §12.5.1) between JSON and CSV: per type the most specific
 * matching range decides its q; the highest q > 0 wins, JSON on a tie. No Accept: JSON; none: null (406).
 */
export function kiesFormaat(accept: string | undefined): 'json' | 'csv' | null {
  if (!accept || accept.trim() === '') return 'json';
  const bereiken = accept.split(',').map((deel) => {
    const [type = '', ...params] = deel.split(';').map((s) => s.trim().toLowerCase());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    return { type, q: Number.isFinite(q) ? Math.min(1, Math.max(0, q)) : 0 };
  });
  let beste: { formaat: 'json' | 'csv'; q: number } | null = null;
  for (const [mediatype, formaat] of [['application/json', 'json'], ['text/csv', 'csv']] as const) {
    const hoofd = mediatype.split('/')[0];
    let specifiek = -1;
    let q = 0;
    for (const b of bereiken) {
      const s = b.type === mediatype ? 2 : b.type === `${hoofd}/*` ? 1 : b.type === '*/*' ? 0 : -1;
      if (s > specifiek) { specifiek = s; q = b.q; }
    }
    if (specifiek >= 0 && q > 0 && (!beste || q > beste.q)) beste = { formaat, q };
  }
  return beste?.formaat ?? null;
}
