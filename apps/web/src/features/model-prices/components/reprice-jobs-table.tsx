"use client";

import type { TRepriceJobContract, TRepriceStateContract } from "@spanlight/core";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Time } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useCancelReprice } from "../hooks/use-model-price-actions";

/** How often the page re-reads progress while a job is queued or running. */
const POLL_MS = 1_000;

const STATE_TONE: Record<TRepriceStateContract, "neutral" | "brand" | "success" | "warning" | "danger"> = {
  queued: "neutral",
  running: "brand",
  done: "success",
  cancelled: "warning",
  failed: "danger",
};

const isActive = (job: TRepriceJobContract) => job.state === "queued" || job.state === "running";

/** The latest reprice jobs with their progress, re-read from the server while any is active. */
export function RepriceJobsTable({
  projectId,
  jobs,
  canManage,
}: {
  projectId: string;
  jobs: TRepriceJobContract[];
  canManage: boolean;
}) {
  const router = useRouter();
  const hasActive = jobs.some(isActive);
  useEffect(() => {
    if (!hasActive) return;
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [hasActive, router]);

  if (jobs.length === 0)
    return <p className="px-5 pb-5 text-13 text-zinc-500">No repricing has run in this project yet.</p>;
  return (
    <Table aria-label="Reprice jobs">
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>Spans starting</TableHead>
          <TableHead>Model</TableHead>
          <TableHead>State</TableHead>
          <TableHead>Progress</TableHead>
          <TableHead>Changed</TableHead>
          {canManage ? <TableHead className="w-0" aria-label="Actions" /> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {jobs.map((job) => (
          <TableRow key={job.jobId} data-job-id={job.jobId} data-state={job.state}>
            <TableCell className="whitespace-nowrap">
              <Time iso={job.from} format="date" /> – <Time iso={job.to} format="date" />
            </TableCell>
            <TableCell>{job.model ?? <span className="text-zinc-500">all</span>}</TableCell>
            <TableCell>
              <Badge tone={STATE_TONE[job.state]} hasDot title={job.error ?? undefined}>
                {job.state}
              </Badge>
            </TableCell>
            <TableCell>
              <Progress job={job} />
            </TableCell>
            <TableCell className="tabular-nums">{job.updatedSpans.toLocaleString("en-US")}</TableCell>
            {canManage ? (
              <TableCell className="text-right">
                {isActive(job) ? <CancelButton projectId={projectId} jobId={job.jobId} /> : null}
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Progress({ job }: { job: TRepriceJobContract }) {
  // Spans arriving in the range after the count are repriced too, so processed may pass total.
  const total = Math.max(job.total, job.processed);
  const percent = total === 0 ? (job.state === "done" ? 100 : 0) : Math.round((job.processed / total) * 100);
  return (
    <div className="flex min-w-40 items-center gap-2">
      <div
        role="progressbar"
        aria-label="Spans repriced"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-1.5 flex-1 overflow-hidden rounded-full bg-zinc-100"
      >
        <div className="h-full rounded-full bg-brand transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-12 whitespace-nowrap text-zinc-500 tabular-nums">
        {job.processed.toLocaleString("en-US")} / {total.toLocaleString("en-US")}
      </span>
    </div>
  );
}

function CancelButton({ projectId, jobId }: { projectId: string; jobId: string }) {
  const { run, isPending } = useCancelReprice();
  return (
    <Button variant="ghost" size="sm" disabled={isPending} onClick={() => run({ projectId, jobId })}>
      Cancel
    </Button>
  );
}
