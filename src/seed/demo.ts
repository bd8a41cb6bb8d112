// Demo organisations — at least one of each type (docs/domein.md §9) — with one key for every role that
// fits each organisation. Used by the zero-setup start and by the test harness.
import type { Config } from '../config.js';
import type { Clock, IdGenerator } from '../context.js';
import type { Db } from '../db/client.js';
import { rollenPerOrganisatieType } from '../access/permissiematrix.js';
import type { OrganisatieType, Rol } from '../domain/catalogus.js';
import { maakOrganisatie, maakSleutel } from '../beheer/beheer.js';

export const DEMO_ORGANISATIES = [
  { code: 'politie', naam: 'Politie Eenheid Amsterdam (TMM)', type: 'politie' },
  { code: 'politie2', naam: 'Politie Eenheid Rotterdam (TMM)', type: 'politie' },
  { code: 'kmar', naam: 'KMar Schiphol', type: 'kmar' },
  { code: 'nla', naam: 'NLA Opsporing', type: 'nla' },
  { code: 'om', naam: 'Openbaar Ministerie (Landelijk Parket)', type: 'om' },
  { code: 'ind', naam: 'IND', type: 'ind' },
  { code: 'coa', naam: 'COA', type: 'coa' },
  { code: 'comensha', naam: 'CoMensha', type: 'comensha' },
  { code: 'zorg', naam: 'Zorgcoördinatie Amsterdam', type: 'zorg' },
  { code: 'opvang', naam: 'COSM-opvang Noord', type: 'opvang' },
  { code: 'veiligthuis', naam: 'Veilig Thuis Amsterdam-Amstelland', type: 'veilig_thuis' },
  { code: 'raad', naam: 'Raad voor de Kinderbescherming', type: 'raad_kinderbescherming' },
  { code: 'gemeente', naam: 'Gemeente Amsterdam', type: 'gemeente' },
  { code: 'beheer', naam: 'NRM Beheer', type: 'beheer' },
] as const satisfies ReadonlyArray<{ code: string; naam: string; type: OrganisatieType }>;

export type DemoCode = (typeof DEMO_ORGANISATIES)[number]['code'];

export interface DemoSleutel { organisatie: string; organisatieType: OrganisatieType; rol: Rol; sleutel: string; organisatieId: string; sleutelId: string }

export async function maakDemoOrganisaties(deps: { db: Db; clock: Clock; ids: IdGenerator; config: Config }) {
  const sleutels: DemoSleutel[] = [];
  const organisatieIds = {} as Record<DemoCode, string>;
  for (const o of DEMO_ORGANISATIES) {
    const org = await maakOrganisatie(deps, o.naam, o.type);
    organisatieIds[o.code] = org.id;
    for (const rol of rollenPerOrganisatieType[o.type]) {
      // Demo intakers are certified (docs/regels.md, R6), so the walkthrough can record an informatief gesprek.
      const { sleutel, id } = await maakSleutel(deps, org.id, rol, 'demo', { gecertificeerd: rol === 'intaker' });
      sleutels.push({ organisatie: o.naam, organisatieType: o.type, rol, sleutel, organisatieId: org.id, sleutelId: id });
    }
  }
  return { sleutels, organisatieIds };
}
