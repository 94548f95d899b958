import { closeDb, getPool, SpanWriter } from "@spanlight/db";
import { basicAuthHeader, seedProjectWithKey } from "@spanlight/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordedBodyOf } from "./real-fixtures.itest-support.ts";
import { exportResultOf } from "./testing/otlp-answers.ts";
import { postOtlp, startHttpReceiver } from "./testing/otlp-test-receivers.ts";
import type { THttpReceiver } from "./testing/otlp-test-receivers.ts";

type TStoredScore = {
  id: string;
  trace_id: string | null;
  span_id: string | null;
  name: string;
  data_type: string;
  numeric_value: number | null;
  string_value: string | null;
  comment: string | null;
  source: string;
  author_id: string | null;
  metadata: Record<string, string>;
};

async function storedScores(projectId: string): Promise<TStoredScore[]> {
  const result = await getPool().query<TStoredScore>(
    `SELECT id, trace_id, span_id, name, data_type, numeric_value, string_value, comment, source, author_id, metadata
       FROM score WHERE project_id = $1 ORDER BY name`,
    [projectId],
  );
  return result.rows;
}

async function spanIdsByName(projectId: string): Promise<Map<string, { traceId: string; spanId: string }>> {
  const result = await getPool().query<{ name: string; trace_id: string; span_id: string }>(
    "SELECT name, trace_id, span_id FROM span WHERE project_id = $1",
    [projectId],
  );
  return new Map(result.rows.map((row) => [row.name, { traceId: row.trace_id, spanId: row.span_id }]));
}

describe("[OTLP/HTTP] evaluation results inside traces become EVAL scores", () => {
  let writer: SpanWriter;
  let receiver: THttpReceiver;

  beforeAll(async () => {
    writer = new SpanWriter({ pool: getPool() });
    receiver = await startHttpReceiver({ writer });
  });
  afterAll(async () => {
    await receiver.close();
    await writer.drain();
    await closeDb();
  });

  it("stores gen_ai.evaluation.result events and OpenInference evaluations on the evaluated spans, once", async () => {
    const { project, key } = await seedProjectWithKey();
    const recorded = recordedBodyOf("evaluations-otel");
    const send = () =>
      postOtlp(receiver, {
        body: recorded.body,
        contentType: recorded.contentType,
        authorization: basicAuthHeader(key.publicKey, key.secretKey),
        path: recorded.path,
      });

    const first = await send();
    expect(first.status, first.body.toString("utf8")).toBe(200);
    expect(exportResultOf(first)).toEqual({ rejectedSpans: 0, errorMessage: "" });

    const spans = await spanIdsByName(project.id);
    const chat = spans.get("chat gpt-4o-mini")!;
    const chain = spans.get("qa-chain")!;
    const scores = await storedScores(project.id);
    expect(scores.map((score) => [score.name, score.source, score.trace_id, score.span_id])).toEqual([
      ["correctness", "EVAL", chat.traceId, chat.spanId],
      ["hallucination", "EVAL", chain.traceId, chain.spanId],
      ["helpfulness", "EVAL", chain.traceId, null],
      ["relevance", "EVAL", chat.traceId, chat.spanId],
    ]);
    expect(scores.find((score) => score.name === "relevance")).toMatchObject({
      data_type: "CATEGORICAL",
      string_value: "relevant",
      numeric_value: 0.92,
      comment: "The answer names the capital asked for.",
      metadata: { convention: "otel-genai", responseId: "chatcmpl-eval-1" },
    });
    expect(scores.find((score) => score.name === "correctness")).toMatchObject({
      data_type: "NUMERIC",
      numeric_value: 4,
      author_id: "judge-v2 correctness",
    });

    // An exporter retrying the same batch (it never saw the answer) adds no score.
    const retry = await send();
    expect(retry.status).toBe(200);
    expect((await storedScores(project.id)).map((score) => score.id)).toEqual(scores.map((score) => score.id));
  });
});
