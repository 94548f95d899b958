// Hand-built traces for the trace page: one span carrying hostile content, and a big generated tree.
import type { TAttributes, TOtlpSpan, TOtlpTraceRequest } from "@spanlight/ingest";
import { randomSpanId } from "./otlp-send";

const attr = (key: string, value: Record<string, unknown>) => ({ key, value });

export const XSS_CONTENT = [
  "Here is my answer.",
  "",
  "<script>window.__xss=1</script>",
  "",
  '<img src=x onerror="window.__xss=2">',
  "",
  "[click](javascript:window.__xss=3)",
  "",
  "![chart](https://images.example.com/chart.png)",
].join("\n");

/** One LLM span whose answer tries script tags, an onerror handler, a javascript: link and a remote image. */
export function xssTraceJson(traceId: string): Record<string, unknown> {
  return {
    resourceSpans: [
      {
        resource: { attributes: [attr("service.name", { stringValue: "e2e-xss" })] },
        scopeSpans: [
          {
            scope: { name: "e2e-xss" },
            spans: [
              {
                traceId,
                spanId: randomSpanId(),
                name: "chat hostile-model",
                kind: 3,
                startTimeUnixNano: "1764000000000000000",
                endTimeUnixNano: "1764000000800000000",
                attributes: [
                  attr("gen_ai.operation.name", { stringValue: "chat" }),
                  attr("gen_ai.request.model", { stringValue: "gpt-4o-mini" }),
                  attr("gen_ai.input.messages", {
                    stringValue: JSON.stringify([
                      { role: "user", parts: [{ type: "text", content: "Say something nasty." }] },
                    ]),
                  }),
                  attr("gen_ai.output.messages", {
                    stringValue: JSON.stringify([
                      { role: "assistant", parts: [{ type: "text", content: XSS_CONTENT }], finish_reason: "stop" },
                    ]),
                  }),
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

export const STACK_TRACE = [
  "Traceback (most recent call last):",
  '  File "/app/agent.py", line 42, in run',
  "    result = tool.invoke(args)",
  '  File "/app/tools/search.py", line 17, in invoke',
  '    raise TimeoutError("search backend did not answer in 30s")',
  "TimeoutError: search backend did not answer in 30s",
].join("\n");

/**
 * A failing agent run: a root, a tool span that raised (error status, an exception event with a
 * stack trace, metadata), and a span whose parent never arrived.
 */
export function failingTraceJson(traceId: string): Record<string, unknown> {
  const rootId = randomSpanId();
  const span = (fields: Record<string, unknown>) => ({ traceId, kind: 1, ...fields });
  return {
    resourceSpans: [
      {
        resource: {
          attributes: [
            attr("service.name", { stringValue: "e2e-failing" }),
            attr("deployment.environment.name", { stringValue: "staging" }),
          ],
        },
        scopeSpans: [
          {
            scope: { name: "e2e-failing" },
            spans: [
              span({
                spanId: rootId,
                name: "support-agent",
                startTimeUnixNano: "1764000000000000000",
                endTimeUnixNano: "1764000003000000000",
                attributes: [
                  attr("openinference.span.kind", { stringValue: "AGENT" }),
                  attr("input.value", {
                    stringValue: JSON.stringify({
                      ticket: 4711,
                      question: "Where is my order?",
                      history: [{ role: "user", text: "Hi" }],
                    }),
                  }),
                  attr("input.mime_type", { stringValue: "application/json" }),
                ],
              }),
              span({
                spanId: randomSpanId(),
                parentSpanId: rootId,
                name: "search-orders",
                startTimeUnixNano: "1764000000500000000",
                endTimeUnixNano: "1764000002500000000",
                status: { code: 2, message: "search backend did not answer in 30s" },
                attributes: [
                  attr("openinference.span.kind", { stringValue: "TOOL" }),
                  attr("tool.name", { stringValue: "search_orders" }),
                ],
                events: [
                  {
                    timeUnixNano: "1764000002400000000",
                    name: "exception",
                    attributes: [
                      attr("exception.type", { stringValue: "TimeoutError" }),
                      attr("exception.message", { stringValue: "search backend did not answer in 30s" }),
                      attr("exception.stacktrace", { stringValue: STACK_TRACE }),
                    ],
                  },
                  {
                    timeUnixNano: "1764000000600000000",
                    name: "retry",
                    attributes: [attr("attempt", { intValue: "2" })],
                  },
                ],
              }),
              span({
                spanId: randomSpanId(),
                parentSpanId: randomSpanId(),
                name: "late-callback",
                startTimeUnixNano: "1764000002800000000",
                endTimeUnixNano: "1764000002900000000",
                attributes: [],
              }),
            ],
          },
        ],
      },
    ],
  };
}

const KINDS = [
  "AGENT",
  "CHAIN",
  "LLM",
  "TOOL",
  "RETRIEVER",
  "EMBEDDING",
  "RERANKER",
  "GUARDRAIL",
  "EVALUATOR",
] as const;
const BASE_NANOS = 1_764_000_000_000_000_000n;

/**
 * A trace of `spanCount` spans: a root with agent steps fanning out five wide, the kinds cycling, a
 * model call every few spans (with tokens), an error every 97th span and three orphans whose parent
 * never arrives. Start times grow with position so the waterfall has shape.
 */
export function bigTraceRequest(traceId: string, spanCount: number): TOtlpTraceRequest {
  const ids = Array.from({ length: spanCount }, () => randomSpanId());
  const spans: TOtlpSpan[] = ids.map((spanId, index) => {
    const isOrphan = index >= spanCount - 3;
    const parentSpanId = index === 0 ? null : isOrphan ? randomSpanId() : ids[Math.floor((index - 1) / 5)]!;
    const kind = index === 0 ? "AGENT" : KINDS[index % KINDS.length]!;
    const start = BASE_NANOS + BigInt(index) * 1_000_000n;
    const duration = BigInt(5_000_000 + (index % 40) * 1_000_000);
    return {
      traceId,
      spanId,
      parentSpanId,
      traceState: "",
      flags: 0,
      name: index === 0 ? "big-agent-run" : `${kind.toLowerCase()}-step-${index}`,
      kind: 1,
      startTimeUnixNano: start,
      endTimeUnixNano: start + duration,
      attributes: spanAttributes(kind, index),
      droppedAttributesCount: 0,
      events: [],
      droppedEventsCount: 0,
      links: [],
      droppedLinksCount: 0,
      status: index % 97 === 96 ? { code: 2, message: "step failed" } : { code: 0, message: "" },
    };
  });
  return {
    resourceSpans: [
      {
        resource: { attributes: { "service.name": "e2e-big-trace" } },
        scopeSpans: [{ scope: { name: "e2e-big", version: "1", attributes: {} }, spans, schemaUrl: "" }],
        schemaUrl: "",
      },
    ],
  };
}

function spanAttributes(kind: (typeof KINDS)[number], index: number): TAttributes {
  const attributes: TAttributes = { "openinference.span.kind": kind, "input.value": `step ${index} input` };
  if (kind !== "LLM") return attributes;
  return {
    ...attributes,
    "llm.model_name": "gpt-4o-mini",
    "llm.token_count.prompt": 100 + (index % 50),
    "llm.token_count.completion": 20 + (index % 10),
  };
}
