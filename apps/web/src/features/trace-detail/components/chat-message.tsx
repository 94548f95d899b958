"use client";

import type { TChatMessageContract } from "@spanlight/core";
import { Brain, MessageSquare, Settings2, Sparkles, User, Wrench } from "lucide-react";
import type { LucideIcon } from "lucide-react";
import { useState } from "react";
import { JsonViewer } from "@/components/json-viewer/json-viewer";
import { MarkdownImage } from "@/components/markdown/markdown-image";
import { SafeMarkdown } from "@/components/markdown/safe-markdown";
import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/lib/utils";
import { prettyJsonText, viewOfPart } from "../lib/span-payload";
import { ToolCallBlock } from "./tool-call-block";

type TRoleStyle = { label: string; icon: LucideIcon; cardClass: string; iconClass: string };

const ROLE_STYLES: Record<string, TRoleStyle> = {
  system: { label: "System", icon: Settings2, cardClass: "border-zinc-200 bg-zinc-50/80", iconClass: "text-zinc-500" },
  developer: {
    label: "Developer",
    icon: Settings2,
    cardClass: "border-zinc-200 bg-zinc-50/80",
    iconClass: "text-zinc-500",
  },
  user: { label: "User", icon: User, cardClass: "border-zinc-200 bg-white", iconClass: "text-sky-600" },
  assistant: {
    label: "Assistant",
    icon: Sparkles,
    cardClass: "border-violet-200/70 bg-violet-50/30",
    iconClass: "text-violet-600",
  },
  tool: { label: "Tool result", icon: Wrench, cardClass: "border-amber-200/70 bg-white", iconClass: "text-amber-600" },
};

// A system prompt of a few pages pushes the conversation out of view; past this it starts folded.
const FOLD_CHARS = 1_500;

export type TTextMode = "markdown" | "text";

/** One chat turn: who spoke, what they said (markdown, sanitised), the tools they called or answered. */
export function ChatMessage({ message, textMode }: { message: TChatMessageContract; textMode: TTextMode }) {
  const style = ROLE_STYLES[message.role] ?? {
    label: message.role,
    icon: MessageSquare,
    cardClass: "border-zinc-200 bg-white",
    iconClass: "text-zinc-500",
  };
  const Icon = style.icon;
  return (
    <article aria-label={`${style.label} message`} className={cn("overflow-hidden rounded-lg border", style.cardClass)}>
      <header className="flex h-8 items-center gap-1.5 pr-1 pl-3">
        <Icon className={cn("size-3.5", style.iconClass)} aria-hidden />
        <span className="text-12 font-semibold text-zinc-700">{style.label}</span>
        {message.name ? <span className="truncate font-mono text-12 text-zinc-500">{message.name}</span> : null}
        {message.toolCallId ? (
          <span className="truncate font-mono text-[11px] text-zinc-400">{message.toolCallId}</span>
        ) : null}
        {message.finishReason ? (
          <span className="ml-1 rounded bg-zinc-100 px-1.5 text-[11px] text-zinc-500">{message.finishReason}</span>
        ) : null}
        {message.content ? (
          <CopyButton
            value={message.content}
            label={`Copy ${style.label.toLowerCase()} message`}
            className="ml-auto h-6 px-1"
          />
        ) : null}
      </header>
      <div className="flex flex-col gap-2 px-3 pb-2.5">
        {message.content ? (
          <MessageContent content={message.content} isToolResult={message.role === "tool"} textMode={textMode} />
        ) : null}
        {message.parts?.map((part, position) => (
          <MessagePart key={position} part={part} />
        ))}
        {message.toolCalls?.map((call, position) => (
          <ToolCallBlock key={call.id ?? position} call={call} />
        ))}
        {!message.content && !message.parts?.length && !message.toolCalls?.length ? (
          <p className="text-12 text-zinc-400 italic">(empty)</p>
        ) : null}
      </div>
    </article>
  );
}

export function MessageContent({
  content,
  isToolResult,
  textMode,
}: {
  content: string;
  isToolResult: boolean;
  textMode: TTextMode;
}) {
  const [isUnfolded, setIsUnfolded] = useState(false);
  const json = isToolResult ? prettyJsonText(content) : null;
  const isFolded = content.length > FOLD_CHARS && !isUnfolded;
  const body =
    json?.isJson || textMode === "text" ? (
      <pre className="font-mono text-12 leading-5 whitespace-pre-wrap text-zinc-800 [overflow-wrap:anywhere]">
        {json?.isJson ? json.text : content}
      </pre>
    ) : (
      <SafeMarkdown>{content}</SafeMarkdown>
    );
  return (
    <div>
      <div className={cn(isFolded && "relative max-h-48 overflow-hidden")}>
        {body}
        {isFolded ? (
          <div aria-hidden className="absolute inset-x-0 bottom-0 h-12 bg-gradient-to-t from-white to-transparent" />
        ) : null}
      </div>
      {content.length > FOLD_CHARS ? (
        <button
          type="button"
          onClick={() => setIsUnfolded((value) => !value)}
          className="mt-1 text-12 font-medium text-brand hover:underline"
        >
          {isUnfolded ? "Fold" : `Show all (${content.length.toLocaleString("en-US")} characters)`}
        </button>
      ) : null}
    </div>
  );
}

function MessagePart({ part }: { part: Record<string, unknown> }) {
  const view = viewOfPart(part);
  switch (view.type) {
    case "image":
      return <MarkdownImage src={view.src} alt="Image in message" />;
    case "reasoning":
      return (
        <details className="rounded-md border border-zinc-200 bg-zinc-50/70 px-2.5 py-1.5">
          <summary className="flex cursor-pointer items-center gap-1.5 text-12 font-medium text-zinc-600">
            <Brain className="size-3.5" aria-hidden />
            Reasoning
          </summary>
          <p className="mt-1.5 text-12 whitespace-pre-wrap text-zinc-600">{view.text}</p>
        </details>
      );
    case "other":
      return (
        <JsonViewer
          value={view.part}
          title={typeof view.part.type === "string" ? `${view.part.type} part` : "Part"}
          defaultOpenDepth={1}
        />
      );
    default: {
      const exhaustive: never = view;
      return exhaustive;
    }
  }
}
