/**
 * JSON text PostgreSQL's jsonb accepts: bigints become decimal strings, and NUL characters and lone
 * UTF-16 surrogates (which jsonb refuses; JSON bodies can carry them as escapes) become U+FFFD.
 * Undefined and empty values are stored as SQL NULL.
 */
export function toJsonText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = stringify(value);
  if (text === undefined) return null;
  return text.includes("\\u") ? text.replace(REFUSED_ESCAPE, "$1\\ufffd") : text;
}

// A replacer function sends JSON.stringify down V8's slow path (11.0 vs 7.8 ms per 512-span request,
// bench/results/ingest-analysis.md), and only events and links carry bigints: try the fast path
// first; a bigint makes it throw a TypeError, and only then is the replacer paid for.
function stringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? inner.toString() : inner));
  }
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
