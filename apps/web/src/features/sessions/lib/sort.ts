import type { TSortOrder } from "@spanlight/core";

export type TSortState<S extends string> = { key: S; order: TSortOrder };

/** Clicking the sorted column flips its order; another column sorts by it, largest or latest first. */
export function nextSort<S extends string>(current: TSortState<S>, key: S): TSortState<S> {
  if (current.key !== key) return { key, order: "desc" };
  return { key, order: current.order === "desc" ? "asc" : "desc" };
}
