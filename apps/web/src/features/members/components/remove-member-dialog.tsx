"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogBody,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import type { TMember } from "../contracts";
import { useRemoveMember } from "../hooks/use-member-actions";

type TRemoveMemberDialogProps = { projectId: string; member: TMember; isSelf: boolean };

export function RemoveMemberDialog({ projectId, member, isSelf }: TRemoveMemberDialogProps) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const { run, isPending, error, reset } = useRemoveMember();

  async function onRemove() {
    const outcome = await run({ projectId, userId: member.userId });
    if (!outcome.isOk) return;
    setIsOpen(false);
    // Leaving a project takes its pages away: go to whatever project is left.
    if (isSelf) router.push("/");
  }

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (!open) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="destructive-ghost" size="sm" aria-label={isSelf ? "Leave project" : `Remove ${member.email}`}>
          {isSelf ? "Leave" : "Remove"}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{isSelf ? "Leave this project?" : "Remove member?"}</DialogTitle>
          <DialogDescription>
            {isSelf
              ? "You lose access to its traces and settings until someone adds you again."
              : `${member.name || member.email} loses access to this project's traces and settings.`}
          </DialogDescription>
        </DialogHeader>
        {error ? (
          <DialogBody>
            <Alert>{error}</Alert>
          </DialogBody>
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" isLoading={isPending} onClick={() => void onRemove()}>
            {isSelf ? "Leave project" : "Remove member"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
