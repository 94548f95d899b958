import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { ChangePasswordClient } from "./change-password-client";

export const metadata: Metadata = { title: "Change your password" };

export default async function ChangePasswordPage() {
  const user = await requirePageUser({ isPasswordChangePage: true });
  return <ChangePasswordClient email={user.email} isRequired={user.mustChangePassword} />;
}
