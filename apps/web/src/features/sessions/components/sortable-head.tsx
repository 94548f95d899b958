"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { TableHead } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import type { TSortState } from "../lib/sort";

type TSortableHeadProps<S extends string> = {
  label: string;
  sortKey: S;
  sort: TSortState<S>;
  onSort: (key: S) => void;
  isNumeric?: boolean;
  className?: string;
};

/** A column header that sorts the list by its column; `aria-sort` tells which one does. */
export function SortableHead<S extends string>({
  label,
  sortKey,
  sort,
  onSort,
  isNumeric = false,
  className,
}: TSortableHeadProps<S>) {
  const isActive = sort.key === sortKey;
  const Icon = isActive ? (sort.order === "desc" ? ArrowDown : ArrowUp) : ArrowUpDown;
  return (
    <TableHead
      aria-sort={isActive ? (sort.order === "desc" ? "descending" : "ascending") : "none"}
      className={cn("px-3", isNumeric && "text-right", className)}
    >
      <button
        type="button"
        onClick={() => onSort(sortKey)}
        className={cn(
          "group inline-flex items-center gap-1 rounded outline-none hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-brand/30",
          isActive && "text-zinc-900",
          isNumeric && "flex-row-reverse",
        )}
      >
        {label}
        <Icon
          className={cn("size-3", isActive ? "text-brand" : "text-zinc-300 group-hover:text-zinc-500")}
          aria-hidden
        />
      </button>
    </TableHead>
  );
}
