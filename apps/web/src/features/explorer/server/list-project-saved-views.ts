import "server-only";
import type { TSavedView } from "@spanlight/core";
import { listSavedViews } from "@spanlight/db";

export async function listProjectSavedViews(options: { projectId: string }): Promise<{ savedViews: TSavedView[] }> {
  return { savedViews: await listSavedViews(options) };
}
