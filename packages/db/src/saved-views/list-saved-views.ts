import type { TSavedView } from "@spanlight/core";
import { getDb } from "../client.ts";
import { SAVED_VIEW_SELECT, toSavedView } from "./to-saved-view.ts";

/** A project's saved views by name (the (project_id, name) unique index serves the order). */
export async function listSavedViews(options: { projectId: string }): Promise<TSavedView[]> {
  const rows = await getDb().savedView.findMany({
    where: { projectId: options.projectId },
    select: SAVED_VIEW_SELECT,
    orderBy: { name: "asc" },
  });
  return rows.map(toSavedView);
}
