import { deflateSync, gzipSync } from "node:zlib";
import { closeDb, getPool, SpanWriter } from "@spanlight/db";
import { basicAuthHeader, seedProjectWithKey } from "@spanlight/db/testing";
import { encodeJsonTraceRequest, encodeProtobufTraceRequest } from "@spanlight/ingest";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { traceRequestArbitrary } from "../../../../packages/ingest/test/otlp-arbitraries.ts";
import { recordedBodyOf } from "./real-fixtures.itest-support.ts";
import { agentTrace, requestOf } from "./testing/genai-trace.ts";
import { postGoodTrace, postOtlp, startHttpReceiver } from "./testing/otlp-test-receivers.ts";
import type { THttpReceiver } from "./testing/otlp-test-receivers.ts";

const PROTOBUF = "application/x-protobuf";
const JSON_TYPE = "application/json";

/** A fixed seed: a failure reproduces, and the run is the same on every machine. */
const FUZZ_SEED = 20_261_127;
const FUZZ_RUNS = 200;

type TFuzzBody = { body: Uint8Array; contentType: string };

type TMutation = { position: number; byte: number; operation: "set" | "insert" | "delete" | "truncate" };

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

const mutationsArbitrary = fc.array(
  fc.record({
    position: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
    operation: fc.constantFrom<TMutation["operation"]>("set", "set", "set", "insert", "delete", "truncate"),
  }),
  { minLength: 1, maxLength: 8 },
);

/** Any UTF-16 code units, NUL and lone surrogates included: what JSON escapes can smuggle in. */
const rawTextArbitrary = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 12,
});

/** A well-formed agent trace whose span name, one attribute key and values are arbitrary text. */
const hostileTextRequestArbitrary = fc
  .record({ name: rawTextArbitrary, key: rawTextArbitrary, value: rawTextArbitrary, isJson: fc.boolean() })
  .map(({ name, key, value, isJson }) => {
    const { spans } = agentTrace();
    spans[0]!.name = name;
    spans[1]!.attributes[key] = value;
    spans[1]!.attributes["user.id"] = value;
    spans[1]!.attributes["gen_ai.input.messages"] = JSON.stringify([
      { role: "user", parts: [{ type: "text", content: value }] },
    ]);
    const request = requestOf(spans);
    return isJson
      ? { body: Buffer.from(encodeJsonTraceRequest(request)), contentType: JSON_TYPE }
      : { body: encodeProtobufTraceRequest(request), contentType: PROTOBUF };
  });

function bodyArbitrary(seeds: TFuzzBody[]): fc.Arbitrary<TFuzzBody> {
  return fc.oneof(
    // Real SDK bodies with a few bytes changed: mostly decodable, with damage in odd places.
    fc
      .tuple(fc.constantFrom(...seeds), mutationsArbitrary)
      .map(([seed, mutations]) => ({ ...seed, body: mutate(seed.body, mutations) })),
    // Well-formed requests with hostile content (any strings, huge numbers, deep values) that reach the database.
    fc
      .tuple(traceRequestArbitrary, fc.boolean())
      .map(([request, isJson]) =>
        isJson
          ? { body: Buffer.from(encodeJsonTraceRequest(request)), contentType: JSON_TYPE }
          : { body: encodeProtobufTraceRequest(request), contentType: PROTOBUF },
      ),
    hostileTextRequestArbitrary,
    // Any JSON at all, and any bytes at all.
    fc.json({ maxDepth: 4 }).map((text) => ({ body: Buffer.from(text), contentType: JSON_TYPE })),
    fc
      .tuple(fc.uint8Array({ maxLength: 512 }), fc.constantFrom(PROTOBUF, JSON_TYPE))
      .map(([body, contentType]) => ({ body, contentType })),
  );
}

/** The body as sent: plain, compressed as declared, or declared compressed without being so. */
const encodingArbitrary = fc.constantFrom<"identity" | "gzip" | "deflate" | "lying-gzip">(
  "identity",
  "identity",
  "gzip",
  "deflate",
  "lying-gzip",
);

function encode(
  body: Uint8Array,
  encoding: "identity" | "gzip" | "deflate" | "lying-gzip",
): { body: Uint8Array; contentEncoding?: string } {
  if (encoding === "gzip") return { body: gzipSync(body), contentEncoding: "gzip" };
  if (encoding === "deflate") return { body: deflateSync(body), contentEncoding: "deflate" };
  if (encoding === "lying-gzip") return { body, contentEncoding: "gzip" };
  return { body };
}

describe("[OTLP/HTTP] hostile bodies", () => {
  let authorization: string;
  let writer: SpanWriter;
  let receiver: THttpReceiver;

  beforeAll(async () => {
    const { key } = await seedProjectWithKey();
    authorization = basicAuthHeader(key.publicKey, key.secretKey);
    writer = new SpanWriter({ pool: getPool() });
    receiver = await startHttpReceiver({ writer });
  });
  afterAll(async () => {
    await receiver.close();
    await writer.drain();
    await closeDb();
  });

  it(`${FUZZ_RUNS} random and mutated bodies never get a 5xx, and the server keeps answering`, async () => {
    const seeds: TFuzzBody[] = [
      "otel-sdk-genai-proto",
      "openinference-openai-chain",
      "otel-sdk-genai-json",
      "langfuse-tracing",
    ].map((fixture) => {
      const recorded = recordedBodyOf(fixture);
      return { body: recorded.body, contentType: recorded.contentType };
    });
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(bodyArbitrary(seeds), encodingArbitrary, async (fuzz, encoding) => {
        const encoded = encode(fuzz.body, encoding);
        const answer = await postOtlp(receiver, { ...encoded, contentType: fuzz.contentType, authorization });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        // A 5xx would tell the exporter to retry a body that can never succeed.
        expect([200, 400], `status ${answer.status}: ${answer.body.toString("utf8").slice(0, 300)}`).toContain(
          answer.status,
        );
        expect(answer.contentType).toBe(fuzz.contentType);
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS },
    );

    // The mix really exercised both outcomes, not just one path.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(20);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(20);
    expect((await postGoodTrace(receiver, authorization)).status).toBe(200);
  });
});
