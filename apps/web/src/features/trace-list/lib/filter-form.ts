// The filter panel's form ↔ the URL: field names are the URL's param names, so reading a form is a
// loop, and the result is checked with the API's own schema before it becomes a URL.
import { ZTraceListQuery } from "@spanlight/core";
import { listApiParams } from "./list-url";
import type { TListParamKey } from "./list-url";

/** Params the panel owns; search and the time window have their own controls. */
export const PANEL_PARAM_KEYS = [
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
  "noScore",
  "scoreColumns",
] as const satisfies readonly TListParamKey[];

/** The current params with the panel's fields written over them (multi-valued fields joined by commas). */
export function applyFilterForm(search: string, form: FormData): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of PANEL_PARAM_KEYS) {
    const value = form
      .getAll(key)
      .map((entry) => String(entry).trim())
      .filter(Boolean)
      .join(",");
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** The API's complaint about these params, in words, or null when they would load. */
export function filterFormError(params: URLSearchParams): string | null {
  const parsed = ZTraceListQuery.safeParse(Object.fromEntries(listApiParams(params.toString(), Date.now())));
  if (parsed.success) return null;
  return parsed.error.issues
    .map((issue) => `${FIELD_NAMES[String(issue.path[0])] ?? String(issue.path[0])} ${issue.message}`)
    .join("; ");
}

const FIELD_NAMES: Record<string, string> = {
  minLatencyMs: "Minimum latency",
  maxLatencyMs: "Maximum latency",
  minCost: "Minimum cost",
  maxCost: "Maximum cost",
  minTokens: "Minimum tokens",
  maxTokens: "Maximum tokens",
  tags: "Tags",
  model: "Models",
  kind: "Span kinds",
  name: "Name",
  userId: "User",
  sessionId: "Session",
  environment: "Environment",
  release: "Release",
  metadataKey: "Metadata key",
  metadataValue: "Metadata value",
  from: "From",
  to: "To",
  score: "Scores",
  noScore: "Without score",
  scoreColumns: "Score columns",
};
