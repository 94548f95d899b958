import { gzipSync } from "node:zlib";
import { closeDb, getPool, revokeApiKey, SpanWriter } from "@spanlight/db";
import { basicAuthHeader, seedProjectWithKey } from "@spanlight/db/testing";
import { encodeJsonTraceRequest, encodeProtobufTraceRequest } from "@spanlight/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rpcStatusOf } from "./testing/otlp-answers.ts";
import { agentTrace, requestOf } from "./testing/genai-trace.ts";
import { postGoodTrace, postOtlp, startHttpReceiver } from "./testing/otlp-test-receivers.ts";
import type { THttpReceiver } from "./testing/otlp-test-receivers.ts";

// gRPC status codes carried in the google.rpc.Status bodies.
const INVALID_ARGUMENT = 3;
const RESOURCE_EXHAUSTED = 8;
const UNIMPLEMENTED = 12;
const UNAUTHENTICATED = 16;

const SMALL_LIMIT_BYTES = 64 * 1024;
const PROTOBUF = "application/x-protobuf";
const JSON_TYPE = "application/json";

/** The API key cache keeps a revoked key working for up to 5 s; the product promise is under 10 s. */
const REVOCATION_DEADLINE_MS = 10_000;

describe("[OTLP/HTTP] refusals: every failure is a google.rpc.Status and the server keeps serving", () => {
  let writer: SpanWriter;
  let receiver: THttpReceiver;
  let smallReceiver: THttpReceiver;
  let authorization: string;

  const protobufTrace = () => encodeProtobufTraceRequest(requestOf(agentTrace().spans));

  async function expectStillServing(target: THttpReceiver = receiver): Promise<void> {
    expect((await postGoodTrace(target, authorization)).status).toBe(200);
  }

  beforeAll(async () => {
    const { key } = await seedProjectWithKey();
    authorization = basicAuthHeader(key.publicKey, key.secretKey);
    writer = new SpanWriter({ pool: getPool() });
    receiver = await startHttpReceiver({ writer });
    smallReceiver = await startHttpReceiver({ writer, maxBodyBytes: SMALL_LIMIT_BYTES });
  });
  afterAll(async () => {
    await receiver.close();
    await smallReceiver.close();
    await writer.drain();
    await closeDb();
  });

  describe("400 for a body that is not an OTLP trace request", () => {
    it("protobuf garbage: INVALID_ARGUMENT in a protobuf Status", async () => {
      const answer = await postOtlp(receiver, {
        body: Buffer.from("this is not protobuf at all"),
        contentType: PROTOBUF,
        authorization,
      });
      expect(answer.status).toBe(400);
      expect(answer.contentType).toBe(PROTOBUF);
      expect(rpcStatusOf(answer)).toEqual({
        code: INVALID_ARGUMENT,
        message: expect.stringMatching(/^body: not a valid ExportTraceServiceRequest protobuf \(.+\)$/),
      });
      await expectStillServing();
    });

    it("JSON that does not parse: INVALID_ARGUMENT in a JSON Status", async () => {
      const answer = await postOtlp(receiver, { body: '{"resourceSpans": [', contentType: JSON_TYPE, authorization });
      expect(answer.status).toBe(400);
      expect(answer.contentType).toBe(JSON_TYPE);
      expect(rpcStatusOf(answer)).toEqual({
        code: INVALID_ARGUMENT,
        message: expect.stringMatching(/^body: not valid JSON/),
      });
      await expectStillServing();
    });

    it("gzip that does not inflate: INVALID_ARGUMENT naming the encoding", async () => {
      const answer = await postOtlp(receiver, {
        body: protobufTrace(),
        contentType: PROTOBUF,
        contentEncoding: "gzip",
        authorization,
      });
      expect(answer.status).toBe(400);
      expect(rpcStatusOf(answer)).toEqual({
        code: INVALID_ARGUMENT,
        message: expect.stringContaining("invalid gzip data"),
      });
      await expectStillServing();
    });
  });

  describe("401 for a request without a valid API key", () => {
    it.each([
      ["missing", null, /^Missing Authorization header/],
      ["malformed Basic", "Basic !!!", /^Malformed Basic credentials/],
      ["an unsupported scheme", "Digest abc", /^Unsupported Authorization scheme/],
      ["an unknown secret", basicAuthHeader("pk-lf-unknown", "sk-lf-unknown"), /^Invalid API key$/],
    ])("%s: UNAUTHENTICATED, nothing stored", async (_label, header, message) => {
      const answer = await postOtlp(receiver, { body: protobufTrace(), contentType: PROTOBUF, authorization: header });
      expect(answer.status).toBe(401);
      expect(answer.contentType).toBe(PROTOBUF);
      expect(rpcStatusOf(answer)).toEqual({ code: UNAUTHENTICATED, message: expect.stringMatching(message) });
      await expectStillServing();
    });

    it("a known public key with the wrong secret", async () => {
      const { key } = await seedProjectWithKey();
      const answer = await postOtlp(receiver, {
        body: encodeJsonTraceRequest(requestOf(agentTrace().spans)),
        contentType: JSON_TYPE,
        authorization: basicAuthHeader(key.publicKey, `${key.secretKey}x`),
      });
      expect(answer.status).toBe(401);
      expect(rpcStatusOf(answer)).toEqual({ code: UNAUTHENTICATED, message: "Invalid API key" });
    });

    it("no Content-Type and no key: a JSON Status (the body cannot pick the format)", async () => {
      const answer = await postOtlp(receiver, { body: protobufTrace(), contentType: null, authorization: null });
      expect(answer.status).toBe(401);
      expect(answer.contentType).toBe(JSON_TYPE);
      expect(JSON.parse(answer.body.toString("utf8"))).toEqual({
        code: UNAUTHENTICATED,
        message: expect.stringMatching(/^Missing Authorization/),
      });
      await expectStillServing();
    });

    it("a revoked key stops working within 10 s, even though it was cached", async () => {
      const { project, key } = await seedProjectWithKey();
      const revokedAuthorization = basicAuthHeader(key.publicKey, key.secretKey);
      // A first success puts the key in this process's cache.
      expect((await postGoodTrace(receiver, revokedAuthorization)).status).toBe(200);

      await revokeApiKey({ projectId: project.id, apiKeyId: key.id });
      const revokedAt = Date.now();
      let status = 200;
      while (status === 200 && Date.now() - revokedAt < REVOCATION_DEADLINE_MS + 2_000) {
        status = (await postGoodTrace(receiver, revokedAuthorization)).status;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const elapsedMs = Date.now() - revokedAt;
      expect(status).toBe(401);
      expect(elapsedMs).toBeLessThan(REVOCATION_DEADLINE_MS);
      await expectStillServing();
    });
  });

  describe("413 for a body over the limit (64 KiB here)", () => {
    it("a raw body that declares a larger Content-Length", async () => {
      const answer = await postOtlp(smallReceiver, {
        body: Buffer.alloc(SMALL_LIMIT_BYTES + 1, 0x0a),
        contentType: PROTOBUF,
        authorization,
      });
      expect(answer.status).toBe(413);
      expect(rpcStatusOf(answer)).toEqual({
        code: RESOURCE_EXHAUSTED,
        message: `request body exceeds ${SMALL_LIMIT_BYTES} bytes after decompression`,
      });
      await expectStillServing(smallReceiver);
    });

    it("a streamed body without Content-Length, refused as soon as it passes the limit", async () => {
      const answer = await postOtlp(smallReceiver, {
        body: Buffer.alloc(4 * 1024 * 1024, 0x0a),
        contentType: JSON_TYPE,
        authorization,
        isChunked: true,
      });
      expect(answer.status).toBe(413);
      expect(answer.contentType).toBe(JSON_TYPE);
      expect(rpcStatusOf(answer).code).toBe(RESOURCE_EXHAUSTED);
      await expectStillServing(smallReceiver);
    });

    it("a gzip bomb: a few KiB on the wire that inflate to 16 MiB", async () => {
      const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024));
      expect(bomb.byteLength).toBeLessThan(SMALL_LIMIT_BYTES);
      const answer = await postOtlp(smallReceiver, {
        body: bomb,
        contentType: PROTOBUF,
        contentEncoding: "gzip",
        authorization,
      });
      expect(answer.status).toBe(413);
      expect(answer.contentType).toBe(PROTOBUF);
      expect(rpcStatusOf(answer).code).toBe(RESOURCE_EXHAUSTED);
      await expectStillServing(smallReceiver);
    });

    it("a body just under the limit is still taken", async () => {
      const padding = "x".repeat(SMALL_LIMIT_BYTES - 8 * 1024);
      const { spans } = agentTrace();
      spans[0]!.attributes["app.padding"] = padding;
      const body = encodeProtobufTraceRequest(requestOf(spans));
      expect(body.byteLength).toBeLessThanOrEqual(SMALL_LIMIT_BYTES);
      expect((await postOtlp(smallReceiver, { body, contentType: PROTOBUF, authorization })).status).toBe(200);
    });
  });

  describe("415 for what the receiver cannot read", () => {
    it("Content-Type text/plain: UNIMPLEMENTED in a JSON Status naming the types to use", async () => {
      const answer = await postOtlp(receiver, { body: "hello", contentType: "text/plain", authorization });
      expect(answer.status).toBe(415);
      expect(answer.contentType).toBe(JSON_TYPE);
      expect(rpcStatusOf(answer)).toEqual({
        code: UNIMPLEMENTED,
        message: 'Unsupported Content-Type "text/plain": send application/x-protobuf or application/json',
      });
      await expectStillServing();
    });

    it("Content-Encoding br: UNIMPLEMENTED in the request's own content type", async () => {
      const answer = await postOtlp(receiver, {
        body: protobufTrace(),
        contentType: PROTOBUF,
        contentEncoding: "br",
        authorization,
      });
      expect(answer.status).toBe(415);
      expect(answer.contentType).toBe(PROTOBUF);
      expect(rpcStatusOf(answer)).toEqual({
        code: UNIMPLEMENTED,
        message: 'unsupported content encoding "br": use identity, gzip or deflate',
      });
      await expectStillServing();
    });
  });
});
