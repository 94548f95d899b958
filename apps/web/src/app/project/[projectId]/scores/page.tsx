import { canRole } from "@spanlight/core";
import { Target } from "lucide-react";
import type { Metadata } from "next";
import { SectionEmptyState } from "@/features/onboarding";
import { getOtlpSettings } from "@/features/onboarding/server/get-otlp-settings";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Scores" };

export default async function ScoresPage({ params }: PageProps<"/project/[projectId]/scores">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  return (
    <SectionEmptyState
      title="Scores"
      description="Quality signals on traces: evaluator results, user feedback and annotations."
      empty={{
        icon: Target,
        title: "No scores yet",
        description: (
          <>
            Scores attach to traces and spans, so traces come first. Once they arrive, scores from evaluators, user
            feedback and reviews will be listed and charted here.
          </>
        ),
      }}
      projectId={project.id}
      otlp={getOtlpSettings()}
      canManageKeys={canRole(project.role, "apiKeys:manage")}
    />
  );
}
