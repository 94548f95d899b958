import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A tiny OpenAI-compatible server for recording fixtures offline: POST /v1/chat/completions answers
 * with a tool call when tools are offered and no tool result has come back yet, otherwise with text.
 * Usage always carries cached and reasoning details so fixtures exercise those conventions.
 * With `stream: true` the same completion goes out as server-sent events: the text in two deltas, then
 * a final chunk with finish_reason and (when `stream_options.include_usage` is set) the usage.
 */

type TChatRequest = {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: Array<{ role?: string; content?: unknown }>;
  tools?: Array<{ type?: string; function?: { name?: string; parameters?: { properties?: Record<string, unknown> } } }>;
};

export type TMockOpenAiServer = {
  baseUrl: string;
  requests: Array<{ path: string; body: unknown }>;
  close: () => Promise<void>;
};

const CREATED_AT = 1_767_225_600;

function usage(): Record<string, unknown> {
  return {
    prompt_tokens: 42,
    completion_tokens: 17,
    total_tokens: 59,
    prompt_tokens_details: { cached_tokens: 8, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 5, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

/** Arguments for the first offered tool: each declared property gets a plausible string. */
function toolArguments(tool: NonNullable<TChatRequest["tools"]>[number]): string {
  const properties = Object.keys(tool.function?.parameters?.properties ?? { city: {} });
  return JSON.stringify(Object.fromEntries(properties.map((name) => [name, name === "city" ? "Paris" : `${name}-value`])));
}

function chatCompletion(request: TChatRequest, sequence: number): Record<string, unknown> {
  const lastRole = request.messages?.at(-1)?.role;
  const tool = request.tools?.[0];
  const shouldCallTool = tool !== undefined && lastRole !== "tool";
  const message = shouldCallTool
    ? {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: `call_mock_${sequence}`, type: "function", function: { name: tool.function?.name ?? "tool", arguments: toolArguments(tool) } },
        ],
      }
    : { role: "assistant", content: "It is sunny and 21 °C in Paris.", refusal: null };
  return {
    id: `chatcmpl-mock-${sequence}`,
    object: "chat.completion",
    created: CREATED_AT,
    model: `${request.model ?? "gpt-4o-mini"}-2024-07-18`,
    system_fingerprint: "fp_mock",
    choices: [{ index: 0, message, logprobs: null, finish_reason: shouldCallTool ? "tool_calls" : "stop" }],
    usage: usage(),
  };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text === "" ? {} : JSON.parse(text);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

type TCompletion = ReturnType<typeof chatCompletion>;

/** Splits a text completion into the chunk sequence OpenAI streams (tool calls are not streamed here). */
function streamChunks(request: TChatRequest, completion: TCompletion): Array<Record<string, unknown>> {
  const choice = (completion.choices as Array<{ message: { content: string | null }; finish_reason: string }>)[0];
  const text = choice?.message.content ?? "";
  const cut = Math.ceil(text.length / 2);
  const base = { id: completion.id, object: "chat.completion.chunk", created: CREATED_AT, model: completion.model };
  const delta = (content: Record<string, unknown>, finishReason: string | null) => ({
    ...base,
    choices: [{ index: 0, delta: content, finish_reason: finishReason }],
  });
  const chunks: Array<Record<string, unknown>> = [delta({ role: "assistant", content: text.slice(0, cut) }, null), delta({ content: text.slice(cut) }, null)];
  chunks.push(delta({}, choice?.finish_reason ?? "stop"));
  if (request.stream_options?.include_usage === true) chunks.push({ ...base, choices: [], usage: completion.usage });
  return chunks;
}

function sendStream(response: ServerResponse, chunks: Array<Record<string, unknown>>): void {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  for (const chunk of chunks) response.write(`data: ${JSON.stringify(chunk)}\n\n`);
  response.end("data: [DONE]\n\n");
}

export async function startMockOpenAiServer(): Promise<TMockOpenAiServer> {
  const requests: TMockOpenAiServer["requests"] = [];
  const server: Server = createServer((request, response) => {
    readJson(request)
      .then((body) => {
        const path = (request.url ?? "/").split("?")[0] ?? "/";
        requests.push({ path, body });
        if (request.method === "POST" && path.endsWith("/chat/completions")) {
          const chatRequest = body as TChatRequest;
          const completion = chatCompletion(chatRequest, requests.length);
          if (chatRequest.stream === true) sendStream(response, streamChunks(chatRequest, completion));
          else send(response, 200, completion);
          return;
        }
        send(response, 404, { error: { message: `mock has no ${request.method} ${path}`, type: "invalid_request_error" } });
      })
      .catch((error: unknown) => send(response, 400, { error: { message: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
