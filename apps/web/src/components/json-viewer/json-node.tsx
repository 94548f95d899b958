"use client";

import { ChevronRight } from "lucide-react";
import { useState } from "react";
import { cn } from "@/lib/utils";
import { childPath, isPrimitive } from "./json-search";
import { Highlight, JsonPrimitive } from "./json-value";
import { useJsonViewer } from "./json-viewer-context";

// Children are rendered a page at a time: an array of 50,000 embeddings must not become 50,000 rows.
const CHILDREN_PAGE = 100;

type TJsonNodeProps = { name: string | number | null; value: unknown; path: string; depth: number };

/** One key and its value; a container renders its children only while open. */
export function JsonNode({ name, value, path, depth }: TJsonNodeProps) {
  const { query, search } = useJsonViewer();
  const isMatch = search.matches.has(path);
  if (isPrimitive(value) || value === undefined) {
    return (
      <div className="flex min-w-0 gap-1.5 py-px pl-5">
        <JsonKey name={name} query={query} />
        <JsonPrimitive value={value ?? null} query={query} isMatch={isMatch} />
      </div>
    );
  }
  return <JsonContainer name={name} value={value as object} path={path} depth={depth} />;
}

function JsonContainer({ name, value, path, depth }: TJsonNodeProps & { value: object }) {
  const { query, search, openDepth } = useJsonViewer();
  const [toggled, setToggled] = useState<boolean | null>(null);
  const isOpen = toggled ?? (search.ancestors.has(path) || depth < openDepth);
  const isArray = Array.isArray(value);
  const size = isArray ? value.length : Object.keys(value).length;

  return (
    <div className="min-w-0">
      <button
        type="button"
        onClick={() => setToggled(!isOpen)}
        aria-expanded={isOpen}
        className="flex w-full min-w-0 items-center gap-1.5 rounded-sm py-px text-left hover:bg-zinc-100/70"
      >
        <ChevronRight
          className={cn("size-3.5 shrink-0 text-zinc-400 transition-transform", isOpen && "rotate-90")}
          aria-hidden
        />
        <JsonKey name={name} query={query} />
        {isOpen && size > 0 ? null : <span className="text-zinc-400">{braces(isArray, size)}</span>}
        <span className="font-sans text-12 text-zinc-400">{countLabel(size, isArray)}</span>
      </button>
      {isOpen && size > 0 ? (
        <div className="ml-[7px] border-l border-zinc-200 pl-1.5">
          <JsonChildren value={value} path={path} depth={depth} />
        </div>
      ) : null}
    </div>
  );
}

/** The entries of an object or array, a page at a time. */
export function JsonChildren({ value, path, depth }: { value: object; path: string; depth: number }) {
  const [pageCount, setPageCount] = useState(1);
  const keys: Array<string | number> = Array.isArray(value) ? [] : Object.keys(value);
  const size = Array.isArray(value) ? value.length : keys.length;
  const shown = Math.min(size, pageCount * CHILDREN_PAGE);
  return (
    <>
      {Array.from({ length: shown }, (_, position) => {
        const key = Array.isArray(value) ? position : keys[position]!;
        const child = (value as Record<string | number, unknown>)[key];
        return <JsonNode key={key} name={key} value={child} path={childPath(path, key)} depth={depth + 1} />;
      })}
      {shown < size ? (
        <button
          type="button"
          onClick={() => setPageCount((count) => count + 1)}
          className="my-0.5 ml-5 rounded px-1.5 font-sans text-12 text-brand hover:bg-brand-soft"
        >
          Show {Math.min(CHILDREN_PAGE, size - shown)} more of {size - shown}
        </button>
      ) : null}
    </>
  );
}

/** What a closed container shows in place of its entries. */
function braces(isArray: boolean, size: number): string {
  if (size === 0) return isArray ? "[]" : "{}";
  return isArray ? "[…]" : "{…}";
}

function countLabel(size: number, isArray: boolean): string {
  const noun = isArray ? "item" : "key";
  return `${size} ${noun}${size === 1 ? "" : "s"}`;
}

function JsonKey({ name, query }: { name: string | number | null; query: string }) {
  if (name === null) return null;
  return (
    <span className={cn("shrink-0", typeof name === "number" ? "text-zinc-400" : "text-sky-800")}>
      {typeof name === "number" ? name : <Highlight text={name} query={query} />}
      <span className="text-zinc-400">:</span>
    </span>
  );
}
