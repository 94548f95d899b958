import type { TDatasetLineage, TScore } from "@spanlight/core";
import { ExternalLink } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { JsonViewer } from "@/components/json-viewer/json-viewer";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/relative-time";
import { tracePagePath } from "@/features/sessions";

type TItemLineageProps = { projectId: string; lineage: TDatasetLineage; memberNames: Record<string, string> };

/** Where the item came from: its source trace and span, the feedback that flagged it, the correction and its author. */
export function ItemLineage({ projectId, lineage, memberNames }: TItemLineageProps) {
  const authorOf = (score: TScore) =>
    (score.authorUserId ? memberNames[score.authorUserId] : null) ?? score.authorId ?? score.authorUserId ?? "unknown";
  if (!lineage.traceId && lineage.feedback.length === 0 && !lineage.correction)
    return <p className="text-13 text-zinc-500">Added by hand or imported: no source trace.</p>;
  return (
    <div className="flex flex-col gap-4" aria-label="Lineage" role="region">
      {lineage.traceId ? (
        <Fact label="Source">
          <Link
            href={`${tracePagePath(projectId, lineage.traceId)}${lineage.spanId ? `?span=${encodeURIComponent(lineage.spanId)}` : ""}`}
            className="inline-flex items-center gap-1 font-mono text-12 text-brand hover:underline"
          >
            trace {lineage.traceId.slice(0, 12)}…{lineage.spanId ? ` · span ${lineage.spanId.slice(0, 8)}…` : ""}
            <ExternalLink className="size-3" aria-hidden />
          </Link>
        </Fact>
      ) : null}
      <Fact label="Flagged by">
        {lineage.feedback.length === 0 ? (
          <span className="text-zinc-500">no feedback</span>
        ) : (
          <ul aria-label="Feedback that flagged it" className="flex flex-col gap-1.5">
            {lineage.feedback.map((score) => (
              <li key={score.id} className="flex flex-col gap-0.5">
                <span className="flex flex-wrap items-center gap-1.5">
                  <span className="font-medium text-zinc-900">{score.name}</span>
                  <Badge>{String(score.value)}</Badge>
                  <span className="text-12 text-zinc-500">
                    {score.source.toLowerCase()} · {authorOf(score)} · <Time iso={score.createdAt} />
                  </span>
                </span>
                {score.comment ? (
                  <span className="text-12 whitespace-pre-wrap text-zinc-600">{score.comment}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Fact>
      <Fact label="Correction">
        {lineage.correction ? (
          <div className="flex flex-col gap-1.5" role="group" aria-label="Correction">
            <span className="text-12 text-zinc-600">
              {lineage.correction.isAdjudicated ? "Adjudicated " : ""}
              {lineage.correction.source.toLowerCase()} score <b className="font-medium">{lineage.correction.name}</b>{" "}
              by <span className="font-medium text-zinc-900">{authorOf(lineage.correction)}</span> ·{" "}
              <Time iso={lineage.correction.updatedAt} />
            </span>
            <JsonViewer value={lineage.correction.correction} title="Correction" defaultOpenDepth={1} />
          </div>
        ) : (
          <span className="text-zinc-500">none: the expected output is the actual output or was written by hand</span>
        )}
      </Fact>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[90px_1fr] gap-3 text-13">
      <span className="text-12 font-medium text-zinc-500">{label}</span>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
