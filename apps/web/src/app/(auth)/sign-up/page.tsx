import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { AuthCard } from "@/features/auth";
import { isSignupOpen, SIGNUP_CLOSED_MESSAGE } from "@/features/auth/server/is-signup-open";
import { getSessionUser } from "@/lib/auth/session";
import { SignUpClient } from "./sign-up-client";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getSessionUser(await headers())) redirect("/");
  if (await isSignupOpen()) return <SignUpClient />;
  return (
    <AuthCard
      title="Sign-up is closed"
      description="New people join this Spanlight through an invitation link."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/sign-in" className="font-medium text-zinc-900 underline-offset-4 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <Alert>{SIGNUP_CLOSED_MESSAGE}.</Alert>
    </AuthCard>
  );
}
