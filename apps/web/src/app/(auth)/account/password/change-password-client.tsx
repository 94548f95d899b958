"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { AuthCard, ZChangePassword } from "@/features/auth";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { parseForm } from "@/lib/forms";
import type { TFieldErrors } from "@/lib/forms";

export function ChangePasswordClient({ email, isRequired }: { email: string; isRequired: boolean }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseForm(ZChangePassword, event.currentTarget);
    setFieldErrors(parsed.errors ?? {});
    setFormError(null);
    if (!parsed.data) return;
    const body = parsed.data;
    startTransition(async () => {
      try {
        await apiFetch("/api/account/password", { method: "POST", body });
        router.replace("/");
        router.refresh();
      } catch (caught) {
        setFormError(errorMessage(caught));
      }
    });
  }

  return (
    <AuthCard
      title={isRequired ? "Choose your own password" : "Change your password"}
      description={
        isRequired
          ? `${email} was given a generated password on first start. Replace it before you continue.`
          : `For ${email}. Other sessions are signed out.`
      }
      footer="Passwords have 8 to 128 characters."
    >
      <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <TextField
          name="currentPassword"
          type="password"
          label={isRequired ? "Generated password" : "Current password"}
          autoComplete="current-password"
          autoFocus
          error={fieldErrors.currentPassword}
        />
        <TextField
          name="newPassword"
          type="password"
          label="New password"
          autoComplete="new-password"
          error={fieldErrors.newPassword}
        />
        {formError ? <Alert>{formError}</Alert> : null}
        <SubmitButton size="lg" isLoading={isPending} className="mt-1 w-full">
          Save password
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
