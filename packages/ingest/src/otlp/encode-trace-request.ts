import { EXPORT_TRACE_SERVICE_REQUEST, withRecursionLimit } from "./proto-schema.ts";
import type { TAttributes, TAttributeValue, TOtlpSpan, TOtlpTraceRequest } from "./types.ts";

/**
 * Encoders for a decoded request, the inverse of the two decoders: the tests round-trip through them
 * and load generators use them to build bodies. Ids are expected to be valid hex (invalid characters
 * would be dropped by Buffer's hex parser). A number attribute becomes intValue when it is a safe
 * integer and doubleValue otherwise, which is the only reading a JS number allows.
 */

type TWireAnyValue = Record<string, unknown>;

function toWireValue(value: TAttributeValue, format: "protobuf" | "json"): TWireAnyValue {
  if (value === null) return {};
  if (typeof value === "string") return { stringValue: value };
  if (typeof value === "boolean") return { boolValue: value };
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return { intValue: format === "json" ? String(value) : value };
    return { doubleValue: format === "json" && !Number.isFinite(value) ? String(value) : value };
  }
  if (Array.isArray(value)) return { arrayValue: { values: value.map((item) => toWireValue(item, format)) } };
  return { kvlistValue: { values: toWireAttributes(value, format) } };
}

function toWireAttributes(attributes: TAttributes, format: "protobuf" | "json"): TWireAnyValue[] {
  return Object.entries(attributes).map(([key, value]) => ({ key, value: toWireValue(value, format) }));
}

function toWireRequest(request: TOtlpTraceRequest, format: "protobuf" | "json"): Record<string, unknown> {
  const id = (hex: string): unknown => (format === "json" ? hex : Buffer.from(hex, "hex"));
  const time = (nanos: bigint): string => nanos.toString();
  const span = (value: TOtlpSpan): Record<string, unknown> => ({
    traceId: id(value.traceId),
    spanId: id(value.spanId),
    ...(value.parentSpanId === null ? {} : { parentSpanId: id(value.parentSpanId) }),
    traceState: value.traceState,
    flags: value.flags,
    name: value.name,
    kind: value.kind,
    startTimeUnixNano: time(value.startTimeUnixNano),
    endTimeUnixNano: time(value.endTimeUnixNano),
    attributes: toWireAttributes(value.attributes, format),
    droppedAttributesCount: value.droppedAttributesCount,
    events: value.events.map((event) => ({
      timeUnixNano: time(event.timeUnixNano),
      name: event.name,
      attributes: toWireAttributes(event.attributes, format),
    })),
    droppedEventsCount: value.droppedEventsCount,
    links: value.links.map((link) => ({
      traceId: id(link.traceId),
      spanId: id(link.spanId),
      traceState: link.traceState,
      attributes: toWireAttributes(link.attributes, format),
    })),
    droppedLinksCount: value.droppedLinksCount,
    status: value.status,
  });
  return {
    resourceSpans: request.resourceSpans.map((resourceSpans) => ({
      resource: { attributes: toWireAttributes(resourceSpans.resource.attributes, format) },
      scopeSpans: resourceSpans.scopeSpans.map((scopeSpans) => ({
        scope: { ...scopeSpans.scope, attributes: toWireAttributes(scopeSpans.scope.attributes, format) },
        spans: scopeSpans.spans.map(span),
        schemaUrl: scopeSpans.schemaUrl,
      })),
      schemaUrl: resourceSpans.schemaUrl,
    })),
  };
}

/** An `ExportTraceServiceRequest` protobuf body. */
export function encodeProtobufTraceRequest(request: TOtlpTraceRequest): Uint8Array {
  return withRecursionLimit(() => EXPORT_TRACE_SERVICE_REQUEST.encode(toWireRequest(request, "protobuf")).finish());
}

/** A spec-conformant OTLP/JSON body (hex ids, int64 as decimal strings, enums as numbers). */
export function encodeJsonTraceRequest(request: TOtlpTraceRequest): string {
  return JSON.stringify(toWireRequest(request, "json"));
}
