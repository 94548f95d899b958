// GET /api/projects/:projectId/api-keys — the keys, secrets masked (any member).
// POST — creates a key pair; the answer is the only time the secret is shown (owners and admins).
import { createApiKey } from "@spanlight/db";
import { ZCreateApiKey } from "@/features/api-keys/contracts";
import { listProjectApiKeys } from "@/features/api-keys/server/list-project-api-keys";
import { toCreatedApiKeyDto } from "@/features/api-keys/server/to-api-key-dto";
import { ZProjectParams } from "@/features/projects/contracts";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZProjectParams },
  handler: async ({ project }) => ({ apiKeys: await listProjectApiKeys(project.id) }),
});

export const POST = withRoute({
  auth: "project",
  action: "apiKeys:manage",
  schemas: { params: ZProjectParams, body: ZCreateApiKey },
  handler: async ({ project, body }) => {
    const apiKey = await createApiKey({ projectId: project.id, note: body.note });
    return Response.json({ apiKey: toCreatedApiKeyDto(apiKey) }, { status: 201 });
  },
});
