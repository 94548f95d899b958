// PostgreSQL's agreement summary against the same statistics computed in memory from every rating,
// on scores built to hit each rule: latest rating per rater, adjudicated and anonymous scores left
// out, a second data type, single-rater targets, spans and sessions, windows and queues.
import type { TAgreementLevel, TScoreDataType } from "@spanlight/core";
import {
  closeDb,
  dominantScoreDataType,
  insertScore,
  listRatings,
  listScoreAuthors,
  summariseAgreement,
} from "@spanlight/db";
import type { TNewScore, TScoreWindow } from "@spanlight/db";
import { makeNewScore, seedProjectWithKey } from "@spanlight/db/testing";
import { computeAgreement, computeAgreementFromSummary } from "@spanlight/eval";
import type { TAgreement, TRating } from "@spanlight/eval";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultLevel, dominantDataType, ratingValue, ratingValueOfKey, targetKeyOf } from "./rating-values";

const LABELS = [
  { label: "bad", value: 1 },
  { label: "ok", value: 2 },
  { label: "good", value: 3 },
];
const RATERS = ["ana", "bo", "chen", "dara", "émile"];
const BASE_MS = Date.parse("2026-11-01T00:00:00Z");

/** Park and Miller's minimal standard generator: the same scores every run. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 48_271) % 2_147_483_647;
    return state % below;
  };
}

function seededScores(): TNewScore[] {
  const next = generator(7);
  const scores: TNewScore[] = [];
  let sequence = 0;
  const add = (overrides: Partial<TNewScore>) => {
    sequence += 1;
    scores.push(
      makeNewScore({
        id: `s-${sequence}`,
        name: "quality",
        dataType: "CATEGORICAL",
        source: "ANNOTATION",
        timestamp: new Date(BASE_MS + sequence * 60_000).toISOString(),
        ...overrides,
      }),
    );
  };
  for (let target = 0; target < 240; target += 1) {
    const where =
      target % 10 === 0
        ? { sessionId: `session-${target}` }
        : target % 7 === 0
          ? { traceId: `trace-${target}`, spanId: `span-${target}` }
          : { traceId: `trace-${target}` };
    const raterCount = 1 + next(4);
    for (let index = 0; index < raterCount; index += 1) {
      const rater = RATERS[(target + index * 2) % RATERS.length]!;
      const category = LABELS[next(3)]!;
      add({ ...where, authorId: rater, stringValue: category.label, numericValue: category.value });
      // A rater who changes their mind: the later value counts.
      if (next(6) === 0) add({ ...where, authorId: rater, stringValue: LABELS[next(3)]!.label, numericValue: null });
      add({ ...where, name: "helpfulness", dataType: "NUMERIC", authorId: rater, numericValue: next(5) + next(2) / 2 });
      add({
        ...where,
        name: "correct",
        dataType: "BOOLEAN",
        authorId: rater,
        stringValue: next(3) === 0 ? "false" : "true",
        numericValue: null,
        queueId: target % 2 === 0 ? "queue-even" : null,
      });
    }
    const judge = target < 120 ? "judge-v1" : "judge-v2";
    const judgeAt = new Date(BASE_MS + target * 30 * 60_000).toISOString();
    for (let pass = 0; pass < 1 + (target % 5 === 0 ? 1 : 0); pass += 1) {
      const category = LABELS[next(3)]!;
      add({
        ...where,
        name: "quality-judge",
        source: "EVAL",
        authorId: judge,
        stringValue: category.label,
        timestamp: judgeAt,
      });
      add({
        ...where,
        name: "helpfulness-judge",
        dataType: "NUMERIC",
        source: "EVAL",
        authorId: judge,
        numericValue: next(5) + next(4) / 4,
        timestamp: judgeAt,
      });
    }
    if (target % 9 === 0)
      add({ ...where, authorId: "owner", stringValue: "good", numericValue: 3, isAdjudicated: true });
    if (target % 11 === 0) add({ ...where, stringValue: "bad", numericValue: 1 });
    if (target % 13 === 0) add({ ...where, dataType: "NUMERIC", authorId: "stray", numericValue: 2 });
  }
  return scores.map((score) =>
    score.dataType === "BOOLEAN" ? { ...score, numericValue: score.stringValue === "true" ? 1 : 0 } : score,
  );
}

/** The statistics from every rating in memory: what the summary must reproduce. */
async function inMemory(window: TScoreWindow, levelOverride?: TAgreementLevel): Promise<TAgreement> {
  const rows = await listRatings(window);
  const dataType = dominantDataType(rows);
  const level = levelOverride ?? defaultLevel(dataType);
  const ratings: TRating[] = [];
  for (const row of rows) {
    if (row.isAdjudicated || row.author === null || row.dataType !== dataType) continue;
    const value = ratingValue(row, level);
    if (value !== null) ratings.push({ targetKey: targetKeyOf(row), rater: row.author, value });
  }
  return computeAgreement({ ratings, level, isCategorical: dataType !== "NUMERIC" });
}

