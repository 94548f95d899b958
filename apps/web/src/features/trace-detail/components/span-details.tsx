import type { TSpan } from "@spanlight/core";
import Link from "next/link";
import type { ReactNode } from "react";
import { JsonViewer } from "@/components/json-viewer/json-viewer";
import { readList, ZSpanLink } from "../lib/span-payload";
import { sessionPagePath, userPagePath } from "../lib/routes";
import { KeyValueTable } from "./key-value-table";
import { PanelSection } from "./panel-section";
import { UsageCost } from "./usage-cost";

// OTLP SpanKind numbers, as the exporter sent them.
const OTEL_SPAN_KINDS = ["Unspecified", "Internal", "Server", "Client", "Producer", "Consumer"];

type TSpanDetailsProps = {
  projectId: string;
  span: TSpan;
  subtree: { tokens: number; costUsd: number; spanCount: number };
};

/** The model and its parameters, tokens and cost, where the span ran, its metadata and links. */
export function SpanDetails({ projectId, span, subtree }: TSpanDetailsProps) {
  const links = readList(span.links, ZSpanLink);
  return (
    <div className="flex flex-col gap-5">
      {span.model || span.modelParameters ? (
        <PanelSection title="Model">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-13">
            <Fact label="Model">{span.model}</Fact>
            <Fact label="Provider">{span.provider}</Fact>
          </dl>
          {span.modelParameters ? <KeyValueTable entries={span.modelParameters} label="Model parameters" /> : null}
        </PanelSection>
      ) : null}
      <UsageCost projectId={projectId} span={span} subtree={subtree} />
      <PanelSection title="Context">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-13">
          <Fact label="Status">
            {span.statusMessage ? `${span.statusCode}: ${span.statusMessage}` : span.statusCode}
          </Fact>
          <Fact label="OTel kind">{OTEL_SPAN_KINDS[span.otelSpanKind] ?? String(span.otelSpanKind)}</Fact>
          <Fact label="Scope">{span.scopeName}</Fact>
          <Fact label="Environment">{span.environment}</Fact>
          <Fact label="Release">{span.release}</Fact>
          <Fact label="Prompt">
            {span.promptName ? `${span.promptName}${span.promptVersion ? ` v${span.promptVersion}` : ""}` : null}
          </Fact>
          <Fact label="User">
            {span.userId ? <EntityLink href={userPagePath(projectId, span.userId)}>{span.userId}</EntityLink> : null}
          </Fact>
          <Fact label="Session">
            {span.sessionId ? (
              <EntityLink href={sessionPagePath(projectId, span.sessionId)}>{span.sessionId}</EntityLink>
            ) : null}
          </Fact>
        </dl>
      </PanelSection>
      {span.metadata && Object.keys(span.metadata).length > 0 ? (
        <PanelSection title="Metadata">
          <JsonViewer value={span.metadata} title="Metadata" />
        </PanelSection>
      ) : null}
      {links.length > 0 ? (
        <PanelSection title={`Links (${links.length})`}>
          <ul className="flex flex-col gap-1 font-mono text-12 text-zinc-700">
            {links.map((link) => (
              <li key={`${link.traceId}/${link.spanId}`} className="truncate">
                {link.traceId} / {link.spanId}
              </li>
            ))}
          </ul>
        </PanelSection>
      ) : null}
      {span.extra && Object.keys(span.extra).length > 0 ? (
        <PanelSection title="Other fields">
          <JsonViewer value={span.extra} title="Other fields" defaultOpenDepth={1} />
        </PanelSection>
      ) : null}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <>
      <dt className="text-zinc-500">{label}</dt>
      <dd className="min-w-0 truncate text-zinc-800">{children}</dd>
    </>
  );
}

function EntityLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-brand underline-offset-2 hover:underline">
      {children}
    </Link>
  );
}
