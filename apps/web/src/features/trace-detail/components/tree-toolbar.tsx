"use client";

import { ChevronsDownUp, ChevronsUpDown, Crosshair, Maximize2, ZoomIn, ZoomOut } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { formatDuration, formatInteger } from "../lib/format";
import type { TTimeWindowControls } from "../hooks/use-time-window";

type TTreeToolbarProps = {
  spanCount: number;
  totalMs: number;
  timeline: TTimeWindowControls;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  /** Fits the timeline to the selected span; absent when nothing is selected. */
  onZoomToSelected?: () => void;
};

/** Above the tree: open or close every subtree; above the timeline: zoom, fit, and what is in view. */
export function TreeToolbar({
  spanCount,
  totalMs,
  timeline,
  onExpandAll,
  onCollapseAll,
  onZoomToSelected,
}: TTreeToolbarProps) {
  const { visible } = timeline;
  return (
    <div className="flex h-9 shrink-0 items-center gap-1 border-b border-zinc-200 bg-zinc-50/60 px-2">
      <span className="mr-1 pl-1 text-12 font-medium text-zinc-600 tabular-nums">
        {formatInteger(spanCount)} {spanCount === 1 ? "span" : "spans"}
      </span>
      <ToolbarButton label="Expand all spans" onClick={onExpandAll}>
        <ChevronsUpDown aria-hidden />
      </ToolbarButton>
      <ToolbarButton label="Collapse all spans" onClick={onCollapseAll}>
        <ChevronsDownUp aria-hidden />
      </ToolbarButton>
      <div className="ml-auto flex items-center gap-1">
        <span className="hidden pr-1.5 text-12 text-zinc-400 xl:inline">Ctrl + scroll to zoom</span>
        {timeline.isZoomed ? (
          <span className="pr-1 text-12 text-zinc-500 tabular-nums" aria-label="Visible time range">
            {formatDuration(visible.startMs)} – {formatDuration(visible.endMs)} of {formatDuration(totalMs)}
          </span>
        ) : null}
        <ToolbarButton label="Zoom out" onClick={timeline.zoomOut} isDisabled={!timeline.isZoomed}>
          <ZoomOut aria-hidden />
        </ToolbarButton>
        <ToolbarButton label="Zoom in" onClick={timeline.zoomIn}>
          <ZoomIn aria-hidden />
        </ToolbarButton>
        {onZoomToSelected ? (
          <ToolbarButton label="Zoom to selected span" onClick={onZoomToSelected}>
            <Crosshair aria-hidden />
          </ToolbarButton>
        ) : null}
        <ToolbarButton label="Fit whole trace" onClick={timeline.reset} isDisabled={!timeline.isZoomed}>
          <Maximize2 aria-hidden />
        </ToolbarButton>
      </div>
    </div>
  );
}

function ToolbarButton(props: { label: string; onClick: () => void; isDisabled?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={props.onClick}
      disabled={props.isDisabled}
      aria-label={props.label}
      title={props.label}
      className={cn(
        "inline-flex size-7 items-center justify-center rounded-md text-zinc-500 outline-none [&_svg]:size-3.5",
        "hover:bg-zinc-200/60 hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-brand/30 disabled:pointer-events-none disabled:opacity-40",
      )}
    >
      {props.children}
    </button>
  );
}
