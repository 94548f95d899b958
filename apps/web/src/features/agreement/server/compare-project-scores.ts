import "server-only";
import { AGREEMENT_LIST_LIMIT } from "@spanlight/core";
import type { TCalibration, TCompareQuery, TComparisonResult, TScoreDataType } from "@spanlight/core";
import { dominantScoreDataType, listScoreAuthors, summariseComparison } from "@spanlight/db";
import type { TComparisonGroupRow, TComparisonSummaryRows, TScoreWindow } from "@spanlight/db";
import { compareFromSummary, comparisonStatistics } from "@spanlight/eval";
import type { TComparisonGroup, TRatingValue } from "@spanlight/eval";
import { ratingValueOfKey, targetOfKey } from "./rating-values";

type TSummary = { rows: TComparisonSummaryRows; dataType: TScoreDataType | null };

/**
 * Side a (a judge) against side b (people) over the targets both scored. Several ratings of a side
 * on a target resolve to their mean (numeric) or majority (ties drop the target); an adjudicated
 * score on a target is that side's final value there. PostgreSQL resolves and counts, so the
 * answer costs a few aggregate rows whatever the number of scores.
 */
export async function compareProjectScores(options: {
  projectId: string;
  query: TCompareQuery;
}): Promise<TComparisonResult> {
  return toComparison(await readSummary({ ...options, byDay: false }));
}

/** The calibration view: the comparison, the same per day (of side a's score), and side a's authors. */
export async function calibrateProjectJudge(options: {
  projectId: string;
  query: TCompareQuery;
}): Promise<TCalibration> {
  const { query, projectId } = options;
  const summary = await readSummary({ ...options, byDay: true });
  const overTime = summary.rows.groups
    .filter((group) => group.part === "day")
    .map((group) => {
      const statistics = comparisonStatistics(toGroup(group, summary.dataType));
      return { day: group.group, ...statistics };
    })
    .filter((point) => point.n > 0)
    .sort((left, right) => left.day.localeCompare(right.day));
  const authors = query.aAuthorId
    ? [query.aAuthorId]
    : await listScoreAuthors({ projectId, name: query.a, source: query.aSource, from: query.from, to: query.to });
  return {
    comparison: toComparison(summary),
    overTime: overTime.map(({ day, n, accuracy, cohenKappa, pearson }) => ({ day, n, accuracy, cohenKappa, pearson })),
    authors,
  };
}

function sidesOf(projectId: string, query: TCompareQuery): { a: TScoreWindow; b: TScoreWindow } {
  const window = { projectId, from: query.from, to: query.to };
  return {
    a: { ...window, name: query.a, source: query.aSource, authorId: query.aAuthorId },
    b: { ...window, name: query.b, source: query.bSource, authorId: query.bAuthorId },
  };
}

async function readSummary(options: { projectId: string; query: TCompareQuery; byDay: boolean }): Promise<TSummary> {
  const sides = sidesOf(options.projectId, options.query);
  const dataType = (await dominantScoreDataType(sides.a)) ?? (await dominantScoreDataType(sides.b));
  const rows = await summariseComparison({
    ...sides,
    isNumeric: dataType === "NUMERIC",
    byDay: options.byDay,
    worstLimit: AGREEMENT_LIST_LIMIT,
  });
  return { rows, dataType };
}

function valueOf(value: string | number, dataType: TScoreDataType | null): TRatingValue {
  return typeof value === "number"
    ? value
    : ratingValueOfKey({ key: value, dataType: dataType ?? "CATEGORICAL", level: "nominal" });
}

function toGroup(row: TComparisonGroupRow | undefined, dataType: TScoreDataType | null): TComparisonGroup {
  if (!row) return { cells: [], pearson: null };
  return {
    cells: row.cells.map((cell) => ({ a: valueOf(cell.a, dataType), b: valueOf(cell.b, dataType), n: cell.n })),
    pearson: row.pearson,
  };
}

function toComparison({ rows, dataType }: TSummary): TComparisonResult {
  const authorGroups = new Map(
    rows.groups.filter((group) => group.part === "author").map((group) => [group.group, group]),
  );
  const result = compareFromSummary({
    isNumeric: dataType === "NUMERIC",
    overall: toGroup(
      rows.groups.find((group) => group.part === "all"),
      dataType,
    ),
    byAuthor: rows.authors.map((authorId) => ({ authorId, ...toGroup(authorGroups.get(authorId), dataType) })),
    spearman: rows.spearman,
    meanAbsoluteError: rows.meanAbsoluteError,
    worst: rows.worst.map((entry) => ({
      targetKey: entry.target,
      a: valueOf(entry.a, dataType),
      b: valueOf(entry.b, dataType),
    })),
  });
  return {
    n: result.n,
    dataType,
    accuracy: result.accuracy,
    cohenKappa: result.cohenKappa,
    confusion: result.confusion,
    pearson: result.pearson,
    spearman: result.spearman,
    meanAbsoluteError: result.meanAbsoluteError,
    byAuthor: result.byAuthor,
    worst: result.worst.map((entry) => {
      const target = targetOfKey(entry.targetKey);
      return { traceId: target.traceId, spanId: target.spanId, a: entry.a, b: entry.b };
    }),
  };
}
