import type { TAgreementResult, TAnnotationQueueDetail, TQueueDisagreement, TScoreConfig } from "@spanlight/core";
import { Play } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { AgreementSummary } from "@/features/agreement";
import { BulkAddToDatasetDialog } from "@/features/datasets";
import { queuePagePath } from "../lib/queue-paths";
import { AddTraceIdsForm } from "./add-trace-ids-form";
import { DisagreementList } from "./disagreement-list";
import { ProgressBar } from "./progress-bar";
import { ReviewerProgressTable } from "./reviewer-progress-table";

type TQueueDetailViewProps = {
  projectId: string;
  queue: TAnnotationQueueDetail;
  configs: TScoreConfig[];
  agreements: TAgreementResult[];
  disagreements: TQueueDisagreement[];
  /** The traces of fully reviewed items: what "Add to dataset" takes. */
  completedTraceIds: string[];
  raterNames: Record<string, string>;
  canReview: boolean;
  canAdjudicate: boolean;
};

/** A queue's page: progress overall and per reviewer, adding items, its reviewed items to a dataset, agreement per config, adjudication. */
export function QueueDetailView(props: TQueueDetailViewProps) {
  const { projectId, queue, configs } = props;
  const { progress } = queue;
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-5 p-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <Link href={queuePagePath(projectId)} className="text-12 text-zinc-500 hover:text-brand">
            Annotation queues
          </Link>
          <h1 className="text-lg font-semibold text-zinc-900">{queue.name}</h1>
          {queue.description ? <p className="text-13 text-zinc-600">{queue.description}</p> : null}
          <p className="text-12 text-zinc-500">
            {configs.map((config) => config.name).join(", ") || "No score configs"} · {queue.reviewersPerItem} reviewer
            {queue.reviewersPerItem === 1 ? "" : "s"} per item
          </p>
        </div>
        <div className="flex items-center gap-2">
          {props.canReview && props.completedTraceIds.length > 0 ? (
            <BulkAddToDatasetDialog
              projectId={projectId}
              targetLabel={`the ${props.completedTraceIds.length} fully reviewed trace${props.completedTraceIds.length === 1 ? "" : "s"} (corrections first)`}
              target={{ traceIds: props.completedTraceIds }}
            />
          ) : null}
          {props.canReview ? (
            <Button asChild>
              <Link href={queuePagePath(projectId, queue.id, "review")}>
                <Play aria-hidden />
                Start reviewing
              </Link>
            </Button>
          ) : null}
        </div>
      </header>

      <div className="grid gap-5 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Progress</CardTitle>
            <CardDescription>
              {progress.completedItems} of {progress.items} items fully reviewed · {progress.completedReviews} of{" "}
              {progress.totalReviews} reviews
            </CardDescription>
            <ProgressBar
              done={progress.completedReviews}
              total={progress.totalReviews}
              label={`${progress.completedReviews} / ${progress.totalReviews} reviews`}
            />
          </CardHeader>
          <ReviewerProgressTable progress={progress} />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Add items</CardTitle>
            <CardDescription>Paste trace ids, or use “Add to queue” on a trace or in the trace list.</CardDescription>
          </CardHeader>
          <CardContent>
            {props.canReview ? <AddTraceIdsForm projectId={projectId} queueId={queue.id} /> : null}
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Agreement</CardTitle>
          <CardDescription>
            Between this queue&apos;s reviewers, per score config; adjudicated values are not a reviewer.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          {props.agreements.length === 0 ? (
            <p className="text-13 text-zinc-500">This queue has no score configs.</p>
          ) : null}
          {props.agreements.map((agreement) => (
            <div key={agreement.name} className="flex flex-col gap-2">
              <h3 className="text-13 font-semibold text-zinc-900">{agreement.name}</h3>
              <AgreementSummary agreement={agreement} raterNames={props.raterNames} />
            </div>
          ))}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Disagreements</CardTitle>
          <CardDescription>
            {props.canAdjudicate
              ? "Pick the final value where reviewers disagree."
              : "Owners and admins record the final value."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <DisagreementList
            projectId={projectId}
            queueId={queue.id}
            disagreements={props.disagreements}
            configs={configs}
            canAdjudicate={props.canAdjudicate}
          />
        </CardContent>
      </Card>
    </div>
  );
}
