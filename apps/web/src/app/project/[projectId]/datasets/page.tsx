import { canRole } from "@spanlight/core";
import { Database } from "lucide-react";
import type { Metadata } from "next";
import { SectionEmptyState } from "@/features/onboarding";
import { getOtlpSettings } from "@/features/onboarding/server/get-otlp-settings";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage({ params }: PageProps<"/project/[projectId]/datasets">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  return (
    <SectionEmptyState
      title="Datasets"
      description="Curated inputs and expected outputs to test your pipeline against."
      empty={{
        icon: Database,
        title: "No datasets yet",
        description: (
          <>
            Datasets are built from real traffic: once traces arrive, you will collect interesting inputs from them into
            datasets and run experiments on them here.
          </>
        ),
      }}
      projectId={project.id}
      otlp={getOtlpSettings()}
      canManageKeys={canRole(project.role, "apiKeys:manage")}
    />
  );
}
