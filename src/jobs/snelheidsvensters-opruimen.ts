// Rate-limit windows are only needed while they are current; older ones are removed.
import { lt } from 'drizzle-orm';
import { snelheidsvensters } from '../db/schema.js';
import type { JobDeps } from './index.js';

export async function snelheidsvenstersOpruimen({ db, clock }: JobDeps): Promise<{ verwijderd: number }> {
  const grens = new Date(clock.now().getTime() - 5 * 60_000);
  const rijen = await db.delete(snelheidsvensters).where(lt(snelheidsvensters.vensterStart, grens)).returning({ sleutel: snelheidsvensters.sleutel });
  return { verwijderd: rijen.length };
}
