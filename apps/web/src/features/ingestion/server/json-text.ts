/**
 * JSON text PostgreSQL's jsonb accepts: bigints become decimal strings, and NUL characters and lone
 * UTF-16 surrogates (which jsonb refuses; JSON bodies can carry them as escapes) become U+FFFD.
 * Undefined and empty values are stored as SQL NULL.
 */
export function toJsonText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? inner.toString() : inner));
  if (text === undefined) return null;
  return text.includes("\\u") ? text.replace(REFUSED_ESCAPE, "$1\\ufffd") : text;
}

// A \u0000 escape, or a lone surrogate (which JSON.stringify writes as a \udXXX escape; jsonb refuses
// both), not preceded by an odd number of backslashes (those would make it literal text). The
// lookbehind consumes nothing, so adjacent escapes ("\u0000\u0000") are all replaced.
const REFUSED_ESCAPE = /(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/g;

/** Text columns refuse NUL as well. */
export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.includes("\u0000") ? value.replaceAll("\u0000", "\uFFFD") : value;
}
