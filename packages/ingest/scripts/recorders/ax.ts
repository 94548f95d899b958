import { AxAIOpenAI, AxAIOpenAIModel, AxGen } from "@ax-llm/ax";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { FAKE_OPENAI_KEY, fixtureTracesUrl } from "./recorder-context.ts";
import type { TRecorderContext } from "./recorder-context.ts";

/**
 * Ax (`@ax-llm/ax`, the TypeScript DSPy): one AxGen program called twice against the mock OpenAI server,
 * once non-streamed and once streamed, each through the real OTel SDK and its own exporter so the two
 * land in separate fixtures. Ax starts an `AxGen` span over an `AI Chat Request` span and reports
 * tokens only in a `gen_ai.usage` span event; a session id goes through the forward options.
 */

function makeProvider(context: TRecorderContext, variant: string): NodeTracerProvider {
  return new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": `spanlight-fixture-ax-${variant}` }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: fixtureTracesUrl(context, variant) }))],
  });
}

async function answer(context: TRecorderContext, provider: NodeTracerProvider, stream: boolean): Promise<void> {
  const tracer = provider.getTracer("ax");
  const llm = new AxAIOpenAI({
    apiKey: FAKE_OPENAI_KEY,
    apiURL: context.openAiBaseUrl,
    config: { model: AxAIOpenAIModel.GPT4OMini },
    options: { tracer },
  });
  const program = new AxGen<{ question: string }, { answer: string }>(
    '"Answers a weather question" question:string -> answer:string',
  );
  await program.forward(llm, { question: "What is the weather in Paris?" }, { stream, tracer, sessionId: `session-ax-${stream ? "stream" : "plain"}` });
}

export async function record(context: TRecorderContext): Promise<void> {
  const plain = makeProvider(context, "chat");
  const streamed = makeProvider(context, "stream");
  plain.register();
  await answer(context, plain, false);
  await answer(context, streamed, true);
  await Promise.all([plain.shutdown(), streamed.shutdown()]);
}
