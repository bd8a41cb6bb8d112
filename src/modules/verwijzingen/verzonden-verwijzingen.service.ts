// The sender's view of its referrals (issue 14, "Mijn werk"): the referrals the caller's
// organisation sent that are still open — unanswered, overdue ones first marked — with the receiver's
// name. Pseudonymous: the dossier number, never the identity.
import { and, asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../context.js';
import { dossiers, organisaties, verwijzingen } from '../../db/schema.js';
import { achterstalligVoor } from './verwijzingen.service.js';

export async function openVerzondenVerwijzingen(ctx: UseCaseContext, limit: number) {
  const rijen = await ctx.db.select({ verwijzing: verwijzingen, dossiernummer: dossiers.dossiernummer, ontvanger: organisaties.naam })
    .from(verwijzingen)
    .innerJoin(dossiers, eq(dossiers.id, verwijzingen.dossierId))
    .innerJoin(organisaties, eq(organisaties.id, verwijzingen.ontvangendeOrganisatieId))
    .where(and(eq(verwijzingen.verwijzendeOrganisatieId, ctx.principal.organisatieId), eq(verwijzingen.status, 'open')))
    .orderBy(asc(verwijzingen.tijdstipVerwezen), asc(verwijzingen.id)).limit(limit);
  return rijen.map((r) => ({ ...r, achterstallig: achterstalligVoor(ctx, r.verwijzing) }));
}
