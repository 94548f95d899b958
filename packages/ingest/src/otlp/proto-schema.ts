import protobuf from "protobufjs";
import { MAX_ANY_VALUE_DEPTH } from "./wire-values.ts";

/**
 * The subset of opentelemetry-proto v1 (common, resource, trace, collector/trace) and google.rpc.Status
 * that the trace receiver needs, as `.proto` text. It is bundled as a string so that loading it does no
 * file I/O and needs no code generation; protobufjs builds reflection types from it once at import.
 * Field numbers follow opentelemetry-proto v1.x; fields we do not read (entity refs, profiles-only
 * string indexes) are omitted and therefore skipped as unknown fields by the decoder.
 */
const OTLP_TRACE_PROTO = `
package opentelemetry.proto.common.v1;

message AnyValue {
  oneof value {
    string string_value = 1;
    bool bool_value = 2;
    int64 int_value = 3;
    double double_value = 4;
    ArrayValue array_value = 5;
    KeyValueList kvlist_value = 6;
    bytes bytes_value = 7;
  }
}
message ArrayValue { repeated AnyValue values = 1; }
message KeyValueList { repeated KeyValue values = 1; }
message KeyValue {
  string key = 1;
  AnyValue value = 2;
}
message InstrumentationScope {
  string name = 1;
  string version = 2;
  repeated KeyValue attributes = 3;
  uint32 dropped_attributes_count = 4;
}

package opentelemetry.proto.resource.v1;

message Resource {
  repeated opentelemetry.proto.common.v1.KeyValue attributes = 1;
  uint32 dropped_attributes_count = 2;
}

package opentelemetry.proto.trace.v1;

message ResourceSpans {
  opentelemetry.proto.resource.v1.Resource resource = 1;
  repeated ScopeSpans scope_spans = 2;
  string schema_url = 3;
}
message ScopeSpans {
  opentelemetry.proto.common.v1.InstrumentationScope scope = 1;
  repeated Span spans = 2;
  string schema_url = 3;
}
message Span {
  bytes trace_id = 1;
  bytes span_id = 2;
  string trace_state = 3;
  bytes parent_span_id = 4;
  fixed32 flags = 16;
  string name = 5;
  enum SpanKind {
    SPAN_KIND_UNSPECIFIED = 0;
    SPAN_KIND_INTERNAL = 1;
    SPAN_KIND_SERVER = 2;
    SPAN_KIND_CLIENT = 3;
    SPAN_KIND_PRODUCER = 4;
    SPAN_KIND_CONSUMER = 5;
  }
  SpanKind kind = 6;
  fixed64 start_time_unix_nano = 7;
  fixed64 end_time_unix_nano = 8;
  repeated opentelemetry.proto.common.v1.KeyValue attributes = 9;
  uint32 dropped_attributes_count = 10;
  message Event {
    fixed64 time_unix_nano = 1;
    string name = 2;
    repeated opentelemetry.proto.common.v1.KeyValue attributes = 3;
    uint32 dropped_attributes_count = 4;
  }
  repeated Event events = 11;
  uint32 dropped_events_count = 12;
  message Link {
    bytes trace_id = 1;
    bytes span_id = 2;
    string trace_state = 3;
    repeated opentelemetry.proto.common.v1.KeyValue attributes = 4;
    uint32 dropped_attributes_count = 5;
    fixed32 flags = 6;
  }
  repeated Link links = 13;
  uint32 dropped_links_count = 14;
  Status status = 15;
}
message Status {
  string message = 2;
  enum StatusCode {
    STATUS_CODE_UNSET = 0;
    STATUS_CODE_OK = 1;
    STATUS_CODE_ERROR = 2;
  }
  StatusCode code = 3;
}

package opentelemetry.proto.collector.trace.v1;

service TraceService {
  rpc Export(ExportTraceServiceRequest) returns (ExportTraceServiceResponse) {}
}
message ExportTraceServiceRequest {
  repeated opentelemetry.proto.trace.v1.ResourceSpans resource_spans = 1;
}
message ExportTraceServiceResponse {
  ExportTracePartialSuccess partial_success = 1;
}
message ExportTracePartialSuccess {
  int64 rejected_spans = 1;
  string error_message = 2;
}

package google.protobuf;

message Any {
  string type_url = 1;
  bytes value = 2;
}

package google.rpc;

message Status {
  int32 code = 1;
  string message = 2;
  repeated google.protobuf.Any details = 3;
}
`;

/**
 * protobufjs allows one `package` per parsed text, so the bundle is split on `package` lines and each
 * part is parsed into the same root; cross-package references resolve once everything is loaded.
 */
function buildRoot(): protobuf.Root {
  const root = new protobuf.Root();
  const parts = OTLP_TRACE_PROTO.split(/^(?=package )/m).filter((part) => part.trim() !== "");
  for (const part of parts) protobuf.parse(`syntax = "proto3";\n${part}`, root, { keepCase: false });
  root.resolveAll();
  return root;
}

const ROOT = buildRoot();

export const EXPORT_TRACE_SERVICE_REQUEST = ROOT.lookupType(
  "opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest",
);
export const EXPORT_TRACE_SERVICE_RESPONSE = ROOT.lookupType(
  "opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse",
);
export const RPC_STATUS = ROOT.lookupType("google.rpc.Status");

/*
 * protobufjs stops at 100 nested messages (protoc's default). An AnyValue level costs two (array) or
 * three (kvlist) message levels below the five of request → span → attribute, so that limit would cut
 * kvlists at about 31 levels while JSON allows MAX_ANY_VALUE_DEPTH (64). The limit is a module-wide
 * setting, so it is raised only for the duration of our own synchronous encode/decode calls.
 */
const OUR_RECURSION_LIMIT = 5 + 3 * MAX_ANY_VALUE_DEPTH + 3;

export function withRecursionLimit<T>(run: () => T): T {
  const previous = { util: protobuf.util.recursionLimit, reader: protobuf.Reader.recursionLimit };
  protobuf.util.recursionLimit = Math.max(previous.util, OUR_RECURSION_LIMIT);
  protobuf.Reader.recursionLimit = Math.max(previous.reader, OUR_RECURSION_LIMIT);
  try {
    return run();
  } finally {
    protobuf.util.recursionLimit = previous.util;
    protobuf.Reader.recursionLimit = previous.reader;
  }
}

/** The gRPC method path exporters call. */
export const TRACE_SERVICE_EXPORT_PATH = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
