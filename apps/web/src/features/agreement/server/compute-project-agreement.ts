import "server-only";
import { AGREEMENT_LIST_LIMIT } from "@spanlight/core";
import type { TAgreementQuery, TAgreementResult } from "@spanlight/core";
import { listRatings } from "@spanlight/db";
import { computeAgreement } from "@spanlight/eval";
import type { TRating } from "@spanlight/eval";
import { defaultLevel, dominantDataType, ratingValue, targetKeyOf, targetOfKey } from "./rating-values";

/**
 * Agreement between the raters (authors) of one score name. Adjudicated scores are final values,
 * not raters, so they are left out; scores without an author cannot be told apart and are too.
 */
export async function computeProjectAgreement(options: {
  projectId: string;
  query: TAgreementQuery;
}): Promise<TAgreementResult> {
  const { query } = options;
  const rows = await listRatings({ projectId: options.projectId, ...query });
  const dataType = dominantDataType(rows);
  const level = query.level ?? defaultLevel(dataType);
  const ratings: TRating[] = [];
  for (const row of rows) {
    if (row.isAdjudicated || row.author === null || row.dataType !== dataType) continue;
    const value = ratingValue(row, level);
    if (value !== null) ratings.push({ targetKey: targetKeyOf(row), rater: row.author, value });
  }
  const agreement = computeAgreement({ ratings, level, isCategorical: dataType !== "NUMERIC" });
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
    disagreements: agreement.disagreements.slice(0, AGREEMENT_LIST_LIMIT).map((disagreement) => ({
      ...targetOfKey(disagreement.targetKey),
      values: disagreement.values.map((value) => ({ author: value.rater, value: value.value })),
    })),
  };
}
