import type { IncomingMessage } from "node:http";

/** Must match CLIENT_IP_HEADER in src/lib/auth/auth.ts (the rate limiter keys on it). */
export const CLIENT_IP_HEADER = "x-spanlight-client-ip";

/**
 * Sets the client address the app trusts, overwriting anything the client sent: the socket's peer,
 * or the first X-Forwarded-For hop when Spanlight runs behind a proxy its operator declared.
 */
export function stampClientIp(request: IncomingMessage, trustProxy: boolean): void {
  const forwarded = request.headers["x-forwarded-for"];
  const forwardedFirst = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const ip = (trustProxy && forwardedFirst) || request.socket.remoteAddress || "unknown";
  request.headers[CLIENT_IP_HEADER] = ip;
}
