"use client";

import { LoaderCircle } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ChatThread } from "@/features/trace-detail/components/chat-thread";
import type { TTextMode } from "@/features/trace-detail/components/chat-message";
import { formatCost, formatDuration, formatInteger } from "@/features/trace-detail/lib/format";
import type { TModelCallState } from "../hooks/use-model-call";
import { tracePagePath } from "../lib/routes";

type TModelCallPanelProps = { projectId: string; traceId: string; state: TModelCallState; textMode: TTextMode };

/** An opened turn: every message the model was sent and answered, as the trace page shows them. */
export function ModelCallPanel({ projectId, traceId, state, textMode }: TModelCallPanelProps) {
  switch (state.status) {
    case "idle":
    case "loading":
      return (
        <p className="flex items-center gap-2 py-2 text-12 text-zinc-500" role="status">
          <LoaderCircle className="size-3.5 animate-spin" aria-hidden />
          Loading the model call…
        </p>
      );
    case "error":
      return <Alert>{state.message}</Alert>;
    case "loaded": {
      const { span } = state;
      if (!span) return <p className="py-2 text-12 text-zinc-500">This trace has no model call to show.</p>;
      const facts = [
        span.model && !span.name.includes(span.model) ? span.model : null,
        formatDuration(span.durationMs),
        span.inputTokens !== null && span.outputTokens !== null
          ? `${formatInteger(span.inputTokens)} in · ${formatInteger(span.outputTokens)} out`
          : null,
        span.costUsd !== null ? formatCost(span.costUsd) : null,
      ].filter(Boolean);
      return (
        <section aria-label="Model call" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-12">
            <span className="font-medium text-zinc-800">{span.name}</span>
            <span className="text-zinc-500 tabular-nums">{facts.join(" · ")}</span>
            <Link
              href={`${tracePagePath(projectId, traceId)}?span=${encodeURIComponent(span.spanId)}`}
              className="ml-auto font-medium text-brand underline-offset-2 hover:underline"
            >
              Open span
            </Link>
          </div>
          {span.statusCode === "ERROR" ? <Alert>{span.statusMessage || "The model call failed."}</Alert> : null}
          <div className="flex flex-col gap-1.5">
            <h4 className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Input</h4>
            <ChatThread messages={span.inputMessages} label="Input" textMode={textMode} />
          </div>
          <div className="flex flex-col gap-1.5">
            <h4 className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Output</h4>
            <ChatThread messages={span.outputMessages} label="Output" textMode={textMode} />
          </div>
        </section>
      );
    }
    default: {
      const exhaustive: never = state;
      return exhaustive;
    }
  }
}
