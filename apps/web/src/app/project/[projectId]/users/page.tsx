import { canRole } from "@spanlight/core";
import { Users } from "lucide-react";
import type { Metadata } from "next";
import { InlineCode } from "@/components/ui/inline-code";
import { SectionEmptyState } from "@/features/onboarding";
import { getOtlpSettings } from "@/features/onboarding/server/get-otlp-settings";
import { loadProjectPage } from "@/features/projects/server/load-project-page";
import { loadUserList } from "@/features/users/server/load-user-list";
import { UsersClient } from "./users-client";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ params, searchParams }: PageProps<"/project/[projectId]/users">) {
  const [{ projectId }, rawSearchParams] = await Promise.all([params, searchParams]);
  const { project } = await loadProjectPage(projectId);
  const list = await loadUserList({ projectId: project.id, searchParams: rawSearchParams });
  if (!list.hasAnyUser) {
    return (
      <SectionEmptyState
        title="Users"
        description="The people using your application: their traces, sessions, tokens and cost."
        empty={{
          icon: Users,
          title: "No users yet",
          description: (
            <>
              Traces that carry an end-user id are grouped here. Set <InlineCode>user.id</InlineCode> on your spans (
              <InlineCode>langfuse.user.id</InlineCode> works too).
            </>
          ),
        }}
        projectId={project.id}
        otlp={getOtlpSettings()}
        canManageKeys={canRole(project.role, "apiKeys:manage")}
      />
    );
  }
  return <UsersClient projectId={project.id} {...list} />;
}
