import type { TSpan, TTraceDetail } from "@spanlight/core";
import type {
  TAttributes,
  TOtlpEvent,
  TOtlpLink,
  TOtlpResourceSpans,
  TOtlpScopeSpans,
  TOtlpSpan,
  TOtlpStatusCode,
  TOtlpTraceRequest,
} from "@spanlight/ingest";

const STATUS_CODES: Record<TSpan["statusCode"], TOtlpStatusCode> = { UNSET: 0, OK: 1, ERROR: 2 };

type TStoredEvent = { name?: unknown; timeUnixNano?: unknown; attributes?: unknown };
type TStoredLink = { traceId?: unknown; spanId?: unknown; attributes?: unknown };

/**
 * The stored spans as the OTLP request that would re-create them: attributes and resource
 * attributes as stored (as they came), events, links, status, kind and exact nanosecond times.
 * Spans sharing a resource and a scope are grouped under one ResourceSpans/ScopeSpans, as an SDK
 * sends them. What ingestion does not keep is not invented: dropped counts are 0 and link trace
 * states empty; int64 attributes beyond 2^53 were stored as strings and go out as strings.
 */
export function toOtlpTraceRequest(trace: TTraceDetail): TOtlpTraceRequest {
  const resources = new Map<string, TOtlpResourceSpans & { scopes: Map<string, TOtlpScopeSpans> }>();
  for (const span of trace.spans) {
    const resourceKey = JSON.stringify(span.resourceAttributes);
    let resource = resources.get(resourceKey);
    if (!resource) {
      resource = {
        resource: { attributes: span.resourceAttributes as TAttributes },
        scopeSpans: [],
        schemaUrl: "",
        scopes: new Map(),
      };
      resources.set(resourceKey, resource);
    }
    const scope = {
      name: span.scopeName ?? "",
      version: stringOf(span.extra?.scopeVersion),
      attributes: (span.extra?.scopeAttributes ?? {}) as TAttributes,
    };
    const scopeKey = JSON.stringify(scope);
    let scopeSpans = resource.scopes.get(scopeKey);
    if (!scopeSpans) {
      scopeSpans = { scope, spans: [], schemaUrl: "" };
      resource.scopes.set(scopeKey, scopeSpans);
      resource.scopeSpans.push(scopeSpans);
    }
    scopeSpans.spans.push(toOtlpSpan(span));
  }
  return { resourceSpans: [...resources.values()].map(({ scopes: _scopes, ...resourceSpans }) => resourceSpans) };
}

function toOtlpSpan(span: TSpan): TOtlpSpan {
  return {
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    traceState: stringOf(span.extra?.traceState),
    flags: typeof span.extra?.flags === "number" ? span.extra.flags : 0,
    name: span.name,
    kind: span.otelSpanKind,
    startTimeUnixNano: BigInt(span.startTimeUnixNano),
    endTimeUnixNano: BigInt(span.endTimeUnixNano),
    attributes: span.attributes as TAttributes,
    droppedAttributesCount: 0,
    events: (span.events as TStoredEvent[]).map(toOtlpEvent),
    droppedEventsCount: 0,
    links: (span.links as TStoredLink[]).map(toOtlpLink),
    droppedLinksCount: 0,
    status: { code: STATUS_CODES[span.statusCode], message: span.statusMessage ?? "" },
  };
}

function toOtlpEvent(event: TStoredEvent): TOtlpEvent {
  return {
    name: stringOf(event.name),
    // Stored as a decimal string (JSON has no 64-bit integers).
    timeUnixNano: BigInt(stringOf(event.timeUnixNano) || "0"),
    attributes: (event.attributes ?? {}) as TAttributes,
  };
}

function toOtlpLink(link: TStoredLink): TOtlpLink {
  return {
    traceId: stringOf(link.traceId),
    spanId: stringOf(link.spanId),
    traceState: "",
    attributes: (link.attributes ?? {}) as TAttributes,
  };
}

function stringOf(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}
