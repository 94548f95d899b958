"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TMember } from "../contracts";
import { useRemoveMember } from "../hooks/use-member-actions";

type TRemoveMemberDialogProps = { projectId: string; member: TMember; isSelf: boolean };

export function RemoveMemberDialog({ projectId, member, isSelf }: TRemoveMemberDialogProps) {
  const router = useRouter();
  const { run, isPending, error, reset } = useRemoveMember();

  async function onRemove(): Promise<boolean> {
    const outcome = await run({ projectId, userId: member.userId });
    if (!outcome.isOk) return false;
    // Leaving a project takes its pages away: go to whatever project is left.
    if (isSelf) router.push("/");
    return true;
  }

  return (
    <ConfirmDialog
      triggerLabel={isSelf ? "Leave" : "Remove"}
      triggerAriaLabel={isSelf ? "Leave project" : `Remove ${member.email}`}
      title={isSelf ? "Leave this project?" : "Remove member?"}
      description={
        isSelf
          ? "You lose access to its traces and settings until someone adds you again."
          : `${member.name || member.email} loses access to this project's traces and settings.`
      }
      confirmLabel={isSelf ? "Leave project" : "Remove member"}
      isPending={isPending}
      error={error}
      onConfirm={onRemove}
      onClose={reset}
    />
  );
}
