// A multi-turn conversation sent the way an instrumented chat app exports it: each turn a trace
// whose root span carries the question and answer (OpenInference's input.value / output.value) and
// whose LLM child carries the full chat as OTel GenAI messages, all tagged with session.id and user.id.
import type { APIRequestContext } from "@playwright/test";
import { postOtlpJson, randomSpanId, randomTraceId, waitForTrace } from "./otlp-send";

/** One exchange; a failed one (`isError`) has its model call fail and no answer on the root. */
export type TTurnText = { question: string; answer: string; isError?: boolean };

export const CONVERSATION_SYSTEM_PROMPT = "You are Spanlight's friendly support assistant.";

const attr = (key: string, value: Record<string, unknown>) => ({ key, value });
const text = (key: string, value: string) => attr(key, { stringValue: value });
const nanos = (ms: number) => `${BigInt(Math.round(ms)) * 1_000_000n}`;
const textMessage = (role: string, content: string) => ({ role, parts: [{ type: "text", content }] });

/** One turn: a CHAIN root with the exchange and an LLM child that was sent the whole history. */
function turnSpans(options: {
  traceId: string;
  sessionId: string | null;
  userId: string;
  startMs: number;
  history: TTurnText[];
  turn: TTurnText;
  model: string;
}) {
  const { traceId, sessionId, userId, startMs, history, turn, model } = options;
  const rootId = randomSpanId();
  const facts = [text("user.id", userId), ...(sessionId ? [text("session.id", sessionId)] : [])];
  const messages = [
    textMessage("system", CONVERSATION_SYSTEM_PROMPT),
    ...history.flatMap((previous) => [
      textMessage("user", previous.question),
      textMessage("assistant", previous.answer),
    ]),
    textMessage("user", turn.question),
  ];
  return [
    {
      traceId,
      spanId: rootId,
      name: "support-chat",
      kind: 2,
      startTimeUnixNano: nanos(startMs),
      endTimeUnixNano: nanos(startMs + 1_400),
      attributes: [
        ...facts,
        text("openinference.span.kind", "CHAIN"),
        text("input.value", turn.question),
        ...(turn.isError ? [] : [text("output.value", turn.answer)]),
      ],
      status: turn.isError ? { code: 2, message: "the model call failed" } : { code: 1 },
    },
    {
      traceId,
      spanId: randomSpanId(),
      parentSpanId: rootId,
      name: `chat ${model}`,
      kind: 3,
      startTimeUnixNano: nanos(startMs + 120),
      endTimeUnixNano: nanos(startMs + 1_300),
      attributes: [
        ...facts,
        text("gen_ai.operation.name", "chat"),
        text("gen_ai.provider.name", "openai"),
        text("gen_ai.request.model", model),
        attr("gen_ai.usage.input_tokens", { intValue: String(200 + 60 * history.length) }),
        attr("gen_ai.usage.output_tokens", { intValue: "48" }),
        text("gen_ai.input.messages", JSON.stringify(messages)),
        ...(turn.isError
          ? [text("error.type", "RateLimitError")]
          : [
              text(
                "gen_ai.output.messages",
                JSON.stringify([{ ...textMessage("assistant", turn.answer), finish_reason: "stop" }]),
              ),
            ]),
      ],
      status: turn.isError ? { code: 2, message: "429 Too Many Requests" } : { code: 1 },
    },
  ];
}

/**
 * Sends the turns of one conversation, `gapsMs[i]` apart (the first starting at `startMs`), last
 * turn first so the order on screen comes from start times, not arrival. Returns the trace ids in
 * turn order once all are stored.
 */
export async function sendConversation(
  request: APIRequestContext,
  options: {
    sessionId: string | null;
    userId: string;
    turns: TTurnText[];
    startMs: number;
    gapsMs: number[];
    /** The model of every turn's call; gpt-4o-mini (priced by the built-in table) unless given. */
    model?: string;
  },
): Promise<string[]> {
  let startMs = options.startMs;
  const traces = options.turns.map((turn, index) => {
    if (index > 0) startMs += options.gapsMs[index - 1] ?? 30_000;
    const spans = turnSpans({
      traceId: randomTraceId(),
      sessionId: options.sessionId,
      userId: options.userId,
      startMs,
      history: options.turns.slice(0, index),
      turn,
      model: options.model ?? "gpt-4o-mini",
    });
    return { traceId: spans[0]!.traceId, spans };
  });
  for (const trace of [...traces].reverse()) {
    await postOtlpJson(request, {
      resourceSpans: [
        {
          resource: { attributes: [text("service.name", "e2e-support-chat")] },
          scopeSpans: [{ scope: { name: "e2e-conversation" }, spans: trace.spans }],
        },
      ],
    });
  }
  for (const trace of traces) await waitForTrace(request, { traceId: trace.traceId, spanCount: 2 });
  return traces.map((trace) => trace.traceId);
}

