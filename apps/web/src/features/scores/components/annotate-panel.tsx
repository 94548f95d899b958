"use client";

import { ZScore } from "@spanlight/core";
import type { TScore } from "@spanlight/core";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { cn } from "@/lib/utils";
import { scoreApiPath, scoresApiPath } from "../lib/routes";
import { ScoreForm } from "./score-form";
import type { TScoreFormValues } from "./score-form";
import { ScoreList } from "./score-list";
import { scoresOnTarget, useTraceScoresContext } from "./trace-scores-provider";

type TTarget = "span" | "trace";

type TAnnotatePanelProps = {
  spanId: string;
  /** The span's output, which a correction starts from (the root's stands for the trace's). */
  actualOutput: unknown;
  isRoot: boolean;
};

/** Give a score to the selected span or its whole trace, and see every score already given there. */
export function AnnotatePanel({ spanId, actualOutput, isRoot }: TAnnotatePanelProps) {
  const context = useTraceScoresContext();
  const [target, setTarget] = useState<TTarget>("span");
  if (!context) return null;
  const { projectId, traceId } = context;
  const targetSpanId = target === "span" ? spanId : null;
  const scores = scoresOnTarget(context.scores, targetSpanId);
  const configs = context.configs.filter((config) => !config.isArchived);

  async function onCreate(values: TScoreFormValues): Promise<string | null> {
    try {
      await apiFetch(scoresApiPath(projectId), {
        method: "POST",
        schema: ZScore,
        body: {
          traceId,
          ...(targetSpanId ? { spanId: targetSpanId } : {}),
          name: values.config.name,
          configId: values.config.id,
          value: values.value,
          ...(values.comment ? { comment: values.comment } : {}),
          ...(values.correction != null ? { correction: values.correction } : {}),
        },
      });
      context?.reload();
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  }

  async function onEdit(score: TScore, values: TScoreFormValues): Promise<string | null> {
    try {
      await apiFetch(scoreApiPath(projectId, score.id), {
        method: "PATCH",
        schema: ZScore,
        body: { value: values.value, comment: values.comment, correction: values.correction },
      });
      context?.reload();
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  }

  async function onDelete(score: TScore): Promise<string | null> {
    try {
      await apiFetch(scoreApiPath(projectId, score.id), { method: "DELETE" });
      context?.reload();
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  }

  return (
    <div className="flex flex-col gap-5" aria-label="Annotate" role="region">
      <div
        role="radiogroup"
        aria-label="Annotate target"
        className="flex w-fit rounded-md border border-zinc-200 p-0.5"
      >
        {(["span", "trace"] as const).map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={target === option}
            onClick={() => setTarget(option)}
            className={cn(
              "rounded px-2.5 py-1 text-12 font-medium",
              target === option ? "bg-zinc-900 text-white" : "text-zinc-600 hover:bg-zinc-100",
            )}
          >
            {option === "span" ? "This span" : isRoot ? "Whole trace" : "The trace"}
          </button>
        ))}
      </div>
      {context.error ? <Alert>{context.error}</Alert> : null}
      {context.canAnnotate ? (
        <ScoreForm
          key={`${spanId}/${target}/${actualOutput === null ? "pending" : "loaded"}`}
          configs={configs}
          actualOutput={actualOutput}
          submitLabel="Add score"
          onSubmit={onCreate}
        />
      ) : (
        <Alert tone="info">Viewers can see scores but not give them.</Alert>
      )}
      <section className="flex flex-col gap-2">
        <h3 className="text-12 font-semibold tracking-wide text-zinc-500 uppercase">Scores ({scores.length})</h3>
        <ScoreList
          scores={scores}
          configs={context.configs}
          currentUserId={context.currentUserId}
          canAnnotate={context.canAnnotate}
          actualOutput={actualOutput}
          onEdit={onEdit}
          onDelete={onDelete}
        />
      </section>
    </div>
  );
}
