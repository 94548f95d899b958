import "server-only";
import { AGREEMENT_LIST_LIMIT } from "@spanlight/core";
import type { TAgreementQuery, TAgreementResult } from "@spanlight/core";
import { dominantScoreDataType, summariseAgreement } from "@spanlight/db";
import { computeAgreementFromSummary } from "@spanlight/eval";
import { defaultLevel, ratingValueOfKey, targetOfKey } from "./rating-values";

/**
 * Agreement between the raters (authors) of one score name. Adjudicated scores are final values,
 * not raters, so they are left out; scores without an author cannot be told apart and are too.
 * PostgreSQL counts the statistics' inputs, so the answer costs a few rows whatever the scores.
 */
export async function computeProjectAgreement(options: {
  projectId: string;
  query: TAgreementQuery;
}): Promise<TAgreementResult> {
  const { query } = options;
  const window = { projectId: options.projectId, ...query };
  const dataType = await dominantScoreDataType(window);
  const level = query.level ?? defaultLevel(dataType);
  const rows = dataType
    ? await summariseAgreement({ ...window, dataType, level, disagreementLimit: AGREEMENT_LIST_LIMIT })
    : { patterns: [], disagreements: [] };
  const agreement = computeAgreementFromSummary({
    level,
    isCategorical: dataType !== "NUMERIC",
    patterns: rows.patterns,
    disagreements: rows.disagreements.map(({ target, raters, keys }) => ({
      targetKey: target,
      values: raters.map((rater, index) => ({
        rater,
        value: ratingValueOfKey({ key: keys[index]!, dataType: dataType ?? "CATEGORICAL", level }),
      })),
    })),
  });
  return {
    name: query.name,
    dataType,
    level,
    targets: agreement.targets,
    raters: agreement.raters,
    ratings: agreement.ratings,
    percentAgreement: agreement.percentAgreement,
    krippendorffAlpha: agreement.krippendorffAlpha,
    cohenKappa: agreement.cohenKappa,
    fleissKappa: agreement.fleissKappa,
    pairs: agreement.pairs,
    disagreements: agreement.disagreements.map((disagreement) => ({
      ...targetOfKey(disagreement.targetKey),
      values: disagreement.values.map((value) => ({ author: value.rater, value: value.value })),
    })),
  };
}
