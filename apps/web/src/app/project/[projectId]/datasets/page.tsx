import { canRole } from "@spanlight/core";
import { listDatasets } from "@spanlight/db";
import { Database } from "lucide-react";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateDatasetDialog, DatasetListTable } from "@/features/datasets";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage({ params }: PageProps<"/project/[projectId]/datasets">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  const datasets = await listDatasets({ projectId: project.id });
  const dialog = canRole(project.role, "project:write") ? <CreateDatasetDialog projectId={project.id} /> : null;
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-5 p-6">
      <header className="flex items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <h1 className="text-lg font-semibold text-zinc-900">Datasets</h1>
          <p className="text-13 text-zinc-600">
            Inputs and expected outputs to test your pipeline against, curated from what users flagged and reviewers
            corrected.
          </p>
        </div>
        {datasets.length > 0 ? dialog : null}
      </header>
      <Card>
        {datasets.length === 0 ? (
          <EmptyState
            icon={Database}
            title="No datasets yet"
            description="Create a dataset, then fill it from traces (one at a time, or the trace list's filter), an annotation queue, or a CSV or JSONL file."
            actions={dialog}
          />
        ) : (
          <DatasetListTable projectId={project.id} datasets={datasets} />
        )}
      </Card>
    </div>
  );
}
