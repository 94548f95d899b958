import { describe, expect, it } from "vitest";
import { makeRequest, TRACE_ID } from "../../test/sample-trace-request.ts";
import { decodeProtobufTraceRequest } from "./decode-protobuf.ts";
import { encodeProtobufTraceRequest } from "./encode-trace-request.ts";
import { OtlpDecodeError } from "./errors.ts";
import { EXPORT_TRACE_SERVICE_REQUEST, withRecursionLimit } from "./proto-schema.ts";
import type { TOtlpSpan } from "./types.ts";

/** Encodes one span given as protobufjs wire fields, to reach shapes our own encoder never makes. */
function encodeWireSpan(span: Record<string, unknown>): Uint8Array {
  const request = { resourceSpans: [{ scopeSpans: [{ spans: [span] }] }] };
  return withRecursionLimit(() => EXPORT_TRACE_SERVICE_REQUEST.encode(request).finish());
}

function decodeSingleSpan(bytes: Uint8Array): TOtlpSpan {
  const span = decodeProtobufTraceRequest(bytes).resourceSpans[0]?.scopeSpans[0]?.spans[0];
  if (span === undefined) throw new Error("no span decoded");
  return span;
}

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

const WIRE_IDS = { traceId: Buffer.from(TRACE_ID, "hex"), spanId: Buffer.from("eee19b7ec3c1b174", "hex") };

