"use client";

import { TRACE_FACET_FIELDS, ZSpanKind } from "@spanlight/core";
import { useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { SPAN_KIND_STYLES } from "@/features/trace-detail/lib/span-kind-styles";
import { cn } from "@/lib/utils";
import { formatInteger } from "../lib/format-cells";
import { applyFilterForm, filterFormError } from "../lib/filter-form";
import { listParam } from "../lib/list-url";
import { useTraceFacets } from "../hooks/use-trace-facets";

type TFilterPanelProps = {
  projectId: string;
  /** The URL's canonical search; the form starts from it. */
  search: string;
  onApply: (next: URLSearchParams) => void;
  onClose: () => void;
};

/** Every filter besides search and time, as one form applied at once. */
export function FilterPanel({ projectId, search, onApply, onClose }: TFilterPanelProps) {
  const params = new URLSearchParams(search);
  const facets = useTraceFacets(projectId, search);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = applyFilterForm(search, new FormData(event.currentTarget));
    const problem = filterFormError(next);
    setError(problem);
    if (problem) return;
    onApply(next);
    onClose();
  }

  return (
    <form
      // A filter removed by its chip while the panel is open shows up here.
      key={search}
      aria-label="Filters"
      onSubmit={onSubmit}
      noValidate
      className="border-b border-zinc-200 bg-zinc-50/70 px-5 py-4"
    >
      <div className="grid grid-cols-1 gap-x-5 gap-y-3 md:grid-cols-3">
        <Field label="Name contains" htmlFor="filter-name">
          <Input
            id="filter-name"
            list="facets-name"
            name="name"
            defaultValue={params.get("name") ?? ""}
            placeholder="checkout"
            maxLength={200}
          />
        </Field>
        <Field label="User ID" htmlFor="filter-user">
          <Input
            id="filter-user"
            list="facets-userId"
            name="userId"
            defaultValue={params.get("userId") ?? ""}
            placeholder="Exact user id"
            maxLength={500}
          />
        </Field>
        <Field label="Session ID" htmlFor="filter-session">
          <Input
            id="filter-session"
            list="facets-sessionId"
            name="sessionId"
            defaultValue={params.get("sessionId") ?? ""}
            placeholder="Exact session id"
            maxLength={500}
          />
        </Field>
        <Field label="Tags" htmlFor="filter-tags" hint="All of them, comma-separated">
          <Input
            id="filter-tags"
            list="facets-tags"
            name="tags"
            defaultValue={params.get("tags") ?? ""}
            placeholder="prod, beta"
          />
        </Field>
        <Field label="Environment" htmlFor="filter-environment">
          <Input
            id="filter-environment"
            list="facets-environment"
            name="environment"
            defaultValue={params.get("environment") ?? ""}
            placeholder="production"
          />
        </Field>
        <Field label="Release" htmlFor="filter-release">
          <Input
            id="filter-release"
            list="facets-release"
            name="release"
            defaultValue={params.get("release") ?? ""}
            placeholder="1.4.2"
            maxLength={200}
          />
        </Field>
        <Field label="Metadata" htmlFor="filter-metadata-key" hint="A span's metadata key, and optionally its value">
          <div className="flex gap-1.5">
            <Input
              id="filter-metadata-key"
              name="metadataKey"
              aria-label="Metadata key"
              defaultValue={params.get("metadataKey") ?? ""}
              placeholder="key"
              maxLength={200}
            />
            <Input
              name="metadataValue"
              aria-label="Metadata value"
              defaultValue={params.get("metadataValue") ?? ""}
              placeholder="value"
              maxLength={500}
            />
          </div>
        </Field>
        <Field label="Models" htmlFor="filter-model" hint="Any of them, comma-separated">
          <Input
            id="filter-model"
            list="facets-model"
            name="model"
            defaultValue={params.get("model") ?? ""}
            placeholder="gpt-4o-mini"
          />
        </Field>
        <RangeField label="Latency (ms)" name="LatencyMs" params={params} step="1" />
        <RangeField label="Cost (USD)" name="Cost" params={params} step="any" />
        <RangeField label="Tokens" name="Tokens" params={params} step="1" />
        <StatusField value={params.get("status") ?? ""} />
        <KindsField selected={listParam(params, "kind")} />
        <Field label="Scores" htmlFor="filter-score" hint="name<op>value, comma-separated (= != < <= > >=)">
          <Input
            id="filter-score"
            name="score"
            defaultValue={params.get("score") ?? ""}
            placeholder="helpfulness<3, thumbs=0"
          />
        </Field>
        <Field label="Without score" htmlFor="filter-no-score" hint="Score names none of which a trace has">
          <Input
            id="filter-no-score"
            name="noScore"
            defaultValue={params.get("noScore") ?? ""}
            placeholder="reviewed"
          />
        </Field>
        <Field label="Score columns" htmlFor="filter-score-columns" hint="Names whose mean the Scores column shows">
          <Input
            id="filter-score-columns"
            name="scoreColumns"
            defaultValue={params.get("scoreColumns") ?? ""}
            placeholder="helpfulness, thumbs"
          />
        </Field>
      </div>
      {error ? <Alert className="mt-3">{error}</Alert> : null}
      <div className="mt-4 flex items-center justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" size="sm">
          Apply filters
        </Button>
      </div>
      {TRACE_FACET_FIELDS.map((field) => (
        <datalist key={field} id={`facets-${field}`}>
          {(facets?.facets[field] ?? []).map(({ value, count }) => (
            <option key={value} value={value} label={`${formatInteger(count)} trace${count === 1 ? "" : "s"}`} />
          ))}
        </datalist>
      ))}
    </form>
  );
}

