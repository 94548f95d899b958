import { FlaskConical } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageContainer, PageHeader } from "@/components/layout/page";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { datasetPagePath, QualityCostChart, RunsTable } from "@/features/experiments";
import { datasetNameParam, loadRunsPage } from "@/features/experiments/server/load-runs-page";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Runs" };

export default async function DatasetRunsPage({ params }: PageProps<"/project/[projectId]/datasets/[name]/runs">) {
  const { projectId, name } = await params;
  const { project } = await loadProjectPage(projectId);
  const datasetName = datasetNameParam(name);
  const { runs, copies } = await loadRunsPage({ projectId: project.id, datasetName });
  return (
    <PageContainer className="max-w-7xl">
      <PageHeader
        title={`Runs of ${datasetName}`}
        description="Each run is one version of your pipeline over this dataset: quality beside latency and cost, best values highlighted."
        actions={
          <Link href={datasetPagePath(project.id, datasetName)} className="text-13 text-brand hover:underline">
            Back to the dataset
          </Link>
        }
      />
      {runs.length === 0 ? (
        <Card>
          <EmptyState
            icon={FlaskConical}
            title="No runs yet"
            description={
              <>
                Start one with <code className="font-mono text-12">POST /api/public/datasets/{datasetName}/runs</code>,
                or tag your pipeline&apos;s root spans with{" "}
                <code className="font-mono text-12">spanlight.dataset.name</code>,{" "}
                <code className="font-mono text-12">spanlight.dataset.item_id</code> and{" "}
                <code className="font-mono text-12">spanlight.dataset.run</code>.
              </>
            }
          />
        </Card>
      ) : (
        <>
          <RunsTable projectId={project.id} datasetName={datasetName} runs={runs} copies={copies} />
          <QualityCostChart runs={runs} />
        </>
      )}
    </PageContainer>
  );
}
