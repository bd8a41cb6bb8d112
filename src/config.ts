// One schema for all configuration. Only entry files (entry-node, entry-worker, cli) read the
// environment; everything else receives a parsed Config.
import { z } from 'zod';

const commaList = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  // Origins that browsers may call the API from (CORS allowlist). Empty: no cross-origin access.
  CORS_ORIGINS: commaList,
  // The public base URL, used in Link headers and the OpenAPI `servers` entry.
  PUBLIC_BASE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  JOB_INTERVAL_SECONDS: z.coerce.number().int().min(5).default(60),
  // design.md §5.9: reminders `bedenktijd_loopt_af` this many days before uiterlijkeEinddatum.
  BEDENKTIJD_HERINNERING_DAGEN: z.string().default('14,3').transform((v, ctx) => {
    const dagen = v.split(',').map((s) => Number(s.trim()));
    if (dagen.some((d) => !Number.isInteger(d) || d < 0)) ctx.addIssue({ code: 'custom', message: 'komma-gescheiden hele dagen, bijv. 14,3' });
    return dagen;
  }),
  // design.md §5.1: alert when an established geringste aanwijzing has no offer after this many days.
  BEDENKTIJD_SIGNALERING_DAGEN: z.coerce.number().int().min(0).default(2),
  // design.md §5.10: an unanswered referral is overdue after this many days.
  VERWIJZING_ACHTERSTALLIG_DAGEN: z.coerce.number().int().min(1).default(5),
  // How long a stored Idempotency-Key answer is kept.
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().int().min(1).default(24),
});

export type Config = z.infer<typeof configSchema>;

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const fields = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Ongeldige configuratie: ${fields}`);
  }
  return result.data;
}

export const API_VERSION = '1.0.0';
