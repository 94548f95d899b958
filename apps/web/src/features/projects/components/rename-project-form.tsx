"use client";

import { useState } from "react";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { CardContent, CardFooter } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { parseForm } from "@/lib/forms";
import type { TProject } from "../contracts";
import { ZRenameProject } from "../contracts";
import { useRenameProject } from "../hooks/use-rename-project";

/** The project name field; read-only for people who cannot manage the project. */
export function RenameProjectForm({ project, canManage }: { project: TProject; canManage: boolean }) {
  const { run, isPending, error } = useRenameProject();
  const [nameError, setNameError] = useState<string | undefined>();
  const [isSaved, setIsSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSaved(false);
    const parsed = parseForm(ZRenameProject, event.currentTarget);
    setNameError(parsed.errors?.name);
    if (!parsed.data) return;
    const outcome = await run({ projectId: project.id, name: parsed.data.name });
    setIsSaved(outcome.isOk);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <CardContent className="flex flex-col gap-3">
        <TextField
          name="name"
          label="Project name"
          defaultValue={project.name}
          maxLength={80}
          autoComplete="off"
          disabled={!canManage}
          error={nameError}
          hint={
            canManage
              ? "Shown in the project switcher for everyone in the project."
              : "Only owners and admins can rename the project."
          }
          className="max-w-md"
          onChange={() => setIsSaved(false)}
        />
        {error ? <Alert className="max-w-md">{error}</Alert> : null}
      </CardContent>
      {canManage ? (
        <CardFooter className="justify-between">
          <span role="status" className="text-12 text-emerald-600">
            {isSaved ? "Saved" : ""}
          </span>
          <SubmitButton isLoading={isPending}>Save</SubmitButton>
        </CardFooter>
      ) : null}
    </form>
  );
}
