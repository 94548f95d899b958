import { canRole } from "@spanlight/core";
import type { Metadata } from "next";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { InvitationsTable, InviteMemberDialog, MembersTable } from "@/features/members";
import { listProjectInvitations } from "@/features/members/server/list-project-invitations";
import { listProjectMembers } from "@/features/members/server/list-project-members";
import { loadProjectPage } from "@/features/projects/server/load-project-page";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: PageProps<"/project/[projectId]/settings/members">) {
  const { projectId } = await params;
  const { user, project } = await loadProjectPage(projectId);
  const members = await listProjectMembers(project.id);
  const canManage = canRole(project.role, "members:manage");
  const invitations = canManage ? await listProjectInvitations(project.id) : [];

  return (
    <div className="flex flex-col gap-6">
      <Card aria-labelledby="members-title">
        <CardHeader className="flex-row items-start justify-between gap-4">
          <div className="flex flex-col gap-1">
            <CardTitle id="members-title">Members</CardTitle>
            <CardDescription>
              {members.length === 1 ? "1 person has" : `${members.length} people have`} access to this project.{" "}
              {canManage
                ? "Owners and admins manage members; only owners can grant the owner role."
                : "Only owners and admins can change members."}
            </CardDescription>
          </div>
          {canManage ? <InviteMemberDialog projectId={project.id} actorRole={project.role} /> : null}
        </CardHeader>
        <MembersTable
          projectId={project.id}
          members={members}
          currentUserId={user.id}
          managerRole={canManage ? project.role : null}
        />
      </Card>
      {invitations.length > 0 ? (
        <Card aria-labelledby="invitations-title">
          <CardHeader>
            <CardTitle id="invitations-title">Pending invitations</CardTitle>
            <CardDescription>
              Links not used yet. Revoking one stops it working; an expired one can be sent again.
            </CardDescription>
          </CardHeader>
          <InvitationsTable projectId={project.id} invitations={invitations} />
        </Card>
      ) : null}
    </div>
  );
}
