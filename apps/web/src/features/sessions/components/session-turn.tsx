"use client";

import type { TSessionTurn, TTraceSummary } from "@spanlight/core";
import { ArrowUpRight, ChevronRight, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { ChatMessage } from "@/features/trace-detail/components/chat-message";
import type { TTextMode } from "@/features/trace-detail/components/chat-message";
import { formatDuration, formatInteger } from "@/features/trace-detail/lib/format";
import { Timestamp } from "@/components/ui/timestamp";
import { cn } from "@/lib/utils";
import { useModelCall } from "../hooks/use-model-call";
import { tracePagePath } from "../lib/routes";
import { ModelCallPanel } from "./model-call-panel";
import { CostValue } from "@/features/trace-detail/components/cost-value";

type TSessionTurnProps = {
  projectId: string;
  position: number;
  turn: TSessionTurn;
  trace: TTraceSummary | undefined;
  textMode: TTextMode;
  /** Shows the date with the time: the first turn, and the first of each later day. */
  hasDate: boolean;
};

/** One exchange: what the user said, what came back, its numbers, and the model call on demand. */
export function SessionTurn({ projectId, position, turn, trace, textMode, hasDate }: TSessionTurnProps) {
  const [isOpen, setIsOpen] = useState(false);
  const modelCall = useModelCall({ projectId, traceId: turn.traceId });
  const hasError = (trace?.errorCount ?? 0) > 0;
  // Only a failed root fails the turn; a failed tool call beside a model that answered is noted.
  const isFailed = turn.failedSpan?.isRoot ?? false;

  function onToggle() {
    if (!isOpen) void modelCall.load();
    setIsOpen((value) => !value);
  }

  return (
    <article
      aria-label={`Turn ${position}`}
      data-trace-id={turn.traceId}
      className={cn("rounded-lg border bg-white shadow-xs", isFailed ? "border-red-200" : "border-zinc-200")}
    >
      <header className="flex min-h-10 flex-wrap items-center gap-x-2.5 gap-y-1 border-b border-zinc-100 px-3 py-1.5 text-12">
        <span className="flex size-5 shrink-0 items-center justify-center rounded-full bg-zinc-900 text-[11px] font-semibold text-white tabular-nums">
          {position}
        </span>
        <span className="text-zinc-500 tabular-nums">
          <Timestamp iso={turn.startTime} precision={hasDate ? "datetime" : "time"} />
        </span>
        {trace?.name ? <span className="max-w-64 truncate font-medium text-zinc-700">{trace.name}</span> : null}
        {hasError ? (
          <Badge tone="danger" hasDot className="py-0">
            {trace && trace.errorCount > 1 ? `${formatInteger(trace.errorCount)} errors` : "Error"}
          </Badge>
        ) : null}
        {trace ? (
          <dl className="ml-auto flex items-center gap-3 text-zinc-500 tabular-nums">
            <Metric label="Latency">{formatDuration(trace.durationMs)}</Metric>
            <Metric label="Tokens">{formatInteger(trace.totalTokens)}</Metric>
            <Metric label="Cost">
              <CostValue usd={trace.costUsd} />
            </Metric>
          </dl>
        ) : null}
        <Link
          href={tracePagePath(projectId, turn.traceId)}
          className={cn(
            "inline-flex items-center gap-0.5 rounded px-1 font-medium text-brand underline-offset-2 hover:underline",
            !trace && "ml-auto",
          )}
          aria-label={`Open the trace of turn ${position}`}
        >
          Trace
          <ArrowUpRight className="size-3" aria-hidden />
        </Link>
      </header>
      <div className="flex flex-col gap-2 p-3">
        {turn.input === null && turn.output === null ? (
          <MissingText>
            {isFailed
              ? "The trace failed before any span recorded text."
              : "No span of this trace recorded an input or output."}
          </MissingText>
        ) : (
          <>
            {turn.input !== null ? (
              <ChatMessage message={{ role: "user", content: turn.input }} textMode={textMode} />
            ) : (
              <MissingText>No input recorded.</MissingText>
            )}
            {turn.output !== null ? (
              <ChatMessage message={{ role: "assistant", content: turn.output }} textMode={textMode} />
            ) : (
              <MissingText>{isFailed ? "No answer: the trace failed." : "No output recorded."}</MissingText>
            )}
          </>
        )}
        {turn.failedSpan && !isFailed ? <FailedSpanNote span={turn.failedSpan} /> : null}
      </div>
      <div className="border-t border-zinc-100 px-3 py-1.5">
        <button
          type="button"
          aria-expanded={isOpen}
          onClick={onToggle}
          className="inline-flex items-center gap-1 rounded text-12 font-medium text-zinc-500 outline-none hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-brand/30"
        >
          <ChevronRight className={cn("size-3.5 transition-transform", isOpen && "rotate-90")} aria-hidden />
          {isOpen ? "Hide the model call" : "Show the model call"}
        </button>
        {isOpen ? (
          <div className="mt-2 mb-1.5 rounded-md border border-zinc-200 bg-zinc-50/70 p-3">
            <ModelCallPanel projectId={projectId} traceId={turn.traceId} state={modelCall.state} textMode={textMode} />
          </div>
        ) : null}
      </div>
    </article>
  );
}

function Metric({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-center gap-1">
      <dt className="text-zinc-400">{label}</dt>
      <dd className="font-medium text-zinc-700">{children}</dd>
    </div>
  );
}

function FailedSpanNote({ span }: { span: NonNullable<TSessionTurn["failedSpan"]> }) {
  return (
    <p role="note" className="flex items-start gap-1.5 text-12 text-red-700">
      <TriangleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden />
      <span>
        <span className="font-medium">{span.name}</span> failed{span.statusMessage ? `: ${span.statusMessage}` : "."}
      </span>
    </p>
  );
}

function MissingText({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-zinc-200 px-3 py-2 text-12 text-zinc-500">{children}</p>;
}
