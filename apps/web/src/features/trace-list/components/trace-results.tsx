"use client";

import { useState } from "react";
import type { TTraceListPage } from "@spanlight/core";
import type { RowSelectionState, SortingState } from "@tanstack/react-table";
import { Alert } from "@/components/ui/alert";
import { useLiveTraces } from "../hooks/use-live-traces";
import { useTracePages } from "../hooks/use-trace-pages";
import type { TTablePrefs } from "../lib/table-prefs";
import { NoMatchesState } from "./no-matches-state";
import { TableFooter } from "./table-footer";
import { TraceTable } from "./trace-table";
import { SelectionBar } from "./selection-bar";

type TTraceResultsProps = {
  projectId: string;
  /** The view's canonical search; the parent keys this component by it. */
  search: string;
  initialPage: TTraceListPage;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  prefs: TTablePrefs;
  onColumnSizingChange: (sizing: TTablePrefs["columnSizing"]) => void;
  isStale: boolean;
  isPolling: boolean;
  /** Members and up select rows to act on them; viewers only read. */
  canWrite: boolean;
  onFilterByTag: (tag: string) => void;
  emptyState: {
    hasFilters: boolean;
    rangeLabel: string;
    onReset: (() => void) | null;
    onWidenRange: (() => void) | null;
  };
};

/** One view's rows: the first page from the server, more pages on scroll, new traces while live. */
export function TraceResults({
  projectId,
  search,
  initialPage,
  isPolling,
  emptyState,
  canWrite,
  onFilterByTag,
  ...tableProps
}: TTraceResultsProps) {
  const pages = useTracePages({ projectId, search, initialPage });
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const selectedIds = Object.keys(rowSelection).filter((traceId) => rowSelection[traceId]);
  const live = useLiveTraces({ isEnabled: isPolling, projectId, search, onLatest: pages.mergeLive });
  const canLoadMore = pages.hasMore && !pages.isLoadingMore && pages.loadError === null;

  return (
    <>
      {live.error ? (
        <Alert className="mx-5 mt-3">Live updates failed: {live.error} Retrying every few seconds.</Alert>
      ) : null}
      {selectedIds.length > 0 ? (
        <SelectionBar
          projectId={projectId}
          selectedIds={selectedIds}
          onClear={() => setRowSelection({})}
          onDeleted={(traceIds) => {
            pages.removeRows(traceIds);
            setRowSelection({});
          }}
        />
      ) : null}
      {pages.rows.length === 0 ? (
        <NoMatchesState {...emptyState} />
      ) : (
        <TraceTable
          projectId={projectId}
          rows={pages.rows}
          sorting={tableProps.sorting}
          onSortingChange={tableProps.onSortingChange}
          rowSelection={rowSelection}
          onRowSelectionChange={setRowSelection}
          canSelect={canWrite}
          onFilterByTag={onFilterByTag}
          columnVisibility={tableProps.prefs.columnVisibility}
          columnSizing={tableProps.prefs.columnSizing}
          onColumnSizingChange={tableProps.onColumnSizingChange}
          density={tableProps.prefs.density}
          freshIds={pages.freshIds}
          isStale={tableProps.isStale}
          canLoadMore={canLoadMore}
          onLoadMore={pages.loadMore}
          footer={
            <TableFooter
              rowCount={pages.rows.length}
              hasMore={pages.hasMore}
              isLoadingMore={pages.isLoadingMore}
              loadError={pages.loadError}
              onLoadMore={pages.loadMore}
            />
          }
        />
      )}
    </>
  );
}
