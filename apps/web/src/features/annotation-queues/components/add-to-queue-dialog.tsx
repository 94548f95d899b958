"use client";

import { ZAnnotationQueueList } from "@spanlight/core";
import type { TAddQueueItems, TAnnotationQueueSummary } from "@spanlight/core";
import { ClipboardPlus } from "lucide-react";
import Link from "next/link";
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
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { useAddQueueItems } from "../hooks/use-queue-actions";
import { queueApiPath, queuePagePath } from "../lib/queue-paths";

type TAddToQueueDialogProps = {
  projectId: string;
  /** What to add, read when the person confirms (a list filter is taken at that moment). */
  items: () => TAddQueueItems;
  /** "the traces matching this filter", "this trace"… */
  targetLabel: string;
  /** The trigger's size: "sm" beside the trace page's other header buttons. */
  size?: "sm" | "md";
};

/** Picks a queue and adds traces to it: the trace list's current filter, or one trace from its page. */
export function AddToQueueDialog({ projectId, items, targetLabel, size = "md" }: TAddToQueueDialogProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [queues, setQueues] = useState<TAnnotationQueueSummary[] | null>(null);
  const [queueId, setQueueId] = useState("");
  const [loadError, setLoadError] = useState<string | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const { run, isPending, error, reset } = useAddQueueItems();

  async function onOpenChange(open: boolean) {
    setIsOpen(open);
    setSummary(null);
    reset();
    if (!open) return;
    try {
      const answer = await apiFetch(queueApiPath(projectId), { schema: ZAnnotationQueueList });
      setQueues(answer.data);
      setQueueId((current) => current || answer.data[0]?.id || "");
    } catch (caught) {
      setLoadError(errorMessage(caught));
    }
  }

  async function onAdd() {
    const outcome = await run({ projectId, queueId, items: items() });
    if (!outcome.isOk) return;
    const { added, skipped, truncated } = outcome.result;
    setSummary(
      `Added ${added}, skipped ${skipped} already in the queue${truncated ? " (only the newest matches were taken)" : ""}.`,
    );
  }

  return (
    <Dialog open={isOpen} onOpenChange={(open) => void onOpenChange(open)}>
      <DialogTrigger asChild>
        <Button variant="secondary" size={size}>
          <ClipboardPlus aria-hidden />
          Add to queue
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add to an annotation queue</DialogTitle>
          <DialogDescription>Adds {targetLabel}. What the queue already holds is skipped.</DialogDescription>
        </DialogHeader>
        <DialogBody>
          {loadError ? <Alert>{loadError}</Alert> : null}
          {queues && queues.length === 0 ? (
            <p className="text-13 text-zinc-600">
              No queues yet.{" "}
              <Link href={queuePagePath(projectId)} className="text-brand hover:underline">
                Create one
              </Link>
              .
            </p>
          ) : null}
          {queues && queues.length > 0 ? (
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="add-to-queue">Queue</Label>
              <Select value={queueId} onValueChange={setQueueId}>
                <SelectTrigger id="add-to-queue" aria-label="Queue">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {queues.map((queue) => (
                    <SelectItem key={queue.id} value={queue.id}>
                      {queue.name} ({queue.items} items)
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
          ) : null}
          {summary ? (
            <p role="status" className="text-13 text-emerald-700">
              {summary}
            </p>
          ) : null}
          {error ? <Alert>{error}</Alert> : null}
        </DialogBody>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">{summary ? "Close" : "Cancel"}</Button>
          </DialogClose>
          <Button onClick={() => void onAdd()} isLoading={isPending} disabled={!queueId}>
            Add
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
