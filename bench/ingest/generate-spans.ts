import type { TAttributes, TOtlpSpan, TOtlpTraceRequest } from "@spanlight/ingest";
import { NONCE_BYTES } from "../lib/id-template.ts";
import { createRandom, randomHex } from "../lib/random.ts";
import type { TRandom } from "../lib/random.ts";
import {
  paragraph,
  sentence,
  SYSTEM_PROMPT,
  toolArguments,
  toolName,
  toolResult,
  userQuestion,
} from "./llm-content.ts";
import type { TToolName } from "./llm-content.ts";

export const SPANS_PER_REQUEST = 512;
/** agent → chain → (LLM → tool) ×2 → LLM, plus a title LLM call under the agent. */
export const SPANS_PER_TRACE = 8;
const MODEL = "gpt-4o-mini";
const RESPONSE_MODEL = "gpt-4o-mini-2024-07-18";
const MS = 1_000_000n;

type TMessage = {
  role: "system" | "user" | "assistant" | "tool";
  content?: string;
  toolCall?: { id: string; name: TToolName; arguments: string };
  toolCallId?: string;
};
type TTraceContext = {
  random: TRandom;
  traceId: string;
  newSpanId: () => string;
  startNanos: bigint;
  session: TAttributes;
};

/**
 * One OTLP request of 512 spans (64 traces of 8) as a customer-support agent instrumented with
 * OpenInference and OTel GenAI semantic conventions would send it. Every id begins with `nonceHex`
 * so copies can be given unique ids cheaply (see id-template.ts).
 */
export function generateTraceRequest(options: {
  seed: number;
  nonceHex: string;
  startUnixMs: number;
}): TOtlpTraceRequest {
  const random = createRandom(options.seed);
  const usedSpanIds = new Set<string>();
  const newSpanId = () => {
    let id = options.nonceHex + randomHex(random, 8 - NONCE_BYTES);
    while (usedSpanIds.has(id)) id = options.nonceHex + randomHex(random, 8 - NONCE_BYTES);
    usedSpanIds.add(id);
    return id;
  };
  const agentSpans: TOtlpSpan[] = [];
  const llmSpans: TOtlpSpan[] = [];
  for (let trace = 0; trace < SPANS_PER_REQUEST / SPANS_PER_TRACE; trace += 1) {
    const startNanos = BigInt(options.startUnixMs - random.int(0, 600_000)) * MS;
    const session = {
      "session.id": `sess_${randomHex(random, 6)}`,
      "user.id": `user-${random.int(1, 5_000)}`,
      metadata: JSON.stringify({
        tenant: random.pick(["acme", "globex", "initech"]),
        plan: random.pick(["free", "pro"]),
        channel: "web-chat",
      }),
      "tag.tags": JSON.stringify(["support", random.pick(["eu", "us", "apac"])]),
    };
    const context = {
      random,
      traceId: options.nonceHex + randomHex(random, 16 - NONCE_BYTES),
      newSpanId,
      startNanos,
      session,
    };
    const { agent, llm } = buildTrace(context);
    agentSpans.push(...agent);
    llmSpans.push(...llm);
  }
  return {
    resourceSpans: [
      {
        resource: { attributes: RESOURCE },
        scopeSpans: [
          { scope: { name: "support-agent", version: "2.14.0", attributes: {} }, spans: agentSpans, schemaUrl: "" },
          {
            scope: { name: "@arizeai/openinference-instrumentation-openai", version: "4.2.7", attributes: {} },
            spans: llmSpans,
            schemaUrl: "",
          },
        ],
        schemaUrl: "https://opentelemetry.io/schemas/1.37.0",
      },
    ],
  };
}

const RESOURCE: TAttributes = {
  "service.name": "support-agent",
  "service.version": "2.14.0",
  "deployment.environment.name": "production",
  "host.name": "agent-7f9c6d-x2lq",
  "telemetry.sdk.name": "opentelemetry",
  "telemetry.sdk.language": "nodejs",
  "telemetry.sdk.version": "2.12.1",
  "openinference.project.name": "support-agent",
};

