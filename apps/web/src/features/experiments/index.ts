// The experiments feature's browser-safe surface: the runs table, the quality-vs-cost chart and the
// compare view. Pages load their data through `./server/*` (list-dataset-runs) and @spanlight/db.
export { CompareView } from "./components/compare-view";
export { OutputDiff } from "./components/output-diff";
export { QualityCostChart } from "./components/quality-cost-chart";
export { RunsTable } from "./components/runs-table";
export { compareRunsPagePath, datasetPagePath, runsPagePath } from "./lib/routes";
export { runsTableCells, toMarkdownTable } from "./lib/run-columns";
