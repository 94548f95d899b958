// What every dashboard section needs: the window, its bucket size, the filters, and how a point or
// a row links to the trace list. Built once per URL by the view. Pure.
import { resolveGranularity } from "@spanlight/core";
import type { TGranularity, TMetricsQueryInput } from "@spanlight/core";
import { traceListHref } from "./dashboard-url";
import type { TDashboardWindow } from "./dashboard-url";

export type TDashboardContext = {
  projectId: string;
  window: TDashboardWindow;
  granularity: TGranularity;
  filters: Record<string, string>;
  /** The window of the same length just before this one: "vs previous period". */
  previousWindow: TDashboardWindow;
  /** A metrics query over the window (or `window`) with the dashboard's filters plus the query's. */
  query: (query: Omit<TMetricsQueryInput, "from" | "to">, window?: TDashboardWindow) => TMetricsQueryInput;
  /** The trace list for a narrower window and/or more filters (a bucket, a model, a user). */
  tracesHref: (options: { window?: TDashboardWindow; filters?: Record<string, string> }) => string;
};

export function dashboardContext(options: {
  projectId: string;
  window: TDashboardWindow;
  filters: Record<string, string>;
}): TDashboardContext {
  const { projectId, window, filters } = options;
  const length = Date.parse(window.to) - Date.parse(window.from);
  return {
    projectId,
    window,
    filters,
    granularity: resolveGranularity({ ...window, granularity: "auto" }),
    previousWindow: { from: new Date(Date.parse(window.from) - length).toISOString(), to: window.from },
    query: (query, other) => ({
      ...query,
      ...(other ?? window),
      granularity: "auto",
      filters: { ...filters, ...query.filters },
    }),
    tracesHref: (link) =>
      traceListHref({ projectId, window: link.window ?? window, filters: { ...filters, ...link.filters } }),
  };
}
