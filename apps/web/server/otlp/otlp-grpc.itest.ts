import * as grpc from "@grpc/grpc-js";
import { closeDb, getPool, getTraceDetail, SpanWriter } from "@spanlight/db";
import { basicAuthHeader, seedProjectWithKey } from "@spanlight/db/testing";
import { decodeProtobufTraceRequest, encodeProtobufTraceRequest } from "@spanlight/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordedBodyOf, STORED_TRACE_EXPECTATIONS } from "./real-fixtures.itest-support.ts";
import { createControlledPool } from "./testing/controlled-pool.ts";
import type { TControlledPool } from "./testing/controlled-pool.ts";
import { waitUntil } from "./testing/wait-until.ts";
import { agentTrace, chatSpan, requestOf } from "./testing/genai-trace.ts";
import { createGrpcExportClient } from "./testing/grpc-export-client.ts";
import type { TGrpcExportClient, TGrpcOutcome } from "./testing/grpc-export-client.ts";
import { retryDelaySecondsOf } from "./testing/otlp-answers.ts";
import { startGrpcReceiver } from "./testing/otlp-test-receivers.ts";
import type { TGrpcReceiver } from "./testing/otlp-test-receivers.ts";

const SMALL_LIMIT_BYTES = 64 * 1024;

const goodBody = () => encodeProtobufTraceRequest(requestOf(agentTrace().spans));

