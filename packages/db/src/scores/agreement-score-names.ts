import { getPool } from "../client.ts";

/**
 * The score names a project has, for the calibration view's pickers. A recursive skip over the
 * (project_id, name, timestamp) index: one index probe per distinct name instead of reading every
 * score, so a million scores with a dozen names cost a dozen probes.
 */
export async function listScoreNames(options: { projectId: string }): Promise<string[]> {
  const result = await getPool().query<{ name: string }>(
    `WITH RECURSIVE names AS (
       (SELECT name FROM score WHERE project_id = $1 ORDER BY name LIMIT 1)
       UNION ALL
       SELECT (SELECT s.name FROM score s WHERE s.project_id = $1 AND s.name > names.name ORDER BY s.name LIMIT 1)
         FROM names WHERE names.name IS NOT NULL
     )
     SELECT name FROM names WHERE name IS NOT NULL LIMIT 500`,
    [options.projectId],
  );
  return result.rows.map((row) => row.name);
}
