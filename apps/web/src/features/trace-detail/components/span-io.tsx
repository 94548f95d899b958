"use client";

import type { TSpan } from "@spanlight/core";
import { useState } from "react";
import { JsonViewer } from "@/components/json-viewer/json-viewer";
import { cn } from "@/lib/utils";
import { hasChat } from "../lib/span-payload";
import { ChatThread } from "./chat-thread";
import type { TTextMode } from "./chat-message";
import { EmptyNote, PanelSection } from "./panel-section";

type TView = "chat" | "json";

/** Input and output: a chat for model calls (with a raw JSON view beside it), JSON trees otherwise. */
export function SpanIo({ span }: { span: TSpan }) {
  const isChat = hasChat(span);
  const [view, setView] = useState<TView>("chat");
  const [textMode, setTextMode] = useState<TTextMode>("markdown");
  const showsChat = isChat && view === "chat";

  const controls = isChat ? (
    <div className="flex items-center gap-2">
      {showsChat ? (
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
          ["chat", "Chat"],
          ["json", "JSON"],
        ]}
      />
    </div>
  ) : null;

  if (showsChat) {
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

  const hasInput = span.input !== null && span.input !== undefined;
  const hasOutput = span.output !== null && span.output !== undefined;
  return (
    <div className="flex flex-col gap-5">
      <PanelSection title="Input" aside={controls}>
        {hasInput ? <JsonViewer value={span.input} title="Input" /> : <EmptyNote>No input recorded.</EmptyNote>}
      </PanelSection>
      <PanelSection title="Output">
        {hasOutput ? <JsonViewer value={span.output} title="Output" /> : <EmptyNote>No output recorded.</EmptyNote>}
      </PanelSection>
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