function Field({
  label,
  htmlFor,
  hint,
  children,
}: {
  label: string;
  htmlFor?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={htmlFor} className="flex items-baseline justify-between gap-2 text-12 font-medium text-zinc-700">
        {label}
        {hint ? <span className="font-normal text-zinc-400">{hint}</span> : null}
      </label>
      {children}
    </div>
  );
}

function RangeField({
  label,
  name,
  params,
  step,
}: {
  label: string;
  name: string;
  params: URLSearchParams;
  step: string;
}) {
  const [minKey, maxKey] = [`min${name}`, `max${name}`];
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 text-12 font-medium text-zinc-700">{label}</legend>
      <div className="flex items-center gap-1.5">
        <Input
          name={minKey}
          aria-label={`${label} at least`}
          type="number"
          inputMode="decimal"
          min={0}
          step={step}
          placeholder="Min"
          defaultValue={params.get(minKey) ?? ""}
          className="tabular-nums"
        />
        <span className="text-zinc-400">–</span>
        <Input
          name={maxKey}
          aria-label={`${label} at most`}
          type="number"
          inputMode="decimal"
          min={0}
          step={step}
          placeholder="Max"
          defaultValue={params.get(maxKey) ?? ""}
          className="tabular-nums"
        />
      </div>
    </fieldset>
  );
}

const STATUS_OPTIONS = [
  { value: "", label: "Any" },
  { value: "error", label: "Errors" },
  { value: "ok", label: "OK" },
] as const;

function StatusField({ value }: { value: string }) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-12 font-medium text-zinc-700">Status</legend>
      <div className="inline-flex h-8 w-fit rounded-md border border-zinc-200 bg-white p-0.5 shadow-xs">
        {STATUS_OPTIONS.map((option) => (
          <label key={option.value} className="relative">
            <input
              type="radio"
              name="status"
              value={option.value}
              defaultChecked={value === option.value}
              className="peer sr-only"
            />
            <span
              className={cn(
                "flex h-full cursor-pointer items-center rounded px-3 text-12 font-medium text-zinc-600",
                "peer-checked:bg-zinc-900 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-brand/30",
              )}
            >
              {option.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function KindsField({ selected }: { selected: string[] }) {
  return (
    <fieldset className="flex flex-col gap-1 md:col-span-2">
      <legend className="mb-1 text-12 font-medium text-zinc-700">
        Span kinds <span className="font-normal text-zinc-400">· a trace must contain each</span>
      </legend>
      <div className="flex flex-wrap gap-1.5">
        {ZSpanKind.options.map((kind) => {
          const style = SPAN_KIND_STYLES[kind];
          const Icon = style.icon;
          return (
            <label key={kind} className="relative">
              <input
                type="checkbox"
                name="kind"
                value={kind}
                defaultChecked={selected.includes(kind)}
                className="peer sr-only"
              />
              <span
                className={cn(
                  "flex h-7 cursor-pointer items-center gap-1.5 rounded-md border border-zinc-200 bg-white px-2 text-12 text-zinc-600 shadow-xs",
                  "peer-checked:border-brand/40 peer-checked:bg-brand-soft peer-checked:text-brand-strong peer-focus-visible:ring-2 peer-focus-visible:ring-brand/30",
                )}
              >
                <Icon className={cn("size-3.5", style.iconClass)} aria-hidden />
                {style.label}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
