// Characters that no field of this API accepts (issue 11). Valid JSON may carry them, but they
// either cannot be stored (PostgreSQL text refuses U+0000; a lone surrogate cannot be encoded as
// UTF-8 and would silently become U+FFFD), or they make what a reader sees differ from what is
// stored: a name with U+202E (right-to-left override) shows reversed, a zero-width no-break space
// (U+FEFF) makes two equal-looking names differ, a control character garbles a letter or a form.

/**
 * Free-text fields (explanations, summaries, reasons): here a tab and line breaks (CR, LF) are
 * allowed, and so are the bidi isolates U+2066–U+2069 that mixed left-to-right and right-to-left
 * text needs. Every other field — names, codes, references, ids, query parameters — is one line.
 */
export const VRIJE_TEKSTVELDEN: ReadonlySet<string> = new Set(['toelichting', 'samenvatting', 'reden', 'melder']);

// Everywhere: C0 controls except TAB, LF, CR; DEL; the bidi embeddings and overrides U+202A–U+202E;
// U+FEFF; and lone surrogates (with the u flag a valid pair is one code point, so [\uD800-\uDFFF]
// matches only a surrogate without its partner).
const OVERAL = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u202A-\\u202E\\uFEFF\\uD800-\\uDFFF]';
const VRIJE_TEKST = new RegExp(OVERAL, 'u');
const ENKELE_REGEL = new RegExp(`${OVERAL}|[\\t\\n\\r\\u2066-\\u2069]`, 'u');

function omschrijving(teken: string): string {
  const code = teken.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `een losse surrogaat (${hex}; geen geldig Unicode-teken)`;
  if (code === 0) return 'het NUL-teken (U+0000)';
  if (code < 0x20 || code === 0x7f) return `het stuurteken ${hex}`;
  if (code === 0xfeff) return 'het onzichtbare teken U+FEFF (BOM)';
  return `het tekst-richtingsteken ${hex}`;
}

/** The first forbidden character of a value in the field `veld`, described in Dutch, or null. */
export function verbodenTeken(veld: string, waarde: string): string | null {
  const patroon = VRIJE_TEKSTVELDEN.has(veld) ? VRIJE_TEKST : ENKELE_REGEL;
  const m = patroon.exec(waarde);
  return m ? omschrijving(m[0]) : null;
}

export interface TekenFout { pad: string; teken: string; vrijeTekst: boolean }

/** Every string in a validated value (body, query, path, headers) with a forbidden character. */
export function verbodenTekens(waarde: unknown, pad = '', veld = '', gevonden: TekenFout[] = []): TekenFout[] {
  if (typeof waarde === 'string') {
    const teken = verbodenTeken(veld, waarde);
    if (teken) gevonden.push({ pad, teken, vrijeTekst: VRIJE_TEKSTVELDEN.has(veld) });
  } else if (Array.isArray(waarde)) {
    // An element of a list counts as its field (e.g. talen.0 is a `talen` value).
    waarde.forEach((w, i) => verbodenTekens(w, pad ? `${pad}.${i}` : String(i), veld, gevonden));
  } else if (waarde && typeof waarde === 'object') {
    for (const [k, w] of Object.entries(waarde)) verbodenTekens(w, pad ? `${pad}.${k}` : k, k, gevonden);
  }
  return gevonden;
}
