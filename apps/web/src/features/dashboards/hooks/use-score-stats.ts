"use client";

import { ZScoreStats } from "@spanlight/core";
import type { TScoreStats } from "@spanlight/core";
import { apiFetch } from "@/lib/api-client/api-fetch";
import type { TDashboardWindow } from "../lib/dashboard-url";
import { useApiQuery } from "./use-api-query";
import type { TApiQueryState } from "./use-api-query";

export type TScoreStatsState = Omit<TApiQueryState<TScoreStats | null>, "data"> & { stats: TScoreStats | null };

async function loadScoreStats(key: string): Promise<TScoreStats> {
  const { projectId, query } = JSON.parse(key) as { projectId: string; query: Record<string, string> };
  const search = new URLSearchParams(query);
  return apiFetch(`/api/projects/${encodeURIComponent(projectId)}/scores/stats?${search}`, { schema: ZScoreStats });
}

/** The score names given in the window and one name's distribution (the Scores page's own route). */
export function useScoreStats(options: {
  projectId: string;
  window: TDashboardWindow;
  name?: string;
}): TScoreStatsState {
  const query = { ...options.window, ...(options.name ? { name: options.name } : {}) };
  const { data, ...state } = useApiQuery<TScoreStats | null>(
    JSON.stringify({ projectId: options.projectId, query }),
    loadScoreStats,
    null,
  );
  return { ...state, stats: data };
}
