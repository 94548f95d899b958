// POST /api/public/annotation-queues — creates a queue (name, description, scoreConfigIds,
// reviewersPerItem, reviewerUserIds). GET — the project's queues with item counts.
// Auth: the project's secret key.
import { ZCreateAnnotationQueue } from "@spanlight/core";
import { createAnnotationQueue, listAnnotationQueues } from "@spanlight/db";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  handler: async ({ principal }) => ({ data: await listAnnotationQueues({ projectId: principal.projectId }) }),
});

export const POST = withRoute({
  auth: "apiKey",
  schemas: { body: ZCreateAnnotationQueue },
  handler: async ({ principal, body }) =>
    Response.json(await createAnnotationQueue({ projectId: principal.projectId, input: body, createdBy: null }), {
      status: 201,
    }),
});
