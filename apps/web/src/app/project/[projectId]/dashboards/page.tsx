import { canRole } from "@spanlight/core";
import { LayoutDashboard } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardView } from "@/features/dashboards";
import { hasAnyTrace } from "@/features/explorer/server/has-any-trace";
import { SectionEmptyState } from "@/features/onboarding";
import { getOtlpSettings } from "@/features/onboarding/server/get-otlp-settings";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Dashboards" };

export default async function DashboardsPage({ params }: PageProps<"/project/[projectId]/dashboards">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  if (!(await hasAnyTrace(project.id))) {
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
  // The view reads its controls from the URL in the browser (useSearchParams needs a boundary).
  return (
    <Suspense>
      <DashboardView projectId={project.id} nowMs={requestTime()} />
    </Suspense>
  );
}

/** When this request is rendered: the instant a preset window ("last 24 hours") ends at. */
function requestTime(): number {
  return Date.now();
}
