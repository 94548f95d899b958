"use client";

import { ChevronsDownUp, ChevronsUpDown, Search } from "lucide-react";
import { useDeferredValue, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { CopyTextButton } from "./copy-text-button";
import { JsonChildren, JsonNode } from "./json-node";
import { findJsonMatches, isPrimitive } from "./json-search";
import { LongText } from "./json-value";
import { JsonViewerContext } from "./json-viewer-context";

type TJsonViewerProps = {
  value: unknown;
  /** Names the payload in the toolbar and the copy button: "Input", "Metadata". */
  title: string;
  /** Containers shallower than this start open; deeper ones render nothing until opened. */
  defaultOpenDepth?: number;
  className?: string;
};

// "Expand all" still stops here: past it a pathological payload would render every node at once.
const EXPAND_ALL_DEPTH = 24;

/**
 * A collapsible, searchable, copyable JSON tree. Written here rather than taken from a library: the
 * maintained React JSON viewers either render every node eagerly (a 5 MB payload freezes the tab) or
 * pull in their own styling system; this one renders only open containers, a page of children at a
 * time, and searches iteratively.
 */
export function JsonViewer({ value, title, defaultOpenDepth = 2, className }: TJsonViewerProps) {
  const [query, setQuery] = useState("");
  const [layout, setLayout] = useState({ openDepth: defaultOpenDepth, generation: 0 });
  const deferredQuery = useDeferredValue(query);
  const search = useMemo(() => findJsonMatches(value, deferredQuery), [value, deferredQuery]);
  const context = useMemo(
    () => ({ query: deferredQuery, search, openDepth: layout.openDepth }),
    [deferredQuery, search, layout.openDepth],
  );
  const isContainer = !isPrimitive(value) && value !== undefined;

  return (
    <div className={cn("min-w-0 overflow-hidden rounded-md border border-zinc-200 bg-white", className)}>
      <div className="flex h-8 items-center gap-1 border-b border-zinc-100 bg-zinc-50/70 pr-1 pl-2.5">
        <span className="mr-auto truncate text-12 font-medium text-zinc-600">{title}</span>
        {isContainer ? (
          <>
            <label className="relative flex items-center">
              <span className="sr-only">Search {title.toLowerCase()}</span>
              <Search className="pointer-events-none absolute left-1.5 size-3 text-zinc-400" aria-hidden />
              <input
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                placeholder="Search"
                className="h-6 w-32 rounded border border-zinc-200 bg-white pr-1.5 pl-5 text-12 outline-none placeholder:text-zinc-400 focus:border-brand focus:ring-2 focus:ring-brand/15"
              />
            </label>
            {deferredQuery.trim() ? (
              <span className="px-1 text-12 text-zinc-500 tabular-nums" role="status">
                {search.matches.size === 0
                  ? "No match"
                  : `${search.matches.size}${search.isTruncated ? "+" : ""} found`}
              </span>
            ) : null}
            <ToolbarButton
              label={`Expand every node of ${title.toLowerCase()}`}
              onClick={() =>
                setLayout((current) => ({ openDepth: EXPAND_ALL_DEPTH, generation: current.generation + 1 }))
              }
            >
              <ChevronsUpDown className="size-3.5" aria-hidden />
            </ToolbarButton>
            <ToolbarButton
              label={`Collapse every node of ${title.toLowerCase()}`}
              onClick={() => setLayout((current) => ({ openDepth: 0, generation: current.generation + 1 }))}
            >
              <ChevronsDownUp className="size-3.5" aria-hidden />
            </ToolbarButton>
          </>
        ) : null}
        <CopyTextButton label={`Copy ${title.toLowerCase()}`} getText={() => toCopyText(value)} />
      </div>
      <div className="max-h-[32rem] overflow-auto px-1.5 py-1.5 font-mono text-12 leading-5 text-zinc-800">
        <JsonViewerContext.Provider value={context}>
          {isContainer ? (
            <div key={layout.generation}>
              {(Array.isArray(value) ? value.length : Object.keys(value as object).length) === 0 ? (
                <span className="pl-1 text-zinc-400">{Array.isArray(value) ? "[]" : "{}"}</span>
              ) : (
                <JsonChildren value={value as object} path="" depth={0} />
              )}
            </div>
          ) : typeof value === "string" ? (
            <LongText text={value} />
          ) : (
            <JsonNode name={null} value={value} path="" depth={0} />
          )}
        </JsonViewerContext.Provider>
      </div>
    </div>
  );
}

function ToolbarButton({ label, onClick, children }: { label: string; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      title={label}
      className="inline-flex size-6 items-center justify-center rounded text-zinc-500 outline-none hover:bg-zinc-200/60 hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-brand/30"
    >
      {children}
    </button>
  );
}

function toCopyText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}
