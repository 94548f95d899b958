"use client";

import { useState } from "react";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { CardContent, CardFooter } from "@/components/ui/card";
import { Time } from "@/components/ui/relative-time";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { MAX_RETENTION_DAYS, ZUpdateRetention } from "../contracts";
import type { TRetention } from "../contracts";
import { useUpdateRetention } from "../hooks/use-update-retention";

const NUMBER = new Intl.NumberFormat("en");

/** Days to keep (empty keeps traces forever) and what the last pass of the job removed. */
export function RetentionForm({
  projectId,
  retention,
  canManage,
}: {
  projectId: string;
  retention: TRetention;
  canManage: boolean;
}) {
  const { run, isPending, error } = useUpdateRetention();
  const [daysError, setDaysError] = useState<string | undefined>();
  const [isSaved, setIsSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSaved(false);
    const raw = String(new FormData(event.currentTarget).get("days") ?? "").trim();
    const parsed = ZUpdateRetention.safeParse({ days: raw === "" ? null : Number(raw) });
    setDaysError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (!parsed.success) return;
    const outcome = await run({ projectId, days: parsed.data.days });
    setIsSaved(outcome.isOk);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <CardContent className="flex flex-col gap-4">
        <TextField
          name="days"
          label="Keep traces for (days)"
          inputMode="numeric"
          placeholder="Forever"
          defaultValue={retention.days === null ? "" : String(retention.days)}
          disabled={!canManage}
          error={daysError}
          hint={
            canManage
              ? `1 to ${NUMBER.format(MAX_RETENTION_DAYS)} days; leave empty to keep traces forever. Older traces and their spans are removed every hour.`
              : "Only owners and admins can change retention."
          }
          className="max-w-md"
          onChange={() => setIsSaved(false)}
        />
        {error ? <Alert className="max-w-md">{error}</Alert> : null}
        <LastRun retention={retention} />
      </CardContent>
      {canManage ? (
        <CardFooter className="justify-between">
          <span role="status" className="text-12 text-emerald-600">
            {isSaved ? "Saved" : ""}
          </span>
          <SubmitButton isLoading={isPending}>Save</SubmitButton>
        </CardFooter>
      ) : null}
    </form>
  );
}

function LastRun({ retention }: { retention: TRetention }) {
  const lastRun = retention.lastRun;
  if (!lastRun) {
    return (
      <p className="text-13 text-zinc-500" data-testid="retention-last-run">
        {retention.days === null ? "Traces are kept forever." : "The retention job has not run for this project yet."}
      </p>
    );
  }
  return (
    <dl className="grid max-w-md grid-cols-[9rem_minmax(0,1fr)] gap-y-2 text-13" data-testid="retention-last-run">
      <dt className="text-zinc-500">Last run</dt>
      <dd className="text-zinc-900">
        <Time iso={lastRun.at} />
      </dd>
      <dt className="text-zinc-500">Removed</dt>
      <dd className="text-zinc-900 tabular-nums">
        {NUMBER.format(lastRun.removedTraces)} traces, {NUMBER.format(lastRun.removedSpans)} spans
      </dd>
      <dt className="text-zinc-500">Took</dt>
      <dd className="text-zinc-900 tabular-nums">
        {lastRun.durationMs < 1000 ? `${lastRun.durationMs} ms` : `${(lastRun.durationMs / 1000).toFixed(1)} s`}
      </dd>
      {lastRun.error ? (
        <>
          <dt className="text-zinc-500">Error</dt>
          <dd className="text-red-700">{lastRun.error}</dd>
        </>
      ) : null}
    </dl>
  );
}
