// One schema for all configuration. Only entry files (entry-node, entry-worker, cli) read the
// environment; everything else receives a parsed Config.
import { z } from 'zod';
import { isNetwerk } from './webhooks/adresbeleid.js';

const commaList = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

const ONTWIKKEL_VERWERKINGSLOG_SLEUTEL = 'ontwikkelsleutel-niet-voor-productie';
const ONTWIKKEL_CURSOR_SLEUTEL = 'ontwikkel-cursorsleutel-niet-voor-productie';

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
  // Webhook delivery has its own, faster loop: an M55 should reach the IND within seconds.
  WEBHOOK_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(5),
  // docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: reminders `bedenktijd_loopt_af` this many days before uiterlijkeEinddatum.
  BEDENKTIJD_HERINNERING_DAGEN: z.string().default('14,3').transform((v, ctx) => {
    const dagen = v.split(',').map((s) => Number(s.trim()));
    if (dagen.some((d) => !Number.isInteger(d) || d < 0)) ctx.addIssue({ code: 'custom', message: 'komma-gescheiden hele dagen, bijv. 14,3' });
    return dagen;
  }),
  // docs/beslissingen/0014-wie-biedt-aan.md: alert when an established geringste aanwijzing has no offer after this many days.
  BEDENKTIJD_SIGNALERING_DAGEN: z.coerce.number().int().min(0).default(2),
  // docs/beslissingen/0017-verwijzing-en-opvang.md: an unanswered referral is overdue after this many days.
  VERWIJZING_ACHTERSTALLIG_DAGEN: z.coerce.number().int().min(1).default(5),
  // Load shedding (issue 17): at most this many requests in progress per instance; one more gets 503
  // with Retry-After at once instead of a place in the queue. /health and /ready are never refused.
  MAX_VERZOEKEN_TEGELIJK: z.coerce.number().int().min(1).default(100),
  // A valid API key's principal is cached this many seconds per instance (issue 17), so most requests
  // skip the lookup; a key revoked elsewhere is refused here at the latest after this long. 0: no cache.
  SLEUTEL_CACHE_SECONDEN: z.coerce.number().min(0).max(60).default(5),
  // Rate limits (fixed one-minute windows in PostgreSQL, so they hold across instances).
  RATE_LIMIT_PER_MINUUT: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_AUTH_FOUTEN_PER_MINUUT: z.coerce.number().int().min(1).default(20),
  // Behind a reverse proxy: take the client address from X-Forwarded-For.
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  // OAuth 2.0 / JWT (NL GOV Assurance profile). Without OAUTH_JWKS_URL only API keys are accepted.
  OAUTH_JWKS_URL: z.string().url().optional(),
  OAUTH_ISSUERS: commaList,
  OAUTH_AUDIENCE: z.string().default('nrm-api'),
  OAUTH_ORGANISATIE_CLAIM: z.string().default('nrm_organisatie_id'),
  OAUTH_ROL_CLAIM: z.string().default('nrm_rol'),
  // Issue 20: boolean claim `true` for a certified trafficking intaker (informatief gesprek, intake).
  OAUTH_CERTIFICERING_CLAIM: z.string().default('nrm_gecertificeerd'),
  // Logboek Dataverwerkingen: key for the pseudonym of a data subject (HMAC of the dossier id).
  VERWERKINGSLOG_SLEUTEL: z.string().min(16).default(ONTWIKKEL_VERWERKINGSLOG_SLEUTEL),
  // Key of the HMAC that signs pagination cursors (a client cannot craft one). The same on every
  // instance; changing it only invalidates the cursors of pages being read at that moment.
  CURSOR_SLEUTEL: z.string().min(16).default(ONTWIKKEL_CURSOR_SLEUTEL),
  // Retention: personal data and free text of a closed dossier are erased this many days after closing.
  BEWAARTERMIJN_DAGEN: z.coerce.number().int().min(0).default(1826),
  // Retention of the Logboek Dataverwerkingen itself (src/jobs/verwerkingslog-opruimen.ts): records
  // older than this many days are deleted; 0 keeps them forever. Default: the dossier retention.
  VERWERKINGSLOG_BEWAARTERMIJN_DAGEN: z.coerce.number().int().min(0).default(1826),
  // How long a stored Idempotency-Key answer is kept.
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().int().min(1).default(24),
  // A request in progress holds its Idempotency-Key for this long and renews it every third of it; a
  // key whose holder died (kill -9) is free again after at most this long.
  IDEMPOTENCY_LEASE_SECONDS: z.coerce.number().min(1).max(3600).default(30),
  // ---- Webhook delivery (issue 4) ----
  // `production` forbids http:// callback URLs altogether; any other value (the default) allows
  // http:// for loopback hosts only (127.0.0.1, ::1, localhost), for a receiver on the same machine.
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // Overrides the rule above: `true` allows http:// for loopback hosts, `false` forbids it.
  WEBHOOK_LOOPBACK_HTTP: z.enum(['true', 'false']).optional(),
  // In production a webhook reaches only public addresses (issue 11). Receivers in a closed network
  // (FSC) are allowed here, comma-separated: host names (any address they resolve to) or networks
  // in CIDR notation / single addresses (10.20.0.0/16, fd12:3456::/32, 10.1.2.3).
  WEBHOOK_TOEGESTANE_HOSTS: commaList.superRefine((lijst, ctx) => {
    for (const invoer of lijst) {
      if (!isNetwerk(invoer) && !/^(?=.{1,253}\.?$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i.test(invoer)) {
        ctx.addIssue({ code: 'custom', message: `geen host-naam, IP-adres of CIDR-netwerk: ${invoer}` });
      }
    }
  }),
  // A notification that could not be delivered for this long ends as `niet_afleverbaar`.
  WEBHOOK_RETRY_HOURS: z.coerce.number().min(0.01).max(24 * 14).default(24),
  // Time-out of one POST to a receiver.
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).default(10_000),
  // A claimed delivery is someone else's for this long; after a crash it is sent again (same event id).
  // Always at least the time-out plus 30 s.
  WEBHOOK_LEASE_SECONDS: z.coerce.number().int().min(1).default(120),
  // CloudEvents `source` (NL GOV profile: a URN or URL of this service). Unset: built from
  // CLOUDEVENTS_OIN as urn:nld:oin:<OIN>:systeem:nrm, and without an OIN urn:nld:nrm:kennisgevingen.
  CLOUDEVENTS_SOURCE: z.string().min(1).regex(/^(urn:|https?:\/\/)\S+$/, 'een URN of URL').optional(),
  // The Organisatie-identificatienummer (OIN, 20 digits) of the organisation that runs the service.
  CLOUDEVENTS_OIN: z.string().regex(/^\d{20}$/, 'een OIN van 20 cijfers').optional(),
  // Base of the CloudEvents `dataref`; without it PUBLIC_BASE_URL, else http://localhost:<PORT>.
  WEBHOOK_DATAREF_BASE_URL: z.string().url().optional(),
  // An m55_* notification not acknowledged within this many working days (Mon–Fri, Dutch public
  // holidays of the Algemene termijnenwet excluded) shows up in /v1/verzonden-kennisgevingen?status=onbevestigd.
  M55_ESCALATIE_WERKDAGEN: z.coerce.number().int().min(0).max(60).default(2),
  // ---- Tamper-evident audit (issue 11; SECURITY.md "Audit trail and insiders") ----
  // Secret of the audit chain (HMAC-SHA256) and of the Ed25519 key that signs the anchors; the
  // database never holds it. Unset outside production: a development value (src/audit/sleutels.ts).
  AUDIT_SLEUTEL: z.string().min(32, 'minstens 32 tekens').optional(),
  // Earlier values of AUDIT_SLEUTEL after a rotation, comma-separated: only to verify older rows and anchors.
  AUDIT_SLEUTELS_VORIG: commaList,
  // Append-only JSON-lines file with the signed anchors (chain heads and row counts), outside the
  // database. Unset: <DATA_DIR>/audit-ankers.jsonl; empty: no file (Workers; then AUDIT_ANKER_URL).
  AUDIT_ANKER_PAD: z.string().optional(),
  // A second party that receives every anchor line (POST, application/json); best effort next to the file.
  AUDIT_ANKER_URL: z.string().url().optional(),
  // ---- Web application (issue 14) ----
  // Server-side sessions: signed out after this many minutes without a request, and after this many
  // hours in any case.
  SESSIE_INACTIEF_MINUTEN: z.coerce.number().int().min(1).max(24 * 60).default(15),
  SESSIE_MAXIMAAL_UREN: z.coerce.number().min(0.1).max(24).default(8),
  // OpenID Connect sign-in (authorization code flow with PKCE). Without OIDC_ISSUER there is no
  // production sign-in; the demo sign-in exists only with the embedded demo data outside production.
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: z.string().url().optional(),
  OIDC_SCOPES: z.string().default('openid profile'),
  // The claims of the ID token that name the organisation (its id in this service) and the role.
  OIDC_ORGANISATIE_CLAIM: z.string().min(1).default('nrm_organisatie_id'),
  OIDC_ROL_CLAIM: z.string().min(1).default('nrm_rol'),
  OIDC_NAAM_CLAIM: z.string().min(1).default('name'),
  // ---- Operations (issue 12) ----
  // On SIGTERM the Node server finishes in-flight requests and the running job for at most this long.
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).max(600).default(25),
}).superRefine((c, ctx) => {
  if (c.NODE_ENV === 'production' && !c.AUDIT_SLEUTEL) {
    ctx.addIssue({ code: 'custom', path: ['AUDIT_SLEUTEL'], message: 'verplicht bij NODE_ENV=production (minstens 32 willekeurige tekens)' });
  }
  // The development defaults of the other secrets are public (they are in this file): production
  // refuses to start with them, as it does without an audit key.
  if (c.NODE_ENV === 'production') {
    for (const [veld, ontwikkelwaarde] of [['VERWERKINGSLOG_SLEUTEL', ONTWIKKEL_VERWERKINGSLOG_SLEUTEL], ['CURSOR_SLEUTEL', ONTWIKKEL_CURSOR_SLEUTEL]] as const) {
      if (c[veld] === ontwikkelwaarde) ctx.addIssue({ code: 'custom', path: [veld], message: 'verplicht bij NODE_ENV=production (een eigen geheim; de ontwikkelwaarde is openbaar)' });
    }
  }
  if (c.AUDIT_SLEUTELS_VORIG.some((s) => s.length < 32)) {
    ctx.addIssue({ code: 'custom', path: ['AUDIT_SLEUTELS_VORIG'], message: 'elke sleutel minstens 32 tekens' });
  }
  if (c.OIDC_ISSUER) {
    for (const veld of ['OIDC_CLIENT_ID', 'OIDC_REDIRECT_URL'] as const) {
      if (!c[veld]) ctx.addIssue({ code: 'custom', path: [veld], message: 'verplicht als OIDC_ISSUER is gezet' });
    }
  }
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
