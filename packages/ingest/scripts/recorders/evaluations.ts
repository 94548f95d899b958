import { getAnnotationAttributes, getEvaluationAttributes } from "@arizeai/openinference-core";
import { context, SpanKind, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { fixtureTracesUrl } from "./recorder-context.ts";
import type { TRecorderContext } from "./recorder-context.ts";

/**
 * Evaluation results inside traces, in both forms the ingest extracts as EVAL scores:
 * - OTel GenAI `gen_ai.evaluation.result` span events (semconv 1.38), sent through the OTel JS SDK:
 *   one on the evaluated `chat` span itself, one on an evaluator span that links to it.
 * - OpenInference evaluation/annotation attributes, flattened by openinference-core's own helpers
 *   (`getEvaluationAttributes`, `getAnnotationAttributes`) on a CHAIN span, at span and trace scope.
 * No JS instrumentation emits either on its own yet, so the values are set by hand; the keys and
 * the wire format are the libraries'.
 */
export async function record(recorder: TRecorderContext): Promise<void> {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": "spanlight-fixture-evaluations" }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: fixtureTracesUrl(recorder, "otel") }))],
  });
  provider.register();
  const tracer = provider.getTracer("spanlight.fixtures.evaluations", "1.0.0");

  const chainTracer = trace.getTracer("spanlight.fixtures.openinference-evaluations", "1.0.0");
  const chain = chainTracer.startSpan("qa-chain", {
    attributes: {
      "openinference.span.kind": "CHAIN",
      "input.value": "Capital of France?",
      "output.value": "Paris.",
      ...getEvaluationAttributes({
        evaluations: [
          {
            name: "hallucination",
            label: "factual",
            score: 0,
            explanation: "Grounded in the context.",
            annotatorKind: "LLM",
          },
        ],
      }),
      ...getAnnotationAttributes({
        annotations: [{ name: "helpfulness", score: 3, annotatorKind: "HUMAN", identifier: "reviewer-1" }],
        scope: "trace",
      }),
    },
  });
  const inChain = trace.setSpan(context.active(), chain);

  const chat = tracer.startSpan(
    "chat gpt-4o-mini",
    {
      kind: SpanKind.CLIENT,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.response.id": "chatcmpl-eval-1",
        "gen_ai.input.messages": JSON.stringify([
          { role: "user", parts: [{ type: "text", content: "Capital of France?" }] },
        ]),
        "gen_ai.output.messages": JSON.stringify([
          { role: "assistant", parts: [{ type: "text", content: "Paris." }], finish_reason: "stop" },
        ]),
      },
    },
    inChain,
  );
  chat.addEvent("gen_ai.evaluation.result", {
    "gen_ai.evaluation.name": "relevance",
    "gen_ai.evaluation.score.value": 0.92,
    "gen_ai.evaluation.score.label": "relevant",
    "gen_ai.evaluation.explanation": "The answer names the capital asked for.",
    "gen_ai.response.id": "chatcmpl-eval-1",
  });
  chat.end();

  // An evaluator step after the call, linking to what it judged (its parent is the chain, not the call).
  const judge = tracer.startSpan("judge-v2 correctness", { links: [{ context: chat.spanContext() }] }, inChain);
  judge.addEvent("gen_ai.evaluation.result", {
    "gen_ai.evaluation.name": "correctness",
    "gen_ai.evaluation.score.value": 4,
    "gen_ai.evaluation.explanation": "Correct and concise.",
  });
  judge.end();
  chain.end();
  await provider.shutdown();
}
