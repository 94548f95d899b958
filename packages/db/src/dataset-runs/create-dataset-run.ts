import { BadRequestError, ConflictError } from "@spanlight/core";
import type { TCreateDatasetRun, TDatasetRun } from "@spanlight/core";
import { getPool } from "../client.ts";
import { findDataset } from "../datasets/dataset-rows.ts";
import { findDatasetRun } from "./run-rows.ts";

/** A new run over the dataset's given (default: latest) version; a taken name is a 409. */
export async function createDatasetRun(options: {
  projectId: string;
  datasetName: string;
  run: TCreateDatasetRun;
}): Promise<TDatasetRun> {
  const { run } = options;
  const dataset = await findDataset({ projectId: options.projectId, name: options.datasetName });
  const version = run.version ?? dataset.latestVersion;
  if (version > dataset.latestVersion)
    throw new BadRequestError(`version: the dataset's latest version is ${dataset.latestVersion}`);
  const result = await getPool().query(
    `INSERT INTO dataset_run (id, project_id, dataset_id, name, dataset_version, description, metadata)
     VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6)
     ON CONFLICT (dataset_id, name) DO NOTHING`,
    [
      options.projectId,
      dataset.id,
      run.name,
      version,
      run.description ?? null,
      run.metadata === undefined ? null : JSON.stringify(run.metadata),
    ],
  );
  if (result.rowCount === 0) throw new ConflictError(`A run named "${run.name}" exists already in this dataset`);
  const { datasetId: _datasetId, ...created } = await findDatasetRun({ ...options, runName: run.name });
  return created;
}
