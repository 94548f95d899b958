import { MAX_COMPARED_RUNS } from "@spanlight/core";
import type { Metadata } from "next";
import Link from "next/link";
import { PageContainer, PageHeader } from "@/components/layout/page";
import { Alert } from "@/components/ui/alert";
import { CompareView, runsPagePath } from "@/features/experiments";
import { datasetNameParam, loadComparePage } from "@/features/experiments/server/load-runs-page";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Compare runs" };

export default async function CompareRunsPage({
  params,
  searchParams,
}: PageProps<"/project/[projectId]/datasets/[name]/runs/compare">) {
  const { projectId, name } = await params;
  const { project } = await loadProjectPage(projectId);
  const datasetName = datasetNameParam(name);
  const loaded = await loadComparePage({ projectId: project.id, datasetName, runsParam: (await searchParams).runs });
  const backLink = (
    <Link href={runsPagePath(project.id, datasetName)} className="text-13 text-brand hover:underline">
      Back to the runs
    </Link>
  );
  return (
    <PageContainer className="max-w-7xl">
      <PageHeader
        title={loaded ? `${loaded.runNames.join(" vs ")}` : "Compare runs"}
        description={`Per item of ${datasetName}: each run's output against the expected output, word by word, with its scores, latency and cost.`}
        actions={backLink}
      />
      {loaded ? (
        <CompareView projectId={project.id} runNames={loaded.runNames} comparison={loaded.comparison} />
      ) : (
        <Alert tone="info">Pick 2 to {MAX_COMPARED_RUNS} runs in the runs table to compare them.</Alert>
      )}
    </PageContainer>
  );
}
