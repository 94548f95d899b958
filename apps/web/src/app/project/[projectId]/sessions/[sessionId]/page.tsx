import { SESSION_TRACE_LIMIT, ZSessionIdParam } from "@spanlight/core";
import { getSessionScores } from "@spanlight/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { pageParam } from "@/lib/routing/page-param";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { ScoreSummary } from "@/features/scores";
import { SessionConversation, SessionHeader } from "@/features/sessions";
import { loadSession } from "@/features/sessions/server/load-session";
import { formatInteger } from "@/features/trace-detail/lib/format";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: PageProps<"/project/[projectId]/sessions/[sessionId]">) {
  const { projectId, sessionId } = await params;
  const { project } = await loadProjectPage(projectId);
  const parsed = ZSessionIdParam.safeParse({ sessionId: pageParam(sessionId) });
  if (!parsed.success) notFound();
  const [session, scores] = await Promise.all([
    loadSession({ projectId: project.id, sessionId: parsed.data.sessionId }),
    getSessionScores({ projectId: project.id, sessionId: parsed.data.sessionId }),
  ]);
  if (!session) notFound();
  return (
    <div className="min-h-[calc(100vh-3rem)] bg-zinc-50/60">
      <SessionHeader projectId={project.id} session={session} />
      <div className="mx-auto flex w-full max-w-4xl flex-col gap-4 px-6 py-6">
        <ScoreSummary scores={scores} />
        {session.hasMoreTraces ? (
          <Alert tone="info">
            This session has {formatInteger(session.traceCount)} traces; the conversation shows the first{" "}
            {formatInteger(SESSION_TRACE_LIMIT)}.
          </Alert>
        ) : null}
        <SessionConversation projectId={project.id} session={session} />
      </div>
    </div>
  );
}
