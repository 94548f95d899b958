import type { TDatasetItem } from "@spanlight/core";
import { useMemo } from "react";
import { cn } from "@/lib/utils";
import { sideBySide } from "../lib/side-by-side";
import type { TDiffLine } from "../lib/side-by-side";

/** What a person compares: the item's values and status, as indented JSON. */
function comparable(item: TDatasetItem): string {
  const { input, expectedOutput, metadata, status } = item;
  return `${JSON.stringify({ status, input, expectedOutput, metadata }, null, 2)}\n`;
}

/** One changed item: before on the left, after on the right, changed lines marked. Text only, never markup. */
export function SideBySideDiff({ id, before, after }: { id: string; before: TDatasetItem; after: TDatasetItem }) {
  const { left, right } = useMemo(() => sideBySide(comparable(before), comparable(after)), [before, after]);
  return (
    <div className="overflow-hidden rounded-md border border-zinc-200" data-item-id={id}>
      <div className="grid grid-cols-2 border-b border-zinc-200 bg-zinc-50 text-[11px] font-medium text-zinc-500">
        <span className="px-2.5 py-1">
          <span className="font-mono text-zinc-700">{id}</span> before (v{before.version})
        </span>
        <span className="border-l border-zinc-200 px-2.5 py-1">after (v{after.version})</span>
      </div>
      <div className="grid max-h-80 grid-cols-2 overflow-auto">
        <Column lines={left} label="Before" />
        <Column lines={right} label="After" className="border-l border-zinc-200" />
      </div>
    </div>
  );
}

function Column({ lines, label, className }: { lines: TDiffLine[]; label: string; className?: string }) {
  return (
    <pre aria-label={label} className={cn("min-w-0 py-1 font-mono text-12 leading-5", className)}>
      {lines.map((line, position) => (
        <span
          key={position}
          data-change={line.kind}
          className={cn(
            "block min-h-5 px-2.5 whitespace-pre-wrap",
            line.kind === "removed" && "bg-red-50 text-red-700",
            line.kind === "added" && "bg-emerald-50 text-emerald-800",
            line.kind === "same" && "text-zinc-600",
            line.kind === "blank" && "bg-zinc-50",
          )}
        >
          {line.text}
        </span>
      ))}
    </pre>
  );
}
