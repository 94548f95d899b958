import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TAttributes, TAttributeValue } from "../otlp/types.ts";
import {
  buildRequest,
  buildSpan,
  normalizeOne,
  spanId,
  START,
  TRACE_ID,
} from "../conventions/__fixtures__/otlp-builders.ts";
import { PRECEDENCE } from "../conventions/precedence.ts";
import { normalizeTraceRequest } from "./normalize-trace-request.ts";

describe("normalizeTraceRequest: ids", () => {
  const request = buildRequest([
    buildSpan({ name: "good root", attributes: {} }),
    buildSpan({ name: "bad trace", traceId: "0".repeat(32), attributes: {} }),
    buildSpan({ name: "bad span", spanId: "xyz", attributes: {} }),
    buildSpan({ name: "bad parent", spanId: spanId(4), parentSpanId: "AAAA", attributes: {} }),
    buildSpan({ name: "good child", spanId: spanId(5), parentSpanId: spanId(1), attributes: {} }),
  ]);
  const result = normalizeTraceRequest(request);

  it("rejects only the spans with invalid ids and keeps the rest", () => {
    expect(result.spans.map((span) => span.name)).toEqual(["good root", "good child"]);
    expect(result.rejected.map((rejected) => rejected.spanIndex)).toEqual(["0.0.1", "0.0.2", "0.0.3"]);
    expect(result.rejected[0]?.reason).toContain("all zeros");
  });

  it("accepts an empty request", () => {
    expect(normalizeTraceRequest({ resourceSpans: [] })).toEqual({ spans: [], rejected: [] });
  });
});

describe("normalizeTraceRequest: carried context", () => {
  const span = normalizeOne(
    {
      name: "plain",
      kind: 2,
      traceState: "vendor=1",
      status: { code: 1, message: "" },
      attributes: { "http.route": "/chat" },
      links: [{ traceId: TRACE_ID, spanId: spanId(9), traceState: "", attributes: { "link.kind": "follows" } }],
    },
    {
      resource: { "service.name": "api", "service.version": "1.4.2", "deployment.environment.name": "prod" },
      scope: { name: "my.instrumentation", version: "0.9.0", attributes: { "scope.attr": true } },
    },
  );

  it("carries resource and scope onto the span", () => {
    expect(span).toMatchObject({
      resourceAttributes: { "service.name": "api", "service.version": "1.4.2", "deployment.environment.name": "prod" },
      scopeName: "my.instrumentation",
      scopeVersion: "0.9.0",
      scopeAttributes: { "scope.attr": true },
    });
  });

  it("reads environment and release from the resource", () => {
    expect(span.environment).toBe("prod");
    expect(span.release).toBe("1.4.2");
  });

  it("keeps OTLP fields, attributes and links as they came", () => {
    expect(span).toMatchObject({
      kind: "SPAN",
      otelSpanKind: 2,
      statusCode: "OK",
      statusMessage: null,
      traceState: "vendor=1",
      attributes: { "http.route": "/chat" },
      links: [{ traceId: TRACE_ID, spanId: spanId(9), attributes: { "link.kind": "follows" } }],
      startTimeUnixNano: START,
    });
    expect(span.usage).toEqual({
      input: null,
      output: null,
      total: null,
      cacheRead: null,
      cacheWrite: null,
      reasoning: null,
    });
  });
});

describe("normalizeTraceRequest: odd values", () => {
  it("falls back to null or text instead of throwing", () => {
    const span = normalizeOne({
      name: "odd",
      attributes: {
        "gen_ai.request.model": 42,
        "gen_ai.usage.input_tokens": "1200",
        "gen_ai.usage.output_tokens": "many",
        "gen_ai.input.messages": "[{not json",
        "llm.invocation_parameters": "{broken",
        "langfuse.observation.usage_details": "nope",
        "langfuse.trace.tags": 5,
        metadata: '{"__proto__":{"polluted":true},"ok":1}',
        "user.id": { nested: true },
      },
    });
    expect(span).toMatchObject({ model: "42", input: "[{not json", modelParameters: null, userId: null, tags: [] });
    expect(span.usage).toMatchObject({ input: 1200, output: null, total: 1200 });
    expect(span.metadata).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("drops times and counts too large to represent (found by the property below)", () => {
    const span = normalizeOne({
      name: "huge",
      attributes: { "ai.stream.msToFirstChunk": 1.797693134862316e302, "gen_ai.usage.input_tokens": 1e300 },
    });
    expect(span.completionStartTimeUnixNano).toBeNull();
    expect(span.usage.input).toBeNull();
  });

  it("never throws whatever value sits under a known key", () => {
    const keys = [...new Set(Object.values(PRECEDENCE).flat())].filter(
      (key) => !key.includes("{") && !key.includes("*"),
    );
    const value: fc.Arbitrary<TAttributeValue> = fc.letrec<{ value: TAttributeValue }>((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.string(),
        fc.constantFrom("{", "[1,", '"x', '[{"role":1}]', '{"input":"x"}', "NaN"),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom("role", "content", "parts", "type", "input", "name", "id"), tie("value"), {
          maxKeys: 3,
        }),
      ),
    })).value;
    const attributes: fc.Arbitrary<TAttributes> = fc.dictionary(
      fc.oneof(
        fc.constantFrom(...keys),
        fc.constantFrom("llm.input_messages.0.message.role", "gen_ai.prompt.0.content"),
      ),
      value,
      { maxKeys: 8 },
    );
    fc.assert(
      fc.property(attributes, (attrs) => {
        const result = normalizeTraceRequest(buildRequest([buildSpan({ name: "fuzz", attributes: attrs })]));
        expect(result.rejected).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
