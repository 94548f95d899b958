"use client";

import { TraceListView } from "@/features/trace-list";
import type { TTraceListViewProps } from "@/features/trace-list";

export function TracesClient(props: TTraceListViewProps) {
  return <TraceListView {...props} />;
}
