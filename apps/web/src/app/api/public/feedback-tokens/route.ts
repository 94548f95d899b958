// POST /api/public/feedback-tokens — a signed token that lets a browser score one trace or span; 201.
// Auth: the project's API key (secret), so only your server can mint tokens.
import { ZCreateFeedbackToken } from "@spanlight/core";
import { createFeedbackToken } from "@/features/feedback/server/create-feedback-token";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "apiKey",
  schemas: { body: ZCreateFeedbackToken },
  handler: async ({ principal, body }) =>
    Response.json(await createFeedbackToken({ projectId: principal.projectId, input: body }), { status: 201 }),
});
