"use client";

import type { TSavedView, TTraceListPage } from "@spanlight/core";
import type { SortingState } from "@tanstack/react-table";
import { Filter } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AddToQueueDialog } from "@/features/annotation-queues";
import { BulkAddToDatasetDialog } from "@/features/datasets";
import { cn } from "@/lib/utils";
import { usePageVisibility } from "../hooks/use-page-visibility";
import { useTablePrefs } from "../hooks/use-table-prefs";
import { useTraceListQuery } from "../hooks/use-trace-list-query";
import { activeFilterChips } from "../lib/filter-chips";
import type { TFilterChip } from "../lib/filter-chips";
import { canonicalSearch, hasActiveFilters, listApiParams, listParam } from "../lib/list-url";
import { isNewestFirst, sortingFromParams, writeSorting } from "../lib/sorting";
import { isOpenEnded, readTimeRange, timeRangeLabel } from "../lib/time-range";
import { ActiveFilterChips } from "./active-filter-chips";
import { DisplayMenu } from "./display-menu";
import { ExportMenu } from "./export-menu";
import { FilterPanel } from "./filter-panel";
import { LiveToggle } from "./live-toggle";
import { SavedViewsMenu } from "./saved-views-menu";
import { SaveViewDialog } from "./save-view-dialog";
import { SearchBox } from "./search-box";
import { TimeRangePicker } from "./time-range-picker";
import { TraceResults } from "./trace-results";

export type TTraceListViewProps = {
  projectId: string;
  /** The canonical search the server rendered `initialPage` for. */
  queryKey: string;
  initialPage: TTraceListPage;
  /** Why the URL's filters were refused (the page then shows the default view). */
  queryError: string | null;
  savedViews: TSavedView[];
  canWrite: boolean;
};

/** The Traces page: search, time range, filters, saved views, live mode, and the table. */
export function TraceListView({
  projectId,
  queryKey,
  initialPage,
  queryError,
  savedViews,
  canWrite,
}: TTraceListViewProps) {
  const query = useTraceListQuery();
  const { params, search, updateParams, replaceSearch } = query;
  const { prefs, updatePrefs } = useTablePrefs();
  const [isFilterPanelOpen, setIsFilterPanelOpen] = useState(false);
  const [isLive, setIsLive] = useState(false);
  const isVisible = usePageVisibility();

  const range = readTimeRange(params);
  const sorting = useMemo(() => sortingFromParams(new URLSearchParams(search)), [search]);
  const chips = useMemo(() => activeFilterChips(new URLSearchParams(search)), [search]);
  const hasFilters = hasActiveFilters(params);
  const liveBlocker = !isOpenEnded(range)
    ? "Live needs a time range that ends now"
    : !isNewestFirst(sorting)
      ? "Live needs the newest traces first (sort by time, descending)"
      : null;
  const isLiveOn = isLive && liveBlocker === null;
  const activeViewId =
    savedViews.find((view) => canonicalSearch(new URLSearchParams(view.query)) === search)?.id ?? null;

  const onSortingChange = useCallback(
    (next: SortingState) => updateParams((draft) => writeSorting(draft, next)),
    [updateParams],
  );
  const onRemoveChip = (chip: TFilterChip) => updateParams((draft) => chip.remove(draft));
  const onReset = () => replaceSearch("");
  const onWidenRange =
    range.kind === "preset" && range.preset.id === "30d"
      ? null
      : () =>
          updateParams((draft) => {
            draft.set("range", "30d");
            draft.delete("from");
            draft.delete("to");
          });

  return (
    <div className="flex h-[calc(100vh-3rem)] flex-col">
      <div className="relative flex flex-col gap-3 border-b border-zinc-200 px-5 pt-4 pb-3">
        <div className="flex items-center justify-between gap-3">
          <h1 className="text-lg font-semibold tracking-tight text-zinc-900">Traces</h1>
          <div className="flex items-center gap-2">
            <SavedViewsMenu
              projectId={projectId}
              savedViews={savedViews}
              activeViewId={activeViewId}
              canWrite={canWrite}
              onApply={(view) => replaceSearch(view.query)}
            />
            {canWrite ? <SaveViewDialog projectId={projectId} search={search} /> : null}
            {canWrite ? (
              <AddToQueueDialog
                projectId={projectId}
                targetLabel="the traces matching the current filters (newest first)"
                items={() => ({ filter: Object.fromEntries(listApiParams(search, Date.now())) })}
              />
            ) : null}
            {canWrite ? (
              <BulkAddToDatasetDialog
                projectId={projectId}
                targetLabel="the traces matching the current filters (newest first)"
                target={() => ({ filter: Object.fromEntries(listApiParams(search, Date.now())) })}
              />
            ) : null}
            <ExportMenu projectId={projectId} search={search} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <SearchBox
            value={params.get("search") ?? ""}
            onSearch={(value) => updateParams((draft) => draft.set("search", value))}
          />
          <TimeRangePicker range={range} onChange={updateParams} />
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={isFilterPanelOpen}
            onClick={() => setIsFilterPanelOpen((isOpen) => !isOpen)}
            className={cn(isFilterPanelOpen && "bg-zinc-100")}
          >
            <Filter aria-hidden />
            Filters
            {chips.length > 0 ? (
              <span className="rounded-full bg-brand px-1.5 text-[11px] leading-4 font-semibold text-on-accent tabular-nums">
                {chips.length}
              </span>
            ) : null}
          </Button>
          <div className="ml-auto flex items-center gap-2">
            <LiveToggle
              isOn={isLiveOn}
              isPolling={isLiveOn && isVisible}
              disabledReason={liveBlocker}
              onToggle={() => setIsLive((on) => !on)}
            />
            <DisplayMenu prefs={prefs} onPrefsChange={updatePrefs} />
          </div>
        </div>
        <ActiveFilterChips chips={chips} onRemove={onRemoveChip} onClearAll={onReset} />
        {query.isPending ? (
          <div
            role="progressbar"
            aria-label="Loading traces"
            className="absolute inset-x-0 -bottom-px h-0.5 animate-pulse bg-brand"
          />
        ) : null}
      </div>
      {isFilterPanelOpen ? (
        <FilterPanel
          projectId={projectId}
          search={search}
          onApply={(next) => replaceSearch(next.toString())}
          onClose={() => setIsFilterPanelOpen(false)}
        />
      ) : null}
      {queryError ? (
        <Alert className="mx-5 mt-3">
          This link&apos;s filters could not be read ({queryError}), so the list shows the last 24 hours unfiltered.
        </Alert>
      ) : null}
      <TraceResults
        key={queryKey}
        projectId={projectId}
        search={queryKey}
        initialPage={initialPage}
        sorting={sorting}
        onSortingChange={onSortingChange}
        prefs={prefs}
        onColumnSizingChange={(columnSizing) => updatePrefs((current) => ({ ...current, columnSizing }))}
        isStale={query.isPending}
        isPolling={isLiveOn && isVisible}
        canWrite={canWrite}
        onFilterByTag={(tag) =>
          updateParams((draft) => draft.set("tags", [...new Set([...listParam(draft, "tags"), tag])].join(",")))
        }
        emptyState={{
          hasFilters,
          rangeLabel: timeRangeLabel(range),
          onReset: search ? onReset : null,
          onWidenRange,
        }}
      />
    </div>
  );
}
