import * as grpc from "@grpc/grpc-js";
import { ROOT_CONTEXT, SpanKind, trace as otelTrace } from "@opentelemetry/api";
import { ExportResultCode } from "@opentelemetry/core";
import type { ExportResult } from "@opentelemetry/core";
import { OTLPTraceExporter as GrpcTraceExporter } from "@opentelemetry/exporter-trace-otlp-grpc";
import { OTLPTraceExporter as JsonTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtoTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import type { SpanExporter } from "@opentelemetry/sdk-trace-base";
import { closeDb, getPool, getTraceDetail, SpanWriter } from "@spanlight/db";
import { basicAuthHeader, seedProjectWithKey } from "@spanlight/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGrpcReceiver, startHttpReceiver } from "./testing/otlp-test-receivers.ts";
import type { TGrpcReceiver, THttpReceiver } from "./testing/otlp-test-receivers.ts";

type TProtoExporterConfig = NonNullable<ConstructorParameters<typeof ProtoTraceExporter>[0]>;

/**
 * A small GenAI trace made by the real OTel SDK (agent → chat), collected in memory so the exact
 * spans can then go through each official exporter. Returns the trace id and the spans.
 */
async function recordGenAiTrace(serviceName: string) {
  const collector = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName, "deployment.environment.name": "exporter-itest" }),
    spanProcessors: [new SimpleSpanProcessor(collector)],
  });
  const tracer = provider.getTracer("spanlight.itest.exporters", "1.0.0");
  const agent = tracer.startSpan("invoke_agent support-bot", {
    kind: SpanKind.INTERNAL,
    attributes: {
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.agent.name": "support-bot",
      "user.id": `user-${serviceName}`,
    },
  });
  // No context manager is registered: the parent is passed explicitly.
  const chat = tracer.startSpan(
    "chat gpt-4o-mini",
    {
      kind: SpanKind.CLIENT,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.usage.input_tokens": 120,
        "gen_ai.usage.output_tokens": 30,
        "gen_ai.input.messages": JSON.stringify([
          { role: "user", parts: [{ type: "text", content: "Where is my order?" }] },
        ]),
        "gen_ai.output.messages": JSON.stringify([
          { role: "assistant", parts: [{ type: "text", content: "It ships today." }] },
        ]),
      },
    },
    otelTrace.setSpan(ROOT_CONTEXT, agent),
  );
  chat.end();
  agent.end();
  await provider.forceFlush();
  const spans = collector.getFinishedSpans();
  await provider.shutdown();
  return { traceId: agent.spanContext().traceId, agentSpanId: agent.spanContext().spanId, spans };
}

function exportThrough(exporter: SpanExporter, spans: Parameters<SpanExporter["export"]>[0]): Promise<ExportResult> {
  return new Promise((resolve) => exporter.export(spans, resolve));
}

describe("[OTLP] the official OpenTelemetry JS exporters, pointed at Spanlight", () => {
  let projectId: string;
  let authorization: string;
  let writer: SpanWriter;
  let httpReceiver: THttpReceiver;
  let grpcReceiver: TGrpcReceiver;

  beforeAll(async () => {
    const seeded = await seedProjectWithKey();
    projectId = seeded.project.id;
    authorization = basicAuthHeader(seeded.key.publicKey, seeded.key.secretKey);
    writer = new SpanWriter({ pool: getPool() });
    httpReceiver = await startHttpReceiver({ writer });
    grpcReceiver = await startGrpcReceiver({ writer });
  });
  afterAll(async () => {
    await httpReceiver.close();
    await grpcReceiver.close();
    await writer.drain();
    await closeDb();
  });

  const exporters: [string, () => SpanExporter][] = [
    [
      "exporter-trace-otlp-proto (http/protobuf)",
      () =>
        new ProtoTraceExporter({
          url: `http://127.0.0.1:${httpReceiver.port}/v1/traces`,
          headers: { Authorization: authorization },
        }),
    ],
    [
      "exporter-trace-otlp-http (http/json)",
      () =>
        new JsonTraceExporter({
          url: `http://127.0.0.1:${httpReceiver.port}/v1/traces`,
          headers: { Authorization: authorization },
        }),
    ],
    [
      "exporter-trace-otlp-proto to the Langfuse-compatible path, gzip",
      () =>
        new ProtoTraceExporter({
          url: `http://127.0.0.1:${httpReceiver.port}/api/public/otel/v1/traces`,
          headers: { Authorization: authorization },
          compression: "gzip" as TProtoExporterConfig["compression"],
        }),
    ],
    [
      "exporter-trace-otlp-grpc (authorization metadata)",
      () => {
        const metadata = new grpc.Metadata();
        metadata.set("authorization", authorization);
        return new GrpcTraceExporter({ url: `http://${grpcReceiver.address}`, metadata });
      },
    ],
  ];

  it.each(exporters)("%s: the export succeeds and the trace reads back whole", async (label, createExporter) => {
    const { traceId, agentSpanId, spans } = await recordGenAiTrace(label);
    const exporter = createExporter();
    try {
      const result = await exportThrough(exporter, spans);
      expect(result.error).toBeUndefined();
      expect(result.code).toBe(ExportResultCode.SUCCESS);
    } finally {
      await exporter.shutdown();
    }

    const trace = await getTraceDetail({ projectId, traceId });
    expect(trace).toMatchObject({
      name: "invoke_agent support-bot",
      rootSpanId: agentSpanId,
      spanCount: 2,
      inputTokens: 120,
      outputTokens: 30,
      totalTokens: 150,
      userId: `user-${label}`,
      environment: "exporter-itest",
    });
    expect(trace!.costUsd).toBeGreaterThan(0);
    const chat = trace!.spans.find((span) => span.name === "chat gpt-4o-mini");
    expect(chat).toMatchObject({
      parentSpanId: agentSpanId,
      kind: "LLM",
      otelSpanKind: 3,
      model: "gpt-4o-mini",
      provider: "openai",
    });
    expect(chat!.inputMessages).toEqual([{ role: "user", content: "Where is my order?" }]);
    expect(chat!.outputMessages).toEqual([{ role: "assistant", content: "It ships today." }]);
    expect(trace!.spans.find((span) => span.spanId === agentSpanId)).toMatchObject({
      kind: "AGENT",
      parentSpanId: null,
    });
  });

  it("an exporter with a wrong key is told so and does not store anything", async () => {
    const { traceId, spans } = await recordGenAiTrace("wrong-key");
    const exporter = new ProtoTraceExporter({
      url: `http://127.0.0.1:${httpReceiver.port}/v1/traces`,
      headers: { Authorization: basicAuthHeader("pk-lf-wrong", "sk-lf-wrong") },
    });
    try {
      const result = await exportThrough(exporter, spans);
      expect(result.code).toBe(ExportResultCode.FAILED);
      expect(String(result.error)).toMatch(/401|Unauthorized/i);
    } finally {
      await exporter.shutdown();
    }
    expect(await getTraceDetail({ projectId, traceId })).toBeNull();
  });
});
