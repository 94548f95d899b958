"use client";

import { cn } from "@/lib/utils";

type TChoice<T extends string> = { value: T; label: string };

/** A small segmented control: one of a few choices, each a pressed-or-not button. */
export function ChoiceToggle<T extends string>(props: {
  label: string;
  choices: readonly TChoice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div
      role="group"
      aria-label={props.label}
      className="inline-flex rounded-md border border-zinc-200 bg-zinc-50 p-0.5"
    >
      {props.choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          aria-pressed={choice.value === props.value}
          onClick={() => props.onChange(choice.value)}
          className={cn(
            "h-6 rounded px-2 text-12 font-medium text-zinc-500 transition-colors outline-none",
            "hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-brand/30",
            choice.value === props.value && "bg-white text-zinc-900 shadow-xs",
          )}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
