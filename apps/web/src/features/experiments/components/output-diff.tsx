"use client";

import { diffWords } from "diff";
import { cn } from "@/lib/utils";

/**
 * A run's output against the expected output, word by word: words the output has that the expected
 * one lacks are green, expected words it misses are struck through in red. Text only (React escapes
 * it), never HTML.
 */
export function OutputDiff({ expected, output }: { expected: string; output: string }) {
  if (output === "") return <p className="text-13 text-zinc-400 italic">No output</p>;
  const changes = diffWords(expected, output, { ignoreCase: true });
  return (
    <p className="font-mono text-12 leading-5 break-words whitespace-pre-wrap text-zinc-800" aria-label="Output diff">
      {changes.map((change, index) => (
        <span
          key={index}
          data-change={change.added ? "added" : change.removed ? "removed" : undefined}
          className={cn(
            change.added && "rounded-sm bg-emerald-100 px-0.5 text-emerald-800",
            change.removed && "rounded-sm bg-red-50 px-0.5 text-red-700 line-through decoration-red-400",
          )}
        >
          {change.value}
        </span>
      ))}
    </p>
  );
}
