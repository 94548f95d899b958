import { EPSILON } from "../shared/rating-values.ts";
import type { TValueProfile } from "./types.ts";

/**
 * Fleiss' kappa (Fleiss 1971) from each subject's category labels. Every subject needs the same
 * number of ratings (at least two); null otherwise, and null when chance agreement is 1 (every rating
 * in one category: kappa is 0/0 there, irr's kappam.fleiss gives NaN).
 */
export function fleissKappa(subjects: ReadonlyArray<readonly string[]>): number | null {
  return fleissKappaOfProfiles(
    subjects.map((subject) => {
      const counts = new Map<string, number>();
      for (const label of subject) counts.set(label, (counts.get(label) ?? 0) + 1);
      return { values: [...counts].map(([key, count]) => ({ key, count })), targets: 1 };
    }),
  );
}

/** The same from value profiles, each standing for `targets` subjects with those label counts. */
export function fleissKappaOfProfiles(profiles: readonly TValueProfile[]): number | null {
  const sizes = profiles.map((profile) => profile.values.reduce((sum, value) => sum + value.count, 0));
  if (sizes.length === 0) return null;
  const ratersPerSubject = sizes[0]!;
  if (ratersPerSubject < 2 || sizes.some((size) => size !== ratersPerSubject)) return null;

  const categoryTotals = new Map<string, number>();
  let agreementSum = 0;
  let subjects = 0;
  for (const profile of profiles) {
    let squares = 0;
    for (const { key, count } of profile.values) {
      squares += count * count;
      categoryTotals.set(key, (categoryTotals.get(key) ?? 0) + count * profile.targets);
    }
    agreementSum += (profile.targets * (squares - ratersPerSubject)) / (ratersPerSubject * (ratersPerSubject - 1));
    subjects += profile.targets;
  }

  const totalRatings = subjects * ratersPerSubject;
  const observed = agreementSum / subjects;
  let chance = 0;
  for (const total of categoryTotals.values()) chance += (total / totalRatings) ** 2;
  if (1 - chance <= EPSILON) return null;
  return (observed - chance) / (1 - chance);
}
