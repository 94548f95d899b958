"use client";

import { X } from "lucide-react";
import type { TFilterChip } from "../lib/filter-chips";

type TActiveFilterChipsProps = {
  chips: TFilterChip[];
  onRemove: (chip: TFilterChip) => void;
  onClearAll: () => void;
};

/** One removable chip per active filter, and a way to drop them all. */
export function ActiveFilterChips({ chips, onRemove, onClearAll }: TActiveFilterChipsProps) {
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-1.5">
      {chips.map((chip) => (
        <li key={chip.id}>
          <span className="inline-flex h-6 max-w-72 items-center gap-1 rounded-md border border-zinc-200 bg-white pr-0.5 pl-2 text-12 shadow-xs">
            <span className="shrink-0 text-zinc-500">{chip.label}</span>
            <span className="truncate font-medium text-zinc-800" title={chip.value}>
              {chip.value}
            </span>
            <button
              type="button"
              aria-label={`Remove filter ${chip.label}: ${chip.value}`}
              onClick={() => onRemove(chip)}
              className="ml-0.5 rounded p-0.5 text-zinc-400 outline-none hover:bg-zinc-100 hover:text-zinc-800 focus-visible:ring-2 focus-visible:ring-brand/30"
            >
              <X className="size-3" aria-hidden />
            </button>
          </span>
        </li>
      ))}
      <li>
        <button
          type="button"
          onClick={onClearAll}
          className="h-6 rounded-md px-1.5 text-12 font-medium text-zinc-500 outline-none hover:bg-zinc-100 hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-brand/30"
        >
          Clear all
        </button>
      </li>
    </ul>
  );
}
