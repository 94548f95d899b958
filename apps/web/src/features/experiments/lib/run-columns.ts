import type { TDatasetRunSummary } from "@spanlight/core";
import { formatCost, formatDuration, formatInteger } from "../../trace-detail/lib/format";

/** Micro figures come from summed counts, macro from the mean of the items' figures. */
export type TAveraging = "micro" | "macro";

export type TRunColumn = {
  id: string;
  label: string;
  value: (run: TDatasetRunSummary) => number | null;
  format: (value: number) => string;
  /** Which way is better, for highlighting the best run; null for counts that are not a quality. */
  better: "higher" | "lower" | null;
};

/** Scores the built-in metrics write: their means are the metric columns already (macro P/R/F1). */
const METRIC_SCORE_NAMES = new Set(["exact_match", "set_precision", "set_recall", "set_f1"]);

export const formatRatio = (value: number) => value.toFixed(4);

export function runModel(run: TDatasetRunSummary): string {
  const model = run.metadata?.model;
  return typeof model === "string" || typeof model === "number" ? String(model) : "";
}

/** Every score name the runs have besides the built-in metrics' own, sorted. */
export function extraScoreNames(runs: readonly TDatasetRunSummary[]): string[] {
  const names = new Set(runs.flatMap((run) => Object.keys(run.scores)));
  return [...names].filter((name) => !METRIC_SCORE_NAMES.has(name)).sort();
}

function prfColumns(averaging: TAveraging): TRunColumn[] {
  const isMacro = averaging === "macro";
  const prefix = isMacro ? "Macro " : "";
  const ratio = (id: string, label: string, key: keyof TDatasetRunSummary["metrics"]): TRunColumn => ({
    id,
    label,
    value: (run) => run.metrics[key],
    format: formatRatio,
    better: "higher",
  });
  return [
    ratio(`${averaging}-precision`, `${prefix}Precision`, isMacro ? "macroPrecision" : "precision"),
    ratio(`${averaging}-recall`, `${prefix}Recall`, isMacro ? "macroRecall" : "recall"),
    ratio(`${averaging}-f1`, `${prefix}F1`, isMacro ? "macroF1" : "f1"),
  ];
}

/**
 * The runs table's numeric columns in reading order: P/R/F1 (micro, macro or both), exact match,
 * other score means, latency, cost, errors.
 */
export function runColumns(runs: readonly TDatasetRunSummary[], averaging: TAveraging | "both"): TRunColumn[] {
  const prf = averaging === "both" ? [...prfColumns("micro"), ...prfColumns("macro")] : prfColumns(averaging);
  const scores = extraScoreNames(runs).map((name): TRunColumn => ({
    id: `score-${name}`,
    label: name,
    value: (run) => run.scores[name] ?? null,
    format: formatRatio,
    better: "higher",
  }));
  return [
    ...prf,
    {
      id: "exact-match",
      label: "Exact match",
      value: (run) => run.metrics.exactMatch,
      format: formatRatio,
      better: "higher",
    },
    ...scores,
    {
      id: "latency-p50",
      label: "Latency p50",
      value: (run) => run.latency.p50,
      format: formatDuration,
      better: "lower",
    },
    {
      id: "latency-p95",
      label: "Latency p95",
      value: (run) => run.latency.p95,
      format: formatDuration,
      better: "lower",
    },
    {
      id: "cost-total",
      label: "Cost total",
      value: (run) => (run.items > 0 ? run.cost.total : null),
      format: formatCost,
      better: "lower",
    },
    { id: "cost-mean", label: "Cost mean", value: (run) => run.cost.mean, format: formatCost, better: "lower" },
    { id: "errors", label: "Errors", value: (run) => run.errors, format: formatInteger, better: "lower" },
    { id: "items", label: "Items", value: (run) => run.items, format: formatInteger, better: null },
  ];
}

/** The best value of each column that has a direction, over the runs that have one (2+ runs only). */
export function bestValues(runs: readonly TDatasetRunSummary[], columns: readonly TRunColumn[]): Map<string, number> {
  const best = new Map<string, number>();
  if (runs.length < 2) return best;
  for (const column of columns) {
    if (column.better === null) continue;
    const values = runs.map(column.value).filter((value): value is number => value !== null);
    if (values.length < 2 || values.every((value) => value === values[0])) continue;
    best.set(column.id, column.better === "higher" ? Math.max(...values) : Math.min(...values));
  }
  return best;
}

/** Header and body cells as text, the way the table reads: for Markdown and CSV copies. */
export function runsTableCells(runs: readonly TDatasetRunSummary[]): { header: string[]; rows: string[][] } {
  const columns = runColumns(runs, "both");
  return {
    header: ["Run", "Model", ...columns.map((column) => column.label)],
    rows: runs.map((run) => [
      run.name,
      runModel(run),
      ...columns.map((column) => {
        const value = column.value(run);
        return value === null ? "" : column.format(value);
      }),
    ]),
  };
}

/** A GitHub-flavoured Markdown table; a `|` inside a cell is escaped so it stays one cell. */
export function toMarkdownTable(table: { header: string[]; rows: string[][] }): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(table.header), line(table.header.map(() => "---")), ...table.rows.map(line)].join("\n");
}
