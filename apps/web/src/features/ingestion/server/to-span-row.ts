import type { TSpanRow } from "@spanlight/db";
import type { TCanonicalSpan, TSpanCost } from "@spanlight/ingest";
import { cleanText, toJsonText } from "./json-text";
import { inputPreviewOf, outputPreviewOf } from "./previews";

/** Timestamps outside 1970..2262 cannot be stored (and are never real): such a span is rejected. */
const MAX_UNIX_NANO = 9_000_000_000_000_000_000n;
const MAX_INT32 = 2_147_483_647;

export function invalidTimeReason(span: TCanonicalSpan): string | null {
  if (span.startTimeUnixNano <= 0n || span.startTimeUnixNano > MAX_UNIX_NANO)
    return "startTimeUnixNano is missing or out of range";
  if (span.endTimeUnixNano > MAX_UNIX_NANO) return "endTimeUnixNano is out of range";
  return null;
}

/** A canonical span, costed, as the writer stores it. */
export function toSpanRow(options: { projectId: string; span: TCanonicalSpan; cost: TSpanCost }): TSpanRow {
  const { projectId, span, cost } = options;
  // An end before the start (clock skew, unset end) is stored as a zero-length span.
  const endUnixNano = span.endTimeUnixNano < span.startTimeUnixNano ? span.startTimeUnixNano : span.endTimeUnixNano;
  const json = {
    input: toJsonText(span.input),
    output: toJsonText(span.output),
    inputMessages: toJsonText(span.inputMessages),
    outputMessages: toJsonText(span.outputMessages),
    modelParameters: toJsonText(span.modelParameters),
    metadata: toJsonText(isEmpty(span.metadata) ? null : span.metadata),
    attributes: toJsonText(span.attributes) ?? "{}",
    resourceAttributes: toJsonText(span.resourceAttributes) ?? "{}",
    events: toJsonText(span.events.length ? span.events : null),
    exceptions: toJsonText(span.exceptions.length ? span.exceptions : null),
    links: toJsonText(span.links.length ? span.links : null),
    extra: toJsonText(extraOf(span)),
  };
  const jsonBytes = Object.values(json).reduce((sum, text) => sum + (text?.length ?? 0), 0);
  return {
    projectId,
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    name: cleanText(span.name) ?? "",
    kind: span.kind,
    otelSpanKind: span.otelSpanKind,
    startUnixNano: span.startTimeUnixNano,
    endUnixNano,
    statusCode: span.statusCode,
    statusMessage: cleanText(span.statusMessage),
    model: cleanText(span.model),
    provider: cleanText(span.provider),
    inputTokens: tokenCount(span.usage.input),
    outputTokens: tokenCount(span.usage.output),
    totalTokens: tokenCount(span.usage.total),
    cacheReadTokens: tokenCount(span.usage.cacheRead),
    cacheWriteTokens: tokenCount(span.usage.cacheWrite),
    reasoningTokens: tokenCount(span.usage.reasoning),
    costUsd: finiteOrNull(cost.costUsd),
    inputCostUsd: finiteOrNull(cost.inputCostUsd),
    outputCostUsd: finiteOrNull(cost.outputCostUsd),
    costSource: cost.costSource,
    priceId: cost.priceId,
    userId: cleanText(span.userId),
    sessionId: cleanText(span.sessionId),
    environment: cleanText(span.environment),
    release: cleanText(span.release),
    promptName: cleanText(span.promptName),
    promptVersion: cleanText(span.promptVersion),
    scopeName: cleanText(span.scopeName) || null,
    inputPreview: inputPreviewOf(span),
    outputPreview: outputPreviewOf(span),
    inputJson: json.input,
    outputJson: json.output,
    inputMessagesJson: json.inputMessages,
    outputMessagesJson: json.outputMessages,
    modelParametersJson: json.modelParameters,
    metadataJson: json.metadata,
    attributesJson: json.attributes,
    resourceAttributesJson: json.resourceAttributes,
    eventsJson: json.events,
    exceptionsJson: json.exceptions,
    linksJson: json.links,
    extraJson: json.extra,
    traceName: cleanText(span.traceName),
    tags: span.tags.map((tag) => cleanText(tag) ?? "").filter(Boolean),
    sizeBytes: jsonBytes + span.name.length + 512,
  };
}

/** What a span carries that has no column of its own, kept so nothing sent is lost. */
function extraOf(span: TCanonicalSpan): Record<string, unknown> | null {
  const extra: Record<string, unknown> = {
    scopeVersion: span.scopeVersion || undefined,
    scopeAttributes: isEmpty(span.scopeAttributes) ? undefined : span.scopeAttributes,
    traceState: span.traceState || undefined,
    flags: span.flags || undefined,
    level: span.level ?? undefined,
    completionStartTimeUnixNano: span.completionStartTimeUnixNano ?? undefined,
    traceInput: span.traceInput ?? undefined,
    traceOutput: span.traceOutput ?? undefined,
  };
  const present = Object.entries(extra).filter(([, value]) => value !== undefined);
  return present.length ? Object.fromEntries(present) : null;
}

function tokenCount(value: number | null): number | null {
  if (value === null || !Number.isFinite(value) || value < 0) return null;
  return Math.min(Math.round(value), MAX_INT32);
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

function isEmpty(value: object | null | undefined): boolean {
  return !value || Object.keys(value).length === 0;
}
