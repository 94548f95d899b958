import fc from "fast-check";
import type { TAttributes, TAttributeValue, TOtlpSpan, TOtlpTraceRequest } from "../src/otlp/types.ts";

/** fast-check generators of decoded OTLP requests, for round-trip and mutation properties. */

function hexId(byteLength: number): fc.Arbitrary<string> {
  return fc
    .uint8Array({ minLength: byteLength, maxLength: byteLength })
    .filter((bytes) => bytes.some((byte) => byte !== 0))
    .map((bytes) => Buffer.from(bytes).toString("hex"));
}

const { value: attributeValue } = fc.letrec<{ value: TAttributeValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    // -0 would come back as 0 through intValue; they are the same attribute.
    fc.maxSafeInteger().map((integer) => (integer === 0 ? 0 : integer)),
    fc.double().filter((double) => !Number.isSafeInteger(double)),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.string(), tie("value"), { maxKeys: 3, noNullPrototype: true }),
  ),
}));

export const attributesArbitrary: fc.Arbitrary<TAttributes> = fc.dictionary(fc.string(), attributeValue, {
  maxKeys: 4,
  noNullPrototype: true,
});

const uint32 = fc.integer({ min: 0, max: 0xffffffff });
const uint64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });

const spanArbitrary: fc.Arbitrary<TOtlpSpan> = fc.record({
  traceId: hexId(16),
  spanId: hexId(8),
  parentSpanId: fc.option(hexId(8), { nil: null }),
  traceState: fc.string(),
  flags: uint32,
  name: fc.string(),
  kind: fc.integer({ min: 0, max: 5 }),
  startTimeUnixNano: uint64,
  endTimeUnixNano: uint64,
  attributes: attributesArbitrary,
  droppedAttributesCount: uint32,
  events: fc.array(fc.record({ timeUnixNano: uint64, name: fc.string(), attributes: attributesArbitrary }), { maxLength: 2 }),
  droppedEventsCount: uint32,
  links: fc.array(
    fc.record({ traceId: hexId(16), spanId: hexId(8), traceState: fc.string(), attributes: attributesArbitrary }),
    { maxLength: 2 },
  ),
  droppedLinksCount: uint32,
  status: fc.record({ code: fc.constantFrom(0 as const, 1 as const, 2 as const), message: fc.string() }),
});

export const traceRequestArbitrary: fc.Arbitrary<TOtlpTraceRequest> = fc.record({
  resourceSpans: fc.array(
    fc.record({
      resource: fc.record({ attributes: attributesArbitrary }),
      scopeSpans: fc.array(
        fc.record({
          scope: fc.record({ name: fc.string(), version: fc.string(), attributes: attributesArbitrary }),
          spans: fc.array(spanArbitrary, { maxLength: 3 }),
          schemaUrl: fc.string(),
        }),
        { maxLength: 2 },
      ),
      schemaUrl: fc.string(),
    }),
    { maxLength: 2 },
  ),
});

/** Field names of the OTLP JSON vocabulary in both spellings, so random bodies reach deep code paths. */
export const OTLP_JSON_KEYS = [
  "resourceSpans", "resource_spans", "resource", "attributes", "scopeSpans", "scope_spans", "scope", "spans",
  "traceId", "trace_id", "spanId", "span_id", "parentSpanId", "name", "kind", "startTimeUnixNano",
  "endTimeUnixNano", "events", "links", "status", "code", "message", "key", "value", "stringValue", "intValue",
  "doubleValue", "boolValue", "arrayValue", "kvlistValue", "bytesValue", "values", "timeUnixNano", "flags",
  "type", "data", "low", "high", "unsigned", "__proto__", "constructor",
];
