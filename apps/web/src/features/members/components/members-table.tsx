"use client";

import { canAssignRole } from "@spanlight/core";
import type { TProjectRole } from "@spanlight/core";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { RoleBadge } from "@/features/projects";
import type { TMember } from "../contracts";
import { useChangeMemberRole } from "../hooks/use-member-actions";
import { RemoveMemberDialog } from "./remove-member-dialog";
import { RoleSelect } from "./role-select";

type TMembersTableProps = {
  projectId: string;
  members: TMember[];
  currentUserId: string;
  /** The viewer's role; null when they cannot manage members at all. */
  managerRole: TProjectRole | null;
};

export function MembersTable({ projectId, members, currentUserId, managerRole }: TMembersTableProps) {
  const { run: changeRole, isPending, error } = useChangeMemberRole();
  const ownerCount = members.filter((member) => member.role === "OWNER").length;

  return (
    <>
      {error ? <Alert className="mx-5 mt-4">{error}</Alert> : null}
      <Table aria-label="Members">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Member</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Added</TableHead>
            {managerRole ? <TableHead className="w-0" aria-label="Actions" /> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => {
            const isSelf = member.userId === currentUserId;
            // Touching an owner takes an owner, and the last owner stays one, as the API enforces.
            const isLastOwner = member.role === "OWNER" && ownerCount === 1;
            const canEdit = managerRole !== null && canAssignRole(managerRole, member.role) && !isLastOwner;
            return (
              <TableRow key={member.userId} data-email={member.email}>
                <TableCell>
                  <div className="flex items-center gap-3">
                    <MemberAvatar member={member} />
                    <div className="flex min-w-0 flex-col">
                      <span className="flex items-center gap-2 truncate font-medium text-zinc-900">
                        {member.name || member.email}
                        {isSelf ? <Badge>You</Badge> : null}
                      </span>
                      <span className="truncate text-12 text-zinc-500">{member.email}</span>
                    </div>
                  </div>
                </TableCell>
                <TableCell>
                  {managerRole && canEdit ? (
                    <RoleSelect
                      actorRole={managerRole}
                      value={member.role}
                      disabled={isPending}
                      onValueChange={(role) => void changeRole({ projectId, userId: member.userId, role })}
                      className="w-32"
                      aria-label={`Role of ${member.email}`}
                    />
                  ) : (
                    <RoleBadge role={member.role} />
                  )}
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <Time iso={member.createdAt} format="date" />
                </TableCell>
                {managerRole ? (
                  <TableCell className="text-right">
                    {canEdit ? <RemoveMemberDialog projectId={projectId} member={member} isSelf={isSelf} /> : null}
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}

function MemberAvatar({ member }: { member: TMember }) {
  const letter = (member.name || member.email).trim().charAt(0).toUpperCase();
  return (
    <span
      aria-hidden
      className="flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-12 font-semibold text-zinc-600 ring-1 ring-zinc-200"
    >
      {letter}
    </span>
  );
}
