"use client";

import { ZMetricsResult } from "@spanlight/core";
import type { TMetricsQueryInput, TMetricsRow } from "@spanlight/core";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { useApiQuery } from "./use-api-query";
import type { TApiQueryState } from "./use-api-query";

export type TMetricsState = Omit<TApiQueryState<TMetricsRow[]>, "data"> & { rows: TMetricsRow[] };

const NO_ROWS: TMetricsRow[] = [];

export function metricsApiPath(projectId: string): string {
  return `/api/projects/${encodeURIComponent(projectId)}/metrics`;
}

async function loadMetrics(key: string): Promise<TMetricsRow[]> {
  const { projectId, query } = JSON.parse(key) as { projectId: string; query: TMetricsQueryInput };
  return (await apiFetch(metricsApiPath(projectId), { method: "POST", body: query, schema: ZMetricsResult })).data;
}

/** One metrics query through the same route and query the public API runs; `null` asks nothing. */
export function useMetrics(projectId: string, query: TMetricsQueryInput | null): TMetricsState {
  const { data, ...state } = useApiQuery(query ? JSON.stringify({ projectId, query }) : null, loadMetrics, NO_ROWS);
  return { ...state, rows: data };
}
