import { ZCompareRunsQuery, ZDatasetNameParam, ZDatasetRunParams, ZOptimizationRunIdParam } from "@spanlight/core";
import { JSON_BODY } from "./public-operations";
import type { TOperation } from "./public-operations";

/** The experiments routes (issue 9): dataset runs under /api/public/datasets/{name}/runs, optimiser runs. */
export const EXPERIMENT_OPERATIONS: TOperation[] = [
  {
    method: "post",
    path: "/api/public/datasets/{name}/runs",
    operationId: "createDatasetRun",
    summary:
      "Start a run over a dataset version (default: the latest) with metadata (model, prompt version…); a taken name is 409",
    tag: "Datasets",
    params: ZDatasetNameParam,
    body: [{ contentType: "application/json", schema: "CreateDatasetRun" }],
    success: { status: 201, description: "The run", content: JSON_BODY("DatasetRun") },
  },
  {
    method: "get",
    path: "/api/public/datasets/{name}/runs",
    operationId: "listDatasetRuns",
    summary:
      "The dataset's runs, oldest first, each with items, errors, latency (mean, p50, p95 ms), cost (total, mean USD), the mean of every score and the built-in metrics (exact match, micro and macro P/R/F1)",
    tag: "Datasets",
    params: ZDatasetNameParam,
    success: { status: 200, description: "Runs with their figures", content: JSON_BODY("DatasetRunList") },
  },
  {
    method: "post",
    path: "/api/public/datasets/{name}/runs/{run}/items",
    operationId: "createDatasetRunItem",
    summary:
      "Link a dataset item to the trace the pipeline produced (and optionally a span); the output defaults to that span's, else the root span's. 404 for an unknown item, trace or span; the same item again replaces the link",
    tag: "Datasets",
    params: ZDatasetRunParams,
    body: [{ contentType: "application/json", schema: "CreateDatasetRunItem" }],
    success: { status: 200, description: "The run item", content: JSON_BODY("DatasetRunItem") },
  },
  {
    method: "post",
    path: "/api/public/datasets/{name}/runs/{run}/evaluate",
    operationId: "evaluateDatasetRun",
    summary:
      "Score every run item with built-in metrics (exact_match, set_prf; options: separators, caseSensitive), stored as EVAL scores; evaluating again replaces them",
    tag: "Datasets",
    params: ZDatasetRunParams,
    body: [{ contentType: "application/json", schema: "EvaluateDatasetRun" }],
    success: {
      status: 200,
      description: "How many items were scored and skipped (no trace yet), and the run's metrics",
      content: JSON_BODY("EvaluateDatasetRunResult"),
    },
  },
  {
    method: "get",
    path: "/api/public/datasets/{name}/runs/compare",
    operationId: "compareDatasetRuns",
    summary:
      "Two to four runs side by side per dataset item: input, expected output and each run's output, trace, scores, latency and cost",
    tag: "Datasets",
    params: ZDatasetNameParam,
    query: ZCompareRunsQuery,
    success: { status: 200, description: "Items with every run's result", content: JSON_BODY("RunComparison") },
  },
  {
    method: "get",
    path: "/api/public/optimization-runs",
    operationId: "listOptimizationRuns",
    summary:
      "The project's newest optimiser runs (DSPy, Ax), assembled from spans carrying optimization.run.id in any trace and any order: optimizer, metric, baseline and best score, trials, cost",
    tag: "Optimization runs",
    success: { status: 200, description: "Runs, newest first", content: JSON_BODY("OptimizationRunList") },
  },
  {
    method: "get",
    path: "/api/public/optimization-runs/{runId}",
    operationId: "getOptimizationRun",
    summary:
      "One optimiser run with its trials in trial order (number, candidate, parents, status, split, size, score, score scale, cost, traces) and its candidates (instructions, demos)",
    tag: "Optimization runs",
    params: ZOptimizationRunIdParam,
    success: { status: 200, description: "The run", content: JSON_BODY("OptimizationRunDetail") },
  },
];
