// The optimisation runs feature's surface: the list and run page pieces. Pages load their data
// through `./server/load-optimization-runs`.
export { CandidatesTable } from "./components/candidates-table";
export { OptimizationRunsTable } from "./components/optimization-runs-table";
export { TrialChart } from "./components/trial-chart";
export { TrialsTable } from "./components/trials-table";
export { optimizationRunPagePath, optimizationRunsPagePath } from "./lib/routes";
export { formatTrialScore } from "./lib/trial-points";
