// GET  /api/projects/{projectId}/score-configs — the project's configs by name (members).
// POST /api/projects/{projectId}/score-configs — add one (owners and admins; a taken name is 409).
import { ZCreateScoreConfig } from "@spanlight/core";
import { createScoreConfig, listScoreConfigs } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  handler: async ({ project }) => ({ data: await listScoreConfigs({ projectId: project.id }) }),
});

export const POST = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { body: ZCreateScoreConfig },
  handler: async ({ project, body }) =>
    Response.json(await createScoreConfig({ projectId: project.id, config: body }), { status: 201 }),
});
