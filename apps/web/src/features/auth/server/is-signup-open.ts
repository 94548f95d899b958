import "server-only";
import { getServerConfig } from "@spanlight/core/server";
import { countUsers } from "@spanlight/db";

export const SIGNUP_CLOSED_MESSAGE = "Sign-up is closed on this Spanlight: ask a project owner for an invitation";

/** SPANLIGHT_ALLOW_SIGNUP decides; by default only the first account of an instance signs up freely. */
export async function isSignupOpen(): Promise<boolean> {
  const policy = getServerConfig().signupPolicy;
  switch (policy) {
    case "open":
      return true;
    case "closed":
      return false;
    case "first-account":
      return (await countUsers()) === 0;
    default: {
      const exhaustive: never = policy;
      return exhaustive;
    }
  }
}
