"use client";

import { ZSpanKind } from "@spanlight/core";
import type { TSpanKindName } from "@spanlight/core";
import { CircleAlert, Search, SkipForward } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { cn } from "@/lib/utils";
import { SPAN_KIND_STYLES } from "../lib/span-kind-styles";
import type { TSpanFilter } from "../lib/span-filter";
import { formatInteger } from "../lib/format";

const ALL_KINDS = "all";

type TSpanFilterBarProps = {
  filter: TSpanFilter;
  onChange: (filter: TSpanFilter) => void;
  matchCount: number | null;
  errorCount: number;
  onNextError: () => void;
};

/** Above the tree: find spans by name or model, narrow to a kind or to failures, jump error to error. */
export function SpanFilterBar({ filter, onChange, matchCount, errorCount, onNextError }: TSpanFilterBarProps) {
  return (
    <div
      role="search"
      aria-label="Filter spans"
      className="flex h-10 shrink-0 items-center gap-1.5 border-b border-zinc-200 bg-white px-2"
    >
      <div className="relative w-56 max-w-full">
        <Search
          className="pointer-events-none absolute top-1/2 left-2 size-3.5 -translate-y-1/2 text-zinc-400"
          aria-hidden
        />
        <Input
          type="search"
          aria-label="Find spans by name or model"
          placeholder="Find spans by name or model…"
          value={filter.text}
          maxLength={200}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
          className="h-7 pl-7 text-12"
        />
      </div>
      <Select
        value={filter.kind ?? ALL_KINDS}
        onValueChange={(value) => onChange({ ...filter, kind: value === ALL_KINDS ? null : (value as TSpanKindName) })}
      >
        <SelectTrigger aria-label="Span kind" className="h-7 w-32 text-12">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ALL_KINDS}>All kinds</SelectItem>
          {ZSpanKind.options.map((kind) => (
            <SelectItem key={kind} value={kind}>
              {SPAN_KIND_STYLES[kind].label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Button
        variant="secondary"
        size="sm"
        aria-pressed={filter.isErrorsOnly}
        onClick={() => onChange({ ...filter, isErrorsOnly: !filter.isErrorsOnly })}
        className={cn("h-7 text-12", filter.isErrorsOnly && "border-red-200 bg-red-50 text-red-700 hover:bg-red-50")}
      >
        <CircleAlert aria-hidden />
        Errors only
      </Button>
      <Button variant="ghost" size="sm" className="h-7 text-12" onClick={onNextError} disabled={errorCount === 0}>
        <SkipForward aria-hidden />
        Next error
      </Button>
      {matchCount !== null ? (
        <span role="status" className="ml-auto pr-1 text-12 text-zinc-500 tabular-nums">
          {matchCount === 0
            ? "No span matches"
            : `${formatInteger(matchCount)} ${matchCount === 1 ? "match" : "matches"}`}
        </span>
      ) : null}
    </div>
  );
}
