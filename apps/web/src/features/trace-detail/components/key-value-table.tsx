"use client";

import { Search } from "lucide-react";
import { useDeferredValue, useMemo, useState } from "react";
import { Highlight } from "@/components/json-viewer/json-value";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyNote } from "./panel-section";

// Attribute values can be whole prompts; the table shows their start and the rest on request.
const VALUE_PREVIEW_CHARS = 400;

type TKeyValueTableProps = { entries: Record<string, unknown>; label: string };

/** Key/value pairs sorted by key, filterable by key or value. */
export function KeyValueTable({ entries, label }: TKeyValueTableProps) {
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query.trim().toLowerCase());
  const rows = useMemo(
    () =>
      Object.entries(entries)
        .map(([key, value]) => ({ key, text: valueText(value) }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    [entries],
  );
  const shown = deferredQuery
    ? rows.filter(
        (row) => row.key.toLowerCase().includes(deferredQuery) || row.text.toLowerCase().includes(deferredQuery),
      )
    : rows;

  if (rows.length === 0) return <EmptyNote>No {label.toLowerCase()}.</EmptyNote>;
  return (
    <div className="overflow-hidden rounded-md border border-zinc-200">
      <label className="relative flex items-center border-b border-zinc-100 bg-zinc-50/70">
        <span className="sr-only">Search {label.toLowerCase()}</span>
        <Search className="pointer-events-none absolute left-2.5 size-3.5 text-zinc-400" aria-hidden />
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={`Filter ${rows.length} ${label.toLowerCase()}`}
          className="h-8 w-full bg-transparent pr-2 pl-8 text-13 outline-none placeholder:text-zinc-400"
        />
      </label>
      <table className="w-full table-fixed text-12">
        <tbody>
          {shown.map((row) => (
            <tr key={row.key} className="group border-b border-zinc-100 align-top last:border-0 hover:bg-zinc-50/60">
              <th scope="row" className="w-[38%] px-2.5 py-1.5 text-left font-mono font-normal break-all text-zinc-500">
                <Highlight text={row.key} query={deferredQuery} />
              </th>
              <td className="px-2.5 py-1.5 font-mono break-all whitespace-pre-wrap text-zinc-800">
                <div className="flex items-start gap-1">
                  <ValueText text={row.text} query={deferredQuery} />
                  <CopyButton
                    value={row.text}
                    label={`Copy ${row.key}`}
                    className="-my-1 ml-auto h-6 px-1 opacity-0 group-hover:opacity-100 focus-visible:opacity-100"
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 ? <p className="px-3 py-2 text-12 text-zinc-500">Nothing matches “{query}”.</p> : null}
    </div>
  );
}

function ValueText({ text, query }: { text: string; query: string }) {
  const [isFull, setIsFull] = useState(false);
  const isLong = text.length > VALUE_PREVIEW_CHARS;
  return (
    <span className="min-w-0">
      <Highlight text={isLong && !isFull ? `${text.slice(0, VALUE_PREVIEW_CHARS)}…` : text} query={query} />
      {isLong ? (
        <button
          type="button"
          onClick={() => setIsFull((value) => !value)}
          className="ml-1 font-sans text-brand hover:underline"
        >
          {isFull ? "less" : "more"}
        </button>
      ) : null}
    </span>
  );
}

/** Strings as they are; structured values as JSON, indented once they are too long for one line. */
function valueText(value: unknown): string {
  if (typeof value === "string") return value;
  const compact = JSON.stringify(value) ?? "null";
  return compact.length > 60 && typeof value === "object" ? JSON.stringify(value, null, 2) : compact;
}
