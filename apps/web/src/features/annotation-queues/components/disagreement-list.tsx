"use client";

import type { TQueueDisagreement, TScoreConfig } from "@spanlight/core";
import { Check } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useAdjudicate } from "../hooks/use-queue-actions";
import { queuePagePath } from "../lib/queue-paths";

type TDisagreementListProps = {
  projectId: string;
  queueId: string;
  disagreements: TQueueDisagreement[];
  configs: TScoreConfig[];
  /** Owners and admins record the final value; others see the list only. */
  canAdjudicate: boolean;
};

/**
 * Items where reviewers gave different values, each reviewer's value side by side. An owner/admin
 * picks the final value among them; it is stored as an adjudicated ANNOTATION score.
 */
export function DisagreementList({
  projectId,
  queueId,
  disagreements,
  configs,
  canAdjudicate,
}: TDisagreementListProps) {
  const { run, isPending, error } = useAdjudicate();
  if (disagreements.length === 0) {
    return (
      <p className="text-13 text-zinc-500">
        No disagreements: reviewers gave the same values wherever two of them reviewed an item.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert>{error}</Alert> : null}
      <ul
        aria-label="Disagreements"
        className="flex flex-col divide-y divide-zinc-100 rounded-lg border border-zinc-200"
      >
        {disagreements.map((disagreement) => {
          const config = configs.find((candidate) => candidate.name === disagreement.name);
          const choices = [...new Map(disagreement.values.map((entry) => [String(entry.value), entry.value])).values()];
          return (
            <li
              key={`${disagreement.itemId}-${disagreement.name}`}
              className="flex flex-wrap items-center gap-3 px-3 py-2.5"
              data-item-id={disagreement.itemId}
            >
              <div className="flex min-w-48 flex-col">
                <Link
                  href={`${queuePagePath(projectId, queueId, "review")}?item=${encodeURIComponent(disagreement.itemId)}`}
                  className="font-mono text-12 text-zinc-700 hover:text-brand hover:underline"
                >
                  {disagreement.traceId.slice(0, 16)}
                  {disagreement.spanId ? ` / ${disagreement.spanId.slice(0, 8)}` : ""}
                </Link>
                <span className="text-12 text-zinc-500">{disagreement.name}</span>
              </div>
              <div className="flex flex-1 flex-wrap gap-2">
                {disagreement.values.map((entry) => (
                  <Badge key={entry.authorUserId ?? "?"} tone="neutral">
                    {entry.authorName ?? entry.authorUserId}:{" "}
                    <span className="font-semibold">{String(entry.value)}</span>
                  </Badge>
                ))}
              </div>
              {disagreement.adjudicated !== null ? (
                <Badge tone="success">
                  <Check aria-hidden />
                  Final: {String(disagreement.adjudicated)}
                </Badge>
              ) : canAdjudicate && config ? (
                <div
                  className="flex items-center gap-1.5"
                  role="group"
                  aria-label={`Final value for ${disagreement.name}`}
                >
                  <span className="text-12 text-zinc-500">Final:</span>
                  {choices.map((choice) => (
                    <Button
                      key={String(choice)}
                      size="sm"
                      variant="secondary"
                      disabled={isPending}
                      onClick={() =>
                        void run({
                          projectId,
                          queueId,
                          itemId: disagreement.itemId,
                          body: { configId: config.id, value: choice },
                        })
                      }
                    >
                      {String(choice)}
                    </Button>
                  ))}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
