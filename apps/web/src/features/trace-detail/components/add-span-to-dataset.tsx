"use client";

import { ZDatasetItemSource } from "@spanlight/core";
import { AddToDatasetDialog } from "@/features/datasets";
import { useTraceScoresContext } from "@/features/scores";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { spanDatasetSourcePath } from "../lib/routes";

type TAddSpanToDatasetProps = { projectId: string; traceId: string; spanId: string; isRoot: boolean };

/** "Add to dataset" for a span (the root one stands for the whole trace); members who may write only. */
export function AddSpanToDataset({ projectId, traceId, spanId, isRoot }: TAddSpanToDatasetProps) {
  const context = useTraceScoresContext();
  if (!context?.canAnnotate) return null;
  // Read when the dialog opens: the server picks the correction as the bulk add does, and a
  // correction written a moment ago in the annotate panel counts.
  const loadSource = () =>
    apiFetch(spanDatasetSourcePath({ projectId, traceId, spanId }), { schema: ZDatasetItemSource });
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
