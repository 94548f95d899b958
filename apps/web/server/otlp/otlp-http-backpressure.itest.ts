import { closeDb, getPool, getTraceDetail, SpanWriter } from "@spanlight/db";
import { basicAuthHeader, seedProjectWithKey } from "@spanlight/db/testing";
import { encodeJsonTraceRequest, encodeProtobufTraceRequest } from "@spanlight/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createControlledPool } from "./testing/controlled-pool.ts";
import type { TControlledPool } from "./testing/controlled-pool.ts";
import { waitUntil } from "./testing/wait-until.ts";
import { agentTrace, requestOf } from "./testing/genai-trace.ts";
import { rpcStatusOf } from "./testing/otlp-answers.ts";
import { postGoodTrace, postOtlp, startHttpReceiver } from "./testing/otlp-test-receivers.ts";
import type { TOtlpAnswer, THttpReceiver } from "./testing/otlp-test-receivers.ts";

const RESOURCE_EXHAUSTED = 8;
const UNAVAILABLE = 14;

describe("[OTLP/HTTP] back-pressure: 429 when the writer is full, 503 when PostgreSQL is away", () => {
  let projectId: string;
  let authorization: string;
  let controlled: TControlledPool;
  let writer: SpanWriter;
  let receiver: THttpReceiver;

  beforeAll(async () => {
    const seeded = await seedProjectWithKey();
    projectId = seeded.project.id;
    authorization = basicAuthHeader(seeded.key.publicKey, seeded.key.secretKey);
    controlled = await createControlledPool(getPool());
    // One transaction at a time and a queue of one span: the second waiting request overflows it.
    writer = new SpanWriter({ pool: controlled.pool, maxQueuedSpans: 1, concurrency: 1 });
    receiver = await startHttpReceiver({ writer });
  });
  afterAll(async () => {
    controlled.setMode("up");
    await receiver.close();
    await writer.drain();
    await controlled.close();
    await closeDb();
  });

  it("answers 429 with Retry-After to requests past a full queue, and stores every request it accepted", async () => {
    controlled.setMode("held");
    const traces = Array.from({ length: 4 }, () => agentTrace());
    const answers: TOtlpAnswer[] = [];
    // The first request's transaction waits on the held pool and the second waits in the queue, so
    // whichever two arrive later find the queue full. Nothing accepted can finish while it is held.
    const pending = traces.map((trace, index) =>
      postOtlp(receiver, {
        body:
          index % 2 === 0
            ? encodeProtobufTraceRequest(requestOf(trace.spans))
            : encodeJsonTraceRequest(requestOf(trace.spans)),
        contentType: index % 2 === 0 ? "application/x-protobuf" : "application/json",
        authorization,
      }).then((answer) => {
        answers.push(answer);
        return answer;
      }),
    );
    await waitUntil(() => answers.length === 2, "two refusals while the writer is held");
    expect(answers.map((answer) => answer.status)).toEqual([429, 429]);
    for (const refusal of answers) {
      expect(refusal.retryAfter).toBe("1");
      expect(rpcStatusOf(refusal)).toEqual({
        code: RESOURCE_EXHAUSTED,
        message: "Spanlight is busy writing spans: retry shortly",
      });
    }

    controlled.setMode("up");
    const settled = await Promise.all(pending);
    expect(settled.map((answer) => answer.status).sort()).toEqual([200, 200, 429, 429]);
    for (const [index, answer] of settled.entries()) {
      const stored = await getTraceDetail({ projectId, traceId: traces[index]!.traceId });
      if (answer.status === 200) expect(stored?.spanCount).toBe(2);
      else expect(stored).toBeNull();
    }
    expect((await postGoodTrace(receiver, authorization)).status).toBe(200);
  });

  it("answers 503 with Retry-After while the writer cannot reach PostgreSQL, and 200 once it can", async () => {
    controlled.setMode("down");
    const trace = agentTrace();
    const body = encodeProtobufTraceRequest(requestOf(trace.spans));
    const refused = await postOtlp(receiver, { body, contentType: "application/x-protobuf", authorization });
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe("5");
    expect(refused.contentType).toBe("application/x-protobuf");
    expect(rpcStatusOf(refused)).toEqual({ code: UNAVAILABLE, message: "The database is unavailable: retry later" });
    expect(await getTraceDetail({ projectId, traceId: trace.traceId })).toBeNull();

    // The key is still checked against the real database: a bad key is a 401, not a 503.
    const badKey = await postOtlp(receiver, {
      body,
      contentType: "application/x-protobuf",
      authorization: basicAuthHeader("pk-x", "sk-x"),
    });
    expect(badKey.status).toBe(401);

    // The exporter's retry of the same body succeeds once the database is back.
    controlled.setMode("up");
    expect((await postOtlp(receiver, { body, contentType: "application/x-protobuf", authorization })).status).toBe(200);
    expect((await getTraceDetail({ projectId, traceId: trace.traceId }))?.spanCount).toBe(2);
  });
});
