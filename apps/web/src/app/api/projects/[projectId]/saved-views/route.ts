// GET  /api/projects/{projectId}/saved-views — the project's saved trace-list views (any member).
// POST — saves one ({ name, query }: query is the list's URL search string); members who may write.
import { ZCreateSavedView } from "@spanlight/core";
import { createProjectSavedView } from "@/features/explorer/server/create-project-saved-view";
import { listProjectSavedViews } from "@/features/explorer/server/list-project-saved-views";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  handler: ({ project }) => listProjectSavedViews({ projectId: project.id }),
});

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { body: ZCreateSavedView },
  handler: async ({ project, user, body }) => {
    const created = await createProjectSavedView({
      projectId: project.id,
      userId: user.id,
      name: body.name,
      query: body.query,
    });
    return Response.json(created, { status: 201 });
  },
});
