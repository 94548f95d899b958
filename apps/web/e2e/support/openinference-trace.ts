// A real trace from a real SDK: OpenInference's OpenAI instrumentation around the `openai` client,
// exported over OTLP/HTTP protobuf to the e2e server, the way packages/ingest's recorder does it.
import { traceChain } from "@arizeai/openinference-core";
import { OpenAIInstrumentation } from "@arizeai/openinference-instrumentation-openai";
import { trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import OpenAI from "openai";
import type { ChatCompletionMessageParam, ChatCompletionTool } from "openai/resources/chat/completions";
import { startMockOpenAiServer } from "../../../../packages/ingest/test/mock-openai-server";
import { OTLP_HTTP_URL, OWNER_BEARER } from "./otlp-send";

const WEATHER_TOOL: ChatCompletionTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Current weather for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

export const WEATHER_QUESTION = "What is the weather in Paris?";
export const WEATHER_SYSTEM_PROMPT = "You are a concise weather assistant.";

/**
 * A CHAIN span holding two chat calls: the first asks for the `get_weather` tool, the second gets the
 * tool result and answers. Returns the trace id once every span is exported.
 */
export async function recordWeatherChain(): Promise<string> {
  const mock = await startMockOpenAiServer();
  const provider = weatherTracing();
  try {
    const client = new OpenAI({ baseURL: mock.baseUrl, apiKey: "sk-spanlight-e2e-not-a-key" });
    const runChain = traceChain(
      async (question: string): Promise<string> => {
        const messages: ChatCompletionMessageParam[] = [
          { role: "system", content: WEATHER_SYSTEM_PROMPT },
          { role: "user", content: question },
        ];
        const first = await client.chat.completions.create({
          model: "gpt-4o-mini",
          messages,
          tools: [WEATHER_TOOL],
          temperature: 0.2,
        });
        const assistant = first.choices[0]?.message;
        const toolCall = assistant?.tool_calls?.[0];
        if (assistant === undefined || toolCall === undefined) throw new Error("the mock did not return a tool call");
        messages.push(assistant, {
          role: "tool",
          tool_call_id: toolCall.id,
          content: JSON.stringify({ temperature_c: 21, sky: "sunny" }),
        });
        await client.chat.completions.create({
          model: "gpt-4o-mini",
          messages,
          tools: [WEATHER_TOOL],
          temperature: 0.2,
        });
        return trace.getActiveSpan()?.spanContext().traceId ?? "";
      },
      { name: "weather-chain", tracer: provider.getTracer("spanlight.e2e.openinference") },
    );
    const traceId = await runChain(WEATHER_QUESTION);
    await provider.forceFlush();
    return traceId;
  } finally {
    await mock.close();
  }
}

let workerProvider: NodeTracerProvider | undefined;

/**
 * One provider and one instrumentation per test worker, kept for its life. `manuallyInstrument`
 * patches OpenAI's client class once, for the first instrumentation: a second chain in the same
 * worker (the scores spec after the trace-detail spec) sent its chat spans to the first, already
 * shut-down provider, and only the CHAIN span arrived.
 */
function weatherTracing(): NodeTracerProvider {
  if (workerProvider) return workerProvider;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": "spanlight-e2e-openinference" }),
    spanProcessors: [
      new SimpleSpanProcessor(new OTLPTraceExporter({ url: `${OTLP_HTTP_URL}/v1/traces`, headers: OWNER_BEARER })),
    ],
  });
  // The context manager makes the chain the parent of the chat spans.
  provider.register();
  new OpenAIInstrumentation({ tracerProvider: provider }).manuallyInstrument(OpenAI);
  workerProvider = provider;
  return provider;
}
