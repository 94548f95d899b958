"use client";

import { ChevronRight, Unlink } from "lucide-react";
import { cn } from "@/lib/utils";
import { formatInteger } from "../lib/format";
import { ROW_HEIGHT } from "./span-row";

type TOrphanGroupRowProps = { count: number; top: number; isOpen: boolean; onToggle: () => void };

/** The header of the spans whose parent never arrived; a group of its own so they are not mistaken for roots. */
export function OrphanGroupRow({ count, top, isOpen, onToggle }: TOrphanGroupRowProps) {
  return (
    <div
      role="treeitem"
      aria-label="Orphaned spans"
      aria-level={1}
      aria-selected={false}
      aria-expanded={isOpen}
      onClick={onToggle}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      className="absolute inset-x-0 top-0 flex items-center gap-1.5 border-y border-amber-200/70 bg-amber-50/70 pl-1.5 text-13 select-none hover:bg-amber-50"
      title="Spans whose parent span is not in this trace: it has not arrived yet, or its exporter dropped it."
    >
      <ChevronRight className={cn("size-3.5 text-amber-600 transition-transform", isOpen && "rotate-90")} aria-hidden />
      <Unlink className="size-3.5 text-amber-600" aria-hidden />
      <span className="font-medium text-amber-900">Orphaned spans</span>
      <span className="text-12 text-amber-700 tabular-nums">{formatInteger(count)}</span>
      <span className="ml-2 truncate text-12 text-amber-700/80">parent not in this trace</span>
    </div>
  );
}
