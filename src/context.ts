// What a request and a use case get injected (docs/architectuur.md §1: no clock reads, no environment).
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { OrganisatieType, Rol } from './domain/catalogus.js';
import type { JwtInstellingen } from './access/jwt.js';
import type { Permissie } from './access/permissiematrix.js';
import type { Opzoeker } from './webhooks/adresbeleid.js';
import type { Transport } from './webhooks/transport.js';

export interface Clock { now(): Date }
export interface IdGenerator { uuid(): string }
export interface Logger {
  info(obj: Record<string, unknown>, msg?: string): void;
  warn(obj: Record<string, unknown>, msg?: string): void;
  error(obj: Record<string, unknown>, msg?: string): void;
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { uuid: () => crypto.randomUUID() };

export interface AppDeps {
  db: Db;
  /** The database without waiting for the disk at COMMIT (src/db/client.ts `Database.asynchroon`): counters and claims only. */
  asynchroon: Db;
  clock: Clock;
  ids: IdGenerator;
  config: Config;
  logger: Logger;
  /** Number of committed migrations; /ready compares it with the database. */
  migrationsExpected: number;
  /** OAuth/JWT validation; absent: only API keys are accepted. */
  jwt?: JwtInstellingen;
  /**
   * The web application's demo sign-in (one click per demo organisation and role): only with the
   * embedded database and its demo data, and never when NODE_ENV is production.
   */
  demoAanmelding?: boolean;
  /** Resolves webhook host names (issue 11); absent: the operating system's resolver. Tests inject one. */
  opzoeker?: Opzoeker;
  /** Sends webhook POSTs (the jobs); absent: node:http(s) pinned to the checked address. */
  webhookTransport?: Transport;
  /** Set by the Node server on SIGTERM: new requests get 503 while in-flight ones finish. */
  afsluiten?: { readonly bezig: boolean };
}

export interface Principal {
  organisatieId: string;
  organisatieNaam: string;
  organisatieType: OrganisatieType;
  rol: Rol;
  /** A certified trafficking intaker (issue 20, docs/regels.md R6): the key's attribute or the JWT claim. */
  gecertificeerd: boolean;
  /** The API key, or null for a JWT caller. */
  sleutelId: string | null;
  /** Stable identity of the credential (rate limits, idempotency): `sleutel:<id>` or `jwt:<iss>#<sub>`. */
  credential: string;
}

/** The context of one use case: who asks, and the injected parts. */
export interface UseCaseContext {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  config: Config;
  principal: Principal;
  requestId: string;
  /**
   * Set when the use case runs inside another use case's transaction (the web's intake): work that
   * must outlive a refusal (the audit of a possible duplicate) is then left to the outer use case.
   */
  genest?: boolean;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    principal: Principal;
    permissie: Permissie;
    deps: AppDeps;
  };
};
