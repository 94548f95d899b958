import { closeDb, getPool, getTraceDetail, SpanWriter } from "@spanlight/db";
import { basicAuthHeader, seedProjectWithKey } from "@spanlight/db/testing";
import { encodeJsonTraceRequest, encodeProtobufTraceRequest } from "@spanlight/ingest";
import type { TOtlpTraceRequest } from "@spanlight/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentTrace, chatSpan, otlpSpan, randomSpanId, randomTraceId, requestOf } from "./testing/genai-trace.ts";
import { exportResultOf } from "./testing/otlp-answers.ts";
import { postOtlp, startHttpReceiver } from "./testing/otlp-test-receivers.ts";
import type { THttpReceiver } from "./testing/otlp-test-receivers.ts";

const PROTOBUF = "application/x-protobuf";

describe("[OTLP/HTTP] what a stored request becomes", () => {
  let projectId: string;
  let authorization: string;
  let writer: SpanWriter;
  let receiver: THttpReceiver;

  const postProtobuf = (request: TOtlpTraceRequest, path?: string) =>
    postOtlp(receiver, { body: encodeProtobufTraceRequest(request), contentType: PROTOBUF, authorization, path });
  const traceOf = (traceId: string) => getTraceDetail({ projectId, traceId });

  beforeAll(async () => {
    const seeded = await seedProjectWithKey();
    projectId = seeded.project.id;
    authorization = basicAuthHeader(seeded.key.publicKey, seeded.key.secretKey);
    writer = new SpanWriter({ pool: getPool() });
    receiver = await startHttpReceiver({ writer });
  });
  afterAll(async () => {
    await receiver.close();
    await writer.drain();
    await closeDb();
  });

  describe("answers in the request's content type", () => {
    it("JSON with a charset gets an empty JSON success, `{}`", async () => {
      const { spans } = agentTrace();
      const answer = await postOtlp(receiver, {
        body: encodeJsonTraceRequest(requestOf(spans)),
        contentType: "application/json; charset=utf-8",
        authorization,
      });
      expect(answer).toMatchObject({ status: 200, contentType: "application/json" });
      expect(answer.body.toString("utf8")).toBe("{}");
    });

    it("protobuf gets an empty protobuf success: zero bytes", async () => {
      const answer = await postProtobuf(requestOf(agentTrace().spans));
      expect(answer).toMatchObject({ status: 200, contentType: PROTOBUF });
      expect(answer.body.byteLength).toBe(0);
    });

    it("an empty request is a success too", async () => {
      const answer = await postOtlp(receiver, { body: "{}", contentType: "application/json", authorization });
      expect(answer.status).toBe(200);
      expect(exportResultOf(answer)).toEqual({ rejectedSpans: 0, errorMessage: "" });
    });
  });

  describe("partial success: one bad span is rejected, the rest are stored", () => {
    it.each([
      ["protobuf", PROTOBUF],
      ["JSON", "application/json"],
    ])("%s: rejectedSpans 1 and a message naming the span", async (_label, contentType) => {
      const { traceId, rootSpanId, spans } = agentTrace();
      const broken = chatSpan({
        traceId,
        spanId: "abcdef",
        parentSpanId: rootSpanId,
        inputTokens: 1_000,
        outputTokens: 1_000,
      });
      const request = requestOf([...spans, broken]);
      const body = contentType === PROTOBUF ? encodeProtobufTraceRequest(request) : encodeJsonTraceRequest(request);
      const answer = await postOtlp(receiver, { body, contentType, authorization });

      expect(answer).toMatchObject({ status: 200, contentType });
      expect(exportResultOf(answer)).toEqual({
        rejectedSpans: 1,
        errorMessage: 'span 0.0.2: span id "abcdef" is not 16 hex characters',
      });
      const trace = await traceOf(traceId);
      expect(trace?.spans.map((span) => span.spanId).sort()).toEqual(spans.map((span) => span.spanId).sort());
      expect(trace).toMatchObject({ spanCount: 2, inputTokens: 12, outputTokens: 3 });
    });
  });

  describe("logs and metrics are accepted and discarded", () => {
    it.each(["/v1/logs", "/v1/metrics", "/api/public/otel/v1/logs"])(
      "%s answers 200 and stores nothing",
      async (path) => {
        // A trace body on purpose: if these paths stored anything, this trace would appear.
        const { traceId, spans } = agentTrace();
        const protobufAnswer = await postProtobuf(requestOf(spans), path);
        expect(protobufAnswer).toMatchObject({ status: 200, contentType: PROTOBUF });
        const jsonAnswer = await postOtlp(receiver, {
          body: encodeJsonTraceRequest(requestOf(spans)),
          contentType: "application/json",
          authorization,
          path,
        });
        expect(jsonAnswer).toMatchObject({ status: 200, contentType: "application/json" });
        expect(await traceOf(traceId)).toBeNull();
      },
    );
  });

  describe("exporter retries and batching", () => {
    it("the same body posted twice is stored once: span count and token totals unchanged", async () => {
      const { traceId, spans } = agentTrace();
      const body = encodeProtobufTraceRequest(requestOf(spans));
      expect((await postOtlp(receiver, { body, contentType: PROTOBUF, authorization })).status).toBe(200);
      const first = await traceOf(traceId);
      expect((await postOtlp(receiver, { body, contentType: PROTOBUF, authorization })).status).toBe(200);
      const second = await traceOf(traceId);

      expect(first).toMatchObject({ spanCount: 2, inputTokens: 12, outputTokens: 3, totalTokens: 15 });
      expect(first!.costUsd).toBeGreaterThan(0);
      expect(second).toEqual(first);
    });

    it("children before their root, over several requests: the rollup is right once the root lands", async () => {
      const traceId = randomTraceId();
      const rootSpanId = randomSpanId();
      const stepSpanId = randomSpanId();
      const firstChat = chatSpan({
        traceId,
        parentSpanId: stepSpanId,
        inputTokens: 40,
        outputTokens: 10,
        startMs: 20,
        endMs: 60,
      });
      const secondChat = chatSpan({
        traceId,
        parentSpanId: stepSpanId,
        inputTokens: 60,
        outputTokens: 5,
        startMs: 70,
        endMs: 150,
      });
      const step = otlpSpan({
        traceId,
        spanId: stepSpanId,
        parentSpanId: rootSpanId,
        name: "plan step",
        startMs: 10,
        endMs: 160,
      });
      const root = otlpSpan({
        traceId,
        spanId: rootSpanId,
        parentSpanId: null,
        name: "answer-question",
        startMs: 0,
        endMs: 200,
      });

      expect((await postProtobuf(requestOf([firstChat]))).status).toBe(200);
      expect((await postProtobuf(requestOf([secondChat, step]))).status).toBe(200);
      const beforeRoot = await traceOf(traceId);
      expect(beforeRoot).toMatchObject({ name: null, rootSpanId: null, spanCount: 3, inputTokens: 100 });

      expect((await postProtobuf(requestOf([root]))).status).toBe(200);
      const trace = await traceOf(traceId);
      expect(trace).toMatchObject({
        name: "answer-question",
        rootSpanId,
        spanCount: 4,
        inputTokens: 100,
        outputTokens: 15,
        totalTokens: 115,
        durationMs: 200,
      });
      expect(trace!.costUsd).toBeCloseTo(
        trace!.spans.reduce((sum, span) => sum + (span.costUsd ?? 0), 0),
        12,
      );
      const parentOf = Object.fromEntries(trace!.spans.map((span) => [span.spanId, span.parentSpanId]));
      expect(parentOf).toEqual({
        [rootSpanId]: null,
        [stepSpanId]: rootSpanId,
        [firstChat.spanId]: stepSpanId,
        [secondChat.spanId]: stepSpanId,
      });
    });

    it("orphans whose parent never arrives are stored and returned with the trace", async () => {
      const { traceId, rootSpanId, spans } = agentTrace();
      const missingParent = randomSpanId();
      const orphan = chatSpan({
        traceId,
        parentSpanId: missingParent,
        inputTokens: 7,
        outputTokens: 2,
        startMs: 120,
        endMs: 130,
      });
      expect((await postProtobuf(requestOf([orphan]))).status).toBe(200);
      expect((await postProtobuf(requestOf(spans))).status).toBe(200);

      const trace = await traceOf(traceId);
      expect(trace).toMatchObject({ rootSpanId, spanCount: 3, inputTokens: 19, outputTokens: 5 });
      expect(trace!.spans.find((span) => span.spanId === orphan.spanId)).toMatchObject({
        parentSpanId: missingParent,
        kind: "LLM",
      });
    });
  });

  describe("text PostgreSQL refuses is stored replaced, not answered with a 500", () => {
    it.each([
      ["JSON", "application/json"],
      ["protobuf", PROTOBUF],
    ])(
      "%s: NULs (also adjacent) and lone surrogates become U+FFFD; pairs and escaped text stay",
      async (_label, contentType) => {
        const isJson = contentType !== PROTOBUF;
        const { traceId, spans } = agentTrace();
        Object.assign(spans[1]!.attributes, {
          "app.nuls": "a\u0000\u0000b",
          "app.emoji": "\ud83d\ude00",
          "app.literal": "\\u0000 stays text",
          // JSON inside an attribute carries lone surrogates as escapes, whatever the body's encoding.
          "gen_ai.input.messages": JSON.stringify([
            { role: "user", parts: [{ type: "text", content: "hi\ud800\u0000" }] },
          ]),
        });
        // Only a JSON body can carry a lone surrogate in the attribute itself (protobuf strings are UTF-8).
        if (isJson) spans[1]!.attributes["app.lone\udc00"] = "x\ud800y";
        const request = requestOf(spans);
        const body = isJson ? encodeJsonTraceRequest(request) : encodeProtobufTraceRequest(request);
        expect((await postOtlp(receiver, { body, contentType, authorization })).status).toBe(200);

        const chat = (await traceOf(traceId))!.spans.find((span) => span.spanId === spans[1]!.spanId)!;
        expect(chat.attributes).toMatchObject({
          "app.nuls": "a\uFFFD\uFFFDb",
          "app.emoji": "\ud83d\ude00",
          "app.literal": "\\u0000 stays text",
          ...(isJson ? { "app.lone\uFFFD": "x\uFFFDy" } : {}),
        });
        expect(chat.inputMessages).toEqual([{ role: "user", content: "hi\uFFFD\uFFFD" }]);
      },
    );
  });

  describe("trace-level facts carried by a single span reach the trace", () => {
    it.each([
      [
        "Langfuse",
        { "langfuse.user.id": "user-1", "langfuse.session.id": "session-1", "langfuse.trace.tags": ["alpha", "beta"] },
      ],
      ["OpenInference", { "user.id": "user-1", "session.id": "session-1", "tag.tags": '["alpha","beta"]' }],
      [
        "Traceloop",
        {
          "traceloop.association.properties.user_id": "user-1",
          "traceloop.association.properties.session_id": "session-1",
        },
      ],
      [
        "Vercel AI SDK",
        {
          "ai.telemetry.metadata.userId": "user-1",
          "ai.telemetry.metadata.sessionId": "session-1",
          "ai.telemetry.metadata.tags": ["alpha", "beta"],
        },
      ],
    ])("%s attributes on a deep child only", async (convention, attributes) => {
      const traceId = randomTraceId();
      const rootSpanId = randomSpanId();
      const root = otlpSpan({ traceId, spanId: rootSpanId, parentSpanId: null, name: "handle-request", endMs: 500 });
      const tool = otlpSpan({
        traceId,
        spanId: randomSpanId(),
        parentSpanId: rootSpanId,
        name: "lookup",
        startMs: 5,
        endMs: 50,
      });
      const chat = chatSpan({
        traceId,
        parentSpanId: rootSpanId,
        inputTokens: 5,
        outputTokens: 5,
        startMs: 60,
        endMs: 400,
        attributes,
      });
      expect((await postProtobuf(requestOf([root, tool, chat]))).status).toBe(200);

      const trace = await traceOf(traceId);
      expect(trace).toMatchObject({ name: "handle-request", userId: "user-1", sessionId: "session-1" });
      const hasTags = convention !== "Traceloop";
      expect(trace!.tags).toEqual(hasTags ? ["alpha", "beta"] : []);
    });
  });
});
