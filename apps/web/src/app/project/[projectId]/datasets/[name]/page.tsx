import { canRole, NotFoundError, ZDatasetItemsQuery } from "@spanlight/core";
import { findDataset, listDatasetItems, listDatasetVersions } from "@spanlight/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DatasetView } from "@/features/datasets";
import { listProjectMembers } from "@/features/members/server/list-project-members";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { pageParam } from "@/lib/routing/page-param";

export const metadata: Metadata = { title: "Dataset" };

export default async function DatasetPage({ params, searchParams }: PageProps<"/project/[projectId]/datasets/[name]">) {
  const [{ projectId, name: nameSegment }, search] = await Promise.all([params, searchParams]);
  const { project } = await loadProjectPage(projectId);
  const name = pageParam(nameSegment);
  const dataset = await findDataset({ projectId: project.id, name }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  // A version or status typed into the URL that does not parse falls back to the latest, active items.
  const parsed = ZDatasetItemsQuery.safeParse({ version: search.version, status: search.status });
  const query = parsed.success ? parsed.data : ZDatasetItemsQuery.parse({});
  const version = query.version !== undefined && query.version <= dataset.latestVersion ? query.version : undefined;
  const [items, versions, members] = await Promise.all([
    listDatasetItems({ projectId: project.id, name, query: { ...query, version } }),
    listDatasetVersions({ projectId: project.id, name }),
    listProjectMembers(project.id),
  ]);
  return (
    <DatasetView
      projectId={project.id}
      dataset={dataset}
      versions={versions}
      asOfVersion={version ?? null}
      status={query.status}
      initialItems={items}
      canWrite={canRole(project.role, "project:write")}
      memberNames={Object.fromEntries(members.map((member) => [member.userId, member.name]))}
    />
  );
}
