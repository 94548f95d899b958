"use client";

import { ZCreateSavedView } from "@spanlight/core";
import { BookmarkPlus } from "lucide-react";
import { useState } from "react";
import type { FormEvent } from "react";
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
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { parseForm } from "@/lib/forms";
import { useCreateSavedView } from "../hooks/use-saved-view-actions";

type TSaveViewDialogProps = { projectId: string; search: string };

/** Names the current filters, time range and order so the whole project can reopen them. */
export function SaveViewDialog({ projectId, search }: TSaveViewDialogProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [nameError, setNameError] = useState<string | undefined>();
  const { run, isPending, error, reset } = useCreateSavedView();

  function onOpenChange(open: boolean) {
    setIsOpen(open);
    if (open) return;
    setNameError(undefined);
    reset();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseForm(ZCreateSavedView.pick({ name: true }), event.currentTarget);
    setNameError(parsed.errors?.name);
    if (!parsed.data) return;
    const outcome = await run({ projectId, name: parsed.data.name, query: search });
    if (outcome.isOk) onOpenChange(false);
  }

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <BookmarkPlus aria-hidden />
          Save view
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate>
          <DialogHeader>
            <DialogTitle>Save view</DialogTitle>
            <DialogDescription>
              Keeps these filters, the time range and the sort order for everyone in the project.
            </DialogDescription>
          </DialogHeader>
          <DialogBody>
            <TextField
              name="name"
              label="Name"
              placeholder="e.g. Failed checkouts"
              autoComplete="off"
              autoFocus
              maxLength={100}
              error={nameError}
            />
            {error ? <Alert>{error}</Alert> : null}
          </DialogBody>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="ghost">Cancel</Button>
            </DialogClose>
            <SubmitButton isLoading={isPending}>Save view</SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
