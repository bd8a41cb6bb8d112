// The request body of a route that declares application/json (issue 11, issue 16):
// - the media type is one the route declares — application/json, and for a PATCH also
//   application/merge-patch+json — with at most the parameter charset=utf-8. The validator of
//   @hono/zod-openapi takes any +json type and any charset wherever JSON is declared, so a merge
//   patch sent to a PUT was treated as a full replacement, which nulls every field the patch leaves
//   out. Anything else is 415.
// - no key occurs twice in one object. JSON.parse keeps the last of duplicate keys, so a body that
//   one system (or a gateway, or a log) reads one way is stored the other way. RFC 8259 §4 leaves
//   the meaning open; we refuse it (400, naming the field).
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { problemen, type InvalidParam } from './problem.js';

/**
 * One of the declared media types (default `application/json`), optionally `; charset=utf-8`
 * (type, subtype and parameter are case-insensitive).
 */
export function isToegestaanMediatype(contentType: string, gedeclareerd: readonly string[] = ['application/json']): boolean {
  const [type, ...parameters] = contentType.split(';');
  if (!gedeclareerd.includes(type!.trim().toLowerCase())) return false;
  return parameters.every((p) => /^\s*charset\s*=\s*(?:utf-8|"utf-8")\s*$/i.test(p)) && parameters.length <= 1;
}

const MAX_GEMELD = 20;

type Laag = { soort: 'object'; sleutels: Set<string>; verwachtSleutel: boolean; huidige: string } | { soort: 'lijst'; index: number };

/**
 * The paths of keys that occur more than once in the same object of a JSON text (e.g.
 * `informatiefGesprek.datum`). The text must be valid JSON (parse it first). Keys are compared
 * after unescaping, so "a" and "\u0061" are the same key. One pass, no recursion (bodies may be
 * nested thousands of levels deep).
 */
export function dubbeleSleutels(tekst: string): string[] {
  const stapel: Laag[] = [];
  const gevonden: string[] = [];
  const pad = (sleutel: string) => [...stapel.slice(0, -1).map((l) => (l.soort === 'object' ? l.huidige : String(l.index))), sleutel].join('.');
  for (let i = 0; i < tekst.length && gevonden.length < MAX_GEMELD; i++) {
    const teken = tekst.charCodeAt(i);
    if (teken === 0x22 /* " */) {
      const begin = i;
      let ontsnapt = false;
      for (i++; i < tekst.length; i++) {
        const t = tekst.charCodeAt(i);
        if (t === 0x5c /* \ */) { ontsnapt = true; i++; continue; }
        if (t === 0x22) break;
      }
      const boven = stapel.at(-1);
      if (boven?.soort === 'object' && boven.verwachtSleutel) {
        const ruw = tekst.slice(begin, i + 1);
        const sleutel = ontsnapt ? (JSON.parse(ruw) as string) : ruw.slice(1, -1);
        if (boven.sleutels.has(sleutel)) gevonden.push(pad(sleutel));
        boven.sleutels.add(sleutel);
        boven.huidige = sleutel;
        boven.verwachtSleutel = false;
      }
    } else if (teken === 0x7b /* { */) {
      stapel.push({ soort: 'object', sleutels: new Set(), verwachtSleutel: true, huidige: '' });
    } else if (teken === 0x5b /* [ */) {
      stapel.push({ soort: 'lijst', index: 0 });
    } else if (teken === 0x7d /* } */ || teken === 0x5d /* ] */) {
      stapel.pop();
    } else if (teken === 0x2c /* , */) {
      const boven = stapel.at(-1);
      if (boven?.soort === 'object') boven.verwachtSleutel = true;
      else if (boven) boven.index++;
    }
  }
  return gevonden;
}

/** Route middleware, added by createRouter to every route with an application/json body, with the route's declared media types. */
export const strikteJsonBody = (gedeclareerd: readonly string[]) => createMiddleware<AppEnv>(async (c, next) => {
  const contentType = c.req.header('content-type');
  // Without a Content-Type the validator decides (415 when a body is sent, 400 when none is).
  if (contentType === undefined) return next();
  if (!isToegestaanMediatype(contentType, gedeclareerd)) {
    throw problemen.mediatypeNietOndersteund(`Stuur de body als ${gedeclareerd.join(' of ')} (eventueel met charset=utf-8). `
      + 'Andere mediatypen, zoals een ander +json-type of een andere charset, worden hier niet ondersteund.');
  }
  const tekst = await c.req.text();
  try {
    JSON.parse(tekst);
  } catch {
    return next(); // the validator answers 400 invalid_json
  }
  const dubbel = dubbeleSleutels(tekst);
  if (dubbel.length > 0) {
    const invalidParams: InvalidParam[] = dubbel.map((name) => ({
      name, code: 'duplicate_key', reason: 'Dit veld komt meer dan eens voor in hetzelfde object; stuur elk veld één keer.',
    }));
    throw problemen.ongeldigeInvoer(invalidParams, 'De body bevat een veld dat twee keer voorkomt; welke waarde bedoeld is, is dan niet eenduidig.');
  }
  await next();
});
