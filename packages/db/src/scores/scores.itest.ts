import { ZScore, ZScoreListQuery, ZScoreStats, ZScoreStatsQuery } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "../client.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { getScore, insertScore } from "./create-score.ts";
import type { TNewScore } from "./create-score.ts";
import { deleteScore } from "./delete-score.ts";
import { getScoreStats } from "./get-score-stats.ts";
import { getTraceScores } from "./get-trace-scores.ts";
import { listScores } from "./list-scores.ts";
import { createScoreConfig, findScoreConfig, listScoreConfigs, updateScoreConfig } from "./score-configs.ts";

function newScore(overrides: Partial<TNewScore> & { id: string }): TNewScore {
  return {
    traceId: "t-1",
    spanId: null,
    sessionId: null,
    name: "helpfulness",
    dataType: "NUMERIC",
    numericValue: 4,
    stringValue: null,
    comment: null,
    correction: null,
    source: "API",
    authorUserId: null,
    authorId: "judge-v1",
    configId: null,
    queueId: null,
    isAdjudicated: false,
    metadata: null,
    timestamp: null,
    ...overrides,
  };
}

describe("[SCORES] score queries", () => {
  let projectId: string;

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
  });
  afterAll(async () => {
    await closeDb();
  });

  it("stores an id once: a retry answers the stored score, even with other fields", async () => {
    const first = await insertScore({ projectId, score: newScore({ id: "s-once", correction: "better text" }) });
    expect(first.isNew).toBe(true);
    expect(ZScore.parse(first.score)).toMatchObject({
      id: "s-once",
      value: 4,
      correction: "better text",
      source: "API",
    });
    const again = await insertScore({ projectId, score: newScore({ id: "s-once", numericValue: 1 }) });
    expect(again).toEqual({ score: first.score, isNew: false });
    const racing = await Promise.all(
      [1, 2, 3].map((value) => insertScore({ projectId, score: newScore({ id: "s-race", numericValue: value }) })),
    );
    expect(racing.filter((result) => result.isNew)).toHaveLength(1);
    expect(new Set(racing.map((result) => result.score.value)).size).toBe(1);
  });

  it("returns values as sent: labels, booleans, JSON corrections", async () => {
    const label = await insertScore({
      projectId,
      score: newScore({
        id: "s-label",
        dataType: "CATEGORICAL",
        numericValue: 2,
        stringValue: "good",
        correction: { answer: 42 },
      }),
    });
    expect(label.score).toMatchObject({ value: "good", correction: { answer: 42 } });
    const flag = await insertScore({
      projectId,
      score: newScore({
        id: "s-flag",
        dataType: "BOOLEAN",
        numericValue: 0,
        stringValue: "false",
        metadata: { run: 7 },
      }),
    });
    expect(flag.score).toMatchObject({ value: false, metadata: { run: 7 } });
  });

  it("gives a trace its own and its spans' scores, and nothing of another project", async () => {
    const other = (await seedProjectWithKey()).project.id;
    await insertScore({ projectId, score: newScore({ id: "t2-trace", traceId: "t-2" }) });
    await insertScore({ projectId, score: newScore({ id: "t2-span", traceId: "t-2", spanId: "span-a" }) });
    await insertScore({ projectId: other, score: newScore({ id: "t2-other", traceId: "t-2" }) });
    expect((await getTraceScores({ projectId, traceId: "t-2" })).map((score) => score.id).sort()).toEqual([
      "t2-span",
      "t2-trace",
    ]);
    expect(await deleteScore({ projectId: other, scoreId: "t2-trace" })).toBe(false);
    expect(await deleteScore({ projectId, scoreId: "t2-trace" })).toBe(true);
    expect(await getScore({ projectId, scoreId: "t2-trace" })).toBeNull();
  });

  it("pages newest first with a keyset cursor and filters by name, source, author and time", async () => {
    const project = (await seedProjectWithKey()).project.id;
    for (let index = 0; index < 7; index += 1) {
      const timestamp = new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString();
      await insertScore({
        projectId: project,
        score: newScore({
          id: `p-${index}`,
          timestamp,
          source: index % 2 ? "EVAL" : "API",
          authorId: `judge-${index % 3}`,
        }),
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listScores({
        projectId: project,
        query: ZScoreListQuery.parse({ limit: "3", ...(cursor ? { cursor } : {}) }),
      });
      seen.push(...page.data.map((score) => score.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["p-6", "p-5", "p-4", "p-3", "p-2", "p-1", "p-0"]);
    const evals = await listScores({ projectId: project, query: ZScoreListQuery.parse({ source: "EVAL" }) });
    expect(evals.data.map((score) => score.id)).toEqual(["p-5", "p-3", "p-1"]);
    const judge = await listScores({
      projectId: project,
      query: ZScoreListQuery.parse({ authorId: "judge-0", from: "2026-01-01T00:00:01Z", to: "2026-01-01T00:00:06Z" }),
    });
    expect(judge.data.map((score) => score.id)).toEqual(["p-3"]);
  });

  it("keeps config names unique per project and archives instead of deleting", async () => {
    const config = await createScoreConfig({
      projectId,
      config: {
        name: "tone",
        dataType: "CATEGORICAL",
        categories: [
          { label: "calm", value: 1 },
          { label: "rude", value: 0 },
        ],
      },
    });
    expect(config).toMatchObject({
      name: "tone",
      isArchived: false,
      categories: [
        { label: "calm", value: 1 },
        { label: "rude", value: 0 },
      ],
    });
    await expect(createScoreConfig({ projectId, config: { name: "tone", dataType: "NUMERIC" } })).rejects.toMatchObject(
      { status: 409 },
    );
    const archived = await updateScoreConfig({
      projectId,
      configId: config.id,
      patch: { isArchived: true, description: "old" },
    });
    expect(archived).toMatchObject({ isArchived: true, description: "old" });
    expect(await findScoreConfig({ projectId, name: "tone" })).toMatchObject({ id: config.id });
    expect((await listScoreConfigs({ projectId, isArchived: false })).map((each) => each.name)).not.toContain("tone");
    const other = (await seedProjectWithKey()).project.id;
    await expect(
      updateScoreConfig({ projectId: other, configId: config.id, patch: { isArchived: false } }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("[SCORES] score stats for the Scores page", () => {
  afterAll(async () => {
    await closeDb();
  });

  it("counts names, bins numbers, counts labels and trends per day", async () => {
    const projectId = (await seedProjectWithKey()).project.id;
    const day = (offset: number, hour = 12) => new Date(Date.UTC(2026, 1, 1 + offset, hour)).toISOString();
    const values = [1, 2, 2, 3, 5];
    for (const [index, value] of values.entries()) {
      await insertScore({
        projectId,
        score: newScore({ id: `n-${index}`, numericValue: value, timestamp: day(index % 2) }),
      });
    }
    for (const [index, label] of ["good", "bad", "good"].entries()) {
      await insertScore({
        projectId,
        score: newScore({
          id: `c-${index}`,
          name: "tone",
          dataType: "CATEGORICAL",
          numericValue: null,
          stringValue: label,
          timestamp: day(0),
        }),
      });
    }
    const window = { from: day(0, 0), to: day(3, 0) };
    const helpfulness = await getScoreStats({
      projectId,
      query: ZScoreStatsQuery.parse({ ...window, name: "helpfulness" }),
    });
    expect(ZScoreStats.parse(helpfulness).names).toEqual([
      { name: "helpfulness", dataType: "NUMERIC", count: 5 },
      { name: "tone", dataType: "CATEGORICAL", count: 3 },
    ]);
    expect(helpfulness.stats).toMatchObject({ name: "helpfulness", count: 5, mean: 2.6 });
    expect(helpfulness.stats?.histogram).toHaveLength(10);
    expect(helpfulness.stats?.histogram.map((bin) => bin.count)).toEqual([1, 0, 2, 0, 0, 1, 0, 0, 0, 1]);
    expect(helpfulness.stats?.trend).toEqual([
      { bucket: "2026-02-01T00:00:00.000000Z", count: 3, mean: expect.closeTo(8 / 3) },
      { bucket: "2026-02-02T00:00:00.000000Z", count: 2, mean: 2.5 },
    ]);
    const tone = await getScoreStats({ projectId, query: ZScoreStatsQuery.parse({ ...window, name: "tone" }) });
    expect(tone.stats?.categories).toEqual([
      { label: "bad", count: 1 },
      { label: "good", count: 2 },
    ]);
    const unknown = await getScoreStats({ projectId, query: ZScoreStatsQuery.parse({ ...window, name: "nope" }) });
    expect(unknown.stats).toBeNull();
  });
});
