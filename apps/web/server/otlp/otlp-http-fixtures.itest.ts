import { closeDb, getPool, getTraceDetail, SpanWriter } from "@spanlight/db";
import { basicAuthHeader, seedProjectWithKey } from "@spanlight/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRealFixtures } from "../../../../packages/ingest/test/load-real-fixtures.ts";
import { realFixtureReplays, STORED_TRACE_EXPECTATIONS } from "./real-fixtures.itest-support.ts";
import { exportResultOf } from "./testing/otlp-answers.ts";
import { postOtlp, startHttpReceiver } from "./testing/otlp-test-receivers.ts";
import type { THttpReceiver } from "./testing/otlp-test-receivers.ts";

const REPLAYS = realFixtureReplays();

describe("[OTLP/HTTP] real SDK recordings replayed over the wire", () => {
  let writer: SpanWriter;
  let receiver: THttpReceiver;
  const traceIdByFixture = new Map<string, string>();

  beforeAll(async () => {
    for (const fixture of await loadRealFixtures()) {
      traceIdByFixture.set(fixture.name, fixture.request.resourceSpans[0]!.scopeSpans[0]!.spans[0]!.traceId);
    }
    writer = new SpanWriter({ pool: getPool() });
    receiver = await startHttpReceiver({ writer });
  });
  afterAll(async () => {
    await receiver.close();
    await writer.drain();
    await closeDb();
  });

  it("covers every recording group, and every group has an expectation", () => {
    expect([...new Set(REPLAYS.map((replay) => replay.group))].sort()).toEqual(
      Object.keys(STORED_TRACE_EXPECTATIONS).sort(),
    );
    // Each uncompressed protobuf recording is also replayed gzip, deflate and raw-deflate compressed.
    expect(REPLAYS.filter((replay) => replay.label.endsWith("gzip)")).length).toBeGreaterThanOrEqual(6);
  });

  // Each replay gets a fresh project: the OTel SDK recordings share one trace id across encodings.
  it.each(REPLAYS.map((replay) => [replay.label, replay] as const))(
    "%s is stored as the SDK meant it",
    async (_label, replay) => {
      const { project, key } = await seedProjectWithKey();
      const authorization = basicAuthHeader(key.publicKey, key.secretKey);
      for (const request of replay.requests) {
        const answer = await postOtlp(receiver, {
          body: request.body,
          contentType: request.contentType,
          contentEncoding: request.contentEncoding ?? undefined,
          authorization,
          path: request.path,
        });
        expect(answer.status, answer.body.toString("utf8")).toBe(200);
        expect(answer.contentType).toBe(request.contentType);
        expect(exportResultOf(answer)).toEqual({ rejectedSpans: 0, errorMessage: "" });
      }

      const traceId = traceIdByFixture.get(replay.requests[0]!.fixture)!;
      const trace = await getTraceDetail({ projectId: project.id, traceId });
      expect(trace).not.toBeNull();
      STORED_TRACE_EXPECTATIONS[replay.group]!(trace!);
    },
  );
});
