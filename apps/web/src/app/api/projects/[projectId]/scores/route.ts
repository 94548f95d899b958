// GET  /api/projects/{projectId}/scores — a page of scores, newest first (members).
// POST /api/projects/{projectId}/scores — annotate: an ANNOTATION score by the signed-in person,
// checked against its config (members who may write; viewers only read).
import { ZCreateScore, ZScoreListQuery } from "@spanlight/core";
import { listScores } from "@spanlight/db";
import { createScore } from "@/features/scores/server/create-score";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { query: ZScoreListQuery },
  handler: ({ project, query }) => listScores({ projectId: project.id, query }),
});

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { body: ZCreateScore },
  handler: async ({ project, user, body }) => {
    const input = { ...body, authorId: undefined };
    const { score, isNew } = await createScore({
      projectId: project.id,
      input,
      author: { userId: user.id },
      source: "ANNOTATION",
    });
    return Response.json(score, { status: isNew ? 201 : 200 });
  },
});
