// The sessions feature's browser-safe surface: the session list and page, and the list controls
// (time range, search, sortable headers, keyset "Load more") the users feature shares. Server pages
// import `./server/*` directly.
export { ErrorCountCell, EmptyRow, NumberCell, TimeCell } from "./components/cells";
export { DroppedParamsNotice } from "./components/list-notices";
export { LoadMoreFooter } from "./components/load-more-footer";
export { PagedSessionsTable } from "./components/paged-sessions-table";
export { SearchField } from "./components/search-field";
export { SortableHead } from "./components/sortable-head";
export { TimeRangeSelect } from "./components/time-range-select";
export { useKeysetPages } from "./hooks/use-keyset-pages";
export type { TKeysetPage } from "./hooks/use-keyset-pages";
export { useListNavigation } from "./hooks/use-list-navigation";
export type { TSessionListFilters } from "./lib/list-filters";
export { parseListParams, pickParams, toQueryString } from "./lib/list-params";
export type { TSearchParams } from "./lib/list-params";
export { sessionsApiPath, sessionsPagePath, tracePagePath } from "./lib/routes";
export { nextSort } from "./lib/sort";
export type { TSortState } from "./lib/sort";
export { DEFAULT_TIME_RANGE, parseTimeRange, timeRangeLabel, windowOf } from "./lib/time-range";
export type { TTimeRange } from "./lib/time-range";
export { AbsoluteTime, EntityHeader, Fact } from "./components/entity-header";
export { SessionConversation } from "./components/session-conversation";
export { SessionHeader } from "./components/session-header";
