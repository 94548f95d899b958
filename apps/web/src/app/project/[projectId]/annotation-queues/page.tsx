import { canRole } from "@spanlight/core";
import { listAnnotationQueues, listScoreConfigs } from "@spanlight/db";
import { ClipboardCheck } from "lucide-react";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateQueueDialog, QueueListTable } from "@/features/annotation-queues";
import { listProjectMembers } from "@/features/members/server/list-project-members";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Annotation queues" };

export default async function AnnotationQueuesPage({ params }: PageProps<"/project/[projectId]/annotation-queues">) {
  const { projectId } = await params;
  const { project } = await loadProjectPage(projectId);
  const [queues, configs, members] = await Promise.all([
    listAnnotationQueues({ projectId: project.id }),
    listScoreConfigs({ projectId: project.id, isArchived: false }),
    listProjectMembers(project.id),
  ]);
  const canCreate = canRole(project.role, "project:write");
  const reviewers = members.filter((member) => member.role !== "VIEWER");
  const dialog = canCreate ? (
    <CreateQueueDialog projectId={project.id} configs={configs} reviewers={reviewers} />
  ) : null;
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-5 p-6">
      <header className="flex items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <h1 className="text-lg font-semibold text-zinc-900">Annotation queues</h1>
          <p className="text-13 text-zinc-600">
            Traces and spans for people to review, one at a time, with your score configs.
          </p>
        </div>
        {queues.length > 0 ? dialog : null}
      </header>
      <Card>
        {queues.length === 0 ? (
          <EmptyState
            icon={ClipboardCheck}
            title="No annotation queues yet"
            description="Create a queue, fill it from the trace list, and let reviewers score each item. Two reviewers per item measure agreement."
            actions={dialog}
          />
        ) : (
          <QueueListTable projectId={project.id} queues={queues} />
        )}
      </Card>
    </div>
  );
}
