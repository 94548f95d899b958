"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { authErrorMessage, AuthCard } from "@/features/auth";
import { ZAcceptInvitation, ZAcceptInvitationResponse } from "@/features/members";
import type { TInvitationPreview } from "@/features/members";
import { RoleBadge } from "@/features/projects";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { authClient } from "@/lib/auth/auth-client";
import { parseForm } from "@/lib/forms";
import type { TFieldErrors } from "@/lib/forms";

type TInviteClientProps = { token: string; invitation: TInvitationPreview; signedInEmail: string | null };

/** One card, three cases: sign up with the invited email, sign in to it, or join as the signed-in account. */
export function InviteClient({ token, invitation, signedInEmail }: TInviteClientProps) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const isOtherAccount = signedInEmail !== null && signedInEmail !== invitation.email;

  function accept(body: { name?: string; password?: string }, signInFirst: boolean) {
    setFormError(null);
    startTransition(async () => {
      try {
        if (signInFirst && body.password) {
          const { error } = await authClient.signIn.email({ email: invitation.email, password: body.password });
          if (error) {
            setFormError(authErrorMessage(error, { pageOrigin: window.location.origin }));
            return;
          }
        }
        const accepted = await apiFetch(`/api/invitations/${encodeURIComponent(token)}/accept`, {
          method: "POST",
          body: signInFirst ? {} : body,
          schema: ZAcceptInvitationResponse,
        });
        router.replace(`/project/${encodeURIComponent(accepted.projectId)}/traces`);
        router.refresh();
      } catch (caught) {
        setFormError(errorMessage(caught));
      }
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseForm(ZAcceptInvitation, event.currentTarget);
    setFieldErrors(parsed.errors ?? {});
    if (!parsed.data) return;
    if (!signedInEmail && !parsed.data.password) {
      setFieldErrors({ password: "Enter a password" });
      return;
    }
    accept(parsed.data, invitation.hasAccount);
  }

  async function onSignOut() {
    await authClient.signOut();
    router.refresh();
  }

  const description = `You are invited to ${invitation.projectName} as ${invitation.role.toLowerCase()}.`;
  return (
    <AuthCard
      title={`Join ${invitation.projectName}`}
      description={description}
      footer={<ExpiryNote expiresAt={invitation.expiresAt} />}
    >
      <div className="mb-4 flex items-center justify-between rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-13">
        <span className="truncate text-zinc-700">{invitation.email}</span>
        <RoleBadge role={invitation.role} />
      </div>
      {isOtherAccount ? (
        <div className="flex flex-col gap-3">
          <Alert>
            You are signed in as {signedInEmail}. This invitation is for {invitation.email}: sign out, then open the
            link again.
          </Alert>
          <Button variant="secondary" onClick={() => void onSignOut()}>
            Sign out
          </Button>
        </div>
      ) : signedInEmail ? (
        <div className="flex flex-col gap-3">
          {formError ? <Alert>{formError}</Alert> : null}
          <Button size="lg" className="w-full" disabled={isPending} onClick={() => accept({}, false)}>
            Join project
          </Button>
        </div>
      ) : (
        <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          {invitation.hasAccount ? null : (
            <TextField
              name="name"
              label="Name"
              autoComplete="name"
              placeholder="Ada Lovelace"
              autoFocus
              error={fieldErrors.name}
            />
          )}
          <TextField
            name="password"
            type="password"
            label="Password"
            autoComplete={invitation.hasAccount ? "current-password" : "new-password"}
            hint={invitation.hasAccount ? "You already have an account: sign in to accept." : "At least 8 characters."}
            error={fieldErrors.password}
          />
          {formError ? <Alert>{formError}</Alert> : null}
          <SubmitButton size="lg" isLoading={isPending} className="mt-1 w-full">
            {invitation.hasAccount ? "Sign in and join" : "Create account and join"}
          </SubmitButton>
        </form>
      )}
    </AuthCard>
  );
}

function ExpiryNote({ expiresAt }: { expiresAt: string }) {
  return <>This link expires on {new Date(expiresAt).toUTCString().replace(" GMT", " UTC")}.</>;
}
