// /api/public/datasets — the project's datasets by name; POST creates one (201; a taken name is 409). Auth: the project's secret key.
import { ZCreateDataset } from "@spanlight/core";
import { listDatasets } from "@spanlight/db";
import { createProjectDataset } from "@/features/datasets/server/create-project-dataset";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "apiKey",
  handler: async ({ principal }) => ({ data: await listDatasets({ projectId: principal.projectId }) }),
});

export const POST = withRoute({
  auth: "apiKey",
  schemas: { body: ZCreateDataset },
  handler: async ({ principal, body }) =>
    Response.json(await createProjectDataset({ projectId: principal.projectId, dataset: body }), { status: 201 }),
});
