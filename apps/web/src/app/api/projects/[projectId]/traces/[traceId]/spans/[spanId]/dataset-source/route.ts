// GET /api/projects/{projectId}/traces/{traceId}/spans/{spanId}/dataset-source — the span as a dataset item would start from it: input, output and the correction that wins (the bulk add's order). Auth: a signed-in member; viewers read only.
import { ZTraceSpanParams } from "@spanlight/core";
import type { TDatasetItemSource } from "@spanlight/core";
import { readItemSource } from "@/features/datasets/server/read-item-source";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  auth: "project",
  action: "project:read",
  schemas: { params: ZTraceSpanParams },
  handler: async ({ project, params }): Promise<TDatasetItemSource> => {
    const source = await readItemSource({ projectId: project.id, traceId: params.traceId, spanId: params.spanId });
    return {
      traceId: source.traceId,
      spanId: source.spanId,
      input: source.input,
      output: source.output,
      correction: source.correction?.value ?? null,
    };
  },
});
