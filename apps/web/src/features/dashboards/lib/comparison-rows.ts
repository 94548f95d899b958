// The model comparison's table: per model, cost per call and call latency (spans view) beside the
// mean of a chosen score over the traces that used the model (traces view), and which models are
// on the Pareto front of cost against quality (or against p95 latency without a score). Pure.
import type { TMetricsRow } from "@spanlight/core";
import { paretoFront } from "../../../lib/pareto-front";

export type TComparisonRow = {
  model: string;
  calls: number;
  costPerCall: number | null;
  latencyP50: number | null;
  latencyP95: number | null;
  scoreMean: number | null;
  isOnFront: boolean;
};

export function comparisonRows(options: {
  calls: TMetricsRow[];
  scores: TMetricsRow[];
  scoreKey: string | null;
}): TComparisonRow[] {
  const scoreOf = new Map(options.scores.map((row) => [row.model, row[options.scoreKey ?? ""] as number | null]));
  const rows = options.calls
    .filter((row): row is TMetricsRow & { model: string } => typeof row.model === "string")
    .map((row) => {
      const calls = Number(row.count ?? 0);
      const cost = row.costUsd as number | null;
      return {
        model: row.model,
        calls,
        costPerCall: cost === null || calls === 0 ? null : cost / calls,
        latencyP50: row.latencyP50 as number | null,
        latencyP95: row.latencyP95 as number | null,
        scoreMean: options.scoreKey ? (scoreOf.get(row.model) ?? null) : null,
        isOnFront: false,
      };
    });
  // Quality is the score (higher is better) or, without one, the p95 latency (lower is better).
  const qualityOf = (row: TComparisonRow) =>
    options.scoreKey ? row.scoreMean : row.latencyP95 === null ? null : -row.latencyP95;
  const candidates = rows.flatMap((row) => {
    const quality = qualityOf(row);
    return row.costPerCall === null || quality === null ? [] : [{ id: row.model, cost: row.costPerCall, quality }];
  });
  const front = new Set(paretoFront(candidates).map((candidate) => candidate.id));
  return rows.map((row) => ({ ...row, isOnFront: front.has(row.model) }));
}
