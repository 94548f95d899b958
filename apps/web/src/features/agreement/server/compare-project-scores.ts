import "server-only";
import { AGREEMENT_LIST_LIMIT } from "@spanlight/core";
import type { TCalibration, TCompareQuery, TComparisonResult, TScoreDataType } from "@spanlight/core";
import { listRatings, listScoreAuthors } from "@spanlight/db";
import type { TRatingRow } from "@spanlight/db";
import { compareRatings } from "@spanlight/eval";
import type { TSideRating } from "@spanlight/eval";
import { dominantDataType, ratingValue, targetKeyOf, targetOfKey, withAdjudicatedFinal } from "./rating-values";

type TSides = { a: TRatingRow[]; b: TRatingRow[]; dataType: TScoreDataType | null };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Side a (a judge) against side b (people) over the targets both scored. Several ratings of a side
 * on a target resolve to their mean (numeric) or majority (ties drop the target); an adjudicated
 * score on a target is that side's final value there.
 */
export async function compareProjectScores(options: {
  projectId: string;
  query: TCompareQuery;
}): Promise<TComparisonResult> {
  const sides = await readSides(options);
  return toComparison(sides, compare(sides));
}

/** The calibration view: the comparison, the same per day (of side a's score), and side a's authors. */
export async function calibrateProjectJudge(options: {
  projectId: string;
  query: TCompareQuery;
}): Promise<TCalibration> {
  const sides = await readSides(options);
  const comparison = toComparison(sides, compare(sides));
  const days = new Map<string, TRatingRow[]>();
  for (const row of sides.a) {
    const day = new Date(Math.floor(row.timestampMs / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
    const dayRows = days.get(day);
    if (dayRows) dayRows.push(row);
    else days.set(day, [row]);
  }
  const overTime = [...days.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([day, rows]) => {
      const result = compare({ ...sides, a: rows });
      return { day, n: result.n, accuracy: result.accuracy, cohenKappa: result.cohenKappa, pearson: result.pearson };
    })
    .filter((point) => point.n > 0);
  const { query } = options;
  const authors = query.aAuthorId
    ? [query.aAuthorId]
    : await listScoreAuthors({
        projectId: options.projectId,
        name: query.a,
        source: query.aSource,
        from: query.from,
        to: query.to,
      });
  return { comparison, overTime, authors };
}

async function readSides(options: { projectId: string; query: TCompareQuery }): Promise<TSides> {
  const { query, projectId } = options;
  const window = { from: query.from, to: query.to };
  const [a, b] = await Promise.all([
    listRatings({ projectId, name: query.a, source: query.aSource, authorId: query.aAuthorId, ...window }),
    listRatings({ projectId, name: query.b, source: query.bSource, authorId: query.bAuthorId, ...window }),
  ]);
  const dataType = dominantDataType(a) ?? dominantDataType(b);
  return { a: withAdjudicatedFinal(a), b: withAdjudicatedFinal(b), dataType };
}

function compare(sides: TSides) {
  const toSide = (rows: TRatingRow[]): TSideRating[] =>
    rows.flatMap((row) => {
      const value = ratingValue(row, sides.dataType === "NUMERIC" ? "interval" : "nominal");
      return value === null ? [] : [{ targetKey: targetKeyOf(row), author: row.author ?? "(none)", value }];
    });
  return compareRatings({
    a: toSide(sides.a),
    b: toSide(sides.b),
    isNumeric: sides.dataType === "NUMERIC",
    worstLimit: AGREEMENT_LIST_LIMIT,
  });
}

function toComparison(sides: TSides, result: ReturnType<typeof compareRatings>): TComparisonResult {
  return {
    n: result.n,
    dataType: sides.dataType,
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
