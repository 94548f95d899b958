// DELETE /api/public/scores/{scoreId} — remove a score. Auth: the project's secret key.
import { ZScoreIdParam } from "@spanlight/core";
import { deleteProjectScore } from "@/features/scores/server/delete-score";
import { withRoute } from "@/lib/http/with-route";

export const DELETE = withRoute({
  auth: "apiKey",
  schemas: { params: ZScoreIdParam },
  handler: ({ principal, params }) => deleteProjectScore({ projectId: principal.projectId, scoreId: params.scoreId }),
});