function buildTrace(context: TTraceContext): { agent: TOtlpSpan[]; llm: TOtlpSpan[] } {
  const { random } = context;
  const orderNumber = `A-${random.int(100_000, 999_999)}`;
  const question = userQuestion(random, orderNumber);
  const rootId = context.newSpanId();
  const chainId = context.newSpanId();
  const conversation: TMessage[] = [
    { role: "system", content: SYSTEM_PROMPT },
    { role: "user", content: question },
  ];
  const agent: TOtlpSpan[] = [];
  const llm: TOtlpSpan[] = [];
  let clock = 30;
  for (let round = 0; round < 2; round += 1) {
    const tool = toolName(random);
    const call = {
      id: `call_${randomHex(random, 12)}`,
      name: tool,
      arguments: JSON.stringify(toolArguments(tool, orderNumber, random)),
    };
    const answer: TMessage = { role: "assistant", toolCall: call };
    const llmMs = random.int(400, 1_800);
    llm.push(
      llmSpan(context, { parentId: chainId, input: conversation, output: answer, fromMs: clock, toMs: clock + llmMs }),
    );
    clock += llmMs + 5;
    const result = JSON.stringify(toolResult(tool, orderNumber, random));
    const toolMs = random.int(20, 400);
    agent.push(toolSpan(context, { parentId: chainId, call, result, fromMs: clock, toMs: clock + toolMs }));
    clock += toolMs + 5;
    conversation.push(answer, { role: "tool", toolCallId: call.id, content: result });
  }
  const reply: TMessage = { role: "assistant", content: paragraph(random, random.int(3, 5)) };
  const finalMs = random.int(600, 2_500);
  llm.push(
    llmSpan(context, { parentId: chainId, input: conversation, output: reply, fromMs: clock, toMs: clock + finalMs }),
  );
  clock += finalMs + 5;
  const titleInput: TMessage[] = [
    { role: "system", content: "Write a title of at most six words for this support conversation." },
    { role: "user", content: question },
  ];
  llm.push(
    llmSpan(context, {
      parentId: rootId,
      input: titleInput,
      output: { role: "assistant", content: sentence(random, 5) },
      fromMs: clock,
      toMs: clock + 300,
    }),
  );
  agent.push(
    chainSpan(context, { spanId: chainId, parentId: rootId, question, reply: reply.content!, fromMs: 10, toMs: clock }),
    agentSpan(context, { spanId: rootId, question, reply: reply.content!, toMs: clock + 320 }),
  );
  return { agent, llm };
}

type TSpanTiming = { fromMs: number; toMs: number };

function span(
  context: TTraceContext,
  fields: {
    spanId?: string;
    parentId: string | null;
    name: string;
    kind: number;
    attributes: TAttributes;
  } & TSpanTiming,
): TOtlpSpan {
  return {
    traceId: context.traceId,
    spanId: fields.spanId ?? context.newSpanId(),
    parentSpanId: fields.parentId,
    traceState: "",
    flags: 1,
    name: fields.name,
    kind: fields.kind,
    startTimeUnixNano: context.startNanos + BigInt(fields.fromMs) * MS,
    endTimeUnixNano: context.startNanos + BigInt(fields.toMs) * MS,
    attributes: { ...context.session, ...fields.attributes },
    droppedAttributesCount: 0,
    events: [],
    droppedEventsCount: 0,
    links: [],
    droppedLinksCount: 0,
    status: { code: 0, message: "" },
  };
}

function agentSpan(
  context: TTraceContext,
  fields: { spanId: string; question: string; reply: string; toMs: number },
): TOtlpSpan {
  return span(context, {
    spanId: fields.spanId,
    parentId: null,
    name: "invoke_agent support-agent",
    kind: 2,
    fromMs: 0,
    toMs: fields.toMs,
    attributes: {
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.provider.name": "openai",
      "gen_ai.agent.name": "support-agent",
      "gen_ai.conversation.id": String(context.session["session.id"]),
      "openinference.span.kind": "AGENT",
      "input.value": fields.question,
      "input.mime_type": "text/plain",
      "output.value": fields.reply,
      "output.mime_type": "text/plain",
      "http.route": "/api/chat",
    },
  });
}

function chainSpan(
  context: TTraceContext,
  fields: { spanId: string; parentId: string; question: string; reply: string } & TSpanTiming,
): TOtlpSpan {
  return span(context, {
    ...fields,
    name: "plan-and-answer",
    kind: 1,
    attributes: {
      "openinference.span.kind": "CHAIN",
      "input.value": JSON.stringify({ question: fields.question, locale: "en-GB" }),
      "input.mime_type": "application/json",
      "output.value": JSON.stringify({ answer: fields.reply }),
      "output.mime_type": "application/json",
    },
  });
}

