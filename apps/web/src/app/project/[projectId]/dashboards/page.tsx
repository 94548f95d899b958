import { canRole } from "@spanlight/core";
import { LayoutDashboard } from "lucide-react";
import type { Metadata } from "next";
import { SectionEmptyState } from "@/features/onboarding";
import { getOtlpSettings } from "@/features/onboarding/server/get-otlp-settings";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Dashboards" };

export default async function DashboardsPage({ params }: PageProps<"/project/[projectId]/dashboards">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  return (
    <SectionEmptyState
      title="Dashboards"
      description="Cost, latency, token usage and scores over time."
      empty={{
        icon: LayoutDashboard,
        title: "No data to chart yet",
        description: (
          <>Charts of volume, cost, latency and token usage per model fill in as soon as the first traces arrive.</>
        ),
      }}
      projectId={project.id}
      otlp={getOtlpSettings()}
      canManageKeys={canRole(project.role, "apiKeys:manage")}
    />
  );
}
