"use client";

import type { TDatasetItemDetail } from "@spanlight/core";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useSaveDatasetItem } from "../hooks/use-dataset-actions";
import { toEditableJson } from "../lib/json-text";
import { JsonFields, readJsonFields } from "./json-fields";

type TItemEditorProps = {
  projectId: string;
  datasetName: string;
  item: TDatasetItemDetail;
  onSaved: (item: TDatasetItemDetail) => void;
  onCancel: () => void;
};

/** Input, expected output and metadata as JSON text; saving writes the item again (a new version). */
export function ItemEditor({ projectId, datasetName, item, onSaved, onCancel }: TItemEditorProps) {
  const [fields, setFields] = useState({
    input: toEditableJson(item.input),
    expectedOutput: toEditableJson(item.expectedOutput),
    metadata: toEditableJson(item.metadata),
  });
  const [fieldError, setFieldError] = useState<string | null>(null);
  const save = useSaveDatasetItem();

  async function onSave() {
    const parsed = readJsonFields(fields);
    setFieldError(parsed.isOk ? null : parsed.message);
    if (!parsed.isOk) return;
    const outcome = await save.run({ projectId, name: datasetName, item: { id: item.id, ...parsed.value } });
    if (outcome.isOk) onSaved(outcome.result);
  }

  return (
    <div className="flex flex-col gap-4">
      <JsonFields fields={fields} onChange={setFields} />
      {fieldError ? <Alert>{fieldError}</Alert> : null}
      {save.error ? <Alert>{save.error}</Alert> : null}
      <div className="flex items-center justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button isLoading={save.isPending} onClick={() => void onSave()}>
          Save as new version
        </Button>
      </div>
    </div>
  );
}
