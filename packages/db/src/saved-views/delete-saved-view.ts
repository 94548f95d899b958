import { getDb } from "../client.ts";

/** Deletes a project's view; false when the project has no view with this id. */
export async function deleteSavedView(options: { projectId: string; savedViewId: string }): Promise<boolean> {
  const result = await getDb().savedView.deleteMany({
    where: { id: options.savedViewId, projectId: options.projectId },
  });
  return result.count > 0;
}
