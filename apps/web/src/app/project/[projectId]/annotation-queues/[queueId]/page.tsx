import { canRole, DATASET_FROM_TRACES_LIMIT } from "@spanlight/core";
import {
  getAnnotationQueue,
  listCompletedQueueTraceIds,
  listQueueDisagreements,
  listScoreConfigs,
} from "@spanlight/db";
import type { Metadata } from "next";
import { QueueDetailView } from "@/features/annotation-queues";
import { computeProjectAgreement } from "@/features/agreement/server/compute-project-agreement";
import { listProjectMembers } from "@/features/members/server/list-project-members";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Annotation queue" };

export default async function AnnotationQueuePage({
  params,
}: PageProps<"/project/[projectId]/annotation-queues/[queueId]">) {
  const { projectId, queueId } = await params;
  const { project } = await loadProjectPage(projectId);
  const [queue, allConfigs, disagreements, members, completedTraceIds] = await Promise.all([
    getAnnotationQueue({ projectId: project.id, queueId }),
    listScoreConfigs({ projectId: project.id }),
    listQueueDisagreements({ projectId: project.id, queueId }),
    listProjectMembers(project.id),
    listCompletedQueueTraceIds({ projectId: project.id, queueId, limit: DATASET_FROM_TRACES_LIMIT }),
  ]);
  const configs = queue.scoreConfigIds.flatMap((id) => allConfigs.filter((config) => config.id === id));
  const agreements = await Promise.all(
    configs.map((config) =>
      computeProjectAgreement({ projectId: project.id, query: { name: config.name, queueId: queue.id } }),
    ),
  );
  return (
    <QueueDetailView
      projectId={project.id}
      queue={queue}
      configs={configs}
      agreements={agreements}
      disagreements={disagreements}
      completedTraceIds={completedTraceIds}
      raterNames={Object.fromEntries(members.map((member) => [member.userId, member.name]))}
      canReview={canRole(project.role, "project:write")}
      canAdjudicate={canRole(project.role, "project:manage")}
    />
  );
}
