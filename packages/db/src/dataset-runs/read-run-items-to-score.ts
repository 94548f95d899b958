import { getPool } from "../client.ts";
import { RESOLVED_OUTPUT_SQL, RUN_ITEM_TRACE_JOINS } from "./run-item-joins.ts";

export type TRunItemToScore = {
  runItemId: string;
  datasetItemId: string;
  traceId: string;
  spanId: string | null;
  /** False while neither an output was sent nor the span has arrived: nothing to score yet. */
  hasOutput: boolean;
  output: unknown;
  expectedOutput: unknown;
};

/** Every item of a run with its output and the expected output as of the run's dataset version. */
export async function readRunItemsToScore(options: { projectId: string; runId: string }): Promise<TRunItemToScore[]> {
  const result = await getPool().query<TRunItemToScore>(
    `SELECT ri.id AS "runItemId", ri.dataset_item_id AS "datasetItemId", ri.trace_id AS "traceId",
            COALESCE(ri.span_id, s.span_id) AS "spanId",
            (ri.output IS NOT NULL OR s.span_id IS NOT NULL) AS "hasOutput", ${RESOLVED_OUTPUT_SQL} AS output,
            i.expected_output AS "expectedOutput"
       FROM dataset_run_item ri
       JOIN dataset_run r ON r.id = ri.run_id
       ${RUN_ITEM_TRACE_JOINS}
       LEFT JOIN LATERAL (
         SELECT expected_output FROM dataset_item
          WHERE dataset_id = r.dataset_id AND id = ri.dataset_item_id AND valid_from <= r.dataset_version
          ORDER BY valid_from DESC LIMIT 1) i ON TRUE
      WHERE ri.project_id = $1 AND ri.run_id = $2
      ORDER BY ri.dataset_item_id`,
    [options.projectId, options.runId],
  );
  return result.rows;
}
