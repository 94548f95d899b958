import type { TAttributes, TAttributeValue } from "../otlp/types.ts";

/*
 * Readers for attribute values. Instrumentations disagree on types (a token count as "42", a user id
 * as a number, JSON that does not parse), and one odd value must never cost the span: every reader
 * returns null instead of throwing.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A non-empty string; numbers become their decimal text because ids often arrive as ints. */
export function asString(value: unknown): string | null {
  if (typeof value === "string") return value.length > 0 ? value : null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return value.toString();
  return null;
}

/** A finite number from a number or a decimal string (int64 arrives as a string when unsafe). */
export function asNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** A token count: a non-negative safe integer, else null (sums of unsafe counts would lose precision). */
export function asCount(value: unknown): number | null {
  const number = asNumber(value);
  if (number === null || number < 0) return null;
  const count = Math.round(number);
  return Number.isSafeInteger(count) ? count : null;
}

/**
 * Parses JSON text into a value when it looks like JSON (object, array or a quoted string); any
 * other string, or text that fails to parse, is returned unchanged. Non-strings pass through.
 */
export function parseJsonText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const first = value.trimStart()[0];
  if (first !== "{" && first !== "[" && first !== '"') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** An object from an object or from JSON text holding one. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  const parsed = parseJsonText(value);
  return isRecord(parsed) ? parsed : null;
}

/** An array from an array or from JSON text holding one. */
export function asArray(value: unknown): unknown[] | null {
  const parsed = parseJsonText(value);
  return Array.isArray(parsed) ? parsed : null;
}

/** Tags: an array, a JSON array in a string, or comma-separated text. Deduplicated, order kept. */
export function asTagList(value: unknown): string[] | null {
  const parsed = parseJsonText(value);
  const raw = Array.isArray(parsed)
    ? parsed.map(asString)
    : typeof parsed === "string"
      ? parsed.split(",").map((tag) => tag.trim())
      : [];
  const tags = [...new Set(raw.filter((tag): tag is string => tag !== null && tag !== ""))];
  return tags.length > 0 ? tags : null;
}

/** Text for a value that should be shown as text: strings as they are, anything else as JSON. */
export function toText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  try {
    return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? inner.toString() : inner));
  } catch {
    return String(value);
  }
}

/** Coerces a parsed JSON (or any) value into an attribute value; functions, symbols and undefined become null. */
export function toAttributeValue(value: unknown): TAttributeValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(toAttributeValue);
  if (isRecord(value)) return toAttributes(value);
  return null;
}

export function toAttributes(record: Record<string, unknown>): TAttributes {
  const result: TAttributes = {};
  for (const [key, inner] of Object.entries(record)) {
    // Keys such as "__proto__" would reach the prototype through plain assignment.
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    result[key] = toAttributeValue(inner);
  }
  return result;
}

/** Attributes whose key starts with `prefix`, keyed by the rest of the key. Values that hold JSON objects or arrays are parsed. */
export function collectPrefixed(attributes: TAttributes, prefix: string): TAttributes | null {
  let result: TAttributes | null = null;
  for (const [key, value] of Object.entries(attributes)) {
    if (!key.startsWith(prefix) || key.length === prefix.length) continue;
    result ??= {};
    const name = key.slice(prefix.length);
    if (name === "__proto__" || name === "constructor" || name === "prototype") continue;
    result[name] = toAttributeValue(parseJsonText(value));
  }
  return result;
}

/** `start` plus `amount` units of `nanosPerUnit`; null when the offset is negative or too large to be a time. */
export function offsetUnixNano({
  start,
  amount,
  nanosPerUnit,
}: {
  start: bigint;
  amount: number | null;
  nanosPerUnit: number;
}): bigint | null {
  if (amount === null || amount < 0) return null;
  const nanos = Math.round(amount * nanosPerUnit);
  return Number.isFinite(nanos) ? start + BigInt(nanos) : null;
}
