"use client";

import type { TCreateDatasetItem } from "@spanlight/core";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { parseJsonField } from "../lib/json-text";
import type { TParsedJson } from "../lib/json-text";

export type TJsonFieldTexts = { input: string; expectedOutput: string; metadata: string };

const FIELDS: Array<{ key: keyof TJsonFieldTexts; label: string; rows: number }> = [
  { key: "input", label: "Input", rows: 6 },
  { key: "expectedOutput", label: "Expected output", rows: 6 },
  { key: "metadata", label: "Metadata", rows: 3 },
];

/** The item's three JSON values as text areas (strings in quotes). */
export function JsonFields({
  fields,
  onChange,
}: {
  fields: TJsonFieldTexts;
  onChange: (next: TJsonFieldTexts) => void;
}) {
  return (
    <>
      {FIELDS.map(({ key, label, rows }) => (
        <div key={key} className="flex flex-col gap-1.5">
          <Label htmlFor={`item-${key}`}>{label} (JSON)</Label>
          <Textarea
            id={`item-${key}`}
            rows={rows}
            spellCheck={false}
            className="font-mono text-12"
            value={fields[key]}
            onChange={(event) => onChange({ ...fields, [key]: event.target.value })}
          />
        </div>
      ))}
    </>
  );
}

/** The three texts read back as JSON; the first that is not JSON names itself in the message. */
export function readJsonFields(
  fields: TJsonFieldTexts,
): TParsedJson<Pick<TCreateDatasetItem, "input" | "expectedOutput" | "metadata">> {
  const values: Record<string, unknown> = {};
  for (const { key, label } of FIELDS) {
    const parsed = parseJsonField(fields[key], label);
    if (!parsed.isOk) return parsed;
    values[key] = parsed.value;
  }
  // JSON.parse never answers undefined, so the input is always a value (null included).
  const input = values.input as TCreateDatasetItem["input"];
  return { isOk: true, value: { input, expectedOutput: values.expectedOutput, metadata: values.metadata } };
}
