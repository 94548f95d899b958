"use client";

import type { TAnnotationQueue, TCompleteQueueItem, TScoreConfig } from "@spanlight/core";
import { ArrowLeft, ArrowRight, CheckCheck, EyeOff, Lock, SkipForward, X } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ScoreForm } from "@/features/scores";
import type { TScoreFormValues } from "@/features/scores";
import { SpanIo } from "@/features/trace-detail";
import { useReviewSession } from "../hooks/use-review-session";
import { queuePagePath } from "../lib/queue-paths";
import { ItemScoreList } from "./item-score-list";

type TReviewScreenProps = {
  projectId: string;
  queue: TAnnotationQueue;
  /** The queue's configs in the queue's order. */
  configs: TScoreConfig[];
  initialItemId: string | null;
};

type TReviewScore = NonNullable<TCompleteQueueItem["scores"]>[number];
type TStaged = TReviewScore & { name: string };

const SHORTCUTS = [
  ["1–9", "pick a value"],
  ["⌘/Ctrl ↵", "save the score"],
  ["c", "complete"],
  ["s", "skip"],
  ["n", "next"],
  ["p", "previous"],
] as const;

/**
 * One item at a time: its input/output as the trace view shows them, the queue's score fields
 * (ScoreForm, one config after the other; the last one saved completes the item), the lock, and
 * blind review (others' scores stay hidden until this reviewer has completed the item).
 */
