import type { TSessionSort, TSortOrder } from "@spanlight/core";
import type { TTimeRange } from "./time-range";

/** The sessions list's state as its URL holds it. */
export type TSessionListFilters = {
  range: TTimeRange;
  userId: string;
  search: string;
  sort: TSessionSort;
  order: TSortOrder;
};
