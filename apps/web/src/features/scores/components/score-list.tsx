"use client";

import type { TScore, TScoreConfig } from "@spanlight/core";
import { Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Time } from "@/components/ui/relative-time";
import { formatScoreValue, scoreAuthorLabel, scoreTone, toEditableText } from "../lib/score-format";
import { ScoreForm } from "./score-form";
import type { TScoreFormValues } from "./score-form";

type TScoreListProps = {
  scores: TScore[];
  configs: TScoreConfig[];
  currentUserId: string | null;
  canAnnotate: boolean;
  actualOutput: unknown;
  onEdit: (score: TScore, values: TScoreFormValues) => Promise<string | null>;
  onDelete: (score: TScore) => Promise<string | null>;
};

/** Every score on a target, newest first, with author and source; your own can be edited or deleted. */
export function ScoreList(props: TScoreListProps) {
  const { scores, configs } = props;
  if (scores.length === 0) return <p className="text-13 text-zinc-500">No scores on this yet.</p>;
  const configById = new Map(configs.map((config) => [config.id, config]));
  const newestFirst = [...scores].sort((a, b) => b.timestamp.localeCompare(a.timestamp));
  return (
    <ul className="flex flex-col divide-y divide-zinc-100" aria-label="Scores on this target">
      {newestFirst.map((score) => (
        <ScoreItem
          key={score.id}
          {...props}
          score={score}
          config={score.configId ? configById.get(score.configId) : undefined}
        />
      ))}
    </ul>
  );
}

function ScoreItem(props: TScoreListProps & { score: TScore; config: TScoreConfig | undefined }) {
  const { score, config, currentUserId } = props;
  const [isEditing, setIsEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isOwn = props.canAnnotate && score.authorUserId !== null && score.authorUserId === currentUserId;
  if (isEditing && config) {
    return (
      <li className="py-3">
        <ScoreForm
          configs={[config]}
          actualOutput={props.actualOutput}
          initial={{ configId: config.id, value: score.value, comment: score.comment, correction: score.correction }}
          submitLabel="Save"
          onCancel={() => setIsEditing(false)}
          onSubmit={async (values) => {
            const message = await props.onEdit(score, values);
            if (message === null) setIsEditing(false);
            return message;
          }}
        />
      </li>
    );
  }
  return (
    <li className="flex flex-col gap-1.5 py-2.5" aria-label={`${score.name} ${formatScoreValue(score.value)}`}>
      <div className="flex items-center gap-2">
        <span className="text-13 font-medium text-zinc-900">{score.name}</span>
        <Badge tone={scoreTone(score, config)}>{formatScoreValue(score.value)}</Badge>
        <Badge tone="neutral" className="text-[11px]">
          {score.source}
        </Badge>
        {score.isAdjudicated ? <Badge tone="brand">adjudicated</Badge> : null}
        <span className="ml-auto flex items-center gap-1 text-12 text-zinc-500">
          {scoreAuthorLabel(score, currentUserId)} · <Time iso={score.timestamp} />
        </span>
        {isOwn ? (
          <span className="flex items-center">
            {config ? (
              <Button
                variant="ghost"
                size="icon-sm"
                aria-label={`Edit ${score.name}`}
                onClick={() => setIsEditing(true)}
              >
                <Pencil aria-hidden />
              </Button>
            ) : null}
            <Button
              variant="destructive-ghost"
              size="icon-sm"
              aria-label={`Delete ${score.name}`}
              onClick={async () => setError(await props.onDelete(score))}
            >
              <Trash2 aria-hidden />
            </Button>
          </span>
        ) : null}
      </div>
      {score.comment ? <p className="text-13 whitespace-pre-wrap text-zinc-700">{score.comment}</p> : null}
      {score.correction != null ? (
        <details className="text-12">
          <summary className="cursor-pointer text-zinc-500">Corrected output</summary>
          <pre className="mt-1 max-h-48 overflow-auto rounded-md bg-zinc-50 p-2 font-mono whitespace-pre-wrap text-zinc-800">
            {toEditableText(score.correction).text}
          </pre>
        </details>
      ) : null}
      {error ? <p className="text-12 text-red-600">{error}</p> : null}
    </li>
  );
}
