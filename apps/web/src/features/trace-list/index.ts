// The trace list: the Traces page's filters, saved views, live mode and table. Server pages read
// the URL with the lib helpers exported here (they are pure), then render TraceListView.
export { TraceListView } from "./components/trace-list-view";
export type { TTraceListViewProps } from "./components/trace-list-view";
export { TraceTableSkeleton } from "./components/trace-table-skeleton";
export { canonicalSearch, listApiParams, toUrlSearchParams } from "./lib/list-url";
export { TimeRangePicker } from "./components/time-range-picker";
export { fromLocalInputValue, readTimeRange, TIME_RANGE_PRESETS, toLocalInputValue } from "./lib/time-range";
export type { TTimeRange } from "./lib/time-range";
