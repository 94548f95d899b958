import "server-only";
import { BadRequestError } from "@spanlight/core";
import { deleteProject, getJobRunner } from "@spanlight/db";
import type { TDeleteProject } from "../contracts";

/** The route checks the owner role; this checks the typed name, deletes, and queues the data purge. */
export async function deleteProjectAsOwner(options: {
  project: { id: string; name: string };
  input: TDeleteProject;
}): Promise<void> {
  if (options.input.confirmName.trim() !== options.project.name) {
    throw new BadRequestError("Type the project's name exactly to delete it");
  }
  await deleteProject(options.project.id);
  // Traces and spans go in batches in the background; without a runner (never in `npm start`) the hourly pass does it.
  await getJobRunner()?.requestRetentionRun();
}
