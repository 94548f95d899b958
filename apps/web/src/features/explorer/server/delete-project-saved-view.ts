import "server-only";
import { NotFoundError } from "@spanlight/core";
import { deleteSavedView } from "@spanlight/db";

/** Deletes the view; 404 when the project has no view with this id. Answers nothing (204). */
export async function deleteProjectSavedView(options: { projectId: string; savedViewId: string }): Promise<null> {
  const isDeleted = await deleteSavedView(options);
  if (!isDeleted) throw new NotFoundError("No saved view with this id in this project");
  return null;
}
