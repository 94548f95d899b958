import { canRole, ZTraceListQuery } from "@spanlight/core";
import { ListTree } from "lucide-react";
import type { Metadata } from "next";
import { hasAnyTrace } from "@/features/explorer/server/has-any-trace";
import { listProjectSavedViews } from "@/features/explorer/server/list-project-saved-views";
import { listProjectTraces } from "@/features/explorer/server/list-project-traces";
import { SectionEmptyState } from "@/features/onboarding";
import { getOtlpSettings } from "@/features/onboarding/server/get-otlp-settings";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { canonicalSearch, listApiParams, toUrlSearchParams } from "@/features/trace-list";
import { TracesClient } from "./traces-client";

export const metadata: Metadata = { title: "Traces" };

export default async function TracesPage({ params, searchParams }: PageProps<"/project/[projectId]/traces">) {
  const [{ projectId }, rawSearchParams] = await Promise.all([params, searchParams]);
  const { project } = await loadProjectPage(projectId);
  const search = canonicalSearch(toUrlSearchParams(rawSearchParams));
  const { parsed, initialPage, savedViews } = await loadTraceList({ projectId: project.id, search });

  if (initialPage.data.length === 0 && !(await hasAnyTrace(project.id))) {
    return (
      <SectionEmptyState
        title="Traces"
        description="Every request through your LLM pipeline, as a tree of spans."
        empty={{
          icon: ListTree,
          title: "No traces yet",
          description: (
            <>
              Each trace will show its spans as a waterfall, with the prompts and completions, token counts, cost and
              latency of every model call.
            </>
          ),
        }}
        projectId={project.id}
        otlp={getOtlpSettings()}
        canManageKeys={canRole(project.role, "apiKeys:manage")}
      />
    );
  }

  return (
    <TracesClient
      projectId={project.id}
      queryKey={parsed.success ? search : ""}
      initialPage={initialPage}
      queryError={
        parsed.success
          ? null
          : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")
      }
      savedViews={savedViews}
      canWrite={canRole(project.role, "project:write")}
    />
  );
}

/**
 * The view's first page and the project's saved views. A URL the list query refuses (a hand-edited
 * link, an old saved view) shows the default view instead, with the reason.
 */
async function loadTraceList(options: { projectId: string; search: string }) {
  const parsed = ZTraceListQuery.safeParse(Object.fromEntries(listApiParams(options.search, Date.now())));
  const query = parsed.success ? parsed.data : ZTraceListQuery.parse({});
  const [initialPage, { savedViews }] = await Promise.all([
    listProjectTraces({ projectId: options.projectId, query }),
    listProjectSavedViews({ projectId: options.projectId }),
  ]);
  return { parsed, initialPage, savedViews };
}
