import { OtlpDecodeError } from "./errors.ts";
import { EXPORT_TRACE_SERVICE_REQUEST, withRecursionLimit } from "./proto-schema.ts";
import type {
  TAttributes,
  TAttributeValue,
  TOtlpEvent,
  TOtlpLink,
  TOtlpResourceSpans,
  TOtlpScopeSpans,
  TOtlpSpan,
  TOtlpTraceRequest,
} from "./types.ts";
import {
  MAX_ANY_VALUE_DEPTH,
  bytesToBase64,
  bytesToHex,
  int64ToAttributeValue,
  longBitsToBigInt,
  parentIdOrNull,
  setOwn,
  toStatusCode,
} from "./wire-values.ts";
import type { TLongBits } from "./wire-values.ts";

/*
 * protobufjs reflection decodes into untyped message objects. These types describe what it hands
 * back for our schema: unset message fields are null or absent, repeated fields are arrays, unset
 * bytes fields read as an empty array from the prototype, 64-bit fields are Long objects (long.js is
 * a protobufjs dependency, so they are never lossy numbers).
 */
type TPbLong = TLongBits | number;
type TPbBytes = Uint8Array | number[];
type TPbKeyValue = { key?: string; value?: TPbAnyValue | null };
type TPbAnyValue = {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: TPbLong;
  doubleValue?: number;
  arrayValue?: { values?: TPbAnyValue[] } | null;
  kvlistValue?: { values?: TPbKeyValue[] } | null;
  bytesValue?: TPbBytes;
};
type TPbEvent = { timeUnixNano?: TPbLong; name?: string; attributes?: TPbKeyValue[] };
type TPbLink = { traceId?: TPbBytes; spanId?: TPbBytes; traceState?: string; attributes?: TPbKeyValue[] };
type TPbSpan = {
  traceId?: TPbBytes;
  spanId?: TPbBytes;
  parentSpanId?: TPbBytes;
  traceState?: string;
  flags?: number;
  name?: string;
  kind?: number;
  startTimeUnixNano?: TPbLong;
  endTimeUnixNano?: TPbLong;
  attributes?: TPbKeyValue[];
  droppedAttributesCount?: number;
  events?: TPbEvent[];
  droppedEventsCount?: number;
  links?: TPbLink[];
  droppedLinksCount?: number;
  status?: { message?: string; code?: number } | null;
};
type TPbScopeSpans = {
  scope?: { name?: string; version?: string; attributes?: TPbKeyValue[] } | null;
  spans?: TPbSpan[];
  schemaUrl?: string;
};
type TPbResourceSpans = {
  resource?: { attributes?: TPbKeyValue[] } | null;
  scopeSpans?: TPbScopeSpans[];
  schemaUrl?: string;
};
type TPbRequest = { resourceSpans?: TPbResourceSpans[] };

/** Decodes an OTLP `ExportTraceServiceRequest` protobuf body (HTTP or gRPC). Throws only OtlpDecodeError. */
export function decodeProtobufTraceRequest(bytes: Uint8Array): TOtlpTraceRequest {
  let message: TPbRequest;
  try {
    message = withRecursionLimit(() => EXPORT_TRACE_SERVICE_REQUEST.decode(bytes)) as unknown as TPbRequest;
  } catch (error) {
    // protobufjs throws plain Error/RangeError on truncated, malformed or too deeply nested input;
    // all mean the same thing to an exporter.
    const reason = error instanceof Error ? error.message : String(error);
    throw new OtlpDecodeError(`body: not a valid ExportTraceServiceRequest protobuf (${reason})`, { cause: error });
  }
  return {
    resourceSpans: (message.resourceSpans ?? []).map((resourceSpans, index) =>
      toResourceSpans(resourceSpans, `resourceSpans[${index}]`),
    ),
  };
}

function toResourceSpans(message: TPbResourceSpans, path: string): TOtlpResourceSpans {
  return {
    resource: { attributes: toAttributes(message.resource?.attributes, `${path}.resource.attributes`, 0) },
    scopeSpans: (message.scopeSpans ?? []).map((scopeSpans, index) =>
      toScopeSpans(scopeSpans, `${path}.scopeSpans[${index}]`),
    ),
    schemaUrl: message.schemaUrl ?? "",
  };
}

