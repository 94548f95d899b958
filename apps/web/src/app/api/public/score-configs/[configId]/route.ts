// PATCH /api/public/score-configs/{configId} — edit or archive (`isArchived`) a score config.
// Auth: the project's secret key.
import { ZScoreConfigIdParam, ZUpdateScoreConfig } from "@spanlight/core";
import { editScoreConfig } from "@/features/scores/server/update-score-config";
import { withRoute } from "@/lib/http/with-route";

export const PATCH = withRoute({
  auth: "apiKey",
  schemas: { params: ZScoreConfigIdParam, body: ZUpdateScoreConfig },
  handler: ({ principal, params, body }) =>
    editScoreConfig({ projectId: principal.projectId, configId: params.configId, patch: body }),
});
