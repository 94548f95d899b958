/** What better-auth's client returns as `error`. */
export type TAuthClientError = { status: number; code?: string; message?: string };

export const INVALID_CREDENTIALS_MESSAGE = "Invalid email or password";
export const RATE_LIMITED_MESSAGE = "Too many attempts, try again in a minute";

/**
 * better-auth refused the page's address. Same-origin requests are trusted from any address the
 * server answers on, so this is a proxy that changes the Host (or a page of another site): say
 * which variable fixes it rather than "Invalid origin".
 */
export function refusedOriginMessage(pageOrigin: string): string {
  return `Sign-in from ${pageOrigin} was refused: this server trusts only SPANLIGHT_PUBLIC_URL and the address a request is sent to. Set SPANLIGHT_PUBLIC_URL=${pageOrigin} on the server, or SPANLIGHT_TRUST_PROXY=true if your proxy sends X-Forwarded-Host.`;
}

/** Turns a better-auth failure into a sentence for the form; never reveals which part was wrong. */
export function authErrorMessage(error: TAuthClientError, context: { pageOrigin: string }): string {
  if (error.status === 429) return RATE_LIMITED_MESSAGE;
  switch (error.code) {
    case "INVALID_ORIGIN":
    case "MISSING_OR_NULL_ORIGIN":
    case "CROSS_SITE_NAVIGATION_LOGIN_BLOCKED":
      return refusedOriginMessage(context.pageOrigin);
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
