"use client";

import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import {
  DialogBody,
  DialogClose,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Time } from "@/components/ui/relative-time";
import type { TInvitationCreatedResponse } from "../contracts";

/** Shown once after inviting: Spanlight sends no email, so the link is handed over by the inviter. */
export function InvitationLink({ created }: { created: TInvitationCreatedResponse }) {
  return (
    <>
      <DialogHeader>
        <DialogTitle>Invitation created</DialogTitle>
        <DialogDescription>
          If {created.invitation.email} can join, this link lets them in as {created.invitation.role.toLowerCase()}.
          Send it to them: it is shown only now.
        </DialogDescription>
      </DialogHeader>
      <DialogBody>
        <div className="flex items-center gap-2 rounded-md border border-zinc-200 bg-zinc-50 py-1 pr-1 pl-3">
          <code className="min-w-0 flex-1 truncate font-mono text-12 text-zinc-700" data-testid="invite-url">
            {created.inviteUrl}
          </code>
          <CopyButton value={created.inviteUrl} label="Copy invitation link" hasText />
        </div>
        <p className="text-12 text-zinc-500">
          Expires <Time iso={created.invitation.expiresAt} format="date" />. You can revoke it under Pending
          invitations.
        </p>
      </DialogBody>
      <DialogFooter>
        <DialogClose asChild>
          <Button>Done</Button>
        </DialogClose>
      </DialogFooter>
    </>
  );
}