describe("decodeProtobufTraceRequest", () => {
  it("round-trips a request with every attribute kind, nanosecond times and the __proto__ key", () => {
    const request = makeRequest();
    const decoded = decodeProtobufTraceRequest(encodeProtobufTraceRequest(request));
    expect(decoded).toEqual(request);
    const attributes = decoded.resourceSpans[0]?.scopeSpans[0]?.spans[1]?.attributes ?? {};
    expect(Object.hasOwn(attributes, "__proto__")).toBe(true);
    expect(decoded.resourceSpans[0]?.scopeSpans[0]?.spans[1]?.startTimeUnixNano).toBe(1_544_712_660_000_000_001n);
  });

  it("treats a zero-byte body as the empty request", () => {
    expect(decodeProtobufTraceRequest(new Uint8Array())).toEqual({ resourceSpans: [] });
  });

  it("decodes ids to lower-case hex and keeps wrong-length ids as the hex that arrived", () => {
    const span = decodeSingleSpan(
      encodeWireSpan({ traceId: Buffer.from("ABCDEF", "hex"), spanId: Buffer.from("0102030405060708", "hex") }),
    );
    expect(span.traceId).toBe("abcdef");
    expect(span.spanId).toBe("0102030405060708");
  });

  it("reads an absent, empty or all-zero parent span id as a root span", () => {
    expect(decodeSingleSpan(encodeWireSpan({ ...WIRE_IDS })).parentSpanId).toBeNull();
    expect(decodeSingleSpan(encodeWireSpan({ ...WIRE_IDS, parentSpanId: Buffer.alloc(0) })).parentSpanId).toBeNull();
    expect(decodeSingleSpan(encodeWireSpan({ ...WIRE_IDS, parentSpanId: Buffer.alloc(8) })).parentSpanId).toBeNull();
  });

  it("turns int64 into a number when safe and a decimal string otherwise, bytes into base64", () => {
    const span = decodeSingleSpan(
      encodeWireSpan({
        ...WIRE_IDS,
        attributes: [
          { key: "safe", value: { intValue: "-9007199254740991" } },
          { key: "unsafe", value: { intValue: "-9223372036854775808" } },
          { key: "bytes", value: { bytesValue: Buffer.from([0, 1, 2, 250]) } },
          { key: "empty", value: {} },
          { key: "missing" },
          { key: "zero", value: { intValue: 0 } },
        ],
      }),
    );
    expect(span.attributes).toEqual({
      safe: -9007199254740991,
      unsafe: "-9223372036854775808",
      bytes: Buffer.from([0, 1, 2, 250]).toString("base64"),
      empty: null,
      missing: null,
      zero: 0,
    });
  });

  it("keeps the full unsigned 64-bit range of times", () => {
    const span = decodeSingleSpan(encodeWireSpan({ ...WIRE_IDS, endTimeUnixNano: "18446744073709551615" }));
    expect(span.endTimeUnixNano).toBe(18_446_744_073_709_551_615n);
    expect(span.startTimeUnixNano).toBe(0n);
  });

  it("reads an unknown status code as UNSET and keeps an unknown span kind number", () => {
    const span = decodeSingleSpan(encodeWireSpan({ ...WIRE_IDS, kind: 9, status: { code: 7, message: "?" } }));
    expect(span.kind).toBe(9);
    expect(span.status).toEqual({ code: 0, message: "?" });
  });

  it("rejects a truncated body with an OtlpDecodeError that says what was wrong", () => {
    const bytes = encodeProtobufTraceRequest(makeRequest());
    const error = captureError(() => decodeProtobufTraceRequest(bytes.subarray(0, bytes.length - 7)));
    expect(error).toBeInstanceOf(OtlpDecodeError);
    expect((error as Error).message).toMatch(/^body: not a valid ExportTraceServiceRequest protobuf \(/);
  });

  it("rejects AnyValue nesting deeper than 64 levels with the path of the value", () => {
    let value: Record<string, unknown> = { stringValue: "leaf" };
    for (let level = 0; level < 70; level++) value = { arrayValue: { values: [value] } };
    const error = captureError(() => decodeProtobufTraceRequest(encodeWireSpan({ ...WIRE_IDS, attributes: [{ key: "deep", value }] })));
    expect(error).toBeInstanceOf(OtlpDecodeError);
    expect((error as Error).message).toMatch(/^resourceSpans\[0\]\.scopeSpans\[0\]\.spans\[0\]\.attributes\[0\]\.value\..*nested deeper than 64 levels$/);
  });

  it("accepts array and kvlist nesting up to the limit", () => {
    let array: Record<string, unknown> = { stringValue: "leaf" };
    let kvlist: Record<string, unknown> = { stringValue: "leaf" };
    for (let level = 0; level < 63; level++) {
      array = { arrayValue: { values: [array] } };
      kvlist = { kvlistValue: { values: [{ key: "k", value: kvlist }] } };
    }
    const attributes = [{ key: "array", value: array }, { key: "kvlist", value: kvlist }];
    const span = decodeSingleSpan(encodeWireSpan({ ...WIRE_IDS, attributes }));
    expect(JSON.stringify(span.attributes["array"])).toBe(`${"[".repeat(63)}"leaf"${"]".repeat(63)}`);
    expect(JSON.stringify(span.attributes["kvlist"])).toBe(`${'{"k":'.repeat(63)}"leaf"${"}".repeat(63)}`);
  });

  it("rejects a hand-built 50k-level nesting as an OtlpDecodeError, without a stack overflow", () => {
    const error = captureError(() => decodeProtobufTraceRequest(buildDeeplyNestedAnyValueRequest(50_000)));
    expect(error).toBeInstanceOf(OtlpDecodeError);
  });
});

/**
 * ExportTraceServiceRequest → ResourceSpans → ScopeSpans → Span → KeyValue → AnyValue, then `levels`
 * × (AnyValue.array_value → ArrayValue.values), written back to front so each length prefix is known.
 */
function buildDeeplyNestedAnyValueRequest(levels: number): Uint8Array {
  const buffer = Buffer.alloc(levels * 12 + 64);
  let start = buffer.length;
  const prepend = (fieldTag: number): void => {
    const length = buffer.length - start;
    const varint: number[] = [];
    let rest = length;
    do {
      varint.push((rest & 0x7f) | (rest > 0x7f ? 0x80 : 0));
      rest >>>= 7;
    } while (rest > 0);
    start -= varint.length + 1;
    buffer[start] = fieldTag;
    Buffer.from(varint).copy(buffer, start + 1);
  };
  for (let level = 0; level < levels; level++) {
    prepend(0x0a); // ArrayValue.values (1, length-delimited)
    prepend(0x2a); // AnyValue.array_value (5, length-delimited)
  }
  prepend(0x12); // KeyValue.value (2)
  prepend(0x4a); // Span.attributes (9)
  prepend(0x12); // ScopeSpans.spans (2)
  prepend(0x12); // ResourceSpans.scope_spans (2)
  prepend(0x0a); // ExportTraceServiceRequest.resource_spans (1)
  return buffer.subarray(start);
}
