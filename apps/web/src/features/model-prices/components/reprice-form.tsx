"use client";

import type { FormEvent } from "react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { fromLocalInputValue, toLocalInputValue } from "@/features/trace-list";
import { useStartReprice } from "../hooks/use-model-price-actions";

const DAY_MS = 86_400_000;

/** Starts a reprice job over a range of span start times, optionally one model only. */
export function RepriceForm({ projectId }: { projectId: string }) {
  const { run, isPending, error } = useStartReprice();
  const [defaults] = useState(() => ({
    from: toLocalInputValue(new Date(Date.now() - 30 * DAY_MS).toISOString()),
    to: toLocalInputValue(new Date(Date.now() + 60_000).toISOString()),
  }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const model = String(form.get("model") ?? "").trim();
    await run({
      projectId,
      request: {
        from: fromLocalInputValue(String(form.get("from") ?? "")) ?? "",
        to: fromLocalInputValue(String(form.get("to") ?? "")) ?? "",
        model: model === "" ? undefined : model,
      },
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 px-5 pb-5" aria-label="Reprice spans">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
        <TextField
          name="from"
          label="Spans starting from"
          type="datetime-local"
          defaultValue={defaults.from}
          required
        />
        <TextField name="to" label="Until (exclusive)" type="datetime-local" defaultValue={defaults.to} required />
        <TextField name="model" label="Model (optional)" placeholder="All models" />
        <SubmitButton disabled={isPending}>{isPending ? "Starting…" : "Reprice"}</SubmitButton>
      </div>
      {error ? <Alert>{error}</Alert> : null}
    </form>
  );
}
