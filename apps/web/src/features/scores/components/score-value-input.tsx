"use client";

import type { TScoreConfig, TScoreValue } from "@spanlight/core";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

type TChoice = { label: string; value: TScoreValue };

/** The choices a digit picks: categories in order, true/false, or each step of a small integer range. */
export function choicesOf(config: TScoreConfig): TChoice[] {
  switch (config.dataType) {
    case "CATEGORICAL":
      return (config.categories ?? []).map((category) => ({ label: category.label, value: category.label }));
    case "BOOLEAN":
      return [
        { label: "True", value: true },
        { label: "False", value: false },
      ];
    case "NUMERIC": {
      const { minValue, maxValue } = config;
      const isSmallRange =
        minValue != null &&
        maxValue != null &&
        Number.isInteger(minValue) &&
        Number.isInteger(maxValue) &&
        maxValue - minValue < 10;
      if (!isSmallRange) return [];
      return Array.from({ length: maxValue - minValue + 1 }, (_, step) => ({
        label: String(minValue + step),
        value: minValue + step,
      }));
    }
    default: {
      const exhaustive: never = config.dataType;
      return exhaustive;
    }
  }
}

type TScoreValueInputProps = {
  config: TScoreConfig;
  value: TScoreValue | null;
  onChange: (value: TScoreValue | null) => void;
};

/** Buttons with their digit for choices (press 1-9), or a number field for a wide or open range. */
export function ScoreValueInput({ config, value, onChange }: TScoreValueInputProps) {
  const choices = choicesOf(config);
  if (choices.length === 0) {
    const range = [config.minValue, config.maxValue].some((bound) => bound != null)
      ? `${config.minValue ?? "−∞"} to ${config.maxValue ?? "∞"}`
      : "any number";
    return (
      <div className="flex items-center gap-2">
        <Input
          type="number"
          step="any"
          aria-label={`${config.name} value`}
          min={config.minValue ?? undefined}
          max={config.maxValue ?? undefined}
          value={typeof value === "number" ? value : ""}
          onChange={(event) => onChange(event.target.value === "" ? null : Number(event.target.value))}
          className="w-32"
        />
        <span className="text-12 text-zinc-500">{range}</span>
      </div>
    );
  }
  return (
    <div role="radiogroup" aria-label={`${config.name} value`} className="flex flex-wrap gap-1.5">
      {choices.map((choice, position) => {
        const isChosen = choice.value === value;
        return (
          <button
            key={choice.label}
            type="button"
            role="radio"
            aria-checked={isChosen}
            onClick={() => onChange(isChosen ? null : choice.value)}
            className={cn(
              "inline-flex h-7 items-center gap-1.5 rounded-md border px-2.5 text-13 transition-colors outline-none focus-visible:ring-2 focus-visible:ring-brand/30",
              isChosen
                ? "border-brand bg-brand-soft font-medium text-brand-strong"
                : "border-zinc-200 bg-white text-zinc-700 hover:bg-zinc-50",
            )}
          >
            {position < 9 ? (
              <kbd className="rounded bg-zinc-100 px-1 font-mono text-[10px] text-zinc-500">{position + 1}</kbd>
            ) : null}
            {choice.label}
          </button>
        );
      })}
    </div>
  );
}
