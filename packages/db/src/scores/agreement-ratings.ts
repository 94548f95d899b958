import type { TScoreDataType } from "@spanlight/core";
import { getPool } from "../client.ts";
import { scoreWindowSql, type TScoreWindow } from "./score-filter-sql.ts";

/** One score as agreement and compare read it: its target, author, stored value and time. */
export type TRatingRow = {
  traceId: string | null;
  spanId: string | null;
  sessionId: string | null;
  /** The person's user id, else the free-form authorId. */
  author: string | null;
  dataType: TScoreDataType;
  numericValue: number | null;
  stringValue: string | null;
  isAdjudicated: boolean;
  timestampMs: number;
};

type TRatingArray = [
  string | null,
  string | null,
  string | null,
  string | null,
  TScoreDataType,
  number | null,
  string | null,
  boolean,
  number,
];

/**
 * Every score of one name in the project (optionally of one source, author, queue, time range),
 * oldest first. One statement on the (project_id, name, timestamp) index reading only the columns
 * agreement needs, in array row mode: 100 k scores are ~6 MB on the wire and no objects per column
 * until here (bench/agreement measures it).
 */
export async function listRatings(options: TScoreWindow): Promise<TRatingRow[]> {
  const { conditions, values } = scoreWindowSql(options);
  const result = await getPool().query<TRatingArray>({
    text: `SELECT trace_id, span_id, session_id, coalesce(author_user_id, author_id), data_type::text, numeric_value,
                  string_value, is_adjudicated, (extract(epoch FROM timestamp) * 1000)::float8
             FROM score WHERE ${conditions.join(" AND ")}
            ORDER BY timestamp, id`,
    values,
    rowMode: "array",
  });
  return result.rows.map((row) => ({
    traceId: row[0],
    spanId: row[1],
    sessionId: row[2],
    author: row[3],
    dataType: row[4],
    numericValue: row[5],
    stringValue: row[6],
    isAdjudicated: row[7],
    timestampMs: row[8],
  }));
}
