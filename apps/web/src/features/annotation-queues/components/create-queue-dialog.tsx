"use client";

import type { TScoreConfig } from "@spanlight/core";
import { Plus } from "lucide-react";
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
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { useCreateQueue } from "../hooks/use-queue-actions";
import { queuePagePath } from "../lib/queue-paths";

export type TQueueReviewerOption = { userId: string; name: string; email: string };

type TCreateQueueDialogProps = {
  projectId: string;
  configs: TScoreConfig[];
  reviewers: TQueueReviewerOption[];
};

/** Name, description, the score configs to fill, reviewers per item and the assigned reviewers. */
export function CreateQueueDialog({ projectId, configs, reviewers }: TCreateQueueDialogProps) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [configIds, setConfigIds] = useState<string[]>([]);
  const [reviewerIds, setReviewerIds] = useState<string[]>([]);
  const { run, isPending, error, reset } = useCreateQueue();

  function onOpenChange(open: boolean) {
    setIsOpen(open);
    if (open) return;
    setConfigIds([]);
    setReviewerIds([]);
    reset();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const outcome = await run({
      projectId,
      queue: {
        name: String(form.get("name") ?? ""),
        description: String(form.get("description") ?? "") || null,
        scoreConfigIds: configIds,
        reviewersPerItem: Number(form.get("reviewersPerItem") ?? 1),
        reviewerUserIds: reviewerIds,
      },
    });
    if (!outcome.isOk) return;
    onOpenChange(false);
    router.push(queuePagePath(projectId, outcome.result.id));
  }

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          New queue
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-lg">
        <form onSubmit={onSubmit} noValidate aria-label="New annotation queue">
          <DialogHeader>
            <DialogTitle>New annotation queue</DialogTitle>
            <DialogDescription>Traces or spans for people to review with the score configs you pick.</DialogDescription>
          </DialogHeader>
          <DialogBody>
            <TextField name="name" label="Name" placeholder="Support answers, week 12" autoFocus required />
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="queue-description">Description</Label>
              <Textarea
                id="queue-description"
                name="description"
                rows={2}
                placeholder="What reviewers should look for"
              />
            </div>
            <CheckList
              legend="Score configs"
              empty="No score configs yet: add them on the Scores page first."
              options={configs.map((config) => ({
                id: config.id,
                label: config.name,
                hint: config.dataType.toLowerCase(),
              }))}
              selected={configIds}
              onChange={setConfigIds}
            />
            <TextField
              name="reviewersPerItem"
              label="Reviewers per item"
              type="number"
              min={1}
              max={10}
              defaultValue={1}
              hint="Two or more lets you measure agreement between reviewers."
            />
            <CheckList
              legend="Assigned reviewers"
              empty="Nobody can annotate yet."
              hint="None ticked: any member who may annotate."
              options={reviewers.map((reviewer) => ({
                id: reviewer.userId,
                label: reviewer.name,
                hint: reviewer.email,
              }))}
              selected={reviewerIds}
              onChange={setReviewerIds}
            />
            {error ? <Alert>{error}</Alert> : null}
          </DialogBody>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="ghost">
                Cancel
              </Button>
            </DialogClose>
            <SubmitButton isLoading={isPending}>Create queue</SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

type TCheckListProps = {
  legend: string;
  empty: string;
  hint?: string;
  options: { id: string; label: string; hint: string }[];
  selected: string[];
  onChange: (next: string[]) => void;
};

function CheckList({ legend, empty, hint, options, selected, onChange }: TCheckListProps) {
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-13 font-medium text-zinc-900">{legend}</legend>
      {options.length === 0 ? <p className="text-12 text-zinc-500">{empty}</p> : null}
      <div className="flex max-h-40 flex-col gap-1 overflow-y-auto">
        {options.map((option) => (
          <label key={option.id} className="flex items-center gap-2 rounded-md px-1 py-0.5 text-13 hover:bg-zinc-50">
            <input
              type="checkbox"
              className="size-4 accent-brand"
              checked={selected.includes(option.id)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, option.id] : selected.filter((id) => id !== option.id))
              }
            />
            <span className="font-medium text-zinc-900">{option.label}</span>
            <span className="text-12 text-zinc-500">{option.hint}</span>
          </label>
        ))}
      </div>
      {hint ? <p className="text-12 text-zinc-500">{hint}</p> : null}
    </fieldset>
  );
}
