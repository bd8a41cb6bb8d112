// A complete, valid `inhoud` for tests that place a notification directly with the outbox writer
// (plaatsKennisgeving) instead of through a use case: what a reader then gets back must still be a
// payload the service could have written, since every answer is checked against the OpenAPI document
// (test/support/contract.ts). Each result is parsed with the kind's own schema, so a fixture cannot
// drift from src/outbox/inhoud.schemas.ts.
import { inhoudSchemas } from '../../src/outbox/inhoud.schemas.js';

const ORGANISATIE = { id: '5d9e4c0a-0b7e-4c1a-9f3e-2a6b8c1d0e11', naam: 'Politie Eenheid Rotterdam' };

function basis(dossierId: string) {
  const m55 = {
    dossierId, dossiernummer: 'NRM-2026-000042', vreemdelingennummer: '1234567890', geslachtsnaam: 'Mensah',
    verblijfssituatie: 'asielzoeker' as const,
  };
  const bedenktijd = {
    ...m55, bedenktijdId: '3f1c2b4a-6d5e-4f70-8a9b-0c1d2e3f4a5b', aanbiedingsdatum: '2026-11-20', ingangsdatum: '2026-11-20',
    uiterlijkeEinddatum: '2027-02-20', beleidsregel: 'b8-3-drie-maanden', beleidsregelBron: 'B8/3.1 Vc 2000', aanbiedendeOrganisatie: ORGANISATIE,
  };
  const strafrechtelijk = {
    dossierId, dossiernummer: m55.dossiernummer, gebeurtenisId: '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', soort: 'sepot', datum: '2026-11-20',
    redenen: [], vastgelegdDoor: ORGANISATIE,
  };
  return {
    m55_bedenktijd: { ...bedenktijd, formulier: 'M55', onderdeel: 'kennisgeving_bedenktijd' },
    bedenktijd_loopt_af: { dossierId, dossiernummer: m55.dossiernummer, bedenktijdId: bedenktijd.bedenktijdId, uiterlijkeEinddatum: '2027-02-20', dagenVooraf: 14 },
    bedenktijd_beeindigd: { ...bedenktijd, einddatum: '2026-12-01', beeindigingsreden: 'aangifte' },
    sepot: strafrechtelijk,
  };
}

export type SoortMetVoorbeeld = keyof ReturnType<typeof basis>;

/** A valid inhoud of this kind about this dossier, with `velden` replacing the example's values. */
export function geldigeInhoud(soort: SoortMetVoorbeeld, dossierId: string, velden: Record<string, unknown> = {}): Record<string, unknown> {
  return inhoudSchemas[soort].parse({ ...basis(dossierId)[soort], ...velden }) as Record<string, unknown>;
}
