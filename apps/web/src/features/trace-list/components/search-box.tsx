"use client";

import { Search, X } from "lucide-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { inputClasses } from "@/components/ui/input";
import { cn } from "@/lib/utils";

type TSearchBoxProps = { value: string; onSearch: (value: string) => void };

/**
 * Full-text search over the traces' input and output. It searches on Enter, not per keystroke:
 * each search scans the window's rows (no text index, see list-traces.ts), and a URL per letter
 * would be noise.
 */
export function SearchBox({ value, onSearch }: TSearchBoxProps) {
  const [draft, setDraft] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  // The URL changed elsewhere (a chip, a saved view, reset): show its search.
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(value);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
        onChange={(event) => setDraft(event.target.value)}
        maxLength={200}
        className={cn(inputClasses, "pr-8 pl-8 [&::-webkit-search-cancel-button]:hidden")}
      />
      {draft ? (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
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
