import type { TAttributes, TOtlpScope, TOtlpSpan } from "../otlp/types.ts";
import type { TCanonicalSpan, TStatusCode } from "../types.ts";
import { resolveConventions } from "../conventions/resolve-conventions.ts";
import { readExceptions, toSpanEvents, toSpanLinks, toStatusCode } from "./span-events.ts";

export type TSpanContext = {
  resourceAttributes: TAttributes;
  scope: TOtlpScope;
};

/** One decoded span with valid ids → the canonical span. Pure; never throws on odd attribute values. */
export function normalizeSpan(span: TOtlpSpan, context: TSpanContext): TCanonicalSpan {
  const resolved = resolveConventions({
    name: span.name,
    attributes: span.attributes,
    resourceAttributes: context.resourceAttributes,
    events: span.events,
    startTimeUnixNano: span.startTimeUnixNano,
    namespaces: namespacesOf(span.attributes),
  });
  const exceptions = readExceptions(span.events);
  const statusCode = statusOf(toStatusCode(span.status.code), resolved.level);
  const statusMessage =
    resolved.statusMessage ??
    (span.status.message !== "" ? span.status.message : null) ??
    (statusCode === "ERROR" ? (resolved.errorType ?? exceptions[0]?.message ?? null) : null);

  return {
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    name: span.name,
    kind: resolved.kind,
    otelSpanKind: span.kind,
    startTimeUnixNano: span.startTimeUnixNano,
    endTimeUnixNano: span.endTimeUnixNano,
    statusCode,
    statusMessage,
    traceName: resolved.traceName,
    userId: resolved.userId,
    sessionId: resolved.sessionId,
    tags: resolved.tags ?? [],
    environment: resolved.environment,
    release: resolved.release,
    model: resolved.model,
    provider: resolved.provider,
    modelParameters: resolved.modelParameters,
    input: resolved.input,
    output: resolved.output,
    inputMessages: resolved.inputMessages,
    outputMessages: resolved.outputMessages,
    usage: resolved.usage,
    providedCost: resolved.providedCost,
    metadata: resolved.metadata,
    promptName: resolved.promptName,
    promptVersion: resolved.promptVersion,
    exceptions,
    events: toSpanEvents(span.events),
    links: toSpanLinks(span.links),
    attributes: span.attributes,
    resourceAttributes: context.resourceAttributes,
    scopeName: context.scope.name,
    scopeVersion: context.scope.version,
    scopeAttributes: context.scope.attributes,
    traceState: span.traceState,
    flags: span.flags,
    level: resolved.level,
    completionStartTimeUnixNano: resolved.completionStartTimeUnixNano,
    traceInput: resolved.traceInput,
    traceOutput: resolved.traceOutput,
  };
}

/** Langfuse SDKs can mark a failure only through the level; that is still a failed span. */
function statusOf(code: TStatusCode, level: string | null): TStatusCode {
  return code === "UNSET" && level === "ERROR" ? "ERROR" : code;
}

function namespacesOf(attributes: TAttributes): Set<string> {
  const namespaces = new Set<string>();
  for (const key in attributes) {
    const dot = key.indexOf(".");
    namespaces.add(dot === -1 ? key : key.slice(0, dot));
  }
  return namespaces;
}
