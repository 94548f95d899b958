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
  /** A metrics query over the window with the dashboard's filters plus `extraFilters`. */
  query: (query: Omit<TMetricsQueryInput, "from" | "to">) => TMetricsQueryInput;
  /** The trace list for a narrower window and/or more filters (a bucket, a model, a user). */
  tracesHref: (options: { window?: TDashboardWindow; filters?: Record<string, string> }) => string;
};

export function dashboardContext(options: {
  projectId: string;
  window: TDashboardWindow;
  filters: Record<string, string>;
}): TDashboardContext {
  const { projectId, window, filters } = options;
  return {
    projectId,
    window,
    filters,
    granularity: resolveGranularity({ ...window, granularity: "auto" }),
    query: (query) => ({ ...query, ...window, granularity: "auto", filters: { ...filters, ...query.filters } }),
    tracesHref: (link) =>
      traceListHref({ projectId, window: link.window ?? window, filters: { ...filters, ...link.filters } }),
  };
}
