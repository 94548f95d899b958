import { describe, expect, it } from "vitest";
import { makeRequest } from "../../test/sample-trace-request.ts";
import { decodeJsonTraceRequest } from "./decode-json.ts";
import { encodeJsonTraceRequest } from "./encode-trace-request.ts";
import { OtlpDecodeError } from "./errors.ts";
import type { TOtlpSpan } from "./types.ts";

const TRACE_HEX = "5b8efff798038103d269b633813fc60c";
const SPAN_HEX = "eee19b7ec3c1b174";

/** A one-span body around the given span JSON, in lowerCamelCase unless the span says otherwise. */
function bodyWithSpan(span: Record<string, unknown>): string {
  return JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: TRACE_HEX, spanId: SPAN_HEX, ...span }] }] }] });
}

function decodeSingleSpan(text: string): TOtlpSpan {
  const span = decodeJsonTraceRequest(text).resourceSpans[0]?.scopeSpans[0]?.spans[0];
  if (span === undefined) throw new Error("no span decoded");
  return span;
}

function decodeError(text: string): OtlpDecodeError {
  try {
    decodeJsonTraceRequest(text);
  } catch (error) {
    if (error instanceof OtlpDecodeError) return error;
    throw error;
  }
  throw new Error("expected an OtlpDecodeError");
}

describe("decodeJsonTraceRequest: the spec encoding", () => {
  it("round-trips a request with every attribute kind", () => {
    const request = makeRequest();
    expect(decodeJsonTraceRequest(encodeJsonTraceRequest(request))).toEqual(request);
  });

  it("treats {} and a null resourceSpans as the empty request", () => {
    expect(decodeJsonTraceRequest("{}")).toEqual({ resourceSpans: [] });
    expect(decodeJsonTraceRequest('{"resourceSpans":null}')).toEqual({ resourceSpans: [] });
  });

  it("parses decimal-string times into exact bigints", () => {
    const span = decodeSingleSpan(bodyWithSpan({ startTimeUnixNano: "1544712660000000001", endTimeUnixNano: "18446744073709551615" }));
    expect(span.startTimeUnixNano).toBe(1_544_712_660_000_000_001n);
    expect(span.endTimeUnixNano).toBe(18_446_744_073_709_551_615n);
  });

  it("ignores unknown fields at every level", () => {
    const text = JSON.stringify({
      extra: 1,
      resourceSpans: [{ future: true, resource: { entityRefs: [] }, scopeSpans: [{ spans: [{ traceId: TRACE_HEX, spanId: SPAN_HEX, newField: { a: 1 } }] }] }],
    });
    expect(decodeSingleSpan(text).spanId).toBe(SPAN_HEX);
  });
});

