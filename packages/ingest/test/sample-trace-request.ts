import type { TOtlpSpan, TOtlpTraceRequest } from "../src/otlp/types.ts";

/** A small GenAI-looking request that exercises every AnyValue kind, shared by the decoder tests. */

export const TRACE_ID = "5b8efff798038103d269b633813fc60c";
export const ROOT_SPAN_ID = "eee19b7ec3c1b174";
export const CHILD_SPAN_ID = "eee19b7ec3c1b173";

export function makeSpan(overrides: Partial<TOtlpSpan> = {}): TOtlpSpan {
  return {
    traceId: TRACE_ID,
    spanId: CHILD_SPAN_ID,
    parentSpanId: ROOT_SPAN_ID,
    traceState: "vendor=value",
    flags: 257,
    name: "chat gpt-4o-mini",
    kind: 3,
    startTimeUnixNano: 1_544_712_660_000_000_001n,
    endTimeUnixNano: 1_544_712_661_123_456_789n,
    attributes: {
      "gen_ai.operation.name": "chat",
      "gen_ai.request.model": "gpt-4o-mini",
      "gen_ai.usage.input_tokens": 12,
      "gen_ai.request.temperature": 0.25,
      "gen_ai.response.finish_reasons": ["tool_calls"],
      "llm.is_streaming": false,
      "app.big_counter": "9223372036854775807",
      "app.negative": -42,
      "app.nothing": null,
      "app.nested": { messages: [{ role: "user", content: "hi" }], depth: { level: 2 } },
      ["__proto__"]: "kept as an attribute",
    },
    droppedAttributesCount: 1,
    events: [
      { timeUnixNano: 1_544_712_660_500_000_000n, name: "gen_ai.choice", attributes: { index: 0 } },
    ],
    droppedEventsCount: 0,
    links: [{ traceId: "0af7651916cd43dd8448eb211c80319c", spanId: "b7ad6b7169203331", traceState: "", attributes: { "link.kind": "follows" } }],
    droppedLinksCount: 2,
    status: { code: 2, message: "rate limited" },
    ...overrides,
  };
}

export function makeRequest(): TOtlpTraceRequest {
  return {
    resourceSpans: [
      {
        resource: { attributes: { "service.name": "support-bot", "telemetry.sdk.language": "nodejs" } },
        scopeSpans: [
          {
            scope: { name: "spanlight.test", version: "1.0.0", attributes: { "scope.attr": true } },
            spans: [
              makeSpan({ spanId: ROOT_SPAN_ID, parentSpanId: null, name: "invoke_agent support", kind: 1, status: { code: 0, message: "" } }),
              makeSpan(),
            ],
            schemaUrl: "https://opentelemetry.io/schemas/1.37.0",
          },
        ],
        schemaUrl: "",
      },
    ],
  };
}
