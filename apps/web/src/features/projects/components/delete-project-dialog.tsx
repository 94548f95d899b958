"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
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
import type { TProject } from "../contracts";
import { useDeleteProject } from "../hooks/use-delete-project";

/** Owners only: the project's name typed out enables the button. */
export function DeleteProjectDialog({ project }: { project: TProject }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const { run, isPending, error, reset } = useDeleteProject();
  const isConfirmed = typed.trim() === project.name;

  function onOpenChange(open: boolean) {
    setIsOpen(open);
    if (open) return;
    setTyped("");
    reset();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isConfirmed) return;
    const outcome = await run({ projectId: project.id, confirmName: typed });
    // Every page of the deleted project is gone: `/` picks another one.
    if (outcome.isOk) router.replace("/");
  }

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="destructive">
          <Trash2 aria-hidden />
          Delete project
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate>
          <DialogHeader>
            <DialogTitle>Delete {project.name}?</DialogTitle>
            <DialogDescription>
              Its traces, spans, members, API keys, model prices and saved views are removed for good. Its keys stop
              accepting traces at once. This cannot be undone.
            </DialogDescription>
          </DialogHeader>
          <DialogBody>
            <TextField
              name="confirmName"
              label={`Type ${project.name} to confirm`}
              autoComplete="off"
              autoFocus
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
            {error ? <Alert>{error}</Alert> : null}
          </DialogBody>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="ghost">Cancel</Button>
            </DialogClose>
            <SubmitButton variant="destructive" isLoading={isPending} disabled={!isConfirmed}>
              Delete project
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
