"use client";

import { ZScoreListPage, ZSpan } from "@spanlight/core";
import { AddToDatasetDialog, bestCorrection } from "@/features/datasets";
import { useTraceScoresContext } from "@/features/scores";
import { scoresApiPath } from "@/features/scores/lib/routes";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { spanPayloadPath } from "../lib/routes";

type TAddSpanToDatasetProps = { projectId: string; traceId: string; spanId: string; isRoot: boolean };

/** "Add to dataset" for a span (the root one stands for the whole trace); members who may write only. */
export function AddSpanToDataset({ projectId, traceId, spanId, isRoot }: TAddSpanToDatasetProps) {
  const context = useTraceScoresContext();
  if (!context?.canAnnotate) return null;
  // The trace's scores are read afresh when the dialog opens: the page's copy may still be loading,
  // or miss a correction written a moment ago.
  async function loadSource() {
    const [span, scores] = await Promise.all([
      apiFetch(spanPayloadPath({ projectId, traceId, spanId }), { schema: ZSpan }),
      apiFetch(scoresApiPath(projectId, new URLSearchParams({ traceId, limit: "200" })), { schema: ZScoreListPage }),
    ]);
    const correction = bestCorrection(scores.data, { spanId, isRoot });
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
