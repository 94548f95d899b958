"use client";

import type { TTraceSummary } from "@spanlight/core";
import { TraceDetailView } from "@/features/trace-detail";
import type { TCompactSpans } from "@/features/trace-detail";

type TTraceDetailClientProps = {
  projectId: string;
  trace: TTraceSummary;
  spans: TCompactSpans;
  initialSpanId: string | null;
  canAnnotate: boolean;
  currentUserId: string;
};

export function TraceDetailClient(props: TTraceDetailClientProps) {
  return <TraceDetailView {...props} />;
}
