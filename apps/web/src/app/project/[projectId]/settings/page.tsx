import { canRole } from "@spanlight/core";
import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyField } from "@/components/ui/code-block";
import { DeleteProjectDialog, RenameProjectForm, RoleBadge } from "@/features/projects";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { RetentionForm } from "@/features/retention";
import { getProjectRetention } from "@/features/retention/server/get-project-retention";

export const metadata: Metadata = { title: "Settings" };

export default async function GeneralSettingsPage({ params }: PageProps<"/project/[projectId]/settings">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  const retention = await getProjectRetention(project.id);
  return (
    <div className="flex flex-col gap-6">
      <Card aria-labelledby="project-name-title">
        <CardHeader>
          <CardTitle id="project-name-title">Name</CardTitle>
          <CardDescription>How this project appears to everyone in it.</CardDescription>
        </CardHeader>
        <RenameProjectForm project={project} canManage={canRole(project.role, "project:manage")} />
      </Card>
      <Card aria-labelledby="project-details-title">
        <CardHeader>
          <CardTitle id="project-details-title">Details</CardTitle>
          <CardDescription>The project id appears in URLs and API paths.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-[8rem_minmax(0,1fr)] items-center gap-y-3 text-13">
            <dt className="text-zinc-500">Project ID</dt>
            <dd className="max-w-sm">
              <CopyField value={project.id} label="project id" />
            </dd>
            <dt className="text-zinc-500">Your role</dt>
            <dd>
              <RoleBadge role={project.role} />
            </dd>
          </dl>
        </CardContent>
      </Card>
      <Card aria-labelledby="retention-title">
        <CardHeader>
          <CardTitle id="retention-title">Data retention</CardTitle>
          <CardDescription>
            How long traces are kept. A background job removes older traces and their spans in small batches.
          </CardDescription>
        </CardHeader>
        <RetentionForm
          projectId={project.id}
          retention={retention}
          canManage={canRole(project.role, "project:manage")}
        />
      </Card>
      {canRole(project.role, "project:delete") ? (
        <Card aria-labelledby="danger-title" className="border-red-200">
          <CardHeader className="flex-row items-center justify-between gap-4">
            <div className="flex flex-col gap-1">
              <CardTitle id="danger-title">Delete project</CardTitle>
              <CardDescription>
                Removes the project and all of its data for everyone. Only owners can do this.
              </CardDescription>
            </div>
            <DeleteProjectDialog project={project} />
          </CardHeader>
        </Card>
      ) : null}
    </div>
  );
}
