// Shared by the criminal-track and residence-track suites: a care track written directly, and the
// identification and care facts that no criminal or residence event may change (docs/domein.md §1 punt 1).
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { opvanglocaties, plaatsingen, verwijzingen } from '../../src/db/schema.js';
import type { TestApp } from './harness.js';

/** An accepted referral with a running placement, written directly into the tables. */
export async function legZorgspoorAan(t: TestApp, dossierId: string, startdatum: string) {
  const nu = t.klok.now();
  const verwijzingId = crypto.randomUUID();
  const locatieId = crypto.randomUUID();
  await t.db.insert(verwijzingen).values({
    id: verwijzingId, dossierId, verwijzendeOrganisatieId: t.organisatieIds.politie, ontvangendeOrganisatieId: t.organisatieIds.zorg,
    doel: 'zorgcoordinator', reden: 'Opvang en begeleiding', urgentie: 'normaal', toestemming: 'ja', gegevensdeling: 'identiteit', status: 'aanvaard',
    tijdstipVerwezen: nu, tijdstipBesluit: nu, tijdstipGewijzigd: nu,
  });
  await t.db.insert(opvanglocaties).values({ id: locatieId, organisatieId: t.organisatieIds.opvang, naam: 'Locatie test', soort: 'cosm', capaciteit: 10, tijdstipAangemaakt: nu, tijdstipGewijzigd: nu });
  await t.db.insert(plaatsingen).values({ id: crypto.randomUUID(), verwijzingId, dossierId, opvanglocatieId: locatieId, startdatum, tijdstipAangemaakt: nu, tijdstipGewijzigd: nu });
}

/** identificatiestatus, the dossier's version and its referrals and placements, to compare before/after. */
export async function identificatieEnZorg(t: TestApp, dossierId: string, sleutel: string) {
  const d = await t.verzoek('GET', `/v1/dossiers/${dossierId}`, { sleutel });
  expect(d.status).toBe(200);
  return {
    identificatiestatus: d.body.identificatiestatus, versie: d.body.versie, etag: d.headers.get('etag'),
    verwijzingen: await t.db.select().from(verwijzingen).where(eq(verwijzingen.dossierId, dossierId)),
    plaatsingen: await t.db.select().from(plaatsingen).where(eq(plaatsingen.dossierId, dossierId)),
  };
}
