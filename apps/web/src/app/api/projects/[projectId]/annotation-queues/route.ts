// GET  /api/projects/{projectId}/annotation-queues — the project's queues (any member).
// POST — creates one; members who may write (viewers cannot).
import { ZCreateAnnotationQueue } from "@spanlight/core";
import { createAnnotationQueue, listAnnotationQueues } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  handler: async ({ project }) => ({ data: await listAnnotationQueues({ projectId: project.id }) }),
});

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { body: ZCreateAnnotationQueue },
  handler: async ({ project, user, body }) =>
    Response.json(await createAnnotationQueue({ projectId: project.id, input: body, createdBy: user.id }), {
      status: 201,
    }),
});