describe("[OTLP/gRPC] TraceService/Export", () => {
  let projectId: string;
  let authorization: string;
  let writer: SpanWriter;
  let controlled: TControlledPool;
  let controlledWriter: SpanWriter;
  let receiver: TGrpcReceiver;
  let controlledReceiver: TGrpcReceiver;
  let client: TGrpcExportClient;
  let controlledClient: TGrpcExportClient;

  async function expectStillServing(target: TGrpcExportClient = client): Promise<void> {
    expect(await target.exportTraces(goodBody(), { authorization })).toMatchObject({ code: grpc.status.OK });
  }

  beforeAll(async () => {
    const seeded = await seedProjectWithKey();
    projectId = seeded.project.id;
    authorization = basicAuthHeader(seeded.key.publicKey, seeded.key.secretKey);
    writer = new SpanWriter({ pool: getPool() });
    receiver = await startGrpcReceiver({ writer, maxBodyBytes: SMALL_LIMIT_BYTES });
    client = createGrpcExportClient(receiver.address);
    controlled = await createControlledPool(getPool());
    controlledWriter = new SpanWriter({ pool: controlled.pool, maxQueuedSpans: 1, concurrency: 1 });
    controlledReceiver = await startGrpcReceiver({ writer: controlledWriter });
    controlledClient = createGrpcExportClient(controlledReceiver.address);
  });
  afterAll(async () => {
    controlled.setMode("up");
    client.close();
    controlledClient.close();
    await receiver.close();
    await controlledReceiver.close();
    await writer.drain();
    await controlledWriter.drain();
    await controlled.close();
    await closeDb();
  });

  it.each([
    ["identity", false],
    ["gzip (grpc-encoding)", true],
  ])("stores the OTel SDK's recorded gRPC request sent %s", async (_label, isGzip) => {
    const { project, key } = await seedProjectWithKey();
    const recorded = recordedBodyOf("otel-sdk-grpc");
    const sender = createGrpcExportClient(receiver.address, { isGzip });
    try {
      const outcome = await sender.exportTraces(recorded.body, {
        authorization: basicAuthHeader(key.publicKey, key.secretKey),
      });
      expect(outcome).toMatchObject({ code: grpc.status.OK, result: { rejectedSpans: 0, errorMessage: "" } });
    } finally {
      sender.close();
    }
    const traceId = decodeProtobufTraceRequest(recorded.body).resourceSpans[0]!.scopeSpans[0]!.spans[0]!.traceId;
    const trace = await getTraceDetail({ projectId: project.id, traceId });
    expect(trace).not.toBeNull();
    STORED_TRACE_EXPECTATIONS["otel-sdk-grpc"]!(trace!);
  });

  it("answers partial success with the rejected span named, and stores the rest", async () => {
    const { traceId, rootSpanId, spans } = agentTrace();
    const broken = chatSpan({
      traceId,
      spanId: "0000000000000000",
      parentSpanId: rootSpanId,
      inputTokens: 1,
      outputTokens: 1,
    });
    const outcome = await client.exportTraces(encodeProtobufTraceRequest(requestOf([broken, ...spans])), {
      authorization,
    });
    expect(outcome).toMatchObject({
      code: grpc.status.OK,
      result: { rejectedSpans: 1, errorMessage: "span 0.0.0: span id is all zeros" },
    });
    expect((await getTraceDetail({ projectId, traceId }))?.spanCount).toBe(2);
  });

  it("INVALID_ARGUMENT for bytes that are not an ExportTraceServiceRequest", async () => {
    const outcome = await client.exportTraces(Buffer.from("this is not protobuf at all"), { authorization });
    expect(outcome.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(outcome.details).toMatch(/^body: not a valid ExportTraceServiceRequest protobuf/);
    await expectStillServing();
  });

  it.each([
    ["no authorization metadata", null, /^Missing Authorization header/],
    ["an unknown key", basicAuthHeader("pk-lf-unknown", "sk-lf-unknown"), /^Invalid API key$/],
    ["malformed Basic credentials", "Basic !!!", /^Malformed Basic credentials/],
  ])("UNAUTHENTICATED for %s", async (_label, header, message) => {
    const outcome = await client.exportTraces(goodBody(), { authorization: header });
    expect(outcome.code).toBe(grpc.status.UNAUTHENTICATED);
    expect(outcome.details).toMatch(message);
    await expectStillServing();
  });

  it("RESOURCE_EXHAUSTED without RetryInfo (permanent) for a message over the size limit", async () => {
    const { spans } = agentTrace();
    spans[0]!.attributes["app.padding"] = "x".repeat(SMALL_LIMIT_BYTES);
    const outcome = await client.exportTraces(encodeProtobufTraceRequest(requestOf(spans)), { authorization });
    expect(outcome.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    expect(outcome.details).toMatch(/larger than max/i);
    expect(outcome.metadata?.get("grpc-status-details-bin") ?? []).toEqual([]);
    await expectStillServing();
  });

  it("RESOURCE_EXHAUSTED for a gzip bomb: small on the wire, over the limit once inflated", async () => {
    const sender = createGrpcExportClient(receiver.address, { isGzip: true });
    try {
      const outcome = await sender.exportTraces(Buffer.alloc(8 * 1024 * 1024), { authorization });
      expect(outcome.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
      expect(outcome.details).toMatch(new RegExp(`decompresses to a size larger than ${SMALL_LIMIT_BYTES}`));
    } finally {
      sender.close();
    }
    await expectStillServing();
  });

  it("RESOURCE_EXHAUSTED with RetryInfo when the writer's queue is full, then OK for what it accepted", async () => {
    controlled.setMode("held");
    const outcomes: TGrpcOutcome[] = [];
    const pending = Array.from({ length: 4 }, () =>
      controlledClient.exportTraces(goodBody(), { authorization }).then((outcome) => {
        outcomes.push(outcome);
        return outcome;
      }),
    );
    // Two calls hold the writer (one in its held transaction, one queued); the other two find it full.
    await waitUntil(() => outcomes.length === 2, "two refusals while the writer is held");
    for (const refusal of outcomes) {
      expect(refusal).toMatchObject({
        code: grpc.status.RESOURCE_EXHAUSTED,
        details: "Spanlight is busy writing spans: retry shortly",
      });
      const [statusDetails] = refusal.metadata?.get("grpc-status-details-bin") ?? [];
      expect(Buffer.isBuffer(statusDetails)).toBe(true);
      expect(retryDelaySecondsOf(statusDetails as Buffer)).toBe(1);
    }
    controlled.setMode("up");
    const codes = (await Promise.all(pending)).map((outcome) => outcome.code);
    expect(codes.sort()).toEqual(
      [grpc.status.OK, grpc.status.OK, grpc.status.RESOURCE_EXHAUSTED, grpc.status.RESOURCE_EXHAUSTED].sort(),
    );
    await expectStillServing(controlledClient);
  });

  it("UNAVAILABLE while the writer cannot reach PostgreSQL, OK once it can", async () => {
    controlled.setMode("down");
    const { traceId, spans } = agentTrace();
    const body = encodeProtobufTraceRequest(requestOf(spans));
    const refused = await controlledClient.exportTraces(body, { authorization });
    expect(refused).toMatchObject({
      code: grpc.status.UNAVAILABLE,
      details: "The database is unavailable: retry later",
    });
    expect(refused.metadata?.get("grpc-status-details-bin") ?? []).toEqual([]);
    // API keys are still read from the real database.
    const badKey = await controlledClient.exportTraces(body, { authorization: basicAuthHeader("pk-x", "sk-x") });
    expect(badKey.code).toBe(grpc.status.UNAUTHENTICATED);

    controlled.setMode("up");
    expect((await controlledClient.exportTraces(body, { authorization })).code).toBe(grpc.status.OK);
    expect((await getTraceDetail({ projectId, traceId }))?.spanCount).toBe(2);
  });
});
