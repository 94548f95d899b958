"use client";

import { ZCreateScoreConfig, ZScoreConfig } from "@spanlight/core";
import type { TScoreConfig, TScoreDataType } from "@spanlight/core";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { scoreConfigApiPath, scoreConfigsApiPath } from "../lib/routes";

type TScoreConfigDialogProps = {
  projectId: string;
  /** Editing this config; a new one when null. */
  config: TScoreConfig | null;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onSaved: () => void;
};

/** Categories typed one a line as `label = value` (`good = 1`); a bare label takes its position. */
function parseCategories(text: string) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, position) => {
      const [label = "", value] = line.split("=").map((part) => part.trim());
      return { label, value: value === undefined || value === "" ? position : Number(value) };
    });
}

export function ScoreConfigDialog({ projectId, config, isOpen, onOpenChange, onSaved }: TScoreConfigDialogProps) {
  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-lg">
        {isOpen ? (
          <ConfigForm projectId={projectId} config={config} onDone={() => (onOpenChange(false), onSaved())} />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function ConfigForm({
  projectId,
  config,
  onDone,
}: {
  projectId: string;
  config: TScoreConfig | null;
  onDone: () => void;
}) {
  const [dataType, setDataType] = useState<TScoreDataType>(config?.dataType ?? "NUMERIC");
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function onSubmit(form: FormData) {
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const number = (name: string) => (text(name) === "" ? null : Number(text(name)));
    const fields = {
      name: text("name"),
      minValue: dataType === "NUMERIC" ? number("minValue") : null,
      maxValue: dataType === "NUMERIC" ? number("maxValue") : null,
      categories: dataType === "CATEGORICAL" ? parseCategories(text("categories")) : null,
      description: text("description") || null,
    };
    const parsed = config ? null : ZCreateScoreConfig.safeParse({ ...fields, dataType });
    if (parsed && !parsed.success) {
      setError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "config"}: ${issue.message}`).join("; "));
      return;
    }
    setIsSaving(true);
    try {
      await apiFetch(config ? scoreConfigApiPath(projectId, config.id) : scoreConfigsApiPath(projectId), {
        method: config ? "PATCH" : "POST",
        body: config ? fields : { ...fields, dataType },
        schema: ZScoreConfig,
      });
      onDone();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setIsSaving(false);
    }
  }

  const categoriesText = (config?.categories ?? [])
    .map((category) => `${category.label} = ${category.value}`)
    .join("\n");
  return (
    <form action={onSubmit}>
      <DialogHeader>
        <DialogTitle>{config ? `Edit ${config.name}` : "New score config"}</DialogTitle>
        <DialogDescription>
          How scores of this name are given. Annotations must follow a config; API and feedback scores of this name are
          checked against it.
        </DialogDescription>
      </DialogHeader>
      <DialogBody className="flex flex-col gap-4">
        <TextField name="name" label="Name" required defaultValue={config?.name} placeholder="helpfulness" />
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="config-data-type">Type</Label>
          <Select
            value={dataType}
            disabled={config !== null}
            onValueChange={(value) => setDataType(value as TScoreDataType)}
          >
            <SelectTrigger id="config-data-type" aria-label="Type">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="NUMERIC">Numeric</SelectItem>
              <SelectItem value="CATEGORICAL">Categorical</SelectItem>
              <SelectItem value="BOOLEAN">Boolean</SelectItem>
            </SelectContent>
          </Select>
        </div>
        {dataType === "NUMERIC" ? (
          <div className="grid grid-cols-2 gap-3">
            <TextField name="minValue" label="Minimum" type="number" step="any" defaultValue={config?.minValue ?? ""} />
            <TextField name="maxValue" label="Maximum" type="number" step="any" defaultValue={config?.maxValue ?? ""} />
          </div>
        ) : null}
        {dataType === "CATEGORICAL" ? (
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="config-categories">Categories</Label>
            <Textarea
              id="config-categories"
              name="categories"
              rows={4}
              defaultValue={categoriesText}
              placeholder={"good = 1\nbad = 0"}
              className="font-mono text-12"
            />
            <p className="text-12 text-zinc-500">One a line, `label = value`; digits 1-9 pick them in this order.</p>
          </div>
        ) : null}
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="config-description">Description</Label>
          <Textarea id="config-description" name="description" rows={2} defaultValue={config?.description ?? ""} />
        </div>
        {error ? <Alert>{error}</Alert> : null}
      </DialogBody>
      <DialogFooter>
        <Button type="submit" isLoading={isSaving}>
          {config ? "Save" : "Create config"}
        </Button>
      </DialogFooter>
    </form>
  );
}
