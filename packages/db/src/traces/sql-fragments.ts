/** ISO-8601 with microseconds in UTC, as PostgreSQL stores them (JS Dates would drop to milliseconds). */
export function isoTime(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
