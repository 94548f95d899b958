/**
 * JSON text PostgreSQL's jsonb accepts: bigints become decimal strings and NUL characters (which
 * jsonb and text refuse) become U+FFFD. Undefined and empty values are stored as SQL NULL.
 */
export function toJsonText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? inner.toString() : inner));
  if (text === undefined) return null;
  return text.includes("\\u0000") ? text.replace(ESCAPED_NUL, "$1\\ufffd") : text;
}

// A \u0000 escape not preceded by an odd number of backslashes (those would make it literal text).
const ESCAPED_NUL = /((?:^|[^\\])(?:\\\\)*)\\u0000/g;

/** Text columns refuse NUL as well. */
export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.includes("\u0000") ? value.replaceAll("\u0000", "\uFFFD") : value;
}
