import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OTLP_JSON_KEYS, traceRequestArbitrary } from "../../test/otlp-arbitraries.ts";
import { decodeJsonTraceRequest } from "./decode-json.ts";
import { decodeProtobufTraceRequest } from "./decode-protobuf.ts";
import { encodeJsonTraceRequest, encodeProtobufTraceRequest } from "./encode-trace-request.ts";
import { OtlpDecodeError } from "./errors.ts";

/** Runs a decoder on hostile input: returning is fine, throwing anything but OtlpDecodeError is not. */
function decodesOrRejects(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof OtlpDecodeError)) throw error;
  }
}

type TMutation = { position: number; byte: number; operation: "set" | "insert" | "delete" | "truncate" };

const mutationArbitrary: fc.Arbitrary<TMutation> = fc.record({
  position: fc.nat(),
  byte: fc.integer({ min: 0, max: 255 }),
  operation: fc.constantFrom("set", "insert", "delete", "truncate"),
});

function mutate(bytes: Uint8Array, mutations: TMutation[]): Uint8Array {
  let result = Array.from(bytes);
  for (const { position, byte, operation } of mutations) {
    const at = result.length === 0 ? 0 : position % result.length;
    if (operation === "set") result[at] = byte;
    if (operation === "insert") result.splice(at, 0, byte);
    if (operation === "delete") result.splice(at, 1);
    if (operation === "truncate") result = result.slice(0, at);
  }
  return Uint8Array.from(result);
}

type TSlot = [container: Record<string | number, unknown>, key: string | number];

/** Every (container, key) in a parsed JSON tree, so a mutation can replace any node. */
function collectSlots(node: unknown, slots: TSlot[]): TSlot[] {
  if (typeof node !== "object" || node === null) return slots;
  const container = node as Record<string | number, unknown>;
  for (const [key, item] of Object.entries(container)) {
    slots.push([container, Array.isArray(node) ? Number(key) : key]);
    collectSlots(item, slots);
  }
  return slots;
}

// Thousands of generated requests a test: on a loaded 2-core machine one took 5.6 s (vitest's default
// limit is 5 s), so the limit is about run count, not a speed goal.
describe("decoders under property and fuzz tests", { timeout: 60_000 }, () => {
  it("round-trips any request through protobuf", () => {
    fc.assert(
      fc.property(traceRequestArbitrary, (request) => {
        expect(decodeProtobufTraceRequest(encodeProtobufTraceRequest(request))).toEqual(request);
      }),
      { numRuns: 200 },
    );
  });

  it("round-trips any request through JSON", () => {
    fc.assert(
      fc.property(traceRequestArbitrary, (request) => {
        expect(decodeJsonTraceRequest(encodeJsonTraceRequest(request))).toEqual(request);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws anything but OtlpDecodeError on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => decodesOrRejects(() => decodeProtobufTraceRequest(bytes))),
      { numRuns: 2000 },
    );
  });

  it("never throws anything but OtlpDecodeError on mutated valid protobuf", () => {
    fc.assert(
      fc.property(traceRequestArbitrary, fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), (request, mutations) =>
        decodesOrRejects(() => decodeProtobufTraceRequest(mutate(encodeProtobufTraceRequest(request), mutations))),
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws anything but OtlpDecodeError on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => decodesOrRejects(() => decodeJsonTraceRequest(text))),
      { numRuns: 1000 },
    );
  });

  it("never throws anything but OtlpDecodeError on random JSON shaped with OTLP keys", () => {
    // Random objects inside a valid skeleton, so most bodies reach the span, attribute and value readers.
    const randomObject = fc.object({ key: fc.constantFrom(...OTLP_JSON_KEYS), maxDepth: 5, maxKeys: 6, withNullPrototype: false });
    const scopeSpans = fc.record({ scope: randomObject, spans: fc.array(randomObject, { maxLength: 3 }) });
    const body = fc.record({
      resourceSpans: fc.array(fc.record({ resource: randomObject, scopeSpans: fc.array(scopeSpans, { maxLength: 2 }) }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(body, (value) => decodesOrRejects(() => decodeJsonTraceRequest(JSON.stringify(value)))),
      { numRuns: 1000 },
    );
  });

  it("never throws anything but OtlpDecodeError when any node of a valid JSON body is replaced", () => {
    fc.assert(
      fc.property(traceRequestArbitrary, fc.nat(), fc.jsonValue(), (request, pick, replacement) => {
        const body: unknown = JSON.parse(encodeJsonTraceRequest(request));
        const slots = collectSlots(body, []);
        const slot = slots[pick % Math.max(1, slots.length)];
        if (slot !== undefined) slot[0][slot[1]] = replacement;
        decodesOrRejects(() => decodeJsonTraceRequest(JSON.stringify(body)));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws anything but OtlpDecodeError on byte-mutated valid JSON text", () => {
    fc.assert(
      fc.property(traceRequestArbitrary, fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), (request, mutations) => {
        const bytes = mutate(Buffer.from(encodeJsonTraceRequest(request)), mutations);
        decodesOrRejects(() => decodeJsonTraceRequest(Buffer.from(bytes).toString("utf8")));
      }),
      { numRuns: 500 },
    );
  });
});
