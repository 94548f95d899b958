// The dashboard's URL: the trace list's own time-range and filter params (`range`, `from`, `to`,
// `name`, `environment`, `tags`, `userId`, `release`), so a chart point's link to the trace list
// carries the same filters unchanged and a dashboard URL reads like a trace-list URL. Pure.
import { canonicalSearch } from "../../trace-list/lib/list-url";
import { readTimeRange } from "../../trace-list/lib/time-range";

/** The global controls, in the order the bar shows them. */
export const DASHBOARD_FILTER_KEYS = ["name", "environment", "tags", "userId", "release"] as const;
export type TDashboardFilterKey = (typeof DASHBOARD_FILTER_KEYS)[number];

export type TDashboardWindow = { from: string; to: string };

/** The window at `nowMs`: a preset ends now; a custom window without `to` ends now too. */
export function dashboardWindow(params: URLSearchParams, nowMs: number): TDashboardWindow {
  const range = readTimeRange(params);
  const to = range.kind === "custom" && range.to ? range.to : new Date(nowMs).toISOString();
  if (range.kind === "preset") return { from: new Date(nowMs - range.preset.ms).toISOString(), to };
  return { from: range.from ?? new Date(Date.parse(to) - 24 * 3_600_000).toISOString(), to };
}

/** The filters the URL sets, as the metrics API's `filters` (the trace list's params). */
export function dashboardFilters(params: URLSearchParams): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of DASHBOARD_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The trace list showing what a chart point counted: the same filters, the point's own window. */
export function traceListHref(options: {
  projectId: string;
  filters: Record<string, string>;
  window: TDashboardWindow;
}): string {
  const params = new URLSearchParams({ ...options.filters, from: options.window.from, to: options.window.to });
  return `/project/${encodeURIComponent(options.projectId)}/traces?${canonicalSearch(params)}`;
}
