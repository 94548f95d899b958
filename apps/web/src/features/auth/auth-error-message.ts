/** What better-auth's client returns as `error`. */
export type TAuthClientError = { status: number; code?: string; message?: string };

export const INVALID_CREDENTIALS_MESSAGE = "Invalid email or password";
export const RATE_LIMITED_MESSAGE = "Too many attempts, try again in a minute";

/** Turns a better-auth failure into a sentence for the form; never reveals which part was wrong. */
export function authErrorMessage(error: TAuthClientError): string {
  if (error.status === 429) return RATE_LIMITED_MESSAGE;
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return INVALID_CREDENTIALS_MESSAGE;
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return "An account with this email already exists. Sign in instead.";
    case "PASSWORD_TOO_SHORT":
      return "Use at least 8 characters for the password";
    case "PASSWORD_TOO_LONG":
      return "Use at most 128 characters for the password";
    default:
      break;
  }
  if (error.status === 401) return INVALID_CREDENTIALS_MESSAGE;
  return error.message || "Something went wrong. Try again.";
}
