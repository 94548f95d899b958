import { canRole } from "@spanlight/core";
import type { Metadata } from "next";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { ScoresOverview } from "@/features/scores";

export const metadata: Metadata = { title: "Scores" };

export default async function ScoresPage({ params }: PageProps<"/project/[projectId]/scores">) {
  const { projectId } = await params;
  const { user, project } = await loadProjectPage(projectId);
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-5 px-6 py-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-lg font-semibold text-zinc-900">Scores</h1>
        <p className="text-13 text-zinc-500">
          Quality signals on traces, spans and sessions: evaluator results, user feedback and annotations.
        </p>
      </header>
      <ScoresOverview
        projectId={project.id}
        currentUserId={user.id}
        canManage={canRole(project.role, "project:manage")}
      />
    </div>
  );
}
