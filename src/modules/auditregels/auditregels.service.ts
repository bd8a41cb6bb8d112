// Use cases for auditors (docs/architectuur.md §4): list the hash-chained audit rows and verify the chains.
import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { UseCaseContext } from '../../context.js';
import { auditregels } from '../../db/schema.js';
import { controleerAudittrail } from '../../audit/verificatie.js';
import type { AuditregelListQuery } from './auditregels.schemas.js';

type Filters = z.output<typeof AuditregelListQuery>;

/**
 * Audit rows by id, ascending, after id `na`; limit+1 so the route knows whether a page follows.
 * With a dossier filter the index (dossier_id, id) serves it. Ids come from a sequence, so a row
 * may commit after a higher id: this is an inspection listing, not a feed — for completeness an
 * auditor uses the chains and /auditregels/_verificatie, not the id order.
 */
export function lijstAuditregels(ctx: UseCaseContext, filters: Filters, limit: number, na?: number) {
  const voorwaarden: SQL[] = [];
  if (filters.dossierId) voorwaarden.push(eq(auditregels.dossierId, filters.dossierId));
  if (na !== undefined) voorwaarden.push(gt(auditregels.id, na));
  return ctx.db.select().from(auditregels).where(and(...voorwaarden))
    .orderBy(asc(auditregels.id)).limit(limit + 1);
}

/**
 * Recomputes every chain with the audit key and compares it with the anchors outside the database
 * (src/audit/verificatie.ts): one snapshot, so rows appended by running requests meanwhile are not
 * reported as tampering.
 */
export async function verifieerAuditregels(ctx: UseCaseContext) {
  const uitslag = await controleerAudittrail(ctx.db, ctx.config);
  return { geldig: uitslag.bevindingen.length === 0, ...uitslag };
}
