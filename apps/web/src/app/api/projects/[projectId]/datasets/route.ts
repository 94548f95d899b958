// /api/projects/{projectId}/datasets — the project's datasets by name; POST creates one (201; a taken name is 409). Auth: a signed-in member; viewers read only.
import { ZCreateDataset } from "@spanlight/core";
import { listDatasets } from "@spanlight/db";
import { createProjectDataset } from "@/features/datasets/server/create-project-dataset";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  handler: async ({ project }) => ({ data: await listDatasets({ projectId: project.id }) }),
});

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { body: ZCreateDataset },
  handler: async ({ project, body }) =>
    Response.json(await createProjectDataset({ projectId: project.id, dataset: body }), { status: 201 }),
});
