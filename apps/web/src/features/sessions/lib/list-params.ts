import type { z } from "zod";

export type TSearchParams = Record<string, string | string[] | undefined>;

/** The first value of each of `keys` in a page's search params, blank ones left out. */
export function pickParams(searchParams: TSearchParams, keys: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const raw = searchParams[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value) picked[key] = value;
  }
  return picked;
}

/**
 * Parses list params, dropping the ones the schema rejects (a hand-edited `?sort=bogus`) rather
 * than failing the page: a list URL should always open. Returns which params were dropped.
 */
export function parseListParams<S extends z.ZodType>(
  schema: S,
  params: Record<string, string>,
): { query: z.output<S>; droppedKeys: string[] } {
  const first = schema.safeParse(params);
  if (first.success) return { query: first.data, droppedKeys: [] };
  const droppedKeys = [...new Set(first.error.issues.map((issue) => String(issue.path[0] ?? "")))].filter(Boolean);
  const kept = Object.fromEntries(Object.entries(params).filter(([key]) => !droppedKeys.includes(key)));
  const second = schema.safeParse(kept);
  return { query: second.success ? second.data : schema.parse({}), droppedKeys };
}

/** A query string from defined, non-blank values. */
export function toQueryString(values: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  return params.toString();
}
