import { EPSILON } from "../shared/rating-values.ts";

/**
 * Fleiss' kappa (Fleiss 1971) from each subject's category labels. Every subject needs the same
 * number of ratings (at least two); null otherwise, and null when chance agreement is 1 (every rating
 * in one category: kappa is 0/0 there, irr's kappam.fleiss gives NaN).
 */
export function fleissKappa(subjects: ReadonlyArray<readonly string[]>): number | null {
  if (subjects.length === 0) return null;
  const ratersPerSubject = subjects[0]!.length;
  if (ratersPerSubject < 2 || subjects.some((subject) => subject.length !== ratersPerSubject)) return null;

  const categoryTotals = new Map<string, number>();
  let agreementSum = 0;
  for (const subject of subjects) {
    const counts = new Map<string, number>();
    for (const label of subject) counts.set(label, (counts.get(label) ?? 0) + 1);
    let squares = 0;
    for (const [label, count] of counts) {
      squares += count * count;
      categoryTotals.set(label, (categoryTotals.get(label) ?? 0) + count);
    }
    agreementSum += (squares - ratersPerSubject) / (ratersPerSubject * (ratersPerSubject - 1));
  }

  const totalRatings = subjects.length * ratersPerSubject;
  const observed = agreementSum / subjects.length;
  let chance = 0;
  for (const total of categoryTotals.values()) chance += (total / totalRatings) ** 2;
  if (1 - chance <= EPSILON) return null;
  return (observed - chance) / (1 - chance);
}
