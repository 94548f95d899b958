"use client";

import { useState } from "react";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { useAddQueueItems } from "../hooks/use-queue-actions";

/** Pasted trace ids (one per line, or separated by commas or spaces) added to the queue. */
export function AddTraceIdsForm({ projectId, queueId }: { projectId: string; queueId: string }) {
  const [text, setText] = useState("");
  const [summary, setSummary] = useState<string | null>(null);
  const { run, isPending, error } = useAddQueueItems();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const traceIds = [...new Set(text.split(/[\s,]+/).filter(Boolean))];
    if (traceIds.length === 0) return;
    const outcome = await run({ projectId, queueId, items: { traceIds } });
    if (!outcome.isOk) return;
    setText("");
    setSummary(`Added ${outcome.result.added}, skipped ${outcome.result.skipped} already in the queue.`);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2" aria-label="Add trace ids">
      <Textarea
        aria-label="Trace ids"
        rows={3}
        placeholder="Paste trace ids, one per line"
        value={text}
        onChange={(event) => setText(event.target.value)}
        className="font-mono text-12"
      />
      <div className="flex items-center justify-between gap-2">
        <p className="text-12 text-zinc-500" role="status">
          {summary}
        </p>
        <SubmitButton size="sm" variant="secondary" isLoading={isPending} disabled={!text.trim()}>
          Add traces
        </SubmitButton>
      </div>
      {error ? <Alert>{error}</Alert> : null}
    </form>
  );
}
