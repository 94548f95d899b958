import { setMetadata, setSession, setTags, setUser, traceChain } from "@arizeai/openinference-core";
import { OpenAIInstrumentation } from "@arizeai/openinference-instrumentation-openai";
import { context as otelContext } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import OpenAI from "openai";
import type { ChatCompletionMessageParam, ChatCompletionTool } from "openai/resources/chat/completions";
import { FAKE_OPENAI_KEY, fixtureTracesUrl } from "./recorder-context.ts";
import type { TRecorderContext } from "./recorder-context.ts";

/**
 * OpenInference's OpenAI instrumentation around the real `openai` client: a CHAIN span holding a
 * chat call that asks for a tool, then a second call with the tool result. Session, user, tags and
 * metadata come from OpenInference context attributes, as an app would set them. Exported as
 * http/protobuf, the encoding Phoenix and most Python users send.
 */

const WEATHER_TOOL: ChatCompletionTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Current weather for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

export async function record(context: TRecorderContext): Promise<void> {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": "spanlight-fixture-openinference", "openinference.project.name": "fixtures" }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: fixtureTracesUrl(context, "openai-chain") }))],
  });
  provider.register();
  const instrumentation = new OpenAIInstrumentation({ tracerProvider: provider });
  // ESM imports are not seen by require-in-the-middle, so the documented manual path is needed.
  instrumentation.manuallyInstrument(OpenAI);

  const client = new OpenAI({ baseURL: context.openAiBaseUrl, apiKey: FAKE_OPENAI_KEY });
  const answerWeatherQuestion = traceChain(
    async (question: string): Promise<string> => {
      const messages: ChatCompletionMessageParam[] = [
        { role: "system", content: "You are a concise weather assistant." },
        { role: "user", content: question },
      ];
      const first = await client.chat.completions.create({ model: "gpt-4o-mini", messages, tools: [WEATHER_TOOL], temperature: 0.2 });
      const assistant = first.choices[0]?.message;
      const toolCall = assistant?.tool_calls?.[0];
      if (assistant === undefined || toolCall === undefined) throw new Error("mock server did not return a tool call");
      messages.push(assistant, { role: "tool", tool_call_id: toolCall.id, content: JSON.stringify({ temperature_c: 21, sky: "sunny" }) });
      const second = await client.chat.completions.create({ model: "gpt-4o-mini", messages, tools: [WEATHER_TOOL], temperature: 0.2 });
      return second.choices[0]?.message.content ?? "";
    },
    { name: "weather-chain", tracer: provider.getTracer("spanlight.fixtures.openinference") },
  );

  let activeContext = setSession(otelContext.active(), { sessionId: "session-oi-1" });
  activeContext = setUser(activeContext, { userId: "user-oi-7" });
  activeContext = setTags(activeContext, ["fixture", "openinference"]);
  activeContext = setMetadata(activeContext, { tenant: "acme", plan: "pro" });
  await otelContext.with(activeContext, () => answerWeatherQuestion("What is the weather in Paris?"));
  await provider.shutdown();
}
