import type { TRunComparison } from "@spanlight/core";

export type TCompareItem = TRunComparison["items"][number];
/** "worse": the last run scored lower than the first (where did B get worse than A). */
export type TDifferenceFilter = "all" | "worse" | "better" | "changed";
export type TCompareSort = "item" | "difference-asc" | "difference-desc";

/** Score names any run of any item has, the built-in metrics' headline first. */
export function comparedScoreNames(items: readonly TCompareItem[]): string[] {
  const names = new Set(items.flatMap((item) => Object.values(item.runs).flatMap((run) => Object.keys(run.scores))));
  const preferred = ["set_f1", "exact_match"].filter((name) => names.has(name));
  return [...preferred, ...[...names].filter((name) => !preferred.includes(name)).sort()];
}

/** The last run's score minus the first run's; null when either has none. */
export function scoreDifference(item: TCompareItem, runNames: readonly string[], scoreName: string): number | null {
  const first = item.runs[runNames[0] ?? ""]?.scores[scoreName];
  const last = item.runs[runNames.at(-1) ?? ""]?.scores[scoreName];
  return first === undefined || last === undefined ? null : last - first;
}

export function selectCompareItems(options: {
  items: readonly TCompareItem[];
  runNames: readonly string[];
  scoreName: string;
  filter: TDifferenceFilter;
  sort: TCompareSort;
}): { item: TCompareItem; difference: number | null }[] {
  const rows = options.items.map((item) => ({
    item,
    difference: scoreDifference(item, options.runNames, options.scoreName),
  }));
  const kept = rows.filter(({ difference }) => isKept(difference, options.filter));
  if (options.sort === "item") return kept;
  const direction = options.sort === "difference-asc" ? 1 : -1;
  // Items without a difference go last either way.
  return [...kept].sort(
    (a, b) =>
      (a.difference === null ? 1 : 0) - (b.difference === null ? 1 : 0) ||
      direction * ((a.difference ?? 0) - (b.difference ?? 0)),
  );
}

function isKept(difference: number | null, filter: TDifferenceFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "worse":
      return difference !== null && difference < 0;
    case "better":
      return difference !== null && difference > 0;
    case "changed":
      return difference !== null && difference !== 0;
    default: {
      const exhaustive: never = filter;
      return exhaustive;
    }
  }
}

/**
 * Outputs and expected outputs as text for the diff: strings as they are, a list of plain values as
 * "a, b" (how the set metrics read it, so a JSON array diffs cleanly against a comma list), anything
 * else as JSON.
 */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every(isPlain)) return value.join(", ");
  return JSON.stringify(value, null, 2);
}

function isPlain(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
