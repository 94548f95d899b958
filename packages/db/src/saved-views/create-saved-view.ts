import { ConflictError } from "@spanlight/core";
import type { TSavedView } from "@spanlight/core";
import { getDb } from "../client.ts";
import { SAVED_VIEW_SELECT, toSavedView } from "./to-saved-view.ts";

/** Saves a view; a name already taken in the project is a 409 (the unique index decides, race-free). */
export async function createSavedView(options: {
  projectId: string;
  name: string;
  query: string;
  createdBy: string | null;
}): Promise<TSavedView> {
  try {
    const row = await getDb().savedView.create({
      data: { projectId: options.projectId, name: options.name, query: options.query, createdBy: options.createdBy },
      select: SAVED_VIEW_SELECT,
    });
    return toSavedView(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`This project already has a view named "${options.name}"`);
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
