// PATCH /api/projects/{projectId}/score-configs/{configId} — edit or archive a config (owners and admins).
import { ZScoreConfigIdParam, ZUpdateScoreConfig } from "@spanlight/core";
import { editScoreConfig } from "@/features/scores/server/update-score-config";
import { withRoute } from "@/lib/http/with-route";

export const PATCH = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { params: ZScoreConfigIdParam, body: ZUpdateScoreConfig },
  handler: ({ project, params, body }) =>
    editScoreConfig({ projectId: project.id, configId: params.configId, patch: body }),
});
