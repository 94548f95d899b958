"use client";

import { diffLines } from "diff";
import { useMemo } from "react";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";

type TCorrectionEditorProps = { original: string; value: string; onChange: (value: string) => void };

/**
 * The corrected output, edited from the actual one, with a line diff against it below. Both are
 * rendered as text nodes only: outputs are model-written and never become markup.
 */
export function CorrectionEditor({ original, value, onChange }: TCorrectionEditorProps) {
  const changes = useMemo(() => diffLines(original, value), [original, value]);
  const isChanged = changes.some((change) => change.added || change.removed);
  return (
    <div className="flex flex-col gap-2">
      <Textarea
        aria-label="Corrected output"
        rows={Math.min(12, Math.max(4, value.split("\n").length + 1))}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="font-mono text-12"
        spellCheck={false}
      />
      <div
        aria-label="Changes against the actual output"
        role="region"
        className="rounded-md border border-zinc-200 bg-zinc-50"
      >
        <div className="border-b border-zinc-200 px-2.5 py-1 text-[11px] font-medium text-zinc-500">
          {isChanged ? "Diff against the actual output" : "No changes yet"}
        </div>
        {isChanged ? (
          <pre className="max-h-60 overflow-auto px-2.5 py-1.5 font-mono text-12 leading-5 whitespace-pre-wrap">
            {changes.map((change, position) => (
              <span
                key={position}
                data-change={change.added ? "added" : change.removed ? "removed" : "same"}
                className={cn(
                  "block",
                  change.added && "bg-emerald-50 text-emerald-800",
                  change.removed && "bg-red-50 text-red-700 line-through decoration-red-300",
                  !change.added && !change.removed && "text-zinc-500",
                )}
              >
                {markLines(change.value, change.added ? "+ " : change.removed ? "- " : "  ")}
              </span>
            ))}
          </pre>
        ) : null}
      </div>
    </div>
  );
}

function markLines(text: string, marker: string): string {
  const lines = text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
  return lines.map((line) => `${marker}${line}`).join("\n");
}
