"use client";

import type { TTraceSummary } from "@spanlight/core";
import { useCallback, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { buildSpanTree } from "../lib/build-span-tree";
import { decodeCompactSpans } from "../lib/compact-spans";
import type { TCompactSpans } from "../lib/compact-spans";
import { useHorizontalResize } from "../hooks/use-horizontal-resize";
import { useSelectedSpan } from "../hooks/use-selected-span";
import { useTimeWindow } from "../hooks/use-time-window";
import { useTreeExpansion } from "../hooks/use-tree-expansion";
import { SpanPanel } from "./span-panel";
import { SpanTreeTimeline } from "./span-tree-timeline";
import { TraceHeader } from "./trace-header";
import { TreeToolbar } from "./tree-toolbar";
import { EMPTY_SPAN_FILTER, filterRows, isFilterActive, matchSpans, nextErrorRow } from "../lib/span-filter";
import type { TSpanFilter } from "../lib/span-filter";
import { SpanFilterBar } from "./span-filter-bar";

type TTraceDetailViewProps = {
  projectId: string;
  trace: TTraceSummary;
  spans: TCompactSpans;
  initialSpanId: string | null;
  /** Buttons beside the exports (annotation queue, dataset), chosen by the page for the person's role. */
  headerActions?: ReactNode;
};

/** Header on top; below it the tree with its timeline on the left and the selected span on the right. */
export function TraceDetailView({ projectId, trace, spans, initialSpanId, headerActions }: TTraceDetailViewProps) {
  const tree = useMemo(() => buildSpanTree(decodeCompactSpans(spans)), [spans]);
  const totalMs = tree.endMs - tree.startMs;
  const rootIndex = tree.roots[0];
  const rootSpanId = rootIndex === undefined ? null : (tree.spans[rootIndex]?.spanId ?? null);
  const expansion = useTreeExpansion(tree);
  const { selected, select } = useSelectedSpan(tree, initialSpanId);
  const timeline = useTimeWindow(totalMs);
  const treeColumn = useHorizontalResize({ initial: 360, min: 200, max: 720, direction: 1 });
  const panel = useHorizontalResize({ initial: 460, min: 340, max: 1100, direction: -1 });

  const [filter, setFilter] = useState<TSpanFilter>(EMPTY_SPAN_FILTER);
  const isFiltering = isFilterActive(filter);
  const isMatch = useMemo(() => (isFiltering ? matchSpans(tree, filter) : null), [filter, isFiltering, tree]);
  const rows = useMemo(
    () => (isMatch ? filterRows({ tree, rows: expansion.rows, isMatch }) : expansion.rows),
    [expansion.rows, isMatch, tree],
  );
  const errorCount = useMemo(() => tree.spans.filter((span) => span.isError).length, [tree]);
  const matchCount = useMemo(() => (isMatch ? isMatch.reduce((sum, value) => sum + value, 0) : null), [isMatch]);
  const onNextError = () => {
    const next = nextErrorRow({ tree, rows, selected });
    if (next !== null) select(next);
  };

  const { fitSpan } = timeline;
  const selectedSpan = selected === null ? undefined : tree.spans[selected];
  const onZoomToSelected = useCallback(() => {
    if (selectedSpan) fitSpan({ startMs: selectedSpan.startMs - tree.startMs, durationMs: selectedSpan.durationMs });
  }, [fitSpan, selectedSpan, tree.startMs]);

  return (
    <div className="flex h-[calc(100vh-3rem)] min-h-[480px] flex-col">
      <TraceHeader projectId={projectId} trace={trace} rootSpanId={rootSpanId} actions={headerActions} />
      <div className="flex min-h-0 flex-1">
        <div className="flex min-w-0 flex-1 flex-col">
          <TreeToolbar
            spanCount={tree.spans.length}
            totalMs={totalMs}
            timeline={timeline}
            onExpandAll={expansion.expandAll}
            onCollapseAll={expansion.collapseAll}
            onZoomToSelected={selectedSpan ? onZoomToSelected : undefined}
          />
          <SpanFilterBar
            filter={filter}
            onChange={setFilter}
            matchCount={matchCount}
            errorCount={errorCount}
            onNextError={onNextError}
          />
          <SpanTreeTimeline
            tree={tree}
            expansion={expansion}
            rows={rows}
            selected={selected}
            onSelect={select}
            timeline={timeline}
            treeWidth={treeColumn.size}
            treeResizeProps={treeColumn.separatorProps}
          />
        </div>
        <div
          {...panel.separatorProps}
          aria-label="Resize span panel"
          className="w-1 shrink-0 cursor-col-resize border-l border-zinc-200 bg-zinc-50 outline-none hover:bg-brand/20 focus-visible:bg-brand/30"
        />
        <aside className="min-w-0 shrink-0 bg-white" style={{ width: `min(${panel.size}px, 60vw)` }}>
          <SpanPanel projectId={projectId} traceId={trace.traceId} tree={tree} index={selected} />
        </aside>
      </div>
    </div>
  );
}
