import type { TModelPrice } from "./types.ts";

type TCompiledRow = { row: TModelPrice; pattern: RegExp };
type TCompiledTable = { rows: TCompiledRow[]; matches: Map<string, TModelPrice | null> };

// Each distinct model string is matched once per table; the cap bounds memory against senders that
// put ids or timestamps in model names.
const MAX_REMEMBERED_MODELS = 2_000;

/**
 * Compiled tables keyed by the array itself: this runs for every span, and compiling ~100 regexes
 * each time would dominate. Treat a table as immutable; pass a new array to change prices.
 */
const compiledTables = new WeakMap<readonly TModelPrice[], TCompiledTable>();

/**
 * The first row (in the given order) whose pattern matches the whole model name, case-insensitively.
 * Callers put project overrides before the defaults. Rows with an invalid pattern never match.
 */
export function matchModelPrice(model: string | null, prices: readonly TModelPrice[]): TModelPrice | null {
  if (model === null || model === "") return null;
  const table = compile(prices);
  const remembered = table.matches.get(model);
  if (remembered !== undefined) return remembered;
  const match = table.rows.find((compiled) => compiled.pattern.test(model))?.row ?? null;
  if (table.matches.size >= MAX_REMEMBERED_MODELS) table.matches.clear();
  table.matches.set(model, match);
  return match;
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
