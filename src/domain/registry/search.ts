// How a registry search matches (ADR 0017): the query and the stored search text are normalised the same way and
// compared by substring (strpos), so 2-character Chinese searches work on PostgreSQL and PGlite alike and no
// character — %, _, \, quotes, emoji — has a special meaning.

// eslint-disable-next-line no-control-regex -- matching control characters is the point: PostgreSQL refuses NUL in text.
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
const WHITESPACE = /\s+/g;
// A lone half of a surrogate pair (possible in a URL-decoded query) becomes U+FFFD, as String#toWellFormed would.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Full-width to half-width (NFKC), lower case, no control characters (PostgreSQL refuses NUL), single spaces. */
export function normaliseSearch(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFKC').toLowerCase().replace(CONTROL_CHARACTERS, ' ').replace(WHITESPACE, ' ').trim();
}

/** The stored search text of an entry: its names, the operator's names and its certificate number. */
export function registrySearchText(parts: { name: string; operatorName: string; formerNames: readonly { name: string }[]; certificateNumber: string | null }): string {
  return normaliseSearch([parts.name, parts.operatorName, ...parts.formerNames.map((f) => f.name), parts.certificateNumber ?? ''].join(' '));
}
