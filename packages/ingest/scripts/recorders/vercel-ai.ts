import { createOpenAI } from "@ai-sdk/openai";
import { LegacyOpenTelemetry, OpenTelemetry } from "@ai-sdk/otel";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { generateText, stepCountIs, tool } from "ai";
import type { Telemetry } from "ai";
import { z } from "zod";
import { FAKE_OPENAI_KEY, fixtureTracesUrl } from "./recorder-context.ts";
import type { TRecorderContext } from "./recorder-context.ts";

/**
 * The Vercel AI SDK 7 (`generateText` with a tool, two steps) through `@ai-sdk/otel`, recorded twice:
 * with the default `OpenTelemetry` integration (OTel GenAI conventions) and with `LegacyOpenTelemetry`
 * (the `ai.*` spans of SDK 3–6). In 7.x the old `metadata` telemetry option became `runtimeContext`,
 * exported only for the keys listed in `includeRuntimeContext`.
 */

type TRuntimeContext = { userId: string; sessionId: string; tags: string[] };

function makeProvider(context: TRecorderContext, variant: string): NodeTracerProvider {
  return new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": `spanlight-fixture-vercel-ai-${variant}` }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: fixtureTracesUrl(context, variant) }))],
  });
}

async function askWithTool(context: TRecorderContext, integration: Telemetry): Promise<void> {
  const openai = createOpenAI({ baseURL: context.openAiBaseUrl, apiKey: FAKE_OPENAI_KEY });
  const runtimeContext: TRuntimeContext = { userId: "user-ai-7", sessionId: "session-ai-1", tags: ["fixture", "vercel-ai"] };
  await generateText({
    // .chat(): the provider's default is the Responses API, which the mock server does not serve.
    model: openai.chat("gpt-4o-mini"),
    system: "You are a concise weather assistant.",
    prompt: "What is the weather in Paris?",
    temperature: 0.2,
    tools: {
      getWeather: tool({
        description: "Current weather for a city",
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => ({ city, temperatureC: 21, sky: "sunny" }),
      }),
    },
    stopWhen: stepCountIs(3),
    runtimeContext,
    telemetry: {
      isEnabled: true,
      functionId: "weather-answer",
      includeRuntimeContext: { userId: true, sessionId: true, tags: true },
      integrations: integration,
    },
  });
}

export async function record(context: TRecorderContext): Promise<void> {
  const genAi = makeProvider(context, "genai");
  const legacy = makeProvider(context, "legacy");
  // Registering one provider installs the global context manager both integrations rely on.
  genAi.register();
  await askWithTool(context, new OpenTelemetry({ tracer: genAi.getTracer("ai"), runtimeContext: true, usage: true }));
  await askWithTool(context, new LegacyOpenTelemetry({ tracer: legacy.getTracer("ai") }));
  await Promise.all([genAi.shutdown(), legacy.shutdown()]);
}
