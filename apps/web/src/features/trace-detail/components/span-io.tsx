"use client";

import type { TSpan } from "@spanlight/core";
import { useState } from "react";
import { JsonViewer } from "@/components/json-viewer/json-viewer";
import { cn } from "@/lib/utils";
import { hasChat, retrievedDocuments } from "../lib/span-payload";
import { ChatThread } from "./chat-thread";
import { MessageContent } from "./chat-message";
import type { TTextMode } from "./chat-message";
import { EmptyNote, PanelSection } from "./panel-section";
import { RetrievedDocuments } from "./retrieved-documents";

type TView = "rich" | "json";

/**
 * Input and output: a chat for model calls, documents as cards for retrievers, text (markdown by
 * default) for plain-text payloads, JSON trees otherwise; the raw JSON view is always one click away.
 */
export function SpanIo({ span }: { span: TSpan }) {
  const isChat = hasChat(span);
  const documents = retrievedDocuments(span.output);
  const isText = typeof span.input === "string" || typeof span.output === "string";
  const hasRichView = isChat || documents !== null || isText;
  const [view, setView] = useState<TView>("rich");
  const [textMode, setTextMode] = useState<TTextMode>("markdown");
  const showsRich = hasRichView && view === "rich";

  const controls = hasRichView ? (
    <div className="flex items-center gap-2">
      {showsRich ? (
        <Segmented
          label="Message format"
          value={textMode}
          onChange={setTextMode}
          options={[
            ["markdown", "Markdown"],
            ["text", "Plain text"],
          ]}
        />
      ) : null}
      <Segmented
        label="Payload view"
        value={view}
        onChange={setView}
        options={[
          ["rich", isChat ? "Chat" : documents !== null ? "Documents" : "Text"],
          ["json", "JSON"],
        ]}
      />
    </div>
  ) : null;

  if (showsRich && isChat) {
    return (
      <div className="flex flex-col gap-5">
        <PanelSection title="Input" aside={controls}>
          <ChatThread messages={span.inputMessages} label="Input" textMode={textMode} />
        </PanelSection>
        <PanelSection title="Output">
          <ChatThread messages={span.outputMessages} label="Output" textMode={textMode} />
        </PanelSection>
      </div>
    );
  }

  const payload = (value: unknown, title: "Input" | "Output") => {
    if (value === null || value === undefined) return <EmptyNote>No {title.toLowerCase()} recorded.</EmptyNote>;
    if (showsRich && title === "Output" && documents !== null)
      return <RetrievedDocuments documents={documents} textMode={textMode} />;
    if (showsRich && typeof value === "string")
      return (
        <div
          aria-label={`${title} text`}
          className="rounded-md border border-zinc-200 bg-white px-3 py-2 text-13 text-zinc-800"
        >
          <MessageContent content={value} isToolResult={false} textMode={textMode} />
        </div>
      );
    return <JsonViewer value={value} title={title} />;
  };
  return (
    <div className="flex flex-col gap-5">
      <PanelSection title="Input" aside={controls}>
        {payload(span.input, "Input")}
      </PanelSection>
      <PanelSection title="Output">{payload(span.output, "Output")}</PanelSection>
    </div>
  );
}

type TSegmentedProps<T extends string> = {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: Array<[T, string]>;
};

function Segmented<T extends string>({ label, value, onChange, options }: TSegmentedProps<T>) {
  return (
    <div role="radiogroup" aria-label={label} className="inline-flex rounded-md bg-zinc-100 p-0.5">
      {options.map(([option, text]) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={value === option}
          onClick={() => onChange(option)}
          className={cn(
            "h-6 rounded px-2 text-12 font-medium outline-none focus-visible:ring-2 focus-visible:ring-brand/30",
            value === option ? "bg-white text-zinc-900 shadow-xs" : "text-zinc-500 hover:text-zinc-800",
          )}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
