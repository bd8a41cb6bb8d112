// The CloudEvent of a notification (issue 4; NL GOV profile for CloudEvents 1.0, structured JSON
// mode). The event tells a receiver *that* something happened and where to read it: no personal
// data — the receiver fetches the inhoud at `dataref` with its own key, which is audited there.
import { CloudEvent, HTTP } from 'cloudevents';
import type { Config } from '../config.js';
import type { KennisgevingSoort } from '../domain/catalogus.js';
import { inhoudSchemaPad } from '../outbox/inhoud.schemas.js';

export const CLOUDEVENTS_MEDIATYPE = 'application/cloudevents+json';

/**
 * One mapping for every kind of notification: CloudEvents `type` in reverse-DNS notation
 * (`nl.nrm.<onderwerp>.<gebeurtenis>`), stable once published. A new kind in the catalogue fails
 * type checking here until it has its type.
 */
export const cloudEventTypen: Readonly<Record<KennisgevingSoort, string>> = {
  aanmelding_vermoedelijk_slachtoffer: 'nl.nrm.slachtoffer.aangemeld',
  aanmelding_ingetrokken: 'nl.nrm.slachtoffer.aanmelding-ingetrokken',
  bedenktijd_advies: 'nl.nrm.bedenktijd.geadviseerd',
  m55_bedenktijd: 'nl.nrm.bedenktijd.verleend',
  m55_aangifte: 'nl.nrm.aangifte.gedaan',
  m55_medewerking_strafproces: 'nl.nrm.strafproces.medewerking-verleend',
  m55_beroep_b8_3: 'nl.nrm.b8-3.beroep-gedaan',
  bedenktijd_beeindigd: 'nl.nrm.bedenktijd.beeindigd',
  bedenktijd_verlopen: 'nl.nrm.bedenktijd.verlopen',
  bedenktijd_loopt_af: 'nl.nrm.bedenktijd.loopt-af',
  sepot: 'nl.nrm.strafzaak.geseponeerd',
  onderzoek_beeindigd: 'nl.nrm.opsporingsonderzoek.beeindigd',
  aanwezigheid_noodzakelijk: 'nl.nrm.strafzaak.aanwezigheid-noodzakelijk',
  verwijzing_ontvangen: 'nl.nrm.verwijzing.ontvangen',
  verwijzing_besluit: 'nl.nrm.verwijzing.besloten',
  verwijzing_ingetrokken: 'nl.nrm.verwijzing.ingetrokken',
  mogelijke_dubbele_registratie: 'nl.nrm.persoon.mogelijk-dubbel-geregistreerd',
  aansluiting: 'nl.nrm.dossier.aangesloten',
  dossier_samengevoegd: 'nl.nrm.dossier.samengevoegd',
};

/** The CloudEvents type of a kind; a kind unknown to this table still gets a well-formed type. */
export function cloudEventType(soort: string): string {
  return (cloudEventTypen as Record<string, string>)[soort] ?? `nl.nrm.kennisgeving.${soort.replaceAll('_', '-')}`;
}

/** Absolute base URL for `dataref`: WEBHOOK_DATAREF_BASE_URL, else PUBLIC_BASE_URL, else this machine. */
export function datarefBasis(config: Config): string {
  return (config.WEBHOOK_DATAREF_BASE_URL ?? config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}

/** WebHook-Request-Origin (CloudEvents HTTP 1.1 Web Hooks §4.1): the host name of the base URL of dataref. */
export function webhookRequestOrigin(config: Config): string {
  return new URL(datarefBasis(config)).hostname;
}

/** The `source` (NL GOV profile): configured, or from the operator's OIN, or the default URN. */
export function cloudEventSource(config: Config): string {
  if (config.CLOUDEVENTS_SOURCE) return config.CLOUDEVENTS_SOURCE;
  return config.CLOUDEVENTS_OIN ? `urn:nld:oin:${config.CLOUDEVENTS_OIN}:systeem:nrm` : 'urn:nld:nrm:kennisgevingen';
}

/** Only these columns are read to build an event: `inhoud` is never selected for delivery. */
export interface KennisgevingVoorEvent {
  id: string;
  volgnummer: number;
  soort: string;
  dossierId: string | null;
  tijdstipAangemaakt: Date;
}

/** The non-personal `data` of every event: enough to deduplicate, order and fetch. */
export interface CloudEventData { kennisgevingId: string; volgnummer: number; soort: string }

export interface GebouwdEvent { id: string; headers: Record<string, string>; body: string }

/**
 * Builds and validates the event. Deterministic: the same notification always gives the same
 * event (same `id`, same body), so a redelivery after a crash is recognisable as a duplicate.
 */
export function bouwCloudEvent(k: KennisgevingVoorEvent, config: Config): GebouwdEvent {
  const data: CloudEventData = { kennisgevingId: k.id, volgnummer: k.volgnummer, soort: k.soort };
  const event = new CloudEvent<CloudEventData>({
    specversion: '1.0',
    id: k.id,
    source: cloudEventSource(config),
    type: cloudEventType(k.soort),
    time: k.tijdstipAangemaakt.toISOString(),
    // The dossier id is a pseudonymous UUID: it lets a receiver group events without personal data.
    ...(k.dossierId ? { subject: k.dossierId } : {}),
    datacontenttype: 'application/json',
    dataref: `${datarefBasis(config)}/v1/kennisgevingen/${k.id}`,
    // The JSON Schema of this kind: `data`, and the inhoud found at dataref (issue 16 item 1).
    dataschema: `${datarefBasis(config)}${inhoudSchemaPad(k.soort)}`,
    // The sequence extension: the position in the recipient's feed (volgnummer), zero-padded so
    // that the string orders as the number does.
    sequence: String(k.volgnummer).padStart(20, '0'),
    data,
  }, true);
  const bericht = HTTP.structured(event);
  const headers: Record<string, string> = {};
  for (const [naam, waarde] of Object.entries(bericht.headers)) headers[naam.toLowerCase()] = String(waarde);
  headers['content-type'] = `${CLOUDEVENTS_MEDIATYPE}; charset=utf-8`;
  // CloudEvents HTTP 1.1 Web Hooks §4.1: the sender names itself by its DNS name.
  headers['webhook-request-origin'] = webhookRequestOrigin(config);
  return { id: k.id, headers, body: String(bericht.body) };
}