async function fromSummary(window: TScoreWindow, levelOverride?: TAgreementLevel, limit = 1_000): Promise<TAgreement> {
  const dataType = (await dominantScoreDataType(window)) as TScoreDataType;
  const level = levelOverride ?? defaultLevel(dataType);
  const rows = await summariseAgreement({ ...window, dataType, level, disagreementLimit: limit });
  return computeAgreementFromSummary({
    level,
    isCategorical: dataType !== "NUMERIC",
    patterns: rows.patterns,
    disagreements: rows.disagreements.map(({ target, raters, keys }) => ({
      targetKey: target,
      values: raters.map((rater, index) => ({
        rater,
        value: ratingValueOfKey({ key: keys[index]!, dataType, level }),
      })),
    })),
  });
}

function rounded(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === "number" ? +v.toFixed(10) : v)));
}

function expectSame(actual: TAgreement, expected: TAgreement) {
  const { disagreements: actualList, ...actualStatistics } = actual;
  const { disagreements: expectedList, ...expectedStatistics } = expected;
  expect(rounded(actualStatistics)).toEqual(rounded(expectedStatistics));
  expect(actualList).toEqual(expectedList.slice(0, actualList.length));
}

describe("[AGREEMENT] the database's summary gives the in-memory statistics", () => {
  let projectId: string;

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    for (const score of seededScores()) await insertScore({ projectId, score });
  });
  afterAll(async () => {
    await closeDb();
  });

  it.each<[string, TAgreementLevel | undefined]>([
    ["quality", undefined],
    ["quality", "ordinal"],
    ["quality", "interval"],
    ["helpfulness", undefined],
    ["helpfulness", "ratio"],
    ["helpfulness", "nominal"],
    ["correct", undefined],
    ["correct", "interval"],
  ])("%s at level %s", async (name, level) => {
    const window = { projectId, name };
    const expected = await inMemory(window, level);
    expect(expected.targets).toBeGreaterThan(50);
    expect(expected.disagreements.length).toBeGreaterThan(5);
    expectSame(await fromSummary(window, level), expected);
  });

  it("keeps to a window, a queue and a source, and sends only the first disagreements", async () => {
    const window = { projectId, name: "quality", from: "2026-11-01T03:00:00Z", to: "2026-11-01T09:00:00Z" };
    expectSame(await fromSummary(window), await inMemory(window));
    const queue = { projectId, name: "correct", queueId: "queue-even" };
    expectSame(await fromSummary(queue), await inMemory(queue));
    const limited = await fromSummary({ projectId, name: "quality" }, undefined, 3);
    expect(limited.disagreements).toHaveLength(3);
    expectSame(limited, await inMemory({ projectId, name: "quality" }));
    const none = { projectId, name: "quality", source: "EVAL" as const };
    expect(await dominantScoreDataType(none)).toBeNull();
  });

  it("lists a score name's authors for calibration's judge-version picker", async () => {
    expect(await listScoreAuthors({ projectId, name: "quality-judge" })).toEqual(["judge-v1", "judge-v2"]);
    expect(await listScoreAuthors({ projectId, name: "quality-judge", from: "2026-11-04T00:00:00Z" })).toEqual([
      "judge-v2",
    ]);
  });
});
