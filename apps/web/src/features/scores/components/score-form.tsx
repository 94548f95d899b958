"use client";

import type { TScoreConfig, TScoreValue } from "@spanlight/core";
import type { KeyboardEvent } from "react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { fromEditableText, toEditableText } from "../lib/score-format";
import { CorrectionEditor } from "./correction-editor";
import { choicesOf, ScoreValueInput } from "./score-value-input";

export type TScoreFormValues = {
  config: TScoreConfig;
  value: TScoreValue;
  comment: string | null;
  correction: unknown;
};

type TScoreFormProps = {
  /** The configs to choose from (archived ones left out by the caller). */
  configs: TScoreConfig[];
  /** The target's actual output: the correction editor starts from it and diffs against it. */
  actualOutput: unknown;
  /** Editing a score: its config is fixed and its value, comment and correction prefilled. */
  initial?: { configId: string; value: TScoreValue; comment: string | null; correction: unknown };
  submitLabel: string;
  /** Resolves with an error message to show, or null when saved. */
  onSubmit: (values: TScoreFormValues) => Promise<string | null>;
  onCancel?: () => void;
};

/**
 * The value, comment and corrected output of one score, checked against its config. Shared by the
 * annotate panel and the annotation queue's review screen. Keyboard: digits pick a choice (when the
 * focus is not in a text field), Ctrl/⌘+Enter saves.
 */
export function ScoreForm({ configs, actualOutput, initial, submitLabel, onSubmit, onCancel }: TScoreFormProps) {
  const [configId, setConfigId] = useState(initial?.configId ?? configs[0]?.id ?? "");
  const [value, setValue] = useState<TScoreValue | null>(initial?.value ?? null);
  const [comment, setComment] = useState(initial?.comment ?? "");
  const actual = toEditableText(actualOutput);
  const initialCorrection = initial?.correction == null ? null : toEditableText(initial.correction).text;
  const [correction, setCorrection] = useState<string | null>(initialCorrection);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const config = configs.find((candidate) => candidate.id === configId);

  if (!config) {
    return (
      <p className="text-13 text-zinc-500">No score configs yet: an owner or admin adds them on the Scores page.</p>
    );
  }

  async function save() {
    if (!config || value === null) {
      setError("Pick a value first.");
      return;
    }
    setIsSaving(true);
    const message = await onSubmit({
      config,
      value,
      comment: comment.trim() ? comment : null,
      correction: correction === null ? null : fromEditableText(correction, actual.isJson),
    });
    setIsSaving(false);
    setError(message);
    if (message === null && !initial) {
      setValue(null);
      setComment("");
      setCorrection(null);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.metaKey || event.ctrlKey) && event.key === "Enter") {
      event.preventDefault();
      void save();
      return;
    }
    const isTyping = event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement;
    if (isTyping || event.metaKey || event.ctrlKey || event.altKey || !config || !/^[1-9]$/.test(event.key)) return;
    const choice = choicesOf(config)[Number(event.key) - 1];
    if (!choice) return;
    event.preventDefault();
    setValue(choice.value);
  }

  return (
    <form
      aria-label="Score"
      className="flex flex-col gap-4"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="score-config">Score</Label>
        <Select
          value={configId}
          disabled={initial !== undefined}
          onValueChange={(next) => {
            setConfigId(next);
            setValue(null);
          }}
        >
          <SelectTrigger id="score-config" aria-label="Score config">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {configs.map((candidate) => (
              <SelectItem key={candidate.id} value={candidate.id}>
                {candidate.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {config.description ? <p className="text-12 text-zinc-500">{config.description}</p> : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label>Value</Label>
        <ScoreValueInput config={config} value={value} onChange={setValue} />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="score-comment">Comment</Label>
        <Textarea
          id="score-comment"
          rows={2}
          maxLength={10_000}
          placeholder="Why this value (optional)"
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <div className="flex items-center justify-between">
          <Label>Corrected output</Label>
          {correction === null ? (
            <Button type="button" variant="link" size="sm" onClick={() => setCorrection(actual.text)}>
              Write a correction
            </Button>
          ) : (
            <Button type="button" variant="link" size="sm" onClick={() => setCorrection(null)}>
              Remove correction
            </Button>
          )}
        </div>
        {correction === null ? (
          <p className="text-12 text-zinc-500">What the output should have been, edited from the actual output.</p>
        ) : (
          <CorrectionEditor original={actual.text} value={correction} onChange={setCorrection} />
        )}
      </div>
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex items-center justify-end gap-2">
        {onCancel ? (
          <Button type="button" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" isLoading={isSaving} disabled={value === null}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
