"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { parseForm } from "@/lib/forms";
import { ZCreateProject } from "../contracts";
import { useCreateProject } from "../hooks/use-create-project";

/** Names a project and opens it; the creator becomes its owner. */
export function CreateProjectForm({ onCancelHref }: { onCancelHref?: string }) {
  const router = useRouter();
  const { run, isPending, error } = useCreateProject();
  const [nameError, setNameError] = useState<string | undefined>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseForm(ZCreateProject, event.currentTarget);
    setNameError(parsed.errors?.name);
    if (!parsed.data) return;
    const outcome = await run(parsed.data);
    if (outcome.isOk) router.push(`/project/${outcome.result.id}/traces`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField
        name="name"
        label="Project name"
        placeholder="e.g. Support assistant (production)"
        autoFocus
        autoComplete="off"
        maxLength={80}
        error={nameError}
        hint="You can rename it later in Settings."
      />
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex items-center justify-end gap-2">
        {onCancelHref ? (
          <Button variant="ghost" onClick={() => router.push(onCancelHref)}>
            Cancel
          </Button>
        ) : null}
        <SubmitButton isLoading={isPending}>Create project</SubmitButton>
      </div>
    </form>
  );
}
