"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { AuthCard, useAuthForm, ZSignIn } from "@/features/auth";
import { authClient } from "@/lib/auth/auth-client";

export function SignInClient() {
  const { onSubmit, isPending, fieldErrors, formError } = useAuthForm(ZSignIn, (input) =>
    authClient.signIn.email(input),
  );

  return (
    <AuthCard
      title="Sign in to Spanlight"
      description="Welcome back. Enter your email and password."
      footer={
        <>
          New here?{" "}
          <Link href="/sign-up" className="font-medium text-zinc-900 underline-offset-4 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <TextField
          name="email"
          type="email"
          label="Email"
          autoComplete="email"
          placeholder="you@company.com"
          autoFocus
          error={fieldErrors.email}
        />
        <TextField
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          error={fieldErrors.password}
        />
        {formError ? <Alert>{formError}</Alert> : null}
        <SubmitButton size="lg" isLoading={isPending} className="mt-1 w-full">
          Sign in
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
