import Cursor from "pg-cursor";
import { getPool } from "../client.ts";
import { getTraceScores } from "../scores/get-trace-scores.ts";
import { SPAN_COLUMNS, TRACE_SUMMARY_COLUMNS } from "./columns.ts";

/** Spans read from the cursor at a time: bounds the memory one answer holds, whatever the trace's size. */
const SPANS_PER_READ = 500;

// PostgreSQL writes each row's JSON itself (row_to_json over the same column list as getTraceDetail),
// so node neither parses jsonb payloads into objects nor stringifies them again: measured on the
// 20,000-span trace, that round trip was most of getTraceDetail's time and all of its memory.
const TRACE_JSON_SQL = `SELECT row_to_json(t)::text AS json FROM (SELECT ${TRACE_SUMMARY_COLUMNS}
  FROM trace WHERE project_id = $1 AND trace_id = $2) t`;
const SPANS_JSON_SQL = `SELECT row_to_json(c)::text AS json
  FROM span x, LATERAL (SELECT ${SPAN_COLUMNS}) c
 WHERE x.project_id = $1 AND x.trace_id = $2
 ORDER BY x.start_unix_nano, x.span_id`;

/**
 * A trace's detail (the same JSON as `getTraceDetail`: the rollup, `spans` in start order, `scores`) as a
 * stream of JSON text, read through a cursor a few hundred spans at a time and only as fast as the
 * reader takes it. Null when the project has no such trace. The connection is held until the stream
 * ends or is cancelled (a client that goes away), and always released.
 */
export async function streamTraceDetail(options: {
  projectId: string;
  traceId: string;
}): Promise<ReadableStream<string> | null> {
  const params = [options.projectId, options.traceId];
  // Scores are few (capped by getTraceScores) and written after the spans, as `scores`.
  const [head, scores] = await Promise.all([
    getPool().query<{ json: string }>(TRACE_JSON_SQL, params),
    getTraceScores(options),
  ]);
  const traceJson = head.rows[0]?.json;
  if (!traceJson) return null;
  const client = await getPool().connect();
  const cursor = client.query(new Cursor<{ json: string }>(SPANS_JSON_SQL, params));
  let isFirstSpan = true;
  let isReleased = false;
  const release = async (error?: Error) => {
    if (isReleased) return;
    isReleased = true;
    await cursor.close().catch(() => {});
    client.release(error);
  };
  return new ReadableStream<string>({
    start(controller) {
      controller.enqueue(`${traceJson.slice(0, -1)},"spans":[`);
    },
    async pull(controller) {
      try {
        const rows = await cursor.read(SPANS_PER_READ);
        if (rows.length === 0) {
          controller.enqueue(`],"scores":${JSON.stringify(scores)}}`);
          controller.close();
          await release();
          return;
        }
        let chunk = isFirstSpan ? "" : ",";
        isFirstSpan = false;
        chunk += rows.map((row) => row.json).join(",");
        controller.enqueue(chunk);
      } catch (error) {
        // Headers are sent by now: the answer ends cut, which no JSON parser accepts as whole.
        controller.error(error);
        await release(error as Error);
      }
    },
    async cancel() {
      await release();
    },
  });
}
