import "server-only";
import { BadRequestError } from "@spanlight/core";
import { clearMustChangePassword } from "@spanlight/db";
import { APIError } from "better-auth/api";
import { getAuth } from "@/lib/auth/auth";
import type { TChangePassword } from "../contracts";

/** better-auth checks the current password and stores the new hash; then the generated-password flag goes. */
export async function changePassword(options: {
  userId: string;
  input: TChangePassword;
  headers: Headers;
}): Promise<void> {
  if (options.input.currentPassword === options.input.newPassword)
    throw new BadRequestError("Choose a password different from the current one");
  try {
    await getAuth().api.changePassword({
      body: {
        currentPassword: options.input.currentPassword,
        newPassword: options.input.newPassword,
        revokeOtherSessions: true,
      },
      headers: options.headers,
    });
  } catch (error) {
    if (error instanceof APIError && error.statusCode === 400)
      throw new BadRequestError("The current password is not right");
    throw error;
  }
  await clearMustChangePassword(options.userId);
}
