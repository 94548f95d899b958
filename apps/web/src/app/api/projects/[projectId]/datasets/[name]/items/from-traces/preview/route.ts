// /api/projects/{projectId}/datasets/{name}/items/from-traces/preview — the first items a from-traces add would write, and how many traces match; nothing is stored. Auth: a signed-in member who may write (it previews a write).
import { DATASET_PREVIEW_LIMIT, ZDatasetFromTraces, ZDatasetNameParam } from "@spanlight/core";
import type { TDatasetFromTracesPreview } from "@spanlight/core";
import { previewItemsFromTraces } from "@/features/datasets/server/add-items-from-traces";
import { withRoute } from "@/lib/http/with-route";

export const POST = withRoute({
  auth: "project",
  action: "project:write",
  schemas: { params: ZDatasetNameParam, body: ZDatasetFromTraces },
  handler: async ({ project, params, body }): Promise<TDatasetFromTracesPreview> => {
    const preview = await previewItemsFromTraces({
      projectId: project.id,
      name: params.name,
      body,
      limit: DATASET_PREVIEW_LIMIT,
    });
    return {
      matched: preview.matched,
      items: preview.items.map(({ input, expectedOutput, metadata, sourceTraceId, sourceSpanId }) => ({
        input,
        expectedOutput,
        metadata,
        sourceTraceId,
        sourceSpanId,
      })),
    };
  },
});
