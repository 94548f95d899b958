import { LangfuseSpanProcessor } from "@langfuse/otel";
import { propagateAttributes, startActiveObservation, startObservation } from "@langfuse/tracing";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { FAKE_OPENAI_KEY, fixtureBaseUrl } from "./recorder-context.ts";
import type { TRecorderContext } from "./recorder-context.ts";

/**
 * Langfuse's JS SDK v5: `LangfuseSpanProcessor` (its OTLP/HTTP exporter, Basic auth, path
 * /api/public/otel/v1/traces under baseUrl) with `@langfuse/tracing` observations: an agent holding a
 * generation (model, parameters, input/output, usage and cost details, prompt reference) and a tool,
 * with user, session, tags and metadata propagated to every observation.
 */
export async function record(context: TRecorderContext): Promise<void> {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": "spanlight-fixture-langfuse" }),
    spanProcessors: [
      new LangfuseSpanProcessor({
        baseUrl: fixtureBaseUrl(context, "tracing"),
        publicKey: "pk-lf-fixture",
        secretKey: "sk-lf-fixture-not-a-key",
        environment: "fixtures",
        release: "1.2.3",
        mediaUploadEnabled: false,
      }),
    ],
  });
  provider.register();
  const client = new OpenAI({ baseURL: context.openAiBaseUrl, apiKey: FAKE_OPENAI_KEY });
  const messages: ChatCompletionMessageParam[] = [
    { role: "system", content: "You are a concise weather assistant." },
    { role: "user", content: "What is the weather in Paris?" },
  ];

  await propagateAttributes(
    { userId: "user-lf-7", sessionId: "session-lf-1", tags: ["fixture", "langfuse"], traceName: "weather-request", metadata: { tenant: "acme" } },
    () =>
      startActiveObservation(
        "weather-agent",
        async (agent) => {
          agent.update({ input: { question: "What is the weather in Paris?" } });
          const weather = startObservation("get_weather", { input: { city: "Paris" } }, { asType: "tool" });
          weather.update({ output: { temperatureC: 21, sky: "sunny" } }).end();

          const generation = startObservation(
            "chat gpt-4o-mini",
            {
              model: "gpt-4o-mini",
              modelParameters: { temperature: 0.2, max_tokens: 256 },
              input: messages,
              prompt: { name: "weather-system", version: 3, isFallback: false },
            },
            { asType: "generation" },
          );
          const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages, temperature: 0.2, max_tokens: 256 });
          const usage = completion.usage;
          generation
            .update({
              output: completion.choices[0]?.message,
              usageDetails: {
                input: usage?.prompt_tokens ?? 0,
                output: usage?.completion_tokens ?? 0,
                total: usage?.total_tokens ?? 0,
                input_cached_tokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
                output_reasoning_tokens: usage?.completion_tokens_details?.reasoning_tokens ?? 0,
              },
              costDetails: { input: 0.0000063, output: 0.0000102, total: 0.0000165 },
            })
            .end();
          agent.update({ output: completion.choices[0]?.message.content });
        },
        { asType: "agent" },
      ),
  );
  await provider.shutdown();
}
