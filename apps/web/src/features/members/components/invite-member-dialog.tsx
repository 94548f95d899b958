"use client";

import type { TProjectRole } from "@spanlight/core";
import { UserPlus } from "lucide-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
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
import { Label } from "@/components/ui/label";
import { TextField } from "@/components/ui/text-field";
import { parseForm } from "@/lib/forms";
import { ZInviteMember } from "../contracts";
import type { TInvitationCreatedResponse } from "../contracts";
import { InvitationLink } from "./invitation-link";
import { useInviteMember } from "../hooks/use-member-actions";
import { RoleSelect } from "./role-select";

type TInviteMemberDialogProps = { projectId: string; actorRole: TProjectRole };

export function InviteMemberDialog({ projectId, actorRole }: TInviteMemberDialogProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [role, setRole] = useState<TProjectRole>("MEMBER");
  const [emailError, setEmailError] = useState<string | undefined>();
  const [created, setCreated] = useState<TInvitationCreatedResponse | null>(null);
  const { run, isPending, error, reset } = useInviteMember();

  function onOpenChange(open: boolean) {
    setIsOpen(open);
    if (open) return;
    setRole("MEMBER");
    setEmailError(undefined);
    setCreated(null);
    reset();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseForm(ZInviteMember, event.currentTarget);
    setEmailError(parsed.errors?.email);
    if (!parsed.data) return;
    const outcome = await run({ projectId, ...parsed.data });
    if (outcome.isOk) setCreated(outcome.result);
  }

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          Add member
        </Button>
      </DialogTrigger>
      <DialogContent>
        {created ? (
          <InvitationLink created={created} />
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <DialogHeader>
              <DialogTitle>Add a member</DialogTitle>
              <DialogDescription>
                They get a link that is valid for 7 days. With it they sign in, or create their account, and join with
                this role.
              </DialogDescription>
            </DialogHeader>
            <DialogBody>
              <TextField
                name="email"
                type="email"
                label="Email"
                placeholder="colleague@company.com"
                autoComplete="off"
                autoFocus
                error={emailError}
              />
              <div className="flex flex-col gap-1.5">
                <Label htmlFor="invite-role">Role</Label>
                <RoleSelect
                  id="invite-role"
                  name="role"
                  actorRole={actorRole}
                  value={role}
                  onValueChange={setRole}
                  aria-label="Role"
                />
              </div>
              {error ? <Alert>{error}</Alert> : null}
            </DialogBody>
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="ghost">Cancel</Button>
              </DialogClose>
              <SubmitButton isLoading={isPending}>Create invitation</SubmitButton>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
