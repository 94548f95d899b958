// The trace explorer replaces this page; the empty state lives on in features/onboarding.
import { canRole } from "@spanlight/core";
import { ListTree } from "lucide-react";
import type { Metadata } from "next";
import { SectionEmptyState } from "@/features/onboarding";
import { getOtlpSettings } from "@/features/onboarding/server/get-otlp-settings";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Traces" };

export default async function TracesPage({ params }: PageProps<"/project/[projectId]/traces">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  return (
    <SectionEmptyState
      title="Traces"
      description="Every request through your LLM pipeline, as a tree of spans."
      empty={{
        icon: ListTree,
        title: "No traces yet",
        description: (
          <>Each trace will show its spans as a waterfall, with the prompts and completions, token counts, cost and latency of every model call.</>
        ),
      }}
      projectId={project.id}
      otlp={getOtlpSettings()}
      canManageKeys={canRole(project.role, "apiKeys:manage")}
    />
  );
}
