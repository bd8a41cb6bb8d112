// The CloudEvents web hook handshake ("abuse protection", CloudEvents HTTP 1.1 Web Hooks §4.1,
// issue 16 item 4). A subscriber names any URL; before this service sends it anything, the receiver
// must say that it wants events from this sender: an OPTIONS request carrying
// `WebHook-Request-Origin: <our DNS name>`, answered with a 2xx and `WebHook-Allowed-Origin` set to
// that name or `*`. Until then the subscription waits (`wacht_op_bevestiging`) and nothing is
// delivered to it; the dispatcher asks again with the same backoff as a delivery, and gives up after
// WEBHOOK_RETRY_HOURS (src/jobs/webhook-aflevering.ts). The asynchronous variant of §4.1.1
// (WebHook-Request-Callback) is not offered: the receiver answers the request itself.
import type { Config } from '../config.js';
import { webhookRequestOrigin } from './cloudevent.js';
import { bereik, USER_AGENT, type Verzendmiddelen } from './verzender.js';

export type Bevestiging = { bevestigd: true } | { bevestigd: false; reden: string; adresGeweigerd?: boolean };

/** §4.1.2: the answer allows us when its WebHook-Allowed-Origin is our origin or a single `*`. */
export function beoordeelBevestiging(status: number | null, toegestaneOrigin: string | null, origin: string): Bevestiging {
  if (status === null || status < 200 || status >= 300) {
    return { bevestigd: false, reden: `de ontvanger antwoordde HTTP ${status} op OPTIONS (verwacht 200 of 204 met WebHook-Allowed-Origin)` };
  }
  const waarde = toegestaneOrigin?.trim() ?? '';
  if (waarde === '*' || waarde.toLowerCase() === origin.toLowerCase()) return { bevestigd: true };
  if (waarde === '') return { bevestigd: false, reden: `het antwoord op OPTIONS mist de header WebHook-Allowed-Origin (verwacht ${origin} of *)` };
  return { bevestigd: false, reden: `WebHook-Allowed-Origin is '${waarde.slice(0, 100)}', niet ${origin} of *` };
}

/** Sends the OPTIONS request (with the subscriber's Authorization value) to a checked address (as a delivery is sent) and judges the answer. Never throws. */
export async function vraagBevestiging(
  middelen: Verzendmiddelen, callbackUrl: string, authorization: string | null, config: Config,
): Promise<Bevestiging> {
  const origin = webhookRequestOrigin(config);
  // The subscriber's Authorization value goes along, so a receiver that checks it on every request
  // can tell this request comes from us.
  const headers: Record<string, string> = { 'webhook-request-origin': origin, 'user-agent': USER_AGENT };
  if (authorization) headers.authorization = authorization;
  const uitkomst = await bereik(middelen, callbackUrl, { methode: 'OPTIONS', headers, body: '' }, config.WEBHOOK_TIMEOUT_MS);
  if (!('antwoord' in uitkomst)) return { bevestigd: false, reden: uitkomst.fout, adresGeweigerd: uitkomst.adresGeweigerd === true };
  return beoordeelBevestiging(uitkomst.antwoord.status, uitkomst.antwoord.toegestaneOrigin, origin);
}
