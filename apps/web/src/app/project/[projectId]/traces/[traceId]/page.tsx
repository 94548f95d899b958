import { canRole, ZTraceIdParam } from "@spanlight/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadTraceTree } from "@/features/trace-detail/server/load-trace-tree";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { TraceDetailClient } from "./trace-detail-client";

export const metadata: Metadata = { title: "Trace" };

export default async function TraceDetailPage({
  params,
  searchParams,
}: PageProps<"/project/[projectId]/traces/[traceId]">) {
  const [{ projectId, traceId }, { span }] = await Promise.all([params, searchParams]);
  const { user, project } = await loadProjectPage(projectId);
  const parsedId = ZTraceIdParam.safeParse({ traceId });
  if (!parsedId.success) notFound();
  const data = await loadTraceTree({ projectId: project.id, traceId: parsedId.data.traceId });
  if (!data) notFound();
  return (
    <TraceDetailClient
      projectId={project.id}
      trace={data.trace}
      spans={data.spans}
      initialSpanId={typeof span === "string" ? span : null}
      canAnnotate={canRole(project.role, "project:write")}
      currentUserId={user.id}
    />
  );
}
