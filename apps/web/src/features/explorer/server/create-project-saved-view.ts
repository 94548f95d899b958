import "server-only";
import { BadRequestError, ZTraceListQuery } from "@spanlight/core";
import type { TSavedView } from "@spanlight/core";
import { createSavedView } from "@spanlight/db";

/**
 * Saves a trace-list filter. The query must parse as a trace list query (so a view always opens);
 * it is stored without its cursor and blank params, in the order given.
 */
export async function createProjectSavedView(options: {
  projectId: string;
  userId: string;
  name: string;
  query: string;
}): Promise<{ savedView: TSavedView }> {
  const params = new URLSearchParams(options.query);
  params.delete("cursor");
  for (const [key, value] of [...params.entries()]) if (!value.trim()) params.delete(key, value);
  const parsed = ZTraceListQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`)
      .join("; ");
    throw new BadRequestError(`query is not a valid trace list query: ${reason}`);
  }
  const savedView = await createSavedView({
    projectId: options.projectId,
    name: options.name,
    query: params.toString(),
    createdBy: options.userId,
  });
  return { savedView };
}
