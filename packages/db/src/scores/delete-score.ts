import { getPool } from "../client.ts";

/** Deletes a project's score; false when the project has no score with this id. */
export async function deleteScore(options: { projectId: string; scoreId: string }): Promise<boolean> {
  const result = await getPool().query(`DELETE FROM score WHERE project_id = $1 AND id = $2`, [
    options.projectId,
    options.scoreId,
  ]);
  return (result.rowCount ?? 0) > 0;
}