function toScopeSpans(message: TPbScopeSpans, path: string): TOtlpScopeSpans {
  const scope = message.scope;
  return {
    scope: {
      name: scope?.name ?? "",
      version: scope?.version ?? "",
      attributes: toAttributes(scope?.attributes, `${path}.scope.attributes`, 0),
    },
    spans: (message.spans ?? []).map((span, index) => toSpan(span, `${path}.spans[${index}]`)),
    schemaUrl: message.schemaUrl ?? "",
  };
}

function toSpan(message: TPbSpan, path: string): TOtlpSpan {
  return {
    traceId: toHex(message.traceId),
    spanId: toHex(message.spanId),
    parentSpanId: parentIdOrNull(toHex(message.parentSpanId)),
    traceState: message.traceState ?? "",
    flags: message.flags ?? 0,
    name: message.name ?? "",
    kind: message.kind ?? 0,
    startTimeUnixNano: toUint64(message.startTimeUnixNano),
    endTimeUnixNano: toUint64(message.endTimeUnixNano),
    attributes: toAttributes(message.attributes, `${path}.attributes`, 0),
    droppedAttributesCount: message.droppedAttributesCount ?? 0,
    events: (message.events ?? []).map((event, index) => toEvent(event, `${path}.events[${index}]`)),
    droppedEventsCount: message.droppedEventsCount ?? 0,
    links: (message.links ?? []).map((link, index) => toLink(link, `${path}.links[${index}]`)),
    droppedLinksCount: message.droppedLinksCount ?? 0,
    status: { code: toStatusCode(message.status?.code ?? 0), message: message.status?.message ?? "" },
  };
}

function toEvent(message: TPbEvent, path: string): TOtlpEvent {
  return {
    timeUnixNano: toUint64(message.timeUnixNano),
    name: message.name ?? "",
    attributes: toAttributes(message.attributes, `${path}.attributes`, 0),
  };
}

function toLink(message: TPbLink, path: string): TOtlpLink {
  return {
    traceId: toHex(message.traceId),
    spanId: toHex(message.spanId),
    traceState: message.traceState ?? "",
    attributes: toAttributes(message.attributes, `${path}.attributes`, 0),
  };
}

function asBytes(bytes: TPbBytes | undefined): Uint8Array {
  if (bytes === undefined) return new Uint8Array();
  return bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
}

function toHex(bytes: TPbBytes | undefined): string {
  return bytesToHex(asBytes(bytes));
}

function toUint64(value: TPbLong | undefined): bigint {
  if (value === undefined) return 0n;
  return typeof value === "number" ? BigInt(value) : longBitsToBigInt(value, true);
}

function toAttributes(list: TPbKeyValue[] | undefined, path: string, depth: number): TAttributes {
  const attributes: TAttributes = {};
  (list ?? []).forEach((keyValue, index) => {
    setOwn(attributes, keyValue.key ?? "", toValue(keyValue.value, `${path}[${index}].value`, depth));
  });
  return attributes;
}

function toValue(value: TPbAnyValue | null | undefined, path: string, depth: number): TAttributeValue {
  if (value === null || value === undefined) return null;
  if (depth >= MAX_ANY_VALUE_DEPTH) {
    throw new OtlpDecodeError(`${path}: value nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
  }
  // Decoded fields are own properties; proto3 defaults live on the prototype, so hasOwn tells set from unset.
  if (Object.hasOwn(value, "stringValue")) return value.stringValue ?? "";
  if (Object.hasOwn(value, "boolValue")) return value.boolValue ?? false;
  if (Object.hasOwn(value, "intValue")) return toInt64Attribute(value.intValue);
  if (Object.hasOwn(value, "doubleValue")) return value.doubleValue ?? 0;
  if (Object.hasOwn(value, "arrayValue")) {
    return (value.arrayValue?.values ?? []).map((item, index) =>
      toValue(item, `${path}.arrayValue.values[${index}]`, depth + 1),
    );
  }
  if (Object.hasOwn(value, "kvlistValue")) {
    return toAttributes(value.kvlistValue?.values, `${path}.kvlistValue.values`, depth + 1);
  }
  if (Object.hasOwn(value, "bytesValue")) return bytesToBase64(asBytes(value.bytesValue));
  return null;
}

function toInt64Attribute(value: TPbLong | undefined): TAttributeValue {
  if (value === undefined) return 0;
  return int64ToAttributeValue(typeof value === "number" ? BigInt(value) : longBitsToBigInt(value, false));
}
