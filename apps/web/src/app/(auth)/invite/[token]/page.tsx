import { AppError } from "@spanlight/core";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { Alert } from "@/components/ui/alert";
import { AuthCard } from "@/features/auth";
import type { TInvitationPreview } from "@/features/members";
import { previewInvitation } from "@/features/members/server/preview-invitation";
import { getSessionUser } from "@/lib/auth/session";
import { InviteClient } from "./invite-client";

export const metadata: Metadata = { title: "Invitation" };

const UNUSABLE: Record<Exclude<TInvitationPreview["status"], "pending">, string> = {
  expired: "This invitation has expired. Ask the person who invited you for a new link.",
  revoked: "This invitation was revoked. Ask the person who invited you for a new link.",
  accepted: "This invitation has already been used. Sign in to open the project.",
};

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const invitation = await loadInvitation(token);
  if (!invitation)
    return <UnusableInvitation message="This invitation link is not valid. Check that you copied all of it." />;
  if (invitation.status !== "pending") return <UnusableInvitation message={UNUSABLE[invitation.status]} />;
  const user = await getSessionUser(await headers());
  return <InviteClient token={token} invitation={invitation} signedInEmail={user?.email ?? null} />;
}

async function loadInvitation(token: string): Promise<TInvitationPreview | null> {
  if (token.length < 16 || token.length > 128) return null;
  try {
    return await previewInvitation(token);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

function UnusableInvitation({ message }: { message: string }) {
  return (
    <AuthCard
      title="Invitation unavailable"
      description="This link cannot be used to join a project."
      footer={
        <a href="/sign-in" className="font-medium text-zinc-900 underline-offset-4 hover:underline">
          Sign in
        </a>
      }
    >
      <Alert>{message}</Alert>
    </AuthCard>
  );
}
