// Issue 11: anchor the audit chains outside the database on every job run — the chains whose head
// changed since the last anchor (src/audit/anker.ts). Runs last, after the jobs that write audit
// rows. Safe on several instances: one writes, the others skip (advisory lock).
import { veranker, type AnkerRapport } from '../audit/anker.js';
import type { JobDeps } from './index.js';

export function auditAnker(deps: JobDeps): Promise<AnkerRapport> {
  return veranker(deps);
}
