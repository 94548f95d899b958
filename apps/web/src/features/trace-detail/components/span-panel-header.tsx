import { Unlink } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import type { TSpanTree } from "../lib/build-span-tree";
import { formatCost, formatDuration, formatInteger, formatOffset } from "../lib/format";
import { SPAN_KIND_STYLES } from "../lib/span-kind-styles";
import { SpanKindIcon } from "./span-kind-icon";

/** The selected span's name, kind, status and id, and its numbers, drawn from the tree (no wait for the payload). */
export function SpanPanelHeader({ tree, index, actions }: { tree: TSpanTree; index: number; actions?: ReactNode }) {
  const span = tree.spans[index]!;
  const hasTokens = span.inputTokens !== null || span.outputTokens !== null || span.totalTokens !== null;
  return (
    <div className="border-b border-zinc-200 px-4 pt-3 pb-2.5">
      <div className="flex items-start gap-2.5">
        <SpanKindIcon kind={span.kind} isError={span.isError} size="md" />
        <div className="min-w-0 flex-1">
          <h2 className="truncate text-[15px] font-semibold text-zinc-900" title={span.name}>
            {span.name}
          </h2>
          <div className="mt-0.5 flex min-w-0 items-center gap-1.5 text-12 text-zinc-500">
            <span>{SPAN_KIND_STYLES[span.kind].label}</span>
            <span aria-hidden>·</span>
            <span className="truncate font-mono">{span.spanId}</span>
            <CopyButton value={span.spanId} label="Copy span ID" className="-my-1 h-6 px-1" />
          </div>
        </div>
        {span.isError ? (
          <Badge tone="danger" hasDot>
            Error
          </Badge>
        ) : null}
        {actions}
      </div>
      {span.parentSpanId !== null && tree.parentOf[index] === -1 ? (
        <p className="mt-2 flex items-center gap-1.5 rounded-md bg-amber-50 px-2 py-1 text-12 text-amber-800">
          <Unlink className="size-3.5 shrink-0" aria-hidden />
          Its parent span <span className="font-mono">{span.parentSpanId}</span> is not in this trace.
        </p>
      ) : null}
      <dl className="mt-2.5 flex flex-wrap gap-x-4 gap-y-1 text-13" aria-label="Span summary">
        <Fact label="Duration">{formatDuration(span.durationMs)}</Fact>
        <Fact label="Start">{formatOffset(span.startMs - tree.startMs)}</Fact>
        {span.model ? <Fact label="Model">{span.model}</Fact> : null}
        {hasTokens ? (
          <Fact label="Tokens">
            {formatInteger(span.inputTokens ?? 0)} in · {formatInteger(span.outputTokens ?? 0)} out
          </Fact>
        ) : null}
        {span.costUsd !== null ? <Fact label="Cost">{formatCost(span.costUsd)}</Fact> : null}
      </dl>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 items-center gap-1.5">
      <dt className="text-12 text-zinc-500">{label}</dt>
      <dd className="truncate font-medium text-zinc-800 tabular-nums">{children}</dd>
    </div>
  );
}
