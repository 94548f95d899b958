import type { TRating } from "./types.ts";

/**
 * Published reliability data, transcribed from the sources named in
 * shared/docs/reference/DSPY.md part B (and packages/eval/README.md).
 */

/** Krippendorff (2011), 4 observers × 12 units, `null` = missing. Published α: nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797. */
export const KRIPPENDORFF_2011: Record<string, Array<number | null>> = {
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
};

/** Wikipedia's 3 coders × 15 units (fast-krippendorff sample.py). Published α: nominal 0.691358, interval 0.810845. */
export const KRIPPENDORFF_WIKIPEDIA: Record<string, Array<number | null>> = {
  A: [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  B: [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  C: [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
};

/** Fleiss (1971), 30 patients × 6 raters, 5 diagnoses (irr `diagnoses`). kappam.fleiss = 0.4302445. */
export const FLEISS_1971 = (
  "444444 222555 233335 555555 222444 113333 333355 113334 114444 555555 144444 124444 222333 144444 224445 " +
  "333335 111455 111112 224444 133555 555555 244444 224555 114444 144445 222224 111155 224444 133333 555555"
)
  .split(" ")
  .map((patient) => [...patient]);

/** Wikipedia "Fleiss' kappa": 10 subjects, 14 raters, counts per category 1..5. κ = 0.210. */
export const FLEISS_WIKIPEDIA_COUNTS = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

/** Wikipedia "Cohen's kappa" grant example: rows A Yes/No, columns B Yes/No. po 0.70, pe 0.50, κ 0.4000. */
export const COHEN_GRANT_TABLE = [
  [20, 5],
  [10, 15],
];

/** Rater × unit matrix → ratings, missing cells left out. */
export function ratingsFromMatrix(matrix: Record<string, Array<number | null>>): TRating[] {
  return Object.entries(matrix).flatMap(([rater, values]) =>
    values.flatMap((value, unit) => (value === null ? [] : [{ targetKey: `unit-${unit + 1}`, rater, value }])),
  );
}

/** Category counts per subject → one rating per rater slot (raters are anonymous in Fleiss' design). */
export function ratingsFromCounts(counts: number[][]): TRating[] {
  return counts.flatMap((row, subject) => {
    const labels = row.flatMap((count, category) => new Array<string>(count).fill(String(category + 1)));
    return labels.map((value, slot) => ({ targetKey: `subject-${subject + 1}`, rater: `r${slot + 1}`, value }));
  });
}

/** A 2×2 (or larger) contingency table → two raters' ratings of one target per cell count. */
export function ratingsFromTable(table: number[][], labels: string[]): TRating[] {
  const ratings: TRating[] = [];
  let target = 0;
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let c = 0; c < count; c += 1) {
        target += 1;
        ratings.push({ targetKey: `t${target}`, rater: "A", value: labels[i]! });
        ratings.push({ targetKey: `t${target}`, rater: "B", value: labels[j]! });
      }
    }),
  );
  return ratings;
}
