// The intake of a possible victim in one go (the web application's guided flow "Nieuw dossier"):
// register the dossier, record the personal data, the signal and the assessment — all or nothing.
// Each step is the same use case the API offers on its own; here they share one transaction (each
// step's own transaction becomes a savepoint), so a refusal of any step leaves nothing written.
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { registreerDossier } from './dossiers.service.js';
import { afhandelingVan } from './zelfde-persoon.js';
import type { DossierAanmakenSchema } from './dossiers.schemas.js';
import { legPersoonsgegevensVast } from '../persoonsgegevens/persoonsgegevens.service.js';
import type { PersoonsgegevensInvoerSchema } from '../persoonsgegevens/persoonsgegevens.schemas.js';
import { legSignaalVast } from '../signalen/signalen.service.js';
import type { SignaalVastleggen } from '../signalen/signalen.schemas.js';
import { legBeoordelingVast } from '../beoordelingen/beoordelingen.service.js';
import type { BeoordelingVastleggen } from '../beoordelingen/beoordelingen.schemas.js';

export interface Intake {
  dossier: z.output<typeof DossierAanmakenSchema>;
  persoonsgegevens: z.output<typeof PersoonsgegevensInvoerSchema>;
  signaal: SignaalVastleggen;
  beoordeling: BeoordelingVastleggen;
}

/** Which step refused: the caller maps the refusal's fields to that step's form. */
export class IntakeWeigering extends Error {
  constructor(readonly stap: keyof Intake, readonly oorzaak: unknown) { super('intake geweigerd'); }
}

export async function registreerIntake(ctx: UseCaseContext, intake: Intake) {
  try {
    return await intakeInEenTransactie(ctx, intake);
  } catch (err) {
    // A possible duplicate of the person (one person, one dossier): audited and notified once the
    // intake's transaction has rolled back, and shown at the personal-data step.
    if (err instanceof IntakeWeigering) {
      const oorzaak = await afhandelingVan(ctx, err.oorzaak);
      if (oorzaak !== err.oorzaak) throw new IntakeWeigering(err.stap, oorzaak);
    }
    throw err;
  }
}

async function intakeInEenTransactie(ctx: UseCaseContext, intake: Intake) {
  return ctx.db.transaction(async (tx) => {
    const binnen: UseCaseContext = { ...ctx, db: tx as unknown as Db, genest: true };
    const stap = async <T>(naam: keyof Intake, werk: () => Promise<T>): Promise<T> => {
      try { return await werk(); } catch (err) { throw new IntakeWeigering(naam, err); }
    };
    const dossier = await stap('dossier', () => registreerDossier(binnen, intake.dossier));
    await stap('persoonsgegevens', () => legPersoonsgegevensVast(binnen, dossier.id, intake.persoonsgegevens));
    await stap('signaal', () => legSignaalVast(binnen, dossier.id, intake.signaal));
    const beoordeling = await stap('beoordeling', () => legBeoordelingVast(binnen, dossier.id, intake.beoordeling));
    return { dossier, beoordeling };
  });
}
