"use client";

import { ZSpan } from "@spanlight/core";
import { AddToDatasetDialog, bestCorrection } from "@/features/datasets";
import { useTraceScoresContext } from "@/features/scores";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { spanPayloadPath } from "../lib/routes";

type TAddSpanToDatasetProps = { projectId: string; traceId: string; spanId: string; isRoot: boolean };

/** "Add to dataset" for a span (the root one stands for the whole trace); members who may write only. */
export function AddSpanToDataset({ projectId, traceId, spanId, isRoot }: TAddSpanToDatasetProps) {
  const context = useTraceScoresContext();
  if (!context?.canAnnotate) return null;
  const scores = context.scores;
  async function loadSource() {
    const span = await apiFetch(spanPayloadPath({ projectId, traceId, spanId }), { schema: ZSpan });
    const correction = bestCorrection(scores, { spanId, isRoot });
    return { input: span.input, output: span.output, correction: correction?.correction ?? null };
  }
  return (
    <AddToDatasetDialog
      projectId={projectId}
      traceId={traceId}
      spanId={spanId}
      loadSource={loadSource}
      targetLabel={isRoot ? "this trace" : "this span"}
    />
  );
}
