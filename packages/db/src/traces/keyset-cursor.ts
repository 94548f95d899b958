import { BadRequestError } from "@spanlight/core";

/**
 * What a list's `nextCursor` carries: the sort it belongs to, the last row's sort value and id, and
 * the time window the first page resolved, so later pages neither shift with "now" nor mix sorts.
 * Opaque to clients (base64url JSON); decoded defensively because it comes back from them.
 */
export type TKeysetCursor = {
  sort: string;
  order: "asc" | "desc";
  value: string | number;
  id: string;
  from: string;
  to: string;
};

export function encodeCursor(cursor: TKeysetCursor): string {
  const { sort, order, value, id, from, to } = cursor;
  return Buffer.from(JSON.stringify({ s: sort, o: order, v: value, i: id, f: from, t: to })).toString("base64url");
}

/** The cursor, or a 400 when it is malformed or was made for another sort. */
export function decodeCursor(text: string, expected: { sort: string; order: "asc" | "desc" }): TKeysetCursor {
  const cursor = parseCursor(text);
  if (!cursor) throw new BadRequestError("cursor is not valid: pass the nextCursor of the previous page as it was");
  if (cursor.sort !== expected.sort || cursor.order !== expected.order) {
    throw new BadRequestError("cursor belongs to another sort or order: start again without it");
  }
  return cursor;
}

function parseCursor(text: string): TKeysetCursor | null {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const { s, o, v, i, f, t } = raw as Record<string, unknown>;
  const isValid =
    typeof s === "string" &&
    (o === "asc" || o === "desc") &&
    (typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) &&
    typeof i === "string" &&
    isInstant(f) &&
    isInstant(t);
  return isValid ? { sort: s, order: o, value: v, id: i, from: f as string, to: t as string } : null;
}

function isInstant(value: unknown): boolean {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}

/**
 * A page from rows fetched with LIMIT page size + 1: the extra row only says another page exists,
 * and the cursor points after the last row kept. Rows carry their sort value as `sortValue`,
 * which the page drops.
 */
export function pageOf<TItem, TRow extends TItem & { sortValue: string | number }>(
  rows: TRow[],
  options: { limit: number; cursorOf: (last: TRow) => TKeysetCursor },
): { data: TItem[]; nextCursor: string | null } {
  const kept = rows.slice(0, options.limit);
  const last = kept.at(-1);
  const hasMore = rows.length > options.limit;
  return {
    data: kept.map(({ sortValue: _sortValue, ...item }) => item as unknown as TItem),
    nextCursor: hasMore && last ? encodeCursor(options.cursorOf(last)) : null,
  };
}
