import { compareLabels, EPSILON } from "../shared/rating-values.ts";

export type TKappaWeights = "none" | "linear" | "quadratic";

/**
 * Cohen's kappa for two raters from paired labels. `weights` "linear"/"quadratic" give the weighted
 * kappa over `labels` in their order (default: the observed labels, numbers ascending, then text);
 * irr and scikit-learn also weigh over the observed levels. Null with no pairs, or when chance
 * agreement is 1 (both raters used one and the same label throughout: kappa is 0/0).
 */
export function cohenKappa(input: {
  pairs: ReadonlyArray<readonly [string, string]>;
  weights?: TKappaWeights;
  labels?: readonly string[];
}): number | null {
  const { pairs } = input;
  if (pairs.length === 0) return null;
  const labels = input.labels ?? [...new Set(pairs.flat())].sort(compareLabels);
  const indexByLabel = new Map(labels.map((label, index) => [label, index]));
  const size = labels.length;
  const table: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const [a, b] of pairs) {
    const row = indexByLabel.get(a);
    const column = indexByLabel.get(b);
    if (row === undefined || column === undefined)
      throw new Error(`Label ${row === undefined ? a : b} is not among the labels`);
    table[row]![column]! += 1;
  }
  return cohenKappaFromTable({ table, weights: input.weights ?? "none" });
}

/** Cohen's kappa from a square contingency table (rows rater a, columns rater b). */
export function cohenKappaFromTable(input: {
  table: readonly (readonly number[])[];
  weights?: TKappaWeights;
}): number | null {
  const { table } = input;
  const size = table.length;
  const weights = input.weights ?? "none";
  const rowTotals = table.map((row) => row.reduce((sum, cell) => sum + cell, 0));
  const columnTotals = Array.from({ length: size }, (_, column) =>
    table.reduce((sum, row) => sum + (row[column] ?? 0), 0),
  );
  const total = rowTotals.reduce((sum, value) => sum + value, 0);
  if (total === 0) return null;

  let observed = 0;
  let chance = 0;
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < size; j += 1) {
      const weight = agreementWeight({ i, j, size, weights });
      observed += (weight * table[i]![j]!) / total;
      chance += (weight * rowTotals[i]! * columnTotals[j]!) / (total * total);
    }
  }
  if (1 - chance <= EPSILON) return null;
  return (observed - chance) / (1 - chance);
}

function agreementWeight(input: { i: number; j: number; size: number; weights: TKappaWeights }): number {
  const { i, j, size } = input;
  if (size < 2) return 1;
  switch (input.weights) {
    case "none":
      return i === j ? 1 : 0;
    case "linear":
      return 1 - Math.abs(i - j) / (size - 1);
    case "quadratic":
      return 1 - ((i - j) / (size - 1)) ** 2;
    default: {
      const exhaustive: never = input.weights;
      throw new Error(`Unknown weights ${String(exhaustive)}`);
    }
  }
}
