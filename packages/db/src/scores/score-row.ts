import type { TScore, TScoreDataType, TScoreSource, TScoreValue } from "@spanlight/core";
import { isoTime } from "../traces/sql-fragments.ts";

/** The score columns every reader selects, timestamps with microseconds so keyset cursors are exact. */
export const SCORE_COLUMNS = `id, trace_id AS "traceId", span_id AS "spanId", session_id AS "sessionId", name,
  data_type AS "dataType", numeric_value AS "numericValue", string_value AS "stringValue", comment, correction,
  source, author_user_id AS "authorUserId", author_id AS "authorId", config_id AS "configId", queue_id AS "queueId",
  is_adjudicated AS "isAdjudicated", metadata, ${isoTime("timestamp")} AS "timestamp",
  ${isoTime("created_at")} AS "createdAt", ${isoTime("updated_at")} AS "updatedAt"`;

export type TScoreRow = Omit<TScore, "value" | "dataType" | "source" | "metadata"> & {
  dataType: TScoreDataType;
  source: TScoreSource;
  numericValue: number | null;
  stringValue: string | null;
  metadata: Record<string, unknown> | null;
};

/** The value as it was sent: a number, a category label, or a boolean (stored as "true"/"false"). */
export function scoreValueOf(row: Pick<TScoreRow, "dataType" | "numericValue" | "stringValue">): TScoreValue {
  switch (row.dataType) {
    case "NUMERIC":
      return row.numericValue ?? 0;
    case "CATEGORICAL":
      return row.stringValue ?? "";
    case "BOOLEAN":
      return row.stringValue === "true";
    default: {
      const exhaustive: never = row.dataType;
      return exhaustive;
    }
  }
}

/** Picks the answered fields one by one, so a column added later never leaks by accident. */
export function toScore(row: TScoreRow): TScore {
  return {
    id: row.id,
    traceId: row.traceId,
    spanId: row.spanId,
    sessionId: row.sessionId,
    name: row.name,
    dataType: row.dataType,
    value: scoreValueOf(row),
    comment: row.comment,
    correction: row.correction ?? null,
    source: row.source,
    authorUserId: row.authorUserId,
    authorId: row.authorId,
    configId: row.configId,
    queueId: row.queueId,
    isAdjudicated: row.isAdjudicated,
    metadata: row.metadata,
    timestamp: row.timestamp,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