function toolSpan(
  context: TTraceContext,
  fields: { parentId: string; call: NonNullable<TMessage["toolCall"]>; result: string } & TSpanTiming,
): TOtlpSpan {
  const isError = context.random.chance(0.03);
  const toolSpanValue = span(context, {
    ...fields,
    name: `execute_tool ${fields.call.name}`,
    kind: 1,
    attributes: {
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": fields.call.name,
      "gen_ai.tool.type": "function",
      "gen_ai.tool.call.id": fields.call.id,
      "gen_ai.tool.call.arguments": fields.call.arguments,
      "gen_ai.tool.call.result": fields.result,
      "openinference.span.kind": "TOOL",
      "tool.name": fields.call.name,
      "tool.parameters": fields.call.arguments,
      "input.value": fields.call.arguments,
      "input.mime_type": "application/json",
      "output.value": fields.result,
      "output.mime_type": "application/json",
      ...(isError ? { "error.type": "TimeoutError" } : {}),
    },
  });
  if (!isError) return toolSpanValue;
  const exception = {
    "exception.type": "TimeoutError",
    "exception.message": `${fields.call.name} did not answer within 5000 ms`,
    "exception.stacktrace": `TimeoutError: ${fields.call.name} did not answer\n    at callTool (/app/dist/tools.js:88:11)\n    at async runAgent (/app/dist/agent.js:141:7)`,
  };
  return {
    ...toolSpanValue,
    status: { code: 2, message: "tool call timed out" },
    events: [{ timeUnixNano: toolSpanValue.endTimeUnixNano, name: "exception", attributes: exception }],
  };
}

function llmSpan(
  context: TTraceContext,
  fields: { parentId: string; input: TMessage[]; output: TMessage } & TSpanTiming,
): TOtlpSpan {
  const { random } = context;
  const inputTokens = Math.round(JSON.stringify(fields.input).length / 4);
  const outputTokens = Math.round(JSON.stringify(fields.output).length / 4);
  const cachedTokens = fields.input.length > 2 ? random.int(0, inputTokens >> 1) : 0;
  const finishReason = fields.output.toolCall ? "tool_calls" : "stop";
  return span(context, {
    ...fields,
    name: `chat ${MODEL}`,
    kind: 3,
    attributes: {
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.request.model": MODEL,
      "gen_ai.request.temperature": 0.2,
      "gen_ai.request.max_tokens": 512,
      "gen_ai.response.model": RESPONSE_MODEL,
      "gen_ai.response.id": `chatcmpl-${randomHex(random, 12)}`,
      "gen_ai.response.finish_reasons": [finishReason],
      "gen_ai.usage.input_tokens": inputTokens,
      "gen_ai.usage.output_tokens": outputTokens,
      "gen_ai.usage.cache_read.input_tokens": cachedTokens,
      "gen_ai.system_instructions": JSON.stringify([{ type: "text", content: fields.input[0]?.content ?? "" }]),
      "gen_ai.input.messages": JSON.stringify(
        fields.input.filter((message) => message.role !== "system").map(genAiMessage),
      ),
      "gen_ai.output.messages": JSON.stringify([{ ...genAiMessage(fields.output), finish_reason: finishReason }]),
      "server.address": "api.openai.com",
      "server.port": 443,
      "openinference.span.kind": "LLM",
      "llm.system": "openai",
      "llm.provider": "openai",
      "llm.model_name": RESPONSE_MODEL,
      "llm.invocation_parameters": JSON.stringify({
        model: MODEL,
        temperature: 0.2,
        max_tokens: 512,
        tool_choice: "auto",
      }),
      ...flattenMessages("llm.input_messages", fields.input),
      ...flattenMessages("llm.output_messages", [fields.output]),
      "llm.token_count.prompt": inputTokens,
      "llm.token_count.completion": outputTokens,
      "llm.token_count.total": inputTokens + outputTokens,
      "llm.token_count.prompt_details.cache_read": cachedTokens,
    },
  });
}

/** OTel GenAI `parts` messages (gen_ai.input.messages / gen_ai.output.messages). */
function genAiMessage(message: TMessage): Record<string, unknown> {
  if (message.toolCall)
    return {
      role: message.role,
      parts: [
        {
          type: "tool_call",
          id: message.toolCall.id,
          name: message.toolCall.name,
          arguments: JSON.parse(message.toolCall.arguments) as unknown,
        },
      ],
    };
  if (message.role === "tool")
    return { role: "tool", parts: [{ type: "tool_call_response", id: message.toolCallId, response: message.content }] };
  return { role: message.role, parts: [{ type: "text", content: message.content }] };
}

/** OpenInference flattens messages into `llm.input_messages.<i>.message.*` attributes. */
function flattenMessages(prefix: string, messages: TMessage[]): TAttributes {
  const attributes: TAttributes = {};
  messages.forEach((message, index) => {
    const key = `${prefix}.${index}.message`;
    attributes[`${key}.role`] = message.role;
    if (message.content !== undefined) attributes[`${key}.content`] = message.content;
    if (message.toolCallId) attributes[`${key}.tool_call_id`] = message.toolCallId;
    if (message.toolCall) {
      attributes[`${key}.tool_calls.0.tool_call.id`] = message.toolCall.id;
      attributes[`${key}.tool_calls.0.tool_call.function.name`] = message.toolCall.name;
      attributes[`${key}.tool_calls.0.tool_call.function.arguments`] = message.toolCall.arguments;
    }
  });
  return attributes;
}
