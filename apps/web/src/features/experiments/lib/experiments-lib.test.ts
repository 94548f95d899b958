import type { TDatasetRunSummary } from "@spanlight/core";
import { describe, expect, it } from "vitest";
import { selectCompareItems, valueText } from "./compare-rows";
import type { TCompareItem } from "./compare-rows";
import { bestValues, runColumns, runsTableCells, toMarkdownTable } from "./run-columns";

function run(
  name: string,
  fields: { f1: number | null; cost: number; model?: string; judge?: number },
): TDatasetRunSummary {
  return {
    id: name,
    name,
    datasetName: "d",
    datasetVersion: 1,
    description: null,
    metadata: fields.model === undefined ? null : { model: fields.model },
    createdAt: "2026-01-01T00:00:00.000000Z",
    items: 3,
    errors: 0,
    latency: { mean: 100, p50: 100, p95: 150 },
    cost: { total: fields.cost, mean: fields.cost / 3 },
    scores: { set_f1: 0.5, ...(fields.judge === undefined ? {} : { judge: fields.judge }) },
    metrics: {
      exactMatch: 0.5,
      precision: fields.f1,
      recall: fields.f1,
      f1: fields.f1,
      macroPrecision: null,
      macroRecall: null,
      macroF1: fields.f1 === null ? null : fields.f1 / 2,
    },
  };
}

describe("runs table columns", () => {
  const runs = [run("a|b", { f1: 0.3, cost: 0.3, model: "Llama2-7B" }), run("c", { f1: 0.6, cost: 0.9, judge: 0.8 })];

  it("marks the best per column: highest quality, lowest cost; ties and single values are not highlighted", () => {
    const best = bestValues(runs, runColumns(runs, "micro"));
    expect(best.get("micro-f1")).toBe(0.6);
    expect(best.get("cost-total")).toBe(0.3);
    expect(best.has("exact-match")).toBe(false);
    expect(best.has("score-judge")).toBe(false);
    expect(best.has("items")).toBe(false);
  });

  it("shows other scores' means but not the built-in metrics' own scores twice", () => {
    expect(runColumns(runs, "macro").map((column) => column.label)).toEqual([
      "Macro Precision",
      "Macro Recall",
      "Macro F1",
      "Exact match",
      "judge",
      "Latency p50",
      "Latency p95",
      "Cost total",
      "Cost mean",
      "Errors",
      "Items",
    ]);
  });

  it("copies as Markdown with micro and macro figures and escaped pipes", () => {
    const markdown = toMarkdownTable(runsTableCells(runs)).split("\n");
    expect(markdown[0]).toBe(
      "| Run | Model | Precision | Recall | F1 | Macro Precision | Macro Recall | Macro F1 | Exact match | judge | Latency p50 | Latency p95 | Cost total | Cost mean | Errors | Items |",
    );
    expect(markdown[2]).toMatch(/^\| a\\\|b \| Llama2-7B \| 0\.3000 \| 0\.3000 \| 0\.3000 \| {2}\| {2}\| 0\.1500 \|/);
    expect(markdown).toHaveLength(4);
  });
});

describe("compare selection", () => {
  const item = (id: string, a: number | undefined, b: number | undefined): TCompareItem => ({
    datasetItemId: id,
    input: id,
    expectedOutput: "x",
    runs: {
      ...(a === undefined ? {} : { A: { output: "o", traceId: "t", scores: { set_f1: a }, latencyMs: 1, costUsd: 0 } }),
      ...(b === undefined ? {} : { B: { output: "o", traceId: "t", scores: { set_f1: b }, latencyMs: 1, costUsd: 0 } }),
    },
  });
  const items = [item("same", 1, 1), item("worse", 1, 0.2), item("better", 0.5, 0.9), item("missing", 1, undefined)];
  const select = (
    filter: "all" | "worse" | "better" | "changed",
    sort: "item" | "difference-asc" | "difference-desc",
  ) =>
    selectCompareItems({ items, runNames: ["A", "B"], scoreName: "set_f1", filter, sort }).map(
      (row) => row.item.datasetItemId,
    );

  it("filters by where the last run got worse or better than the first", () => {
    expect(select("worse", "item")).toEqual(["worse"]);
    expect(select("better", "item")).toEqual(["better"]);
    expect(select("changed", "item")).toEqual(["worse", "better"]);
  });

  it("sorts by the difference, items without one last", () => {
    expect(select("all", "difference-asc")).toEqual(["worse", "same", "better", "missing"]);
    expect(select("all", "difference-desc")).toEqual(["better", "same", "worse", "missing"]);
  });

  it("shows values as text for the diff", () => {
    expect(valueText(["short stature", "cleft palate"])).toBe("short stature, cleft palate");
    expect(valueText([{ id: "HP:1" }])).toBe('[\n  {\n    "id": "HP:1"\n  }\n]');
    expect(valueText(null)).toBe("");
  });
});
