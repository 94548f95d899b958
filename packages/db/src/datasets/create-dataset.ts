import { ConflictError } from "@spanlight/core";
import type { TCreateDataset, TDataset } from "@spanlight/core";
import { getPool } from "../client.ts";
import { DATASET_COLUMNS, findDataset, toDataset } from "./dataset-rows.ts";

/** A new, empty dataset (version 0); a taken name is a 409. */
export async function createDataset(options: { projectId: string; dataset: TCreateDataset }): Promise<TDataset> {
  const { dataset } = options;
  const result = await getPool().query<{ id: string }>(
    `INSERT INTO dataset (id, project_id, name, description, input_schema, expected_output_schema)
     VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5)
     ON CONFLICT (project_id, name) DO NOTHING RETURNING id`,
    [
      options.projectId,
      dataset.name,
      dataset.description ?? null,
      dataset.inputSchema === undefined ? null : JSON.stringify(dataset.inputSchema),
      dataset.expectedOutputSchema === undefined ? null : JSON.stringify(dataset.expectedOutputSchema),
    ],
  );
  if (result.rowCount === 0) throw new ConflictError(`A dataset named "${dataset.name}" exists already`);
  return findDataset({ projectId: options.projectId, name: dataset.name });
}

/** The project's datasets by name. */
export async function listDatasets(options: { projectId: string }): Promise<TDataset[]> {
  const result = await getPool().query<TDataset>(
    `SELECT ${DATASET_COLUMNS} FROM dataset d WHERE d.project_id = $1 ORDER BY d.name`,
    [options.projectId],
  );
  return result.rows.map(toDataset);
}
