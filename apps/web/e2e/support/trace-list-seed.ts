// Traces for the trace list specs: OpenInference-style chat turns (a CHAIN root holding the question
// and answer, an LLM child with tokens and a provided cost), each with its own name, user, session,
// tags and cost, sent over OTLP/HTTP JSON like an SDK would. A run label keeps one run's traces apart
// from everything else the suite sends to the init project.
import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { postOtlpJson, randomSpanId, randomTraceId, waitForTrace } from "./otlp-send";

export type TListTrace = {
  traceId: string;
  name: string;
  userId: string;
  sessionId: string;
  tags: string[];
  input: string;
  output: string;
  costUsd: number;
  promptTokens: number;
  completionTokens: number;
  isError: boolean;
  /** How long before now the trace started. */
  agoMs: number;
  durationMs: number;
  /** The model call's model (default gpt-4o-mini). */
  model?: string;
};

type TAttributeValue = string | number | string[];

function keyValues(attributes: Record<string, TAttributeValue>) {
  return Object.entries(attributes).map(([key, value]) => ({
    key,
    value: Array.isArray(value)
      ? { arrayValue: { values: value.map((item) => ({ stringValue: item })) } }
      : typeof value === "string"
        ? { stringValue: value }
        : Number.isInteger(value)
          ? { intValue: String(value) }
          : { doubleValue: value },
  }));
}

const nanos = (ms: number) => `${BigInt(Math.round(ms)) * 1_000_000n}`;

/** One trace as an OTLP/JSON ExportTraceServiceRequest: the root chain and one model call under it. */
export function listTraceJson(trace: TListTrace): Record<string, unknown> {
  const startMs = Date.now() - trace.agoMs;
  const rootSpanId = randomSpanId();
  const facts = { "user.id": trace.userId, "session.id": trace.sessionId, "tag.tags": trace.tags };
  return {
    resourceSpans: [
      {
        resource: { attributes: keyValues({ "service.name": "trace-list-e2e", "deployment.environment.name": "e2e" }) },
        scopeSpans: [
          {
            scope: { name: "trace-list-e2e" },
            spans: [
              {
                traceId: trace.traceId,
                spanId: rootSpanId,
                name: trace.name,
                kind: 2,
                startTimeUnixNano: nanos(startMs),
                endTimeUnixNano: nanos(startMs + trace.durationMs),
                attributes: keyValues({
                  ...facts,
                  "openinference.span.kind": "CHAIN",
                  "input.value": trace.input,
                  "output.value": trace.output,
                }),
                status: { code: 1 },
              },
              {
                traceId: trace.traceId,
                spanId: randomSpanId(),
                parentSpanId: rootSpanId,
                name: "ChatCompletion",
                kind: 3,
                startTimeUnixNano: nanos(startMs + 50),
                endTimeUnixNano: nanos(startMs + trace.durationMs - 50),
                attributes: keyValues({
                  ...facts,
                  "openinference.span.kind": "LLM",
                  "llm.model_name": trace.model ?? "gpt-4o-mini",
                  "llm.token_count.prompt": trace.promptTokens,
                  "llm.token_count.completion": trace.completionTokens,
                  "llm.cost.total": trace.costUsd,
                }),
                status: trace.isError ? { code: 2, message: "the model provider answered 503" } : { code: 1 },
              },
            ],
          },
        ],
      },
    ],
  };
}

export function newRunLabel(): string {
  return `tl${randomBytes(4).toString("hex")}`;
}

/** Four traces a person can tell apart by name, user, tags, input, cost and status. */
export function seedTraces(run: string): TListTrace[] {
  const base = { sessionId: `${run}-session`, promptTokens: 1_200, completionTokens: 300, durationMs: 1_500 };
  return [
    {
      ...base,
      traceId: randomTraceId(),
      name: `${run}-checkout`,
      userId: `${run}-alice`,
      tags: [run, "prod"],
      input: "How do I reset my password?",
      output: "Open Settings, then Security, then Reset password.",
      costUsd: 0.003,
      isError: false,
      agoMs: 4 * 60_000,
    },
    {
      ...base,
      traceId: randomTraceId(),
      name: `${run}-flights`,
      userId: `${run}-bob`,
      tags: [run, "beta"],
      input: `Find flights to Lisbon-${run} next Friday`,
      output: "I could not reach the flights provider.",
      costUsd: 0.012,
      isError: true,
      agoMs: 3 * 60_000,
      promptTokens: 14_000,
      durationMs: 3_250,
    },
    {
      ...base,
      traceId: randomTraceId(),
      name: `${run}-summarize`,
      userId: `${run}-carol`,
      tags: [run],
      input: "Summarise this support ticket in one line.",
      output: "Customer cannot log in after the update.",
      costUsd: 0.0005,
      isError: false,
      agoMs: 2 * 60_000,
      durationMs: 820,
    },
    {
      ...base,
      traceId: randomTraceId(),
      name: `${run}-translate`,
      userId: `${run}-dave`,
      tags: [run, "prod"],
      input: "Translate 'good morning' into Portuguese.",
      output: "Bom dia.",
      costUsd: 0.05,
      isError: false,
      agoMs: 60_000,
      durationMs: 640,
    },
  ];
}

/** Sends the traces and waits until the read API reports each one whole. */
export async function sendListTraces(request: APIRequestContext, traces: TListTrace[]): Promise<void> {
  for (const trace of traces) await postOtlpJson(request, listTraceJson(trace));
  for (const trace of traces) await waitForTrace(request, { traceId: trace.traceId, spanCount: 2 });
}

/**
 * `count` one-span traces in a single OTLP request, a second apart and newest last, all tagged
 * `tag`: enough rows to page through.
 */
export function manyTracesJson(tag: string, count: number): { body: Record<string, unknown>; traceIds: string[] } {
  const now = Date.now();
  const traceIds = Array.from({ length: count }, () => randomTraceId());
  const spans = traceIds.map((traceId, index) => {
    const startMs = now - (count - index) * 1_000;
    return {
      traceId,
      spanId: randomSpanId(),
      name: `${tag}-bulk-${String(index).padStart(3, "0")}`,
      kind: 1,
      startTimeUnixNano: nanos(startMs),
      endTimeUnixNano: nanos(startMs + 200 + index),
      attributes: keyValues({ "tag.tags": [tag], "input.value": `Bulk question ${index}` }),
      status: { code: 1 },
    };
  });
  return {
    body: {
      resourceSpans: [
        {
          resource: { attributes: keyValues({ "service.name": "trace-list-e2e" }) },
          scopeSpans: [{ scope: { name: "trace-list-e2e" }, spans }],
        },
      ],
    },
    traceIds,
  };
}