describe("decodeJsonTraceRequest: tolerated quirks", () => {
  it("accepts upper-case hex ids", () => {
    const span = decodeSingleSpan(bodyWithSpan({ traceId: TRACE_HEX.toUpperCase(), parentSpanId: "EEE19B7EC3C1B173" }));
    expect(span.traceId).toBe(TRACE_HEX);
    expect(span.parentSpanId).toBe("eee19b7ec3c1b173");
  });

  it("accepts base64 ids, padded and unpadded, told apart from hex by length", () => {
    const trace64 = Buffer.from(TRACE_HEX, "hex").toString("base64");
    const span64 = Buffer.from(SPAN_HEX, "hex").toString("base64");
    expect(trace64).toHaveLength(24);
    expect(span64).toHaveLength(12);
    const padded = decodeSingleSpan(bodyWithSpan({ traceId: trace64, spanId: span64 }));
    const unpadded = decodeSingleSpan(bodyWithSpan({ traceId: trace64.replace(/=+$/, ""), spanId: span64.replace(/=+$/, "") }));
    expect([padded.traceId, padded.spanId]).toEqual([TRACE_HEX, SPAN_HEX]);
    expect([unpadded.traceId, unpadded.spanId]).toEqual([TRACE_HEX, SPAN_HEX]);
  });

  it("keeps an id that is neither hex nor base64 of the right size, for validation to reject", () => {
    const span = decodeSingleSpan(bodyWithSpan({ traceId: "not-an-id", spanId: "ABC" }));
    expect(span.traceId).toBe("not-an-id");
    expect(span.spanId).toBe("abc");
  });

  it("accepts JSON numbers for int64, keeping big literals exact", () => {
    const text = bodyWithSpan({ attributes: [{ key: "n", value: { intValue: 7 } }] }).replace(
      '"spanId"',
      '"startTimeUnixNano": 1544712660000000001, "endTimeUnixNano": 1544712660000000999, "spanId"',
    );
    const span = decodeSingleSpan(text);
    expect(span.startTimeUnixNano).toBe(1_544_712_660_000_000_001n);
    expect(span.endTimeUnixNano).toBe(1_544_712_660_000_000_999n);
    expect(span.attributes["n"]).toBe(7);
  });

  it("accepts enum names for kind and status code", () => {
    const span = decodeSingleSpan(bodyWithSpan({ kind: "SPAN_KIND_CLIENT", status: { code: "STATUS_CODE_ERROR", message: "boom" } }));
    expect(span.kind).toBe(3);
    expect(span.status).toEqual({ code: 2, message: "boom" });
  });

  it("accepts snake_case keys throughout", () => {
    const text = JSON.stringify({
      resource_spans: [
        {
          resource: { attributes: [{ key: "service.name", value: { string_value: "svc" } }] },
          scope_spans: [
            {
              scope: { name: "scope" },
              spans: [
                {
                  trace_id: TRACE_HEX,
                  span_id: SPAN_HEX,
                  parent_span_id: "",
                  start_time_unix_nano: "5",
                  end_time_unix_nano: "6",
                  dropped_attributes_count: 2,
                  attributes: [{ key: "list", value: { array_value: { values: [{ int_value: "1" }, { bool_value: true }] } } }],
                },
              ],
              schema_url: "s",
            },
          ],
        },
      ],
    });
    const request = decodeJsonTraceRequest(text);
    const span = request.resourceSpans[0]?.scopeSpans[0]?.spans[0];
    expect(request.resourceSpans[0]?.resource.attributes).toEqual({ "service.name": "svc" });
    expect(request.resourceSpans[0]?.scopeSpans[0]?.schemaUrl).toBe("s");
    expect(span).toMatchObject({ parentSpanId: null, startTimeUnixNano: 5n, endTimeUnixNano: 6n, droppedAttributesCount: 2 });
    expect(span?.attributes).toEqual({ list: [1, true] });
  });

  it('accepts doubleValue as "NaN", "Infinity" and "-Infinity"', () => {
    const attributes = ["NaN", "Infinity", "-Infinity", 0.5].map((doubleValue, index) => ({ key: `d${index}`, value: { doubleValue } }));
    expect(decodeSingleSpan(bodyWithSpan({ attributes })).attributes).toEqual({ d0: NaN, d1: Infinity, d2: -Infinity, d3: 0.5 });
  });

  it("accepts attributes as a plain object, with AnyValue, Long and Buffer shapes inside", () => {
    const attributes = {
      "gen_ai.system": "openai",
      tokens: 12,
      nested: { a: [1, "x"] },
      wrapped: { stringValue: "from AnyValue" },
      long: { low: 5, high: 1, unsigned: false },
      blob: { type: "Buffer", data: [1, 2, 3] },
    };
    expect(decodeSingleSpan(bodyWithSpan({ attributes })).attributes).toEqual({
      "gen_ai.system": "openai",
      tokens: 12,
      nested: { a: [1, "x"] },
      wrapped: "from AnyValue",
      long: 2 ** 32 + 5,
      blob: Buffer.from([1, 2, 3]).toString("base64"),
    });
  });

  it("accepts Buffer-shaped ids and Long-shaped times (protobufjs artefacts)", () => {
    const span = decodeSingleSpan(
      bodyWithSpan({
        traceId: { type: "Buffer", data: [...Buffer.from(TRACE_HEX, "hex")] },
        spanId: { type: "Buffer", data: [...Buffer.from(SPAN_HEX, "hex")] },
        startTimeUnixNano: { low: 1_000_000_001 - 2 ** 32 + 2 ** 32, high: 359_656_442, unsigned: true },
        endTimeUnixNano: { low: -1, high: -1, unsigned: true },
      }),
    );
    expect([span.traceId, span.spanId]).toEqual([TRACE_HEX, SPAN_HEX]);
    expect(span.startTimeUnixNano).toBe((359_656_442n << 32n) + 1_000_000_001n);
    expect(span.endTimeUnixNano).toBe(2n ** 64n - 1n);
  });

  it("reads the pre-1.0 instrumentationLibrarySpans name", () => {
    const text = JSON.stringify({
      resourceSpans: [{ instrumentationLibrarySpans: [{ instrumentationLibrary: { name: "old", version: "0.1" }, spans: [{ traceId: TRACE_HEX, spanId: SPAN_HEX }] }] }],
    });
    expect(decodeJsonTraceRequest(text).resourceSpans[0]?.scopeSpans[0]?.scope).toEqual({ name: "old", version: "0.1", attributes: {} });
  });

  it("keeps an attribute named __proto__ as an own property", () => {
    const span = decodeSingleSpan(bodyWithSpan({ attributes: [{ key: "__proto__", value: { stringValue: "x" } }] }));
    expect(Object.hasOwn(span.attributes, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(span.attributes)).toBe(Object.prototype);
  });
});

describe("decodeJsonTraceRequest: errors", () => {
  it("rejects a body that is not a JSON object", () => {
    for (const text of ["[]", '"x"', "null", "42", ""]) expect(decodeError(text)).toBeInstanceOf(OtlpDecodeError);
    expect(decodeError("[]").message).toBe("body: expected a JSON object");
    expect(decodeError("{").message).toMatch(/^body: not valid JSON/);
  });

  it("rejects a resourceSpans that is not an array", () => {
    expect(decodeError('{"resourceSpans":{}}').message).toBe("resourceSpans: expected an array");
  });

  it("names the path of a field that cannot be read", () => {
    const spans = [0, 1, 2, 3].map((index) => ({ traceId: TRACE_HEX, spanId: SPAN_HEX, startTimeUnixNano: index === 3 ? "soon" : "1" }));
    const text = JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [] }, { spans }] }] });
    expect(decodeError(text).message).toBe("resourceSpans[0].scopeSpans[1].spans[3].startTimeUnixNano: expected an integer");
  });

  it("rejects unknown enum names and wrongly typed values", () => {
    expect(decodeError(bodyWithSpan({ kind: "SPAN_KIND_SIDEWAYS" })).message).toMatch(/spans\[0\]\.kind: expected an enum/);
    expect(decodeError(bodyWithSpan({ name: 5 })).message).toMatch(/spans\[0\]\.name: expected a string$/);
    expect(decodeError(bodyWithSpan({ attributes: [{ key: "k", value: { intValue: 1.5 } }] })).message).toBe(
      "resourceSpans[0].scopeSpans[0].spans[0].attributes[0].value.intValue: expected an integer",
    );
    expect(decodeError(bodyWithSpan({ traceId: [1, 2] })).message).toMatch(/traceId: expected a hex or base64 id string$/);
  });

  it("rejects AnyValue nesting deeper than 64 levels", () => {
    let value: Record<string, unknown> = { stringValue: "leaf" };
    for (let level = 0; level < 65; level++) value = { kvlistValue: { values: [{ key: "k", value }] } };
    expect(decodeError(bodyWithSpan({ attributes: [{ key: "deep", value }] })).message).toMatch(/nested deeper than 64 levels$/);
    const plain = `${"[".repeat(100_000)}"leaf"${"]".repeat(100_000)}`;
    const deepPlain = bodyWithSpan({ attributes: { deep: "PLACEHOLDER" } }).replace('"PLACEHOLDER"', plain);
    expect(decodeError(deepPlain).message).toMatch(/nested deeper than 64 levels$/);
  });
});
