"use client";

import { Search, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";
import { inputClasses } from "@/components/ui/input";
import { cn } from "@/lib/utils";

type TSearchBoxProps = { value: string; onSearch: (value: string) => void };

/**
 * How long typing must pause before the list searches. Longer than the sessions' 300 ms: each
 * search scans the window's rows (no text index, see list-traces.ts), so a word costs one scan,
 * not one per letter. Enter searches at once.
 */
const SEARCH_DELAY_MS = 400;

/** Full-text search over the traces' input and output, as you type (debounced) or on Enter. */
export function SearchBox({ value, onSearch }: TSearchBoxProps) {
  const [draft, setDraft] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  // The URL changed elsewhere (a chip, a saved view, reset): show its search.
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(value);
  }

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearPending(timer.current), []);

  function onChange(next: string) {
    setDraft(next);
    clearPending(timer.current);
    timer.current = setTimeout(() => {
      if (next.trim() !== value) onSearch(next.trim());
    }, SEARCH_DELAY_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearPending(timer.current);
    onSearch(draft.trim());
  }

  return (
    <form role="search" onSubmit={onSubmit} className="relative w-80 max-w-full">
      <Search
        className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-zinc-400"
        aria-hidden
      />
      <input
        type="search"
        aria-label="Search input and output"
        placeholder="Search input and output…"
        value={draft}
        onChange={(event) => onChange(event.target.value)}
        maxLength={200}
        className={cn(inputClasses, "pr-8 pl-8 [&::-webkit-search-cancel-button]:hidden")}
      />
      {draft ? (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            clearPending(timer.current);
            setDraft("");
            if (value) onSearch("");
          }}
          className="absolute top-1/2 right-1.5 -translate-y-1/2 rounded p-1 text-zinc-400 outline-none hover:bg-zinc-100 hover:text-zinc-700 focus-visible:ring-2 focus-visible:ring-brand/30"
        >
          <X className="size-3.5" aria-hidden />
        </button>
      ) : null}
    </form>
  );
}

function clearPending(timer: ReturnType<typeof setTimeout> | null) {
  if (timer !== null) clearTimeout(timer);
}
