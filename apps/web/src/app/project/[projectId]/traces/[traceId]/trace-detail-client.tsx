"use client";

import type { TTraceSummary } from "@spanlight/core";
import { AddToQueueDialog } from "@/features/annotation-queues";
import { TraceScoresProvider } from "@/features/scores";
import { TraceDetailView } from "@/features/trace-detail";
import type { TCompactSpans } from "@/features/trace-detail";

type TTraceDetailClientProps = {
  projectId: string;
  trace: TTraceSummary;
  spans: TCompactSpans;
  initialSpanId: string | null;
  /** Members who may write annotate; viewers see the scores only. */
  canAnnotate: boolean;
  currentUserId: string;
};

export function TraceDetailClient({ canAnnotate, currentUserId, ...props }: TTraceDetailClientProps) {
  return (
    <TraceScoresProvider
      projectId={props.projectId}
      traceId={props.trace.traceId}
      canAnnotate={canAnnotate}
      currentUserId={currentUserId}
    >
      <TraceDetailView
        {...props}
        headerActions={
          canAnnotate ? (
            <AddToQueueDialog
              projectId={props.projectId}
              targetLabel="this trace"
              size="sm"
              items={() => ({ traceIds: [props.trace.traceId] })}
            />
          ) : null
        }
      />
    </TraceScoresProvider>
  );
}
