import type { TRunLink } from "@spanlight/core";
import { getPool } from "../client.ts";

/**
 * Stores run items that spans announced at ingest: a run named for the first time is created over
 * the dataset's latest version. A link to an unknown dataset or item is dropped (a typo in a tag must
 * not fail ingestion); the same item linked again points at its newest trace. Resolves to the
 * number of run items written.
 */
export async function linkRunItems(options: { projectId: string; links: readonly TRunLink[] }): Promise<number> {
  const { links } = options;
  if (links.length === 0) return 0;
  const pool = getPool();
  const linkRows = `unnest($2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[])
      AS l(dataset_ref, run_name, metadata, item_id, trace_id, span_id)
    JOIN dataset d ON d.project_id = $1 AND (d.name = l.dataset_ref OR d.id = l.dataset_ref)`;
  const isKnownItem = "EXISTS (SELECT 1 FROM dataset_item i WHERE i.dataset_id = d.id AND i.id = l.item_id)";
  const values = [
    options.projectId,
    links.map((link) => link.dataset),
    links.map((link) => link.runName),
    links.map((link) => (link.runMetadata === null ? null : JSON.stringify(link.runMetadata))),
    links.map((link) => link.datasetItemId),
    links.map((link) => link.traceId),
    links.map((link) => link.spanId),
  ];
  await pool.query(
    `INSERT INTO dataset_run (id, project_id, dataset_id, name, dataset_version, metadata)
     SELECT DISTINCT ON (d.id, l.run_name) gen_random_uuid()::text, $1, d.id, l.run_name, d.latest_version, l.metadata
       FROM ${linkRows}
      WHERE ${isKnownItem}
     ORDER BY d.id, l.run_name
     ON CONFLICT (dataset_id, name) DO NOTHING`,
    values,
  );
  const result = await pool.query(
    `INSERT INTO dataset_run_item (id, run_id, project_id, dataset_item_id, trace_id, span_id)
     SELECT DISTINCT ON (r.id, l.item_id) gen_random_uuid()::text, r.id, $1, l.item_id, l.trace_id, l.span_id
       FROM ${linkRows}
       JOIN dataset_run r ON r.dataset_id = d.id AND r.name = l.run_name
      WHERE ${isKnownItem}
     ORDER BY r.id, l.item_id
     ON CONFLICT (run_id, dataset_item_id) DO UPDATE SET trace_id = EXCLUDED.trace_id, span_id = EXCLUDED.span_id`,
    values,
  );
  return result.rowCount ?? 0;
}
