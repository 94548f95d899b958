// PostgreSQL's agreement summary against the same statistics computed in memory from every rating,
// on scores built to hit each rule: latest rating per rater, adjudicated and anonymous scores left
// out, a second data type, single-rater targets, spans and sessions, windows and queues.
import type { TAgreementLevel, TScoreDataType } from "@spanlight/core";
import {
  closeDb,
  dominantScoreDataType,
  insertScore,
  listRatings,
  summariseAgreement,
  summariseComparison,
} from "@spanlight/db";
import type { TNewScore, TScoreWindow } from "@spanlight/db";
import { seedProjectWithKey } from "@spanlight/db/testing";
import { compareFromSummary, compareRatings, computeAgreement, computeAgreementFromSummary } from "@spanlight/eval";
import type { TAgreement, TComparison, TComparisonGroup, TRating, TSideRating } from "@spanlight/eval";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  defaultLevel,
  dominantDataType,
  ratingValue,
  ratingValueOfKey,
  targetKeyOf,
  withAdjudicatedFinal,
} from "./rating-values";

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
    scores.push({
      id: `s-${sequence}`,
      traceId: null,
      spanId: null,
      sessionId: null,
      name: "quality",
      dataType: "CATEGORICAL",
      numericValue: null,
      stringValue: null,
      comment: null,
      correction: null,
      source: "ANNOTATION",
      authorUserId: null,
      authorId: null,
      configId: null,
      queueId: null,
      isAdjudicated: false,
      metadata: null,
      timestamp: new Date(BASE_MS + sequence * 60_000).toISOString(),
      ...overrides,
    });
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

/** Compare from every rating in memory, as the service did before PostgreSQL counted it. */
async function compareInMemory(a: TScoreWindow, b: TScoreWindow, day?: string): Promise<TComparison> {
  const [rowsA, rowsB] = await Promise.all([listRatings(a), listRatings(b)]);
  const dataType = dominantDataType(rowsA) ?? dominantDataType(rowsB);
  const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const toSide = (rows: typeof rowsA): TSideRating[] =>
    withAdjudicatedFinal(rows).flatMap((row) => {
      const value = ratingValue(row, dataType === "NUMERIC" ? "interval" : "nominal");
      return value === null ? [] : [{ targetKey: targetKeyOf(row), author: row.author ?? "(none)", value }];
    });
  const sideA = toSide(rowsA).filter(
    (_, index) => day === undefined || dayOf(withAdjudicatedFinal(rowsA)[index]!.timestampMs) === day,
  );
  return compareRatings({ a: sideA, b: toSide(rowsB), isNumeric: dataType === "NUMERIC", worstLimit: 1_000 });
}

async function compareFromDatabase(a: TScoreWindow, b: TScoreWindow) {
  const dataType = (await dominantScoreDataType(a)) ?? (await dominantScoreDataType(b));
  const isNumeric = dataType === "NUMERIC";
  const rows = await summariseComparison({ a, b, isNumeric, byDay: true, worstLimit: 1_000 });
  const valueOf = (value: string | number) =>
    typeof value === "number" ? value : ratingValueOfKey({ key: value, dataType: dataType!, level: "nominal" });
  const group = (part: string, name: string): TComparisonGroup => {
    const row = rows.groups.find((candidate) => candidate.part === part && candidate.group === name);
    return {
      cells: (row?.cells ?? []).map((cell) => ({ a: valueOf(cell.a), b: valueOf(cell.b), n: cell.n })),
      pearson: row?.pearson ?? null,
    };
  };
  const days = rows.groups.filter((row) => row.part === "day").map((row) => row.group);
  const comparison = compareFromSummary({
    isNumeric,
    overall: group("all", ""),
    byAuthor: rows.authors.map((authorId) => ({ authorId, ...group("author", authorId) })),
    spearman: rows.spearman,
    meanAbsoluteError: rows.meanAbsoluteError,
    worst: rows.worst.map((entry) => ({
      targetKey: entry.target,
      a: valueOf(entry.a),
      b: valueOf(entry.b),
    })),
  });
  return { comparison, days, dayGroup: (day: string) => group("day", day) };
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

  it.each<[string, string, string | undefined]>([
    ["quality-judge", "quality", undefined],
    ["helpfulness-judge", "helpfulness", undefined],
    ["quality-judge", "quality", "judge-v2"],
    ["correct", "correct", "chen"],
  ])("compares %s with %s (author %s) as the in-memory comparison does", async (nameA, nameB, authorId) => {
    const a = { projectId, name: nameA, authorId };
    const b = { projectId, name: nameB };
    const expected = await compareInMemory(a, b);
    expect(expected.n).toBeGreaterThan(30);
    expect(expected.worst.length).toBeGreaterThan(5);
    const { comparison, days, dayGroup } = await compareFromDatabase(a, b);
    expect(rounded(comparison)).toEqual(rounded(expected));
    expect(days.length).toBeGreaterThan(1);
    for (const day of days) {
      const perDay = await compareInMemory(a, b, day);
      expect(rounded(compareFromSummary({ ...emptySummary, overall: dayGroup(day) }).accuracy)).toEqual(
        rounded(perDay.accuracy),
      );
      expect(dayGroup(day).cells.reduce((sum, cell) => sum + cell.n, 0)).toBe(perDay.n);
    }
  });
});

const emptySummary = {
  isNumeric: false,
  overall: { cells: [], pearson: null },
  byAuthor: [],
  spearman: null,
  meanAbsoluteError: null,
  worst: [],
};