export function ReviewScreen({ projectId, queue, configs, initialItemId }: TReviewScreenProps) {
  const session = useReviewSession({ projectId, queueId: queue.id, initialItemId });
  const { state } = session;
  const itemId = state.kind === "item" ? state.view.item.id : null;
  // Kept per item, so moving to another item starts empty without resetting state in an effect.
  const [stagedFor, setStagedFor] = useState<{ itemId: string | null; entries: TStaged[] }>({
    itemId: null,
    entries: [],
  });
  const [errorFor, setErrorFor] = useState<{ itemId: string | null; message: string | null }>({
    itemId: null,
    message: null,
  });
  const staged = stagedFor.itemId === itemId ? stagedFor.entries : [];
  const error = errorFor.itemId === itemId ? errorFor.message : null;
  const setStaged = (entries: TStaged[]) => setStagedFor({ itemId, entries });
  const setError = (message: string | null) => setErrorFor({ itemId, message });
  const formRef = useRef<HTMLDivElement>(null);
  const isOpen = state.kind === "item" && state.view.item.status === "IN_PROGRESS";
  const remaining = configs.filter((config) => !staged.some((entry) => entry.configId === config.id));

  useEffect(() => {
    // Focus the first value choice so digits work at once (the form listens for them).
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[role="radio"], input')?.focus());
  }, [itemId]);

  async function complete(scores: TStaged[]) {
    setError(
      await session.complete({
        scores: scores.map((entry) => ({
          configId: entry.configId,
          value: entry.value,
          comment: entry.comment,
          correction: entry.correction,
        })),
      }),
    );
  }

  async function onScore(values: TScoreFormValues): Promise<string | null> {
    const entry: TStaged = {
      configId: values.config.id,
      name: values.config.name,
      value: values.value,
      ...(values.comment ? { comment: values.comment } : {}),
      ...(values.correction != null ? { correction: values.correction as TReviewScore["correction"] } : {}),
    };
    const next = [...staged.filter((item) => item.configId !== entry.configId), entry];
    setStaged(next);
    if (next.length >= configs.length) await complete(next);
    return null;
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const isTyping =
        target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target?.isContentEditable;
      if (isTyping || event.metaKey || event.ctrlKey || event.altKey || session.isBusy) return;
      const actions: Record<string, () => void> = {
        n: () => void session.next(),
        p: () => void session.previous(),
        s: () => (isOpen ? void session.skip() : undefined),
        c: () => (isOpen ? void complete(staged) : undefined),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });

  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-4 p-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-col">
          <Link href={queuePagePath(projectId, queue.id)} className="text-12 text-zinc-500 hover:text-brand">
            {queue.name}
          </Link>
          <h1 className="text-lg font-semibold text-zinc-900">Review</h1>
        </div>
        <div className="flex items-center gap-2">
          <Button
            variant="secondary"
            size="sm"
            onClick={() => void session.previous()}
            disabled={session.isBusy}
            aria-label="Previous item"
          >
            <ArrowLeft aria-hidden /> Previous
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => void session.skip()}
            disabled={!isOpen || session.isBusy}
          >
            <SkipForward aria-hidden /> Skip
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => void session.next()}
            disabled={session.isBusy}
            aria-label="Next item"
          >
            Next <ArrowRight aria-hidden />
          </Button>
        </div>
      </header>

      {state.kind === "loading" ? <p className="text-13 text-zinc-500">Loading the next item…</p> : null}
      {state.kind === "error" ? <Alert>{state.message}</Alert> : null}
      {state.kind === "done" ? (
        <EmptyState
          icon={CheckCheck}
          title="Nothing left to review"
          description="You have reviewed every item this queue has for you."
        />
      ) : null}

      {state.kind === "item" ? (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_380px]">
          <Card className="min-w-0">
            <CardHeader className="flex-row items-center justify-between gap-3">
              <CardTitle className="flex items-center gap-2">
                <Link
                  href={`/project/${encodeURIComponent(projectId)}/traces/${encodeURIComponent(state.view.item.traceId)}`}
                  className="font-mono text-13 hover:text-brand hover:underline"
                  target="_blank"
                >
                  {state.view.item.traceId}
                </Link>
                {state.view.item.spanId ? <Badge>span {state.view.item.spanId}</Badge> : null}
              </CardTitle>
              <LockBadge status={state.view.item.status} lockedUntil={state.view.item.lockedUntil} />
            </CardHeader>
            <CardContent>
              {state.span ? (
                <SpanIo span={state.span} />
              ) : (
                <p className="text-13 text-zinc-500">
                  This trace has not arrived yet; its scores will attach when it does.
                </p>
              )}
            </CardContent>
          </Card>

          <div className="flex flex-col gap-4">
            <Card>
              <CardHeader>
                <CardTitle>{isOpen ? "Your scores" : "Scores"}</CardTitle>
              </CardHeader>
              <CardContent className="flex flex-col gap-3" ref={formRef}>
                {staged.length > 0 ? (
                  <ul aria-label="Scores to submit" className="flex flex-wrap gap-1.5">
                    {staged.map((entry) => (
                      <li key={entry.configId}>
                        <Badge tone="brand">
                          {entry.name}: {String(entry.value)}
                          <button
                            type="button"
                            aria-label={`Remove ${entry.name}`}
                            onClick={() => setStaged(staged.filter((item) => item !== entry))}
                          >
                            <X aria-hidden />
                          </button>
                        </Badge>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {isOpen && remaining.length > 0 ? (
                  <ScoreForm
                    key={`${state.view.item.id}-${remaining.map((config) => config.id).join()}`}
                    configs={remaining}
                    actualOutput={state.span?.output ?? null}
                    submitLabel={remaining.length === 1 ? "Save and complete" : "Save"}
                    onSubmit={onScore}
                  />
                ) : null}
                {isOpen ? (
                  <Button
                    variant={remaining.length === 0 ? "primary" : "secondary"}
                    onClick={() => void complete(staged)}
                    disabled={session.isBusy}
                  >
                    <CheckCheck aria-hidden /> Complete
                    {staged.length === 0 && configs.length > 0 ? " without scores" : ""}
                  </Button>
                ) : null}
                {error ? <Alert>{error}</Alert> : null}
                {state.view.isBlind ? (
                  <p className="flex items-center gap-1.5 text-12 text-zinc-500">
                    <EyeOff aria-hidden className="size-3.5" /> Other reviewers&apos; scores stay hidden until you
                    complete this item.
                  </p>
                ) : null}
                <ItemScoreList scores={state.view.scores} />
              </CardContent>
            </Card>
            <Card>
              <CardContent className="py-3">
                <dl aria-label="Keyboard shortcuts" className="grid grid-cols-2 gap-x-3 gap-y-1 text-12 text-zinc-600">
                  {SHORTCUTS.map(([keys, label]) => (
                    <div key={keys} className="flex items-center gap-2">
                      <dt>
                        <kbd className="rounded border border-zinc-200 bg-zinc-50 px-1 font-mono">{keys}</kbd>
                      </dt>
                      <dd>{label}</dd>
                    </div>
                  ))}
                </dl>
              </CardContent>
            </Card>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function LockBadge({ status, lockedUntil }: { status: string | null; lockedUntil: string | null }) {
  if (status === "COMPLETED") return <Badge tone="success">Completed by you</Badge>;
  if (status === "SKIPPED") return <Badge>Skipped</Badge>;
  if (status === "IN_PROGRESS" && lockedUntil) {
    return (
      <Badge tone="warning">
        <Lock aria-hidden /> Yours until{" "}
        {new Date(lockedUntil).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
      </Badge>
    );
  }
  return <Badge>Not taken</Badge>;
}
