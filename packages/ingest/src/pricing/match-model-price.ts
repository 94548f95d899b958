import type { TModelPrice } from "./types.ts";

type TCompiledRow = { row: TModelPrice; pattern: RegExp };
/** Per model string, every matching row in table order; the time then picks the first in effect. */
type TCompiledTable = { rows: TCompiledRow[]; matches: Map<string, TModelPrice[]> };

// Each distinct model string is matched once per table; the cap bounds memory against senders that
// put ids or timestamps in model names.
const MAX_REMEMBERED_MODELS = 2_000;

/**
 * Compiled tables keyed by the array itself: this runs for every span, and compiling ~100 regexes
 * each time would dominate. Treat a table as immutable; pass a new array to change prices.
 */
const compiledTables = new WeakMap<readonly TModelPrice[], TCompiledTable>();

/**
 * The first row (in the given order) whose pattern matches the whole model name, case-insensitively,
 * and that is in effect at `atMs` (a span's start; rows without a period always are). Callers put
 * project overrides before the defaults. Rows with an invalid pattern never match.
 */
export function matchModelPrice(
  model: string | null,
  prices: readonly TModelPrice[],
  atMs: number = Date.now(),
): TModelPrice | null {
  if (model === null || model === "") return null;
  return matchingRows(model, compile(prices)).find((row) => isInEffect(row, atMs)) ?? null;
}

export function isInEffect(row: TModelPrice, atMs: number): boolean {
  if (row.effectiveFromMs !== undefined && atMs < row.effectiveFromMs) return false;
  return row.retiredAtMs === undefined || row.retiredAtMs === null || atMs < row.retiredAtMs;
}

function matchingRows(model: string, table: TCompiledTable): TModelPrice[] {
  const remembered = table.matches.get(model);
  if (remembered !== undefined) return remembered;
  const rows = table.rows.filter((compiled) => compiled.pattern.test(model)).map((compiled) => compiled.row);
  if (table.matches.size >= MAX_REMEMBERED_MODELS) table.matches.clear();
  table.matches.set(model, rows);
  return rows;
}

function compile(prices: readonly TModelPrice[]): TCompiledTable {
  const cached = compiledTables.get(prices);
  if (cached !== undefined) return cached;
  const rows = prices.flatMap((row) => {
    const pattern = rowPattern(row);
    return pattern === null ? [] : [{ row, pattern }];
  });
  const table: TCompiledTable = { rows, matches: new Map() };
  compiledTables.set(prices, table);
  return table;
}

/**
 * Regexes are also kept per row object, so `[...overrides, ...DEFAULT_MODEL_PRICES]` rebuilt per
 * request recompiles only the overrides. Null marks an invalid pattern.
 */
const compiledRows = new WeakMap<TModelPrice, RegExp | null>();

function rowPattern(row: TModelPrice): RegExp | null {
  const cached = compiledRows.get(row);
  if (cached !== undefined) return cached;
  const pattern = toRegExp(row.matchPattern);
  compiledRows.set(row, pattern);
  return pattern;
}

function toRegExp(source: string): RegExp | null {
  try {
    return new RegExp(`^(?:${source})$`, "i");
  } catch {
    return null;
  }
}
