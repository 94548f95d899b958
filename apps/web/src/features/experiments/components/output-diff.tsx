"use client";

import { diffWords } from "diff";
import { cn } from "@/lib/utils";

type TOutputDiffProps = {
  /** What `text` is compared with: the expected output, a parent candidate's instructions. */
  base: string;
  text: string;
  label?: string;
  /** Outputs compare case-blind, like the set metrics; instructions do not. */
  isCaseSensitive?: boolean;
};

/**
 * A text against a base, word by word: words the text has that the base lacks are green, base words
 * it misses are struck through in red. Text only (React escapes it), never HTML.
 */
export function OutputDiff({ base, text, label = "Output diff", isCaseSensitive = false }: TOutputDiffProps) {
  if (text === "") return <p className="text-13 text-zinc-400 italic">No output</p>;
  const changes = diffWords(base, text, { ignoreCase: !isCaseSensitive });
  return (
    <p className="font-mono text-12 leading-5 break-words whitespace-pre-wrap text-zinc-800" aria-label={label}>
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
