"use client";

import type { TDatasetMapping } from "@spanlight/core";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

type TMappingEditorProps = { mapping: TDatasetMapping; onChange: (mapping: TDatasetMapping) => void };

/**
 * JSON paths from the source (`$.input`, `$.output`, `$.metadata`, `$.correction`, `$.expectedOutput`,
 * `$.name`, `$.traceId`, `$.spanId`) to the item (`$.input…`, `$.expectedOutput…`, `$.metadata…`).
 * No rows: input and expected output are taken whole.
 */
export function MappingEditor({ mapping, onChange }: TMappingEditorProps) {
  const update = (index: number, change: Partial<TDatasetMapping[number]>) =>
    onChange(mapping.map((row, position) => (position === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1 text-13 font-medium text-zinc-900">Field mapping</legend>
      <p className="text-12 text-zinc-500">
        JSON paths from the source ($.input, $.output, $.metadata, $.correction, $.expectedOutput, $.name) into the item
        ($.input, $.expectedOutput, $.metadata). Without rows, input and expected output are taken whole.
      </p>
      {mapping.map((row, index) => (
        <div key={index} className="flex items-center gap-2">
          <Input
            aria-label={`Mapping ${index + 1} from`}
            value={row.from}
            placeholder="$.input.question"
            className="font-mono text-12"
            onChange={(event) => update(index, { from: event.target.value })}
          />
          <span className="text-zinc-400" aria-hidden>
            →
          </span>
          <Input
            aria-label={`Mapping ${index + 1} to`}
            value={row.to}
            placeholder="$.input.question"
            className="font-mono text-12"
            onChange={(event) => update(index, { to: event.target.value })}
          />
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Remove mapping ${index + 1}`}
            onClick={() => onChange(mapping.filter((_, position) => position !== index))}
          >
            <X aria-hidden />
          </Button>
        </div>
      ))}
      <div>
        <Button variant="secondary" size="sm" onClick={() => onChange([...mapping, { from: "", to: "" }])}>
          <Plus aria-hidden />
          Add mapping
        </Button>
      </div>
    </fieldset>
  );
}
