import { canRole } from "@spanlight/core";
import { MessagesSquare } from "lucide-react";
import type { Metadata } from "next";
import { InlineCode } from "@/components/ui/inline-code";
import { SectionEmptyState } from "@/features/onboarding";
import { getOtlpSettings } from "@/features/onboarding/server/get-otlp-settings";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { loadSessionList } from "@/features/sessions/server/load-session-list";
import { SessionsClient } from "./sessions-client";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage({ params, searchParams }: PageProps<"/project/[projectId]/sessions">) {
  const [{ projectId }, rawSearchParams] = await Promise.all([params, searchParams]);
  const { project } = await loadProjectPage(projectId);
  const list = await loadSessionList({ projectId: project.id, searchParams: rawSearchParams });
  if (!list.hasAnySession) {
    return (
      <SectionEmptyState
        title="Sessions"
        description="Multi-turn conversations, with every trace in the order it happened."
        empty={{
          icon: MessagesSquare,
          title: "No sessions yet",
          description: (
            <>
              Traces that share a session id are grouped here. Set <InlineCode>session.id</InlineCode> on your spans (
              <InlineCode>gen_ai.conversation.id</InlineCode> and <InlineCode>langfuse.session.id</InlineCode> work
              too).
            </>
          ),
        }}
        projectId={project.id}
        otlp={getOtlpSettings()}
        canManageKeys={canRole(project.role, "apiKeys:manage")}
      />
    );
  }
  return <SessionsClient projectId={project.id} {...list} />;
}
