import { FlaskConical } from "lucide-react";
import type { Metadata } from "next";
import { PageContainer, PageHeader } from "@/components/layout/page";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { OptimizationRunsTable } from "@/features/optimization-runs";
import { listOptimizationRuns } from "@/features/optimization-runs/server/load-optimization-runs";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Optimization runs" };

export default async function OptimizationRunsPage({ params }: PageProps<"/project/[projectId]/optimization-runs">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  const runs = await listOptimizationRuns({ projectId: project.id });
  return (
    <PageContainer className="max-w-7xl">
      <PageHeader
        title="Optimization runs"
        description="DSPy and Ax optimiser runs, assembled from spans tagged optimization.run.id: baseline against best, trials and cost."
      />
      <Card>
        {runs.length === 0 ? (
          <EmptyState
            icon={FlaskConical}
            title="No optimization runs yet"
            description="Tag your optimiser's run, trial and evaluate spans with optimization.* attributes (docs/optimization-spans.md)."
          />
        ) : (
          <OptimizationRunsTable projectId={project.id} runs={runs} />
        )}
      </Card>
    </PageContainer>
  );
}
