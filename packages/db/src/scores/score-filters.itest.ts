import { ZTraceListPage, ZTraceListQuery } from "@spanlight/core";
import type { TTraceListQueryInput } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { getTraceDetail } from "../traces/get-trace-detail.ts";
import { listTraces } from "../traces/list-traces.ts";
import { FIXED_HOUR_MS, hexId, isoAt, traceRows } from "../traces/trace-rows.fixture.ts";
import { insertScore } from "./create-score.ts";
import { makeNewScore } from "./new-score.fixture.ts";
import { getSessionScores } from "./get-trace-scores.ts";
import type { TNewScore } from "./create-score.ts";

const WINDOW = { from: isoAt(FIXED_HOUR_MS), to: isoAt(FIXED_HOUR_MS + 3_600_000) };

describe("[SCORES] score filters and columns of the trace list", () => {
  let projectId: string;
  let writer: SpanWriter;
  const ids: Record<string, string> = {};

  async function score(traceLabel: string, fields: Partial<TNewScore> & { name: string }) {
    await insertScore({
      projectId,
      score: makeNewScore({ id: hexId(8), traceId: ids[traceLabel] ?? traceLabel, ...fields }),
    });
  }

  async function labels(input: TTraceListQueryInput): Promise<string[]> {
    const page = ZTraceListPage.parse(
      await listTraces({ projectId, query: ZTraceListQuery.parse({ ...WINDOW, ...input }) }),
    );
    return page.data
      .map((trace) => Object.keys(ids).find((label) => ids[label] === trace.traceId) ?? trace.traceId)
      .sort();
  }

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    for (const [index, label] of ["good", "bad", "unscored", "flagged"].entries()) {
      ids[label] = hexId(16);
      await writer.write(traceRows(projectId, { traceId: ids[label], startMs: FIXED_HOUR_MS + index * 60_000 }));
    }
    await score("good", { name: "helpfulness", numericValue: 5 });
    await score("good", { name: "helpfulness", numericValue: 4, spanId: "span-of-good" });
    await score("bad", { name: "helpfulness", numericValue: 1 });
    await score("bad", {
      name: "thumbs",
      dataType: "BOOLEAN",
      numericValue: 0,
      stringValue: "false",
      source: "FEEDBACK",
    });
    await score("flagged", { name: "tone", dataType: "CATEGORICAL", numericValue: 0, stringValue: "rude" });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("filters by a score's value, a span's score counting for its trace", async () => {
    expect(await labels({ score: "helpfulness<3" })).toEqual(["bad"]);
    expect(await labels({ score: "helpfulness>=4" })).toEqual(["good"]);
    expect(await labels({ score: "thumbs=0" })).toEqual(["bad"]);
    expect(await labels({ score: "thumbs=false" })).toEqual(["bad"]);
    expect(await labels({ score: "tone=rude" })).toEqual(["flagged"]);
    expect(await labels({ score: "tone!=rude" })).toEqual([]);
    expect(await labels({ score: "helpfulness<3,thumbs=0" })).toEqual(["bad"]);
    expect(await labels({ score: "helpfulness>3,thumbs=0" })).toEqual([]);
  });

  it("filters by having or lacking a score name", async () => {
    expect(await labels({ hasScore: "helpfulness" })).toEqual(["bad", "good"]);
    expect(await labels({ noScore: "helpfulness" })).toEqual(["flagged", "unscored"]);
    expect(await labels({ noScore: "helpfulness,tone" })).toEqual(["unscored"]);
  });

  it("refuses a condition it cannot read, naming the parameter", () => {
    const parsed = ZTraceListQuery.safeParse({ score: "helpfulness<good" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["score"]);
  });

  it("answers the mean per asked score name only when asked", async () => {
    const query = ZTraceListQuery.parse({ ...WINDOW, scoreColumns: "helpfulness,tone" });
    const page = await listTraces({ projectId, query });
    const byId = new Map(page.data.map((trace) => [trace.traceId, trace.scoreMeans]));
    expect(byId.get(ids.good!)).toEqual({ helpfulness: 4.5 });
    expect(byId.get(ids.flagged!)).toEqual({ tone: 0 });
    expect(byId.get(ids.unscored!)).toEqual({});
    const plain = await listTraces({ projectId, query: ZTraceListQuery.parse(WINDOW) });
    expect(plain.data.every((trace) => trace.scoreMeans === undefined)).toBe(true);
  });

  it("shows a score sent before its trace once the trace arrives", async () => {
    const lateId = hexId(16);
    await score(lateId, { name: "helpfulness", numericValue: 2, spanId: "root-later" });
    expect(await getTraceDetail({ projectId, traceId: lateId })).toBeNull();
    await writer.write(traceRows(projectId, { traceId: lateId, startMs: FIXED_HOUR_MS + 10 * 60_000 }));
    const detail = await getTraceDetail({ projectId, traceId: lateId });
    expect(detail?.scores).toEqual([expect.objectContaining({ name: "helpfulness", value: 2, spanId: "root-later" })]);
  });

  it("gives a session its own scores and its traces'", async () => {
    const sessionTrace = hexId(16);
    ids.sessionTrace = sessionTrace;
    await writer.write(
      traceRows(projectId, { traceId: sessionTrace, sessionId: "chat-9", startMs: FIXED_HOUR_MS + 20 * 60_000 }),
    );
    await score("sessionTrace", { name: "helpfulness", numericValue: 3 });
    await insertScore({
      projectId,
      score: {
        id: hexId(8),
        traceId: null,
        spanId: null,
        sessionId: "chat-9",
        name: "resolved",
        dataType: "BOOLEAN",
        numericValue: 1,
        stringValue: "true",
        comment: null,
        correction: null,
        source: "FEEDBACK",
        authorUserId: null,
        authorId: null,
        configId: null,
        queueId: null,
        isAdjudicated: false,
        metadata: null,
        timestamp: null,
      },
    });
    const scores = await getSessionScores({ projectId, sessionId: "chat-9" });
    expect(scores.map((each) => [each.name, each.value]).sort()).toEqual([
      ["helpfulness", 3],
      ["resolved", true],
    ]);
  });
});
