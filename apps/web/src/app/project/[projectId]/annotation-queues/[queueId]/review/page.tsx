import { findAnnotationQueue, listScoreConfigs } from "@spanlight/db";
import type { Metadata } from "next";
import { ReviewScreen } from "@/features/annotation-queues";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({
  params,
  searchParams,
}: PageProps<"/project/[projectId]/annotation-queues/[queueId]/review">) {
  const [{ projectId, queueId }, query] = await Promise.all([params, searchParams]);
  const { project } = await loadProjectPage(projectId);
  const [queue, allConfigs] = await Promise.all([
    findAnnotationQueue({ projectId: project.id, queueId }),
    listScoreConfigs({ projectId: project.id }),
  ]);
  const configs = queue.scoreConfigIds.flatMap((id) => allConfigs.filter((config) => config.id === id));
  const itemId = typeof query.item === "string" ? query.item : null;
  return (
    <ReviewScreen
      key={itemId ?? "next"}
      projectId={project.id}
      queue={queue}
      configs={configs}
      initialItemId={itemId}
    />
  );
}
