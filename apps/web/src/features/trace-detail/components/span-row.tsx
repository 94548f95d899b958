"use client";

import { ChevronRight, CircleAlert } from "lucide-react";
import { memo } from "react";
import { SpanScoreBadges } from "@/features/scores";
import { cn } from "@/lib/utils";
import { childCountOf } from "../lib/build-span-tree";
import type { TSpanTree } from "../lib/build-span-tree";
import { formatCompact, formatCost, formatDuration, formatInteger } from "../lib/format";
import { SPAN_KIND_STYLES } from "../lib/span-kind-styles";
import type { TTimeWindow } from "../lib/time-window";
import { countedCostUsd, countedTokens } from "../lib/tree-span";
import { SpanKindIcon } from "./span-kind-icon";

export const ROW_HEIGHT = 30;
const INDENT_PX = 12;
// Past this depth rows stop stepping right, so a 200-deep agent loop still leaves room for names.
const MAX_INDENT_DEPTH = 24;

type TSpanRowProps = {
  tree: TSpanTree;
  index: number;
  top: number;
  isSelected: boolean;
  isCollapsed: boolean;
  visible: TTimeWindow;
  onSelect: (index: number) => void;
  onToggle: (index: number) => void;
};

export function spanRowId(index: number): string {
  return `span-row-${index}`;
}

/** One span: its tree cell (name, tokens, cost) and its bar on the timeline, in one row. */
export const SpanRow = memo(function SpanRow({
  tree,
  index,
  top,
  isSelected,
  isCollapsed,
  visible,
  onSelect,
  onToggle,
}: TSpanRowProps) {
  const span = tree.spans[index]!;
  const depth = tree.depthOf[index] ?? 0;
  const childCount = childCountOf(tree, index);
  return (
    <div
      role="treeitem"
      id={spanRowId(index)}
      aria-label={span.name}
      aria-level={depth + 1}
      aria-selected={isSelected}
      aria-expanded={childCount > 0 ? !isCollapsed : undefined}
      data-span-id={span.spanId}
      onClick={() => onSelect(index)}
      onDoubleClick={() => childCount > 0 && onToggle(index)}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      className={cn(
        "absolute inset-x-0 top-0 grid grid-cols-[var(--tree-width)_minmax(0,1fr)] text-13 select-none",
        isSelected ? "bg-brand-soft shadow-[inset_2px_0_0_var(--color-brand)]" : "hover:bg-zinc-50",
      )}
    >
      <div
        className="relative flex min-w-0 items-center gap-1.5 border-r border-zinc-100 pr-2"
        style={{ paddingLeft: 6 + indentOf(depth) }}
      >
        <IndentGuides depth={depth} />
        {childCount > 0 ? (
          <button
            type="button"
            tabIndex={-1}
            aria-label={isCollapsed ? `Expand ${span.name}` : `Collapse ${span.name}`}
            onClick={(event) => {
              event.stopPropagation();
              onToggle(index);
            }}
            className="relative -mx-0.5 flex size-4 shrink-0 items-center justify-center rounded text-zinc-400 hover:bg-zinc-200/70 hover:text-zinc-700"
          >
            <ChevronRight className={cn("size-3.5 transition-transform", !isCollapsed && "rotate-90")} aria-hidden />
            {isCollapsed && (tree.subtreeErrors[index] ?? 0) > (span.isError ? 1 : 0) ? (
              <span aria-hidden className="absolute -top-px -right-px size-1.5 rounded-full bg-red-500" />
            ) : null}
          </button>
        ) : (
          <span className="w-3.5 shrink-0" />
        )}
        <SpanKindIcon kind={span.kind} isError={span.isError} />
        <span
          className={cn("min-w-0 truncate", span.isError ? "font-medium text-red-700" : "text-zinc-800")}
          title={span.name}
        >
          {span.name}
        </span>
        {span.isError ? <CircleAlert className="size-3.5 shrink-0 text-red-500" aria-label="Error" /> : null}
        {isCollapsed && childCount > 0 ? (
          <span className="shrink-0 rounded bg-zinc-100 px-1 text-[11px] text-zinc-500 tabular-nums">
            +{formatCompact((tree.subtreeSize[index] ?? 1) - 1)}
          </span>
        ) : null}
        <SpanScoreBadges spanId={span.spanId} isRoot={depth === 0} />
        <RowMetrics tree={tree} index={index} />
      </div>
      <TimelineBar tree={tree} index={index} visible={visible} />
    </div>
  );
});

