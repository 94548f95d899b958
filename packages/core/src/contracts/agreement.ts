import { z } from "zod";
import { queryInstant, queryText } from "./query-params.ts";
import { ZScoreDataType, ZScoreSource } from "./scores.ts";

// Agreement between raters of one score name, and comparison of two score names (an LLM judge
// against people). Raters and authors are a person's user id or a free-form authorId.

/** How many disagreements and worst cases an answer lists at most (the statistics use all targets). */
export const AGREEMENT_LIST_LIMIT = 100;

export const ZAgreementLevel = z.enum(["nominal", "ordinal", "interval", "ratio"]);
export type TAgreementLevel = z.infer<typeof ZAgreementLevel>;

const ZRatedValue = z.union([z.number(), z.string(), z.boolean()]);

export const ZAgreementQuery = z.object({
  name: z.string().trim().min(1).max(200).meta({ description: "The score name whose raters are compared" }),
  source: ZScoreSource.optional(),
  queueId: queryText({ max: 200, description: "Only scores given in this annotation queue" }),
  from: queryInstant("Scores given at or after this instant"),
  to: queryInstant("Scores given before this instant"),
  level: ZAgreementLevel.optional().meta({
    description:
      "Krippendorff's level of measurement; defaults to nominal for CATEGORICAL/BOOLEAN and interval for NUMERIC. Ordinal, interval and ratio read a category's numeric value",
  }),
});
export type TAgreementQuery = z.output<typeof ZAgreementQuery>;

const ZTargetRef = { traceId: z.string().nullable(), spanId: z.string().nullable(), sessionId: z.string().nullable() };

export const ZAgreementPair = z.strictObject({
  a: z.string(),
  b: z.string(),
  n: z.number().int(),
  percentAgreement: z.number().nullable(),
  cohenKappa: z.number().nullable(),
});

export const ZAgreement = z.strictObject({
  name: z.string(),
  dataType: ZScoreDataType.nullable().meta({ description: "Null when no score of this name matched" }),
  level: ZAgreementLevel,
  targets: z.number().int().meta({ description: "Targets with at least two ratings (the others do not count)" }),
  raters: z.number().int(),
  ratings: z.number().int(),
  percentAgreement: z
    .number()
    .nullable()
    .meta({ description: "Share of agreeing rater pairs per target, averaged (0..1)" }),
  krippendorffAlpha: z.number().nullable(),
  cohenKappa: z.number().nullable().meta({ description: "Only with exactly two raters" }),
  fleissKappa: z.number().nullable().meta({
    description: "Only for categorical/boolean data where every counted target has the same number of ratings",
  }),
  pairs: z.array(ZAgreementPair).meta({ description: "Every pair of raters: targets both rated, agreement and kappa" }),
  disagreements: z
    .array(
      z.strictObject({ ...ZTargetRef, values: z.array(z.strictObject({ author: z.string(), value: ZRatedValue })) }),
    )
    .meta({ description: `Targets whose raters differ, oldest first, at most ${AGREEMENT_LIST_LIMIT}` }),
});
export type TAgreementResult = z.infer<typeof ZAgreement>;

export const ZCompareQuery = z.object({
  a: z.string().trim().min(1).max(200).meta({ description: "Side a's score name (e.g. the judge's)" }),
  b: z.string().trim().min(1).max(200).meta({ description: "Side b's score name (e.g. the people's)" }),
  aSource: ZScoreSource.optional(),
  aAuthorId: queryText({ max: 200, description: "Only side-a scores by this author (a judge version)" }),
  bSource: ZScoreSource.optional(),
  bAuthorId: queryText({ max: 200, description: "Only side-b scores by this author" }),
  from: queryInstant("Scores given at or after this instant"),
  to: queryInstant("Scores given before this instant"),
});
export type TCompareQuery = z.output<typeof ZCompareQuery>;

export const ZAuthorComparison = z.strictObject({
  authorId: z.string(),
  n: z.number().int(),
  accuracy: z.number().nullable(),
  cohenKappa: z.number().nullable(),
  pearson: z.number().nullable(),
});

export const ZComparison = z.strictObject({
  n: z.number().int().meta({ description: "Targets that have a value on both sides" }),
  dataType: ZScoreDataType.nullable(),
  accuracy: z.number().nullable(),
  cohenKappa: z.number().nullable(),
  confusion: z.strictObject({
    labels: z.array(z.string()),
    matrix: z
      .array(z.array(z.number().int()))
      .meta({ description: "matrix[i][j]: targets with a = labels[i] and b = labels[j]" }),
  }),
  pearson: z.number().nullable().meta({ description: "Numeric scores only" }),
  spearman: z.number().nullable().meta({ description: "Numeric scores only" }),
  meanAbsoluteError: z.number().nullable().meta({ description: "Numeric scores only" }),
  byAuthor: z
    .array(ZAuthorComparison)
    .meta({ description: "Side a split by author (judge versions), each against side b" }),
  worst: z
    .array(
      z.strictObject({ traceId: z.string().nullable(), spanId: z.string().nullable(), a: ZRatedValue, b: ZRatedValue }),
    )
    .meta({
      description: `The largest differences first (numeric) or the disagreements (categorical), at most ${AGREEMENT_LIST_LIMIT}`,
    }),
});
export type TComparisonResult = z.infer<typeof ZComparison>;

/** The calibration view's answer: the comparison and the same statistics per day. */
export const ZCalibration = z.strictObject({
  comparison: ZComparison,
  overTime: z.array(
    z.strictObject({
      day: z.string(),
      n: z.number().int(),
      accuracy: z.number().nullable(),
      cohenKappa: z.number().nullable(),
      pearson: z.number().nullable(),
    }),
  ),
  authors: z.array(z.string()).meta({ description: "Side a's authors over the window, to pick judge versions from" }),
});
export type TCalibration = z.infer<typeof ZCalibration>;
