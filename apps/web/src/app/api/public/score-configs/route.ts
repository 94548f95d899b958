// POST /api/public/score-configs — add a score config (201; a taken name is 409).
// GET  /api/public/score-configs — the project's configs by name, archived ones included.
// Auth: the project's secret key.
import { ZCreateScoreConfig } from "@spanlight/core";
import { createScoreConfig, listScoreConfigs } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  handler: async ({ principal }) => ({ data: await listScoreConfigs({ projectId: principal.projectId }) }),
});

export const POST = withRoute({
  auth: "apiKey",
  schemas: { body: ZCreateScoreConfig },
  handler: async ({ principal, body }) =>
    Response.json(await createScoreConfig({ projectId: principal.projectId, config: body }), { status: 201 }),
});
