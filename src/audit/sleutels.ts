// The audit key (issue 11): one secret from configuration (AUDIT_SLEUTEL), never stored in the
// database, from which two independent keys are derived with HKDF-SHA256:
// - the HMAC-SHA256 key of the audit chain, so someone who can write the database cannot recompute
//   the hashes of rows they changed, removed or inserted;
// - an Ed25519 key pair that signs the anchors (src/audit/anker.ts), so a second party can check
//   an anchor with the public key alone.
// Every row and every anchor names the id of the secret it was made with (`ketensleutel`): after a
// rotation the old secret moves to AUDIT_SLEUTELS_VORIG and still verifies what it made.
import { createHmac, createPrivateKey, createPublicKey, hkdfSync, sign, verify, type KeyObject } from 'node:crypto';
import type { Config } from '../config.js';

/** Used only when AUDIT_SLEUTEL is unset, which config.ts refuses with NODE_ENV=production. */
export const ONTWIKKEL_AUDITSLEUTEL = 'ontwikkelsleutel-audit-NIET-VOOR-PRODUCTIE-zet-AUDIT_SLEUTEL';

const afgeleid = (geheim: string, doel: string, lengte: number) =>
  Buffer.from(hkdfSync('sha256', Buffer.from(geheim, 'utf8'), Buffer.alloc(0), `nrm-audit:${doel}`, lengte));

// PKCS#8 wrapper of a raw 32-byte Ed25519 seed (RFC 8410): node:crypto has no "from seed" call.
const ED25519_PKCS8_KOP = Buffer.from('302e020100300506032b657004220420', 'hex');

export class AuditSleutel {
  /** Public: 16 hex characters derived from the secret; reveals nothing about it. */
  readonly id: string;
  // Private fields: never serialised (JSON.stringify, loggers) with an actor or a config dump.
  readonly #hmac: Buffer;
  readonly #seed: Buffer;
  #prive?: KeyObject;
  #publiek?: KeyObject;

  constructor(geheim: string) {
    this.id = afgeleid(geheim, 'sleutel-id', 8).toString('hex');
    this.#hmac = afgeleid(geheim, 'keten-hmac', 32);
    this.#seed = afgeleid(geheim, 'anker-ed25519', 32);
  }

  /** HMAC-SHA256 of a row's canonical content, hex. */
  hmac(inhoud: string): string {
    return createHmac('sha256', this.#hmac).update(inhoud, 'utf8').digest('hex');
  }

  // The key pair is made on first use: the request path needs only the HMAC.
  #sleutelpaar() {
    if (!this.#prive) {
      this.#prive = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_KOP, this.#seed]), format: 'der', type: 'pkcs8' });
      this.#publiek = createPublicKey(this.#prive);
    }
    return { prive: this.#prive, publiek: this.#publiek! };
  }

  /** Ed25519 signature, base64. */
  onderteken(inhoud: string): string {
    return sign(null, Buffer.from(inhoud, 'utf8'), this.#sleutelpaar().prive).toString('base64');
  }

  controleerHandtekening(inhoud: string, handtekening: string): boolean {
    try {
      return verify(null, Buffer.from(inhoud, 'utf8'), this.#sleutelpaar().publiek, Buffer.from(handtekening, 'base64'));
    } catch {
      return false;
    }
  }

  /** The public key (SPKI, PEM) for a second party that checks the anchors. */
  publiekeSleutelPem(): string {
    return this.#sleutelpaar().publiek.export({ type: 'spki', format: 'pem' }).toString();
  }

  toJSON() { return { ketensleutel: this.id }; }
}

export interface AuditSleutels {
  /** Signs new rows and anchors. */
  huidig: AuditSleutel;
  /** Current and retired keys by id, to verify. */
  perId: ReadonlyMap<string, AuditSleutel>;
  /** True when AUDIT_SLEUTEL is unset and the development value is used. */
  ontwikkeling: boolean;
}

// Derived once per parsed configuration: actorVan runs on every request.
const cache = new WeakMap<Config, AuditSleutels>();

export function auditSleutels(config: Config): AuditSleutels {
  let s = cache.get(config);
  if (!s) {
    const huidig = new AuditSleutel(config.AUDIT_SLEUTEL ?? ONTWIKKEL_AUDITSLEUTEL);
    const perId = new Map<string, AuditSleutel>();
    for (const geheim of config.AUDIT_SLEUTELS_VORIG) {
      const oud = new AuditSleutel(geheim);
      perId.set(oud.id, oud);
    }
    perId.set(huidig.id, huidig);
    s = { huidig, perId, ontwikkeling: !config.AUDIT_SLEUTEL };
    cache.set(config, s);
  }
  return s;
}
