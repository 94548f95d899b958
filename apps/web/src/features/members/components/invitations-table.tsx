"use client";

import { Badge } from "@/components/ui/badge";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Time } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { RoleBadge } from "@/features/projects";
import type { TInvitation } from "../contracts";
import { useRevokeInvitation } from "../hooks/use-member-actions";

type TInvitationsTableProps = { projectId: string; invitations: TInvitation[] };

/** Open invitations: who, which role, until when (an expired one says so), and revoke. */
export function InvitationsTable({ projectId, invitations }: TInvitationsTableProps) {
  return (
    <Table aria-label="Pending invitations">
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>Email</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead className="w-0" aria-label="Actions" />
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.map((invitation) => (
          <TableRow key={invitation.id} data-email={invitation.email}>
            <TableCell className="font-medium text-zinc-900">{invitation.email}</TableCell>
            <TableCell>
              <RoleBadge role={invitation.role} />
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {invitation.status === "expired" ? (
                <Badge tone="warning">Expired</Badge>
              ) : (
                <Time iso={invitation.expiresAt} format="relative" />
              )}
            </TableCell>
            <TableCell className="text-right">
              <RevokeInvitationDialog projectId={projectId} invitation={invitation} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function RevokeInvitationDialog({ projectId, invitation }: { projectId: string; invitation: TInvitation }) {
  const { run, isPending, error, reset } = useRevokeInvitation();
  return (
    <ConfirmDialog
      triggerLabel="Revoke"
      triggerAriaLabel={`Revoke invitation for ${invitation.email}`}
      title="Revoke invitation?"
      description={`The link sent to ${invitation.email} stops working. You can invite them again later.`}
      confirmLabel="Revoke invitation"
      isPending={isPending}
      error={error}
      onConfirm={async () => (await run({ projectId, invitationId: invitation.id })).isOk}
      onClose={reset}
    />
  );
}
