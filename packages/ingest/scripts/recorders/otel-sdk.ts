import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { OTLPTraceExporter as GrpcExporter } from "@opentelemetry/exporter-trace-otlp-grpc";
import { OTLPTraceExporter as JsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { fixtureTracesUrl } from "./recorder-context.ts";
import type { TRecorderContext } from "./recorder-context.ts";

/**
 * A hand-made trace in the OTel GenAI conventions (agent → chat → tool, plus a failing tool), sent
 * through the official JS exporters in all three OTLP encodings at once. All four processors see the
 * same spans, so the fixtures hold one trace in four encodings and tests can compare them.
 */

type TProtoConfig = NonNullable<ConstructorParameters<typeof ProtoExporter>[0]>;

const INPUT_MESSAGES = [{ role: "user", parts: [{ type: "text", content: "What is the weather in Paris?" }] }];
const OUTPUT_MESSAGES = [
  {
    role: "assistant",
    parts: [{ type: "tool_call", id: "call_weather_1", name: "get_weather", arguments: { city: "Paris" } }],
    finish_reason: "tool_call",
  },
];
const SYSTEM_INSTRUCTIONS = [{ type: "text", content: "You are a concise weather assistant." }];

export async function record(context: TRecorderContext): Promise<void> {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": "spanlight-fixture-otel-sdk", "deployment.environment.name": "test" }),
    spanProcessors: [
      new BatchSpanProcessor(new ProtoExporter({ url: fixtureTracesUrl(context, "genai-proto") })),
      new BatchSpanProcessor(new JsonExporter({ url: fixtureTracesUrl(context, "genai-json") })),
      new BatchSpanProcessor(new GrpcExporter({ url: context.grpcUrl })),
      new BatchSpanProcessor(
        new ProtoExporter({ url: fixtureTracesUrl(context, "genai-proto-gzip"), compression: "gzip" as TProtoConfig["compression"] }),
      ),
    ],
  });
  // register() installs the AsyncLocalStorage context manager; without it child spans lose their parent.
  provider.register();
  const tracer = provider.getTracer("spanlight.fixtures.genai", "1.0.0");

  await tracer.startActiveSpan("invoke_agent weather-agent", { kind: SpanKind.INTERNAL }, async (agent) => {
    agent.setAttributes({
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.provider.name": "openai",
      "gen_ai.agent.name": "weather-agent",
      "gen_ai.conversation.id": "conversation-42",
      "user.id": "user-7",
    });
    await tracer.startActiveSpan("chat gpt-4o-mini", { kind: SpanKind.CLIENT }, async (chat) => {
      chat.setAttributes({
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.temperature": 0.2,
        "gen_ai.request.max_tokens": 256,
        "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
        "gen_ai.response.id": "chatcmpl-fixture-1",
        "gen_ai.response.finish_reasons": ["tool_calls"],
        "gen_ai.usage.input_tokens": 42,
        "gen_ai.usage.output_tokens": 17,
        "gen_ai.usage.cache_read.input_tokens": 8,
        "gen_ai.usage.reasoning.output_tokens": 5,
        "gen_ai.system_instructions": JSON.stringify(SYSTEM_INSTRUCTIONS),
        "gen_ai.input.messages": JSON.stringify(INPUT_MESSAGES),
        "gen_ai.output.messages": JSON.stringify(OUTPUT_MESSAGES),
        "server.address": "api.openai.com",
        "server.port": 443,
      });
      chat.addEvent("gen_ai.content.first_token", { "gen_ai.response.time_to_first_chunk": 0.12 });
      chat.end();
    });
    tracer.startActiveSpan("execute_tool get_weather", { kind: SpanKind.INTERNAL }, (tool) => {
      tool.setAttributes({
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "get_weather",
        "gen_ai.tool.call.id": "call_weather_1",
        "gen_ai.tool.type": "function",
        "gen_ai.tool.call.arguments": JSON.stringify({ city: "Paris" }),
        "gen_ai.tool.call.result": JSON.stringify({ temperature_c: 21, sky: "sunny" }),
      });
      tool.end();
    });
    tracer.startActiveSpan("execute_tool lookup_forecast", { kind: SpanKind.INTERNAL }, (failing) => {
      failing.setAttributes({ "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "lookup_forecast", "error.type": "TimeoutError" });
      const error = new Error("forecast service timed out after 2000 ms");
      error.name = "TimeoutError";
      failing.recordException(error);
      failing.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
      failing.end();
    });
    agent.end();
  });
  await provider.shutdown();
}
