// GET   /api/projects/:projectId/feedback-settings — browser feedback settings (owners and admins).
// PATCH /api/projects/:projectId/feedback-settings — change them; answers the new settings.
import { ZUpdateFeedbackSettings } from "@spanlight/core";
import { getFeedbackSettings, updateFeedbackSettings } from "@spanlight/db";
import { ZProjectParams } from "@/features/projects/contracts";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { params: ZProjectParams },
  handler: async ({ project }) => ({ settings: await getFeedbackSettings(project.id) }),
});

export const PATCH = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { params: ZProjectParams, body: ZUpdateFeedbackSettings },
  handler: async ({ project, body }) => ({
    settings: await updateFeedbackSettings({ projectId: project.id, patch: body }),
  }),
});
