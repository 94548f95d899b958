// The trace list's URL: which params it keeps, in one order, so a link, a saved view and the table's
// identity all agree on the same view. Pure, so the server page and the browser share it.
import type { TTraceSort } from "@spanlight/core";
import { DEFAULT_TIME_RANGE, readTimeRange } from "./time-range";

/** Every param the page understands, in the order the URL writes them. `range` is ours, not the API's. */
export const LIST_PARAM_KEYS = [
  "range",
  "from",
  "to",
  "search",
  "name",
  "userId",
  "sessionId",
  "tags",
  "environment",
  "release",
  "metadataKey",
  "metadataValue",
  "model",
  "kind",
  "status",
  "minLatencyMs",
  "maxLatencyMs",
  "minCost",
  "maxCost",
  "minTokens",
  "maxTokens",
  "score",
  "hasScore",
  "noScore",
  "scoreColumns",
  "sort",
  "order",
] as const;
export type TListParamKey = (typeof LIST_PARAM_KEYS)[number];

/** The params that narrow the list (everything but the time window and the order). */
export const FILTER_PARAM_KEYS = LIST_PARAM_KEYS.filter(
  (key) => !["range", "from", "to", "sort", "order", "scoreColumns"].includes(key),
) as readonly TListParamKey[];

export const DEFAULT_SORT: TTraceSort = "startTime";
export const DEFAULT_ORDER = "desc";

/**
 * Known params only, trimmed, blanks and defaults dropped, in LIST_PARAM_KEYS order. A custom
 * window makes `range` moot, so it goes too.
 */
export function canonicalSearch(params: URLSearchParams): string {
  const canonical = new URLSearchParams();
  const hasCustomWindow = Boolean(params.get("from")?.trim() || params.get("to")?.trim());
  for (const key of LIST_PARAM_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === "range" && (hasCustomWindow || value === DEFAULT_TIME_RANGE)) continue;
    if (key === "sort" && value === DEFAULT_SORT) continue;
    if (key === "order" && value === DEFAULT_ORDER) continue;
    canonical.set(key, value);
  }
  return canonical.toString();
}

/** Next's `searchParams` object as URLSearchParams (a repeated param keeps its first value). */
export function toUrlSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}

/**
 * The API's query for the view's first page at `nowMs`: the preset becomes `from`, our own `range`
 * is left out. Later pages add the cursor, which carries the window the first page fixed.
 */
export function listApiParams(search: string, nowMs: number): URLSearchParams {
  const params = new URLSearchParams(search);
  const range = readTimeRange(params);
  params.delete("range");
  if (range.kind === "preset") params.set("from", new Date(nowMs - range.preset.ms).toISOString());
  return params;
}

export function hasActiveFilters(params: URLSearchParams): boolean {
  return FILTER_PARAM_KEYS.some((key) => Boolean(params.get(key)));
}

/** A comma-separated param as its items. */
export function listParam(params: URLSearchParams, key: TListParamKey): string[] {
  return (params.get(key) ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}