function indentOf(depth: number): number {
  return Math.min(depth, MAX_INDENT_DEPTH) * INDENT_PX;
}

function IndentGuides({ depth }: { depth: number }) {
  if (depth === 0) return null;
  return (
    <span
      aria-hidden
      className="pointer-events-none absolute inset-y-0 left-[13px]"
      style={{
        width: indentOf(depth),
        backgroundImage: "linear-gradient(to right, var(--color-zinc-200) 1px, transparent 1px)",
        backgroundSize: `${INDENT_PX}px 100%`,
      }}
    />
  );
}

/**
 * Tokens and cost of the subtree's model calls (the rollup's rule, so the root's Σ equals the trace
 * header); a Σ marks totals that include children, the tooltip splits them.
 */
function RowMetrics({ tree, index }: { tree: TSpanTree; index: number }) {
  const span = tree.spans[index]!;
  const own = countedTokens(span);
  const subtree = tree.subtreeTokens[index] ?? 0;
  const ownCost = countedCostUsd(span);
  const subtreeCost = tree.subtreeCostUsd[index] ?? 0;
  const isTokenTotal = subtree !== own;
  const isCostTotal = Math.abs(subtreeCost - ownCost) > 1e-12;
  return (
    <span className="ml-auto flex shrink-0 items-center gap-2 pl-1 text-[11px] text-zinc-500 tabular-nums">
      {subtree > 0 ? (
        <span
          title={`Tokens: ${formatInteger(own)} own · ${formatInteger(subtree)} with children`}
          className={cn(isTokenTotal && "text-zinc-400")}
        >
          {isTokenTotal ? "Σ" : ""}
          {formatCompact(subtree)}
        </span>
      ) : null}
      {subtreeCost > 0 ? (
        <span
          title={`Cost: ${formatCost(ownCost)} own · ${formatCost(subtreeCost)} with children`}
          className={cn(isCostTotal && "text-zinc-400")}
        >
          {isCostTotal ? "Σ" : ""}
          {formatCost(subtreeCost)}
        </span>
      ) : null}
    </span>
  );
}

function TimelineBar({ tree, index, visible }: { tree: TSpanTree; index: number; visible: TTimeWindow }) {
  const span = tree.spans[index]!;
  const width = visible.endMs - visible.startMs;
  const startPercent = ((span.startMs - tree.startMs - visible.startMs) / width) * 100;
  const widthPercent = (span.durationMs / width) * 100;
  const endPercent = startPercent + widthPercent;
  const label = formatDuration(span.durationMs);
  if (endPercent < 0 || startPercent > 100) {
    // Zoomed away from this span: say which way it is rather than leave the row blank.
    return (
      <div className="relative min-w-0 overflow-hidden">
        <span
          className="absolute top-1/2 -translate-y-1/2 px-1.5 text-[11px] whitespace-nowrap text-zinc-300 tabular-nums"
          style={endPercent < 0 ? { left: 0 } : { right: 0 }}
        >
          {endPercent < 0 ? `◂ ${label}` : `${label} ▸`}
        </span>
      </div>
    );
  }
  const labelStyle =
    endPercent < 82
      ? { left: `calc(${Math.max(endPercent, 0)}% + 6px)` }
      : startPercent > 18
        ? { right: `calc(${100 - startPercent}% + 6px)` }
        : { left: `calc(${Math.max(startPercent, 0)}% + 6px)`, color: "white" };
  return (
    <div className="relative min-w-0 overflow-hidden">
      <div
        className={cn(
          "absolute top-1/2 h-3.5 -translate-y-1/2 rounded-[3px]",
          span.isError ? "bg-red-500" : SPAN_KIND_STYLES[span.kind].barClass,
        )}
        style={{ left: `${startPercent}%`, width: `max(2px, ${widthPercent}%)` }}
      />
      <span
        className="absolute top-1/2 -translate-y-1/2 text-[11px] font-medium whitespace-nowrap text-zinc-500 tabular-nums"
        style={labelStyle}
      >
        {label}
      </span>
    </div>
  );
}