/** Many one-span traces in one request, each in its own session `${prefix}-${n}`, for paging. */
export async function sendManySessions(
  request: APIRequestContext,
  options: { prefix: string; count: number; startMs: number },
): Promise<void> {
  const traceIds = Array.from({ length: options.count }, () => randomTraceId());
  const spans = traceIds.map((traceId, index) => ({
    traceId,
    spanId: randomSpanId(),
    name: "one-shot",
    kind: 2,
    startTimeUnixNano: nanos(options.startMs + index * 1_000),
    endTimeUnixNano: nanos(options.startMs + index * 1_000 + 300),
    attributes: [text("session.id", `${options.prefix}-${String(index).padStart(3, "0")}`)],
  }));
  await postOtlpJson(request, {
    resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ scope: { name: "e2e-many-sessions" }, spans }] }],
  });
  for (const traceId of [traceIds[0]!, traceIds.at(-1)!]) await waitForTrace(request, { traceId, spanCount: 1 });
}

/**
 * One agent turn as OTel GenAI instrumentation exports it: an `invoke_agent` root with no text of
 * its own, a `chat` child carrying the messages, and a tool call that failed (`toolError`) while the
 * model still answered. Returns the trace id once stored.
 */
export async function sendGenAiAgentTurn(
  request: APIRequestContext,
  options: { sessionId: string; userId: string; question: string; answer: string; toolError: string; startMs: number },
): Promise<string> {
  const traceId = randomTraceId();
  const rootId = randomSpanId();
  const facts = [text("user.id", options.userId), text("session.id", options.sessionId)];
  const at = (offsetMs: number) => nanos(options.startMs + offsetMs);
  const spans = [
    {
      traceId,
      spanId: rootId,
      name: "invoke_agent weather-bot",
      kind: 1,
      startTimeUnixNano: at(0),
      endTimeUnixNano: at(2_000),
      attributes: [...facts, text("gen_ai.operation.name", "invoke_agent"), text("gen_ai.agent.name", "weather-bot")],
      status: { code: 0 },
    },
    {
      traceId,
      spanId: randomSpanId(),
      parentSpanId: rootId,
      name: "execute_tool get_weather",
      kind: 1,
      startTimeUnixNano: at(100),
      endTimeUnixNano: at(400),
      attributes: [...facts, text("gen_ai.operation.name", "execute_tool"), text("gen_ai.tool.name", "get_weather")],
      status: { code: 2, message: options.toolError },
    },
    {
      traceId,
      spanId: randomSpanId(),
      parentSpanId: rootId,
      name: "chat gpt-4o",
      kind: 3,
      startTimeUnixNano: at(500),
      endTimeUnixNano: at(1_900),
      attributes: [
        ...facts,
        text("gen_ai.operation.name", "chat"),
        text("gen_ai.provider.name", "openai"),
        text("gen_ai.request.model", "gpt-4o"),
        attr("gen_ai.usage.input_tokens", { intValue: "120" }),
        attr("gen_ai.usage.output_tokens", { intValue: "30" }),
        text("gen_ai.input.messages", JSON.stringify([textMessage("user", options.question)])),
        text(
          "gen_ai.output.messages",
          JSON.stringify([{ ...textMessage("assistant", options.answer), finish_reason: "stop" }]),
        ),
      ],
      status: { code: 1 },
    },
  ];
  await postOtlpJson(request, {
    resourceSpans: [
      {
        resource: { attributes: [text("service.name", "e2e-weather-bot")] },
        scopeSpans: [{ scope: { name: "e2e-genai-agent" }, spans }],
      },
    ],
  });
  await waitForTrace(request, { traceId, spanCount: spans.length });
  return traceId;
}
