"use client";

import { useEffect } from "react";
import { useMetrics } from "../hooks/use-metrics";
import type { TDashboardContext } from "../lib/dashboard-context";
import { formatCount, formatMs, formatPercent, formatTokens, formatUsd } from "../lib/format-metric";

const MEASURES = [
  "count",
  "errorCount",
  "errorRate",
  "latencyP50",
  "latencyP95",
  "latencyP99",
  "totalTokens",
  "costUsd",
];

/** The window's totals in five tiles; `onCount` tells the view whether there is anything to chart. */
export function OverviewTiles({ context, onCount }: { context: TDashboardContext; onCount: (count: number) => void }) {
  const state = useMetrics(context.projectId, context.query({ view: "traces", measures: MEASURES }));
  const row = state.rows[0];
  const count = state.isLoading ? null : Number(row?.count ?? 0);
  useEffect(() => {
    if (count !== null) onCount(count);
  }, [count, onCount]);
  const tiles = [
    {
      label: "Traces",
      value: formatCount(row?.count as number),
      detail: `${formatCount(row?.errorCount as number)} with errors`,
    },
    { label: "Error rate", value: formatPercent(row?.errorRate as number | null), detail: "traces with a failed span" },
    {
      label: "Latency p95",
      value: formatMs(row?.latencyP95 as number | null),
      detail: `p50 ${formatMs(row?.latencyP50 as number | null)} · p99 ${formatMs(row?.latencyP99 as number | null)}`,
    },
    { label: "Tokens", value: formatTokens(row?.totalTokens as number), detail: "model calls only" },
    { label: "Cost", value: formatUsd(row?.costUsd as number | null), detail: "USD, priced model calls" },
  ];
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-5" aria-busy={state.isLoading}>
      {tiles.map((tile) => (
        <div
          key={tile.label}
          className="rounded-lg border border-zinc-200 bg-white px-4 py-3 shadow-xs"
          aria-label={tile.label}
        >
          <div className="text-12 font-medium text-zinc-500">{tile.label}</div>
          {state.isLoading ? (
            <div className="mt-1 h-7 w-20 animate-pulse rounded bg-zinc-100" />
          ) : (
            <div className="mt-1 text-xl font-semibold text-zinc-900 tabular-nums" data-testid={`tile-${tile.label}`}>
              {state.error ? "–" : tile.value}
            </div>
          )}
          <div className="mt-0.5 truncate text-12 text-zinc-400">{state.isLoading ? "\u00a0" : tile.detail}</div>
        </div>
      ))}
    </div>
  );
}
