// POST /api/public/scores — create a score (201; the same id again answers the stored score, 200).
// GET  /api/public/scores — a page of scores, newest first, filtered. Auth: the project's secret key.
import { ZCreateScore, ZScoreListQuery } from "@spanlight/core";
import { listScores } from "@spanlight/db";
import { createScore } from "@/features/scores/server/create-score";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "apiKey",
  schemas: { body: ZCreateScore },
  handler: async ({ principal, body }) => {
    const { score, isNew } = await createScore({ projectId: principal.projectId, input: body, author: {} });
    return Response.json(score, { status: isNew ? 201 : 200 });
  },
});

export const GET = withRoute({
  auth: "apiKey",
  schemas: { query: ZScoreListQuery },
  handler: ({ principal, query }) => listScores({ projectId: principal.projectId, query }),
});
