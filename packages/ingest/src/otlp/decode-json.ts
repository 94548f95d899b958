import { OtlpDecodeError } from "./errors.ts";
import {
  SPAN_KIND_ENUM,
  STATUS_CODE_ENUM,
  field,
  isJsonObject,
  readArray,
  readEnum,
  readInt64,
  readObject,
  readString,
  readUint32,
} from "./json-fields.ts";
import type { TJsonObject } from "./json-fields.ts";
import { readAttributes, readId } from "./json-values.ts";
import { parseJsonKeepingBigIntegers } from "./parse-json.ts";
import type {
  TOtlpEvent,
  TOtlpLink,
  TOtlpResourceSpans,
  TOtlpScopeSpans,
  TOtlpSpan,
  TOtlpTraceRequest,
} from "./types.ts";
import { SPAN_ID_BYTES, TRACE_ID_BYTES, parentIdOrNull, toStatusCode } from "./wire-values.ts";

/**
 * Decodes an OTLP/JSON `ExportTraceServiceRequest`, tolerant of the quirks listed in SEMCONV §6.2
 * (base64 ids, enum names, snake_case keys, numbers for int64, plain-object attributes, protobufjs
 * Buffer/Long shapes). Unknown fields are ignored. A missing or null `resourceSpans` is the empty
 * request (`{}`), which the spec treats as a success. Throws only OtlpDecodeError.
 */
export function decodeJsonTraceRequest(text: string): TOtlpTraceRequest {
  const body = parseJsonKeepingBigIntegers(text);
  if (!isJsonObject(body)) throw new OtlpDecodeError("body: expected a JSON object");
  return {
    resourceSpans: readArray(field(body, "resourceSpans"), "resourceSpans").map((item, index) =>
      readResourceSpans(item, `resourceSpans[${index}]`),
    ),
  };
}

function requireObject(value: unknown, path: string): TJsonObject {
  if (isJsonObject(value)) return value;
  throw new OtlpDecodeError(`${path}: expected an object`);
}

function readResourceSpans(value: unknown, path: string): TOtlpResourceSpans {
  const object = requireObject(value, path);
  const resource = readObject(field(object, "resource"), `${path}.resource`);
  // `instrumentationLibrarySpans` is the pre-1.0 name of scopeSpans, still sent by old SDKs.
  const scopeSpans = field(object, "scopeSpans") ?? field(object, "instrumentationLibrarySpans");
  return {
    resource: { attributes: resource === null ? {} : readAttributes(field(resource, "attributes"), `${path}.resource.attributes`) },
    scopeSpans: readArray(scopeSpans, `${path}.scopeSpans`).map((item, index) =>
      readScopeSpans(item, `${path}.scopeSpans[${index}]`),
    ),
    schemaUrl: readString(field(object, "schemaUrl"), `${path}.schemaUrl`),
  };
}

function readScopeSpans(value: unknown, path: string): TOtlpScopeSpans {
  const object = requireObject(value, path);
  const scope = readObject(field(object, "scope") ?? field(object, "instrumentationLibrary"), `${path}.scope`);
  return {
    scope: {
      name: scope === null ? "" : readString(field(scope, "name"), `${path}.scope.name`),
      version: scope === null ? "" : readString(field(scope, "version"), `${path}.scope.version`),
      attributes: scope === null ? {} : readAttributes(field(scope, "attributes"), `${path}.scope.attributes`),
    },
    spans: readArray(field(object, "spans"), `${path}.spans`).map((item, index) =>
      readSpan(item, `${path}.spans[${index}]`),
    ),
    schemaUrl: readString(field(object, "schemaUrl"), `${path}.schemaUrl`),
  };
}

function readSpan(value: unknown, path: string): TOtlpSpan {
  const span = requireObject(value, path);
  const status = readObject(field(span, "status"), `${path}.status`);
  return {
    traceId: readId(field(span, "traceId"), TRACE_ID_BYTES, `${path}.traceId`),
    spanId: readId(field(span, "spanId"), SPAN_ID_BYTES, `${path}.spanId`),
    parentSpanId: parentIdOrNull(readId(field(span, "parentSpanId"), SPAN_ID_BYTES, `${path}.parentSpanId`)),
    traceState: readString(field(span, "traceState"), `${path}.traceState`),
    flags: readUint32(field(span, "flags"), `${path}.flags`),
    name: readString(field(span, "name"), `${path}.name`),
    kind: readEnum(field(span, "kind"), `${path}.kind`, SPAN_KIND_ENUM),
    startTimeUnixNano: readInt64(field(span, "startTimeUnixNano"), `${path}.startTimeUnixNano`, true),
    endTimeUnixNano: readInt64(field(span, "endTimeUnixNano"), `${path}.endTimeUnixNano`, true),
    attributes: readAttributes(field(span, "attributes"), `${path}.attributes`),
    droppedAttributesCount: readUint32(field(span, "droppedAttributesCount"), `${path}.droppedAttributesCount`),
    events: readArray(field(span, "events"), `${path}.events`).map((item, index) =>
      readEvent(item, `${path}.events[${index}]`),
    ),
    droppedEventsCount: readUint32(field(span, "droppedEventsCount"), `${path}.droppedEventsCount`),
    links: readArray(field(span, "links"), `${path}.links`).map((item, index) =>
      readLink(item, `${path}.links[${index}]`),
    ),
    droppedLinksCount: readUint32(field(span, "droppedLinksCount"), `${path}.droppedLinksCount`),
    status: {
      code: status === null ? 0 : toStatusCode(readEnum(field(status, "code"), `${path}.status.code`, STATUS_CODE_ENUM)),
      message: status === null ? "" : readString(field(status, "message"), `${path}.status.message`),
    },
  };
}

function readEvent(value: unknown, path: string): TOtlpEvent {
  const event = requireObject(value, path);
  return {
    timeUnixNano: readInt64(field(event, "timeUnixNano"), `${path}.timeUnixNano`, true),
    name: readString(field(event, "name"), `${path}.name`),
    attributes: readAttributes(field(event, "attributes"), `${path}.attributes`),
  };
}

function readLink(value: unknown, path: string): TOtlpLink {
  const link = requireObject(value, path);
  return {
    traceId: readId(field(link, "traceId"), TRACE_ID_BYTES, `${path}.traceId`),
    spanId: readId(field(link, "spanId"), SPAN_ID_BYTES, `${path}.spanId`),
    traceState: readString(field(link, "traceState"), `${path}.traceState`),
    attributes: readAttributes(field(link, "attributes"), `${path}.attributes`),
  };
}
