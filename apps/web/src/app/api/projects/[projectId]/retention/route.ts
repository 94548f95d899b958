// GET /api/projects/:projectId/retention — days kept (null: forever) and the last run (any member).
// PUT — sets { days } (owners and admins) and queues a retention pass for the project.
import { ZProjectParams } from "@/features/projects/contracts";
import { ZUpdateRetention } from "@/features/retention/contracts";
import { getProjectRetention } from "@/features/retention/server/get-project-retention";
import { updateProjectRetention } from "@/features/retention/server/update-project-retention";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZProjectParams },
  handler: async ({ project }) => ({ retention: await getProjectRetention(project.id) }),
});

export const PUT = withRoute({
  auth: "project",
  action: "project:manage",
  schemas: { params: ZProjectParams, body: ZUpdateRetention },
  handler: async ({ project, body }) => ({
    retention: await updateProjectRetention({ projectId: project.id, input: body }),
  }),
});
