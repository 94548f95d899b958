"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { AuthCard, useAuthForm, ZSignUp } from "@/features/auth";
import type { TSignUp } from "@/features/auth";
import { authClient } from "@/lib/auth/auth-client";

/**
 * Sign-up answers alike for a new and a taken email (no enumeration), so the form signs in next:
 * with a new account that works; with a taken email only its own password does.
 */
async function signUpThenSignIn(input: TSignUp) {
  const signedUp = await authClient.signUp.email(input);
  if (signedUp.error) return signedUp;
  const signedIn = await authClient.signIn.email({ email: input.email, password: input.password });
  if (signedIn.error?.status !== 401) return signedIn;
  return { error: { status: 400, message: SIGN_IN_AFTER_SIGN_UP_FAILED } };
}

const SIGN_IN_AFTER_SIGN_UP_FAILED =
  "Could not sign you in. If this email already has an account, sign in with its password.";

export function SignUpClient() {
  const { onSubmit, isPending, fieldErrors, formError } = useAuthForm(ZSignUp, signUpThenSignIn);

  return (
    <AuthCard
      title="Create your account"
      description="Start tracing your LLM pipelines in a minute."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/sign-in" className="font-medium text-zinc-900 underline-offset-4 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <TextField
          name="name"
          label="Name"
          autoComplete="name"
          placeholder="Ada Lovelace"
          autoFocus
          error={fieldErrors.name}
        />
        <TextField
          name="email"
          type="email"
          label="Email"
          autoComplete="email"
          placeholder="you@company.com"
          error={fieldErrors.email}
        />
        <TextField
          name="password"
          type="password"
          label="Password"
          autoComplete="new-password"
          hint="At least 8 characters."
          error={fieldErrors.password}
        />
        {formError ? <Alert>{formError}</Alert> : null}
        <SubmitButton size="lg" isLoading={isPending} className="mt-1 w-full">
          Create account
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
