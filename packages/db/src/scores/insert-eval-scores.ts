import { getPool } from "../client.ts";

/** One evaluation result found inside a trace (packages/ingest `extractEvalScores` produces these). */
export type TEvalScoreInsert = {
  id: string;
  traceId: string | null;
  spanId: string | null;
  sessionId: string | null;
  name: string;
  dataType: "NUMERIC" | "CATEGORICAL";
  numericValue: number | null;
  stringValue: string | null;
  comment: string | null;
  authorId: string | null;
  metadata: Record<string, unknown>;
  timestampUnixNano: bigint;
};

const NANOS_PER_MICRO = 1_000n;

// A re-evaluated run item gets its new value under the same id; an EVAL id never names another
// source's score, so the update is limited to EVAL rows.
const REPLACE_SQL = `ON CONFLICT (project_id, id) DO UPDATE SET numeric_value = EXCLUDED.numeric_value,
  string_value = EXCLUDED.string_value, metadata = EXCLUDED.metadata, timestamp = EXCLUDED.timestamp, updated_at = now()
  WHERE score.source = 'EVAL'`;

/**
 * Stores EVAL scores in one statement. Ids are deterministic (trace, span, event index; run item and
 * metric), so by default `ON CONFLICT DO NOTHING` makes a retried OTLP batch add nothing and an id a
 * client already used keeps the client's score; `replace` overwrites (a run evaluated again).
 * Resolves to how many rows were written.
 */
export async function insertEvalScores(options: {
  projectId: string;
  scores: readonly TEvalScoreInsert[];
  replace?: boolean;
}): Promise<number> {
  const { scores } = options;
  if (scores.length === 0) return 0;
  const result = await getPool().query(
    `INSERT INTO score (project_id, id, trace_id, span_id, session_id, name, data_type, numeric_value, string_value,
                        comment, source, author_id, metadata, timestamp)
     SELECT $1, s.id, s.trace_id, s.span_id, s.session_id, s.name, s.data_type::"ScoreDataType", s.numeric_value,
            s.string_value, s.comment, 'EVAL'::"ScoreSource", s.author_id, s.metadata,
            -- Microseconds since the epoch, added exactly (to_timestamp goes through a double).
            timestamptz 'epoch' + s.micros * interval '1 microsecond'
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::text[],
                   $10::text[], $11::text[], $12::jsonb[], $13::bigint[])
         AS s(id, trace_id, span_id, session_id, name, data_type, numeric_value, string_value, comment, author_id,
              metadata, micros)
     ${options.replace === true ? REPLACE_SQL : "ON CONFLICT (project_id, id) DO NOTHING"}`,
    [
      options.projectId,
      scores.map((score) => score.id),
      scores.map((score) => score.traceId),
      scores.map((score) => score.spanId),
      scores.map((score) => score.sessionId),
      scores.map((score) => score.name),
      scores.map((score) => score.dataType),
      scores.map((score) => score.numericValue),
      scores.map((score) => score.stringValue),
      scores.map((score) => score.comment),
      scores.map((score) => score.authorId),
      scores.map((score) => JSON.stringify(score.metadata)),
      scores.map((score) => (score.timestampUnixNano / NANOS_PER_MICRO).toString()),
    ],
  );
  return result.rowCount ?? 0;
}
