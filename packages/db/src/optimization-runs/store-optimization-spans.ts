import type { TOptimizationSpanRow } from "@spanlight/core";
import { getPool } from "../client.ts";

const NANOS_PER_MICRO = 1_000n;

/** Stores the spans of optimisation runs from an ingested batch; a retried batch adds nothing. */
export async function storeOptimizationSpans(options: {
  projectId: string;
  spans: readonly TOptimizationSpanRow[];
}): Promise<number> {
  const { spans } = options;
  if (spans.length === 0) return 0;
  const micros = (nanos: bigint) => (nanos / NANOS_PER_MICRO).toString();
  const result = await getPool().query(
    `INSERT INTO optimization_span (project_id, run_id, trace_id, span_id, parent_span_id, role, name, start_time,
                                    end_time, is_error, attributes)
     SELECT $1, s.run_id, s.trace_id, s.span_id, s.parent_span_id, s.role, s.name,
            timestamptz 'epoch' + s.start_micros * interval '1 microsecond',
            timestamptz 'epoch' + s.end_micros * interval '1 microsecond', s.is_error, s.attributes
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::bigint[],
                   $10::boolean[], $11::jsonb[])
         AS s(run_id, trace_id, span_id, parent_span_id, role, name, start_micros, end_micros, is_error, attributes)
     ON CONFLICT DO NOTHING`,
    [
      options.projectId,
      spans.map((span) => span.runId),
      spans.map((span) => span.traceId),
      spans.map((span) => span.spanId),
      spans.map((span) => span.parentSpanId),
      spans.map((span) => span.role),
      spans.map((span) => span.name),
      spans.map((span) => micros(span.startUnixNano)),
      spans.map((span) => micros(span.endUnixNano)),
      spans.map((span) => span.isError),
      spans.map((span) => JSON.stringify(span.attributes)),
    ],
  );
  return result.rowCount ?? 0;
}
