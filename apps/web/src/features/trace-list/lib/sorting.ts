import { ZSortOrder, ZTraceSort } from "@spanlight/core";
import type { SortingState } from "@tanstack/react-table";
import { DEFAULT_ORDER, DEFAULT_SORT } from "./list-url";

/** The URL's `sort`/`order` as the table's sorting state (one column, always sorted). */
export function sortingFromParams(params: URLSearchParams): SortingState {
  const sort = ZTraceSort.catch(DEFAULT_SORT).parse(params.get("sort") ?? DEFAULT_SORT);
  const order = ZSortOrder.catch(DEFAULT_ORDER).parse(params.get("order") ?? DEFAULT_ORDER);
  return [{ id: sort, desc: order === "desc" }];
}

/** Writes the table's sorting back as `sort`/`order`; column ids are the API's sort keys. */
export function writeSorting(params: URLSearchParams, sorting: SortingState): void {
  const [first] = sorting;
  const sort = ZTraceSort.safeParse(first?.id);
  if (!first || !sort.success) return;
  params.set("sort", sort.data);
  params.set("order", first.desc ? "desc" : "asc");
}

export function isNewestFirst(sorting: SortingState): boolean {
  return sorting[0]?.id === DEFAULT_SORT && sorting[0].desc;
}
