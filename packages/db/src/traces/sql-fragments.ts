/** ISO-8601 with microseconds in UTC, as PostgreSQL stores them (JS Dates would drop to milliseconds). */
export function isoTime(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/**
 * Collects a statement's parameters and hands out their placeholders. List queries assemble SQL
 * from fixed pieces (columns from constant maps) and put every value the caller gave in here.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A LIKE pattern matching `text` anywhere, its own %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The keyset condition "after the cursor row" for ORDER BY sort, id (both in `order`). The plain
 * bound on the sort expression is implied by the OR, but written out so an index on it can start
 * the scan at the cursor instead of filtering from the top.
 */
export function afterCursorSql(options: { sortSql: string; idSql: string; order: "asc" | "desc"; value: string; id: string }): string {
  const { sortSql, idSql, value, id } = options;
  const strict = options.order === "desc" ? "<" : ">";
  return `${sortSql} ${strict}= ${value} AND (${sortSql} ${strict} ${value} OR ${idSql} ${strict} ${id})`;
}
