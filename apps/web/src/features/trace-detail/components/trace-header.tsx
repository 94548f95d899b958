import type { TTraceSummary } from "@spanlight/core";
import { ChevronRight, Download } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Timestamp } from "@/components/ui/timestamp";
import { cn } from "@/lib/utils";
import { formatDuration, formatInteger } from "../lib/format";
import { sessionPagePath, traceExportPath, tracesPagePath, userPagePath } from "../lib/routes";
import { AddSpanToDataset } from "./add-span-to-dataset";
import { CostValue } from "./cost-value";

type TTraceHeaderProps = {
  projectId: string;
  trace: TTraceSummary;
  rootSpanId: string | null;
  /** The page's own buttons (e.g. Add to queue), shown before "add to dataset" and the exports. */
  actions?: ReactNode;
};

/** The trace at a glance: name and id, when and how long, size, errors, tokens, cost, who, "add to dataset" and exports. */
export function TraceHeader({ projectId, trace, rootSpanId, actions }: TTraceHeaderProps) {
  return (
    <header className="shrink-0 border-b border-zinc-200 bg-white px-5 pt-3 pb-2.5">
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <nav aria-label="Breadcrumb" className="flex items-center gap-1 text-12 text-zinc-500">
            <Link href={tracesPagePath(projectId)} className="hover:text-zinc-900">
              Traces
            </Link>
            <ChevronRight className="size-3 text-zinc-300" aria-hidden />
            <span className="font-mono">{trace.traceId.slice(0, 12)}…</span>
          </nav>
          <div className="mt-0.5 flex min-w-0 items-center gap-2">
            <h1
              className="truncate text-[17px] font-semibold tracking-tight text-zinc-900"
              title={trace.name ?? undefined}
            >
              {trace.name ?? "Unnamed trace"}
            </h1>
            {trace.errorCount > 0 ? (
              <Badge tone="danger" hasDot>
                {trace.errorCount === 1 ? "1 error" : `${formatInteger(trace.errorCount)} errors`}
              </Badge>
            ) : null}
            {trace.environment ? <Badge>{trace.environment}</Badge> : null}
            {trace.release ? <Badge>release {trace.release}</Badge> : null}
          </div>
        </div>
        <div className="flex shrink-0 items-center gap-1.5 pt-1">
          {actions}
          {rootSpanId ? (
            <AddSpanToDataset projectId={projectId} traceId={trace.traceId} spanId={rootSpanId} isRoot />
          ) : null}
          <ExportLinks projectId={projectId} traceId={trace.traceId} />
        </div>
      </div>
      <dl className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-1.5 text-13">
        <Fact label="Trace ID">
          <span className="font-mono text-12 text-zinc-700">{trace.traceId}</span>
          <CopyButton value={trace.traceId} label="Copy trace ID" className="-my-1 h-6 px-1" />
        </Fact>
        <Fact label="Started">
          <Timestamp iso={trace.startTime} precision="precise" />
        </Fact>
        <Fact label="Duration">{formatDuration(trace.durationMs)}</Fact>
        <Fact label="Spans">{formatInteger(trace.spanCount)}</Fact>
        <Fact label="Tokens">
          <TokenSummary trace={trace} />
        </Fact>
        <Fact label="Cost">
          <CostValue usd={trace.costUsd} />
        </Fact>
        {trace.userId ? (
          <Fact label="User">
            <EntityLink href={userPagePath(projectId, trace.userId)}>{trace.userId}</EntityLink>
          </Fact>
        ) : null}
        {trace.sessionId ? (
          <Fact label="Session">
            <EntityLink href={sessionPagePath(projectId, trace.sessionId)}>{trace.sessionId}</EntityLink>
          </Fact>
        ) : null}
        {trace.tags.length > 0 ? (
          <Fact label="Tags">
            <span className="flex flex-wrap gap-1">
              {trace.tags.map((tag) => (
                <Badge key={tag} tone="brand" className="py-0">
                  {tag}
                </Badge>
              ))}
            </span>
          </Fact>
        ) : null}
      </dl>
    </header>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 items-center gap-1.5">
      <dt className="text-12 text-zinc-500">{label}</dt>
      <dd className="flex min-w-0 items-center gap-1 font-medium text-zinc-800 tabular-nums">{children}</dd>
    </div>
  );
}

function TokenSummary({ trace }: { trace: TTraceSummary }) {
  const details = [
    trace.cacheReadTokens > 0 ? `${formatInteger(trace.cacheReadTokens)} cache read` : null,
    trace.cacheWriteTokens > 0 ? `${formatInteger(trace.cacheWriteTokens)} cache write` : null,
    trace.reasoningTokens > 0 ? `${formatInteger(trace.reasoningTokens)} reasoning` : null,
  ].filter(Boolean);
  return (
    <span title={`${formatInteger(trace.totalTokens)} total`}>
      {formatInteger(trace.inputTokens)} in · {formatInteger(trace.outputTokens)} out
      {details.length > 0 ? <span className="font-normal text-zinc-500"> ({details.join(", ")})</span> : null}
    </span>
  );
}

function EntityLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="max-w-56 truncate text-brand underline-offset-2 hover:underline">
      {children}
    </Link>
  );
}

function ExportLinks({ projectId, traceId }: { projectId: string; traceId: string }) {
  const linkClass = cn(buttonVariants({ variant: "secondary", size: "sm" }));
  return (
    <>
      <a
        href={traceExportPath({ projectId, traceId, format: "json" })}
        download={`trace-${traceId}.json`}
        className={linkClass}
      >
        <Download aria-hidden />
        Export JSON
      </a>
      <a
        href={traceExportPath({ projectId, traceId, format: "otlp" })}
        download={`trace-${traceId}.otlp.json`}
        className={linkClass}
      >
        <Download aria-hidden />
        OTLP JSON
      </a>
    </>
  );
}
