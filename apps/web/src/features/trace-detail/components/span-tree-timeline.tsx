"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useEffectEvent, useRef } from "react";
import type { CSSProperties, KeyboardEvent } from "react";
import type { TSpanTree } from "../lib/build-span-tree";
import { treeMove } from "../lib/tree-keyboard";
import { ORPHAN_GROUP_ROW } from "../lib/visible-rows";
import { useElementWidth } from "../hooks/use-element-width";
import type { TSeparatorProps } from "../hooks/use-horizontal-resize";
import type { TTimeWindowControls } from "../hooks/use-time-window";
import type { useTreeExpansion } from "../hooks/use-tree-expansion";
import { OrphanGroupRow } from "./orphan-group-row";
import { ROW_HEIGHT, SpanRow, spanRowId } from "./span-row";
import { axisTicks, TimelineAxis, TimelineGrid } from "./timeline-axis";

const HEADER_HEIGHT = 28;
// Rows drawn beyond the viewport each way: enough for smooth wheel scrolling, small enough to stay cheap.
const OVERSCAN_ROWS = 16;

type TSpanTreeTimelineProps = {
  tree: TSpanTree;
  expansion: ReturnType<typeof useTreeExpansion>;
  /** The rows to draw: the expansion's, narrowed by the span filter when one is set. */
  rows: Int32Array;
  selected: number | null;
  onSelect: (index: number) => void;
  timeline: TTimeWindowControls;
  treeWidth: number;
  /** Props for the drag handle between the tree and the timeline. */
  treeResizeProps: TSeparatorProps;
};

/**
 * The span tree and the waterfall as one virtualised list: each row is a tree cell and a timeline
 * bar, so they can never drift apart. Only the rows on screen are in the DOM.
 */
export function SpanTreeTimeline({
  tree,
  expansion,
  rows,
  selected,
  onSelect,
  timeline,
  treeWidth,
  treeResizeProps,
}: TSpanTreeTimelineProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const axisRef = useRef<HTMLDivElement>(null);
  const ticks = axisTicks(timeline.visible, useElementWidth(axisRef));
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh each render, never memoised
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  // "Next error" moves the selection from outside: bring it into view. Only on a change of
  // selection; the first one is the deep link's, centred once below (scrolling on every render
  // left a reloaded deep link with no rows drawn).
  const lastSelected = useRef(selected);
  useEffect(() => {
    if (selected === lastSelected.current) return;
    lastSelected.current = selected;
    if (selected === null) return;
    const row = rows.indexOf(selected);
    if (row >= 0) virtualizer.scrollToIndex(row, { align: "auto" });
  }, [rows, selected, virtualizer]);

  const hasScrolledToSelection = useRef(false);
  useEffect(() => {
    if (hasScrolledToSelection.current || selected === null) return;
    hasScrolledToSelection.current = true;
    const row = rows.indexOf(selected);
    if (row > 0) virtualizer.scrollToIndex(row, { align: "center" });
  }, [rows, selected, virtualizer]);

  const onWheel = useEffectEvent((event: WheelEvent) => {
    const element = scrollRef.current;
    const axis = axisRef.current;
    if (!element || !axis) return;
    const axisBox = axis.getBoundingClientRect();
    const anchor = (event.clientX - axisBox.left) / axisBox.width;
    if ((event.ctrlKey || event.metaKey) && anchor >= 0 && anchor <= 1) {
      event.preventDefault();
      timeline.zoom(Math.exp(event.deltaY * 0.002), anchor);
    } else if (timeline.isZoomed && (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY))) {
      event.preventDefault();
      timeline.pan((event.shiftKey ? event.deltaY : event.deltaX) / axisBox.width);
    }
  });
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    // React's onWheel is passive, so it cannot stop ctrl+wheel from zooming the whole page.
    const listener = (event: WheelEvent) => onWheel(event);
    element.addEventListener("wheel", listener, { passive: false });
    return () => element.removeEventListener("wheel", listener);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if ((event.key === "Enter" || event.key === " ") && selected !== null) {
      event.preventDefault();
      expansion.toggle(selected);
      return;
    }
    const move = treeMove({
      tree,
      rows,
      selectedRow: selected === null ? -1 : rows.indexOf(selected),
      key: event.key,
      isCollapsed: expansion.isCollapsed,
    });
    if (!move) return;
    event.preventDefault();
    if (move.type !== "select") {
      expansion.setCollapsed(move.index, move.type === "collapse");
      return;
    }
    onSelect(move.index);
    const row = rows.indexOf(move.index);
    if (row >= 0) virtualizer.scrollToIndex(row, { align: "auto" });
  }

  const isSelectedVisible = selected !== null && rows.includes(selected);
  return (
    <div
      ref={scrollRef}
      role="tree"
      aria-label="Spans"
      tabIndex={0}
      aria-activedescendant={isSelectedVisible ? spanRowId(selected) : undefined}
      onKeyDown={onKeyDown}
      style={{ "--tree-width": `${treeWidth}px` } as CSSProperties}
      className="relative min-h-0 flex-1 overflow-y-auto overscroll-contain outline-none focus-visible:ring-2 focus-visible:ring-brand/30 focus-visible:ring-inset"
    >
      <div
        className="sticky top-0 z-10 grid grid-cols-[var(--tree-width)_minmax(0,1fr)] border-b border-zinc-200 bg-white/95 text-12 text-zinc-500 backdrop-blur"
        style={{ height: HEADER_HEIGHT }}
      >
        <div className="relative flex items-center justify-between border-r border-zinc-200 pr-3 pl-3">
          <span className="font-medium">Span</span>
          <span>Tokens · Cost</span>
          <div
            {...treeResizeProps}
            aria-label="Resize span column"
            className="absolute inset-y-0 -right-1 z-10 w-2 cursor-col-resize outline-none hover:bg-brand/20 focus-visible:bg-brand/30"
          />
        </div>
        <div ref={axisRef} className="min-w-0">
          <TimelineAxis visible={timeline.visible} ticks={ticks} />
        </div>
      </div>
      <div className="relative" style={{ height: virtualizer.getTotalSize() }}>
        <TimelineGrid visible={timeline.visible} ticks={ticks} />
        {virtualizer.getVirtualItems().map((item) => {
          const index = rows[item.index]!;
          const top = item.start - HEADER_HEIGHT;
          if (index === ORPHAN_GROUP_ROW) {
            return (
              <OrphanGroupRow
                key="orphans"
                count={tree.orphans.length}
                top={top}
                isOpen={expansion.isOrphanGroupOpen}
                onToggle={expansion.toggleOrphanGroup}
              />
            );
          }
          return (
            <SpanRow
              key={index}
              tree={tree}
              index={index}
              top={top}
              isSelected={index === selected}
              isCollapsed={expansion.isCollapsed(index)}
              visible={timeline.visible}
              onSelect={onSelect}
              onToggle={expansion.toggle}
            />
          );
        })}
      </div>
    </div>
  );
}
