"use client";

import { useState } from "react";
import { cn } from "@/lib/utils";

// Strings longer than this show their start and a "show all" button: one log line can be megabytes.
const STRING_PREVIEW_CHARS = 600;

/** A primitive, coloured by type; strings keep their newlines. */
export function JsonPrimitive({ value, query, isMatch }: { value: unknown; query: string; isMatch: boolean }) {
  if (typeof value === "string") return <JsonString value={value} query={query} />;
  const className = value === null ? "text-zinc-400" : typeof value === "boolean" ? "text-violet-600" : "text-blue-600";
  return (
    <span className={cn(className, isMatch && "rounded-sm bg-amber-100")}>
      {value === null ? "null" : String(value)}
    </span>
  );
}

function JsonString({ value, query }: { value: string; query: string }) {
  const [isFull, setIsFull] = useState(false);
  const isLong = value.length > STRING_PREVIEW_CHARS;
  const shown = isLong && !isFull ? value.slice(0, STRING_PREVIEW_CHARS) : value;
  return (
    <span className="whitespace-pre-wrap text-emerald-700 [overflow-wrap:anywhere]">
      &quot;
      <Highlight text={shown} query={query} />
      {isLong && !isFull ? "…" : null}
      &quot;
      {isLong ? (
        <button
          type="button"
          onClick={() => setIsFull((current) => !current)}
          className="ml-1.5 rounded px-1 font-sans text-12 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900"
        >
          {isFull ? "Show less" : `Show all ${value.length.toLocaleString("en-US")} characters`}
        </button>
      ) : null}
    </span>
  );
}

// A payload that is one long string (a document, a log) shows this much until asked for the rest.
const TEXT_PREVIEW_CHARS = 5_000;

/** A plain-text payload, its line breaks kept, cut short when long. */
export function LongText({ text }: { text: string }) {
  const [isFull, setIsFull] = useState(false);
  const isLong = text.length > TEXT_PREVIEW_CHARS;
  return (
    <p className="px-1 whitespace-pre-wrap [overflow-wrap:anywhere]">
      {isLong && !isFull ? `${text.slice(0, TEXT_PREVIEW_CHARS)}…` : text}
      {isLong ? (
        <button
          type="button"
          onClick={() => setIsFull((current) => !current)}
          className="ml-1.5 rounded px-1 font-sans text-12 text-brand hover:bg-brand-soft"
        >
          {isFull ? "Show less" : `Show all ${text.length.toLocaleString("en-US")} characters`}
        </button>
      ) : null}
    </p>
  );
}

/** The text with every case-insensitive occurrence of `query` marked. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const needle = query.trim().toLowerCase();
  if (needle === "") return <>{text}</>;
  const haystack = text.toLowerCase();
  const parts: Array<{ text: string; isMatch: boolean }> = [];
  let cursor = 0;
  for (let found = haystack.indexOf(needle); found >= 0; found = haystack.indexOf(needle, cursor)) {
    if (found > cursor) parts.push({ text: text.slice(cursor, found), isMatch: false });
    parts.push({ text: text.slice(found, found + needle.length), isMatch: true });
    cursor = found + needle.length;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), isMatch: false });
  return (
    <>
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="rounded-sm bg-amber-200 text-inherit">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
