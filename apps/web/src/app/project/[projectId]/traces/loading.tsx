import { TraceTableSkeleton } from "@/features/trace-list";

/** The Traces page while the server loads the first page of the list. */
export default function TracesLoading() {
  return <TraceTableSkeleton />;
}
