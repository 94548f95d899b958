// The trace detail page: header, span tree with its timeline, and the span panel.
export { TraceDetailView } from "./components/trace-detail-view";
export type { TCompactSpans } from "./lib/compact-spans";
export { SpanIo } from "./components/span-io";
