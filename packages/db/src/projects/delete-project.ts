import { getDb } from "../client.ts";

/**
 * Deletes the project row (memberships, keys, prices, views, invitations and retention go with it
 * by cascade, so its keys stop ingesting at once) and leaves a purge marker in the same transaction:
 * traces and spans have no foreign key (they are written in bulk), and a big project's may take
 * minutes, so the retention job removes them in batches and a restart resumes from the marker.
 */
export async function deleteProject(projectId: string): Promise<void> {
  await getDb().$transaction([
    getDb().projectPurge.upsert({ where: { projectId }, create: { projectId }, update: {} }),
    getDb().project.delete({ where: { id: projectId } }),
  ]);
}
