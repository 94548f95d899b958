import { isoTime } from "./sql-fragments.ts";

/** A sort over an aggregate: the ORDER BY expression, how its value rides in a cursor, and its type. */
export type TGroupSort = { expression: string; cursorValue: string; cast: string };

/**
 * Sorts shared by the session and user lists (both group traces). Cost sorts on its sum rounded
 * to 1e-9 USD: a float sum depends on addition order, and a cursor must compare equal to the same
 * group's value on the next page.
 */
export const GROUP_SORTS = {
  lastAt: { expression: "max(start_time)", cursorValue: isoTime("max(start_time)"), cast: "timestamptz" },
  firstAt: { expression: "min(start_time)", cursorValue: isoTime("min(start_time)"), cast: "timestamptz" },
  traceCount: { expression: "count(*)", cursorValue: "count(*)::text", cast: "bigint" },
  cost: {
    expression: "round(sum(cost_usd)::numeric, 9)",
    cursorValue: "round(sum(cost_usd)::numeric, 9)::text",
    cast: "numeric",
  },
  tokens: { expression: "sum(total_tokens)", cursorValue: "sum(total_tokens)::text", cast: "numeric" },
} satisfies Record<string, TGroupSort>;
