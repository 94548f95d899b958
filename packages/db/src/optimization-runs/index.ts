export { readOptimizationRunSpans, readRecentOptimizationSpans } from "./read-optimization-spans.ts";
export type { TOptimizationSpanRecord } from "./read-optimization-spans.ts";
export { storeOptimizationSpans } from "./store-optimization-spans.ts";
