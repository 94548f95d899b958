// DELETE /api/projects/:projectId/api-keys/:apiKeyId — revokes the key (owners and admins); 204.
import { revokeApiKey } from "@spanlight/db";
import { ZApiKeyParams } from "@/features/api-keys/contracts";
import { withRoute } from "@/lib/http/with-route";

export const DELETE = withRoute({
  auth: "project",
  action: "apiKeys:manage",
  schemas: { params: ZApiKeyParams },
  handler: async ({ project, params }) => {
    await revokeApiKey({ projectId: project.id, apiKeyId: params.apiKeyId });
    return null;
  },
});
