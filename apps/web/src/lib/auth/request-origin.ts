/**
 * The origin a request was sent to: the scheme and `Host` it arrived with (behind a proxy declared
 * with SPANLIGHT_TRUST_PROXY, the proxy's `X-Forwarded-Proto` / `X-Forwarded-Host`).
 *
 * better-auth trusts this origin besides SPANLIGHT_PUBLIC_URL, so a sign-in from the page the
 * server itself served (http://127.0.0.1:3000, a LAN address, the hostname) is accepted wherever
 * the server answers, while a page of another site still is not: a browser's `Origin` names the
 * page that made the request, and another site's page cannot make it equal this `Host`.
 */
export function requestOrigin(request: Request | undefined, options: { trustProxy: boolean }): string | null {
  if (!request) return null;
  const headers = request.headers;
  const forwardedHost = options.trustProxy ? firstValue(headers.get("x-forwarded-host")) : undefined;
  const forwardedProto = options.trustProxy ? firstValue(headers.get("x-forwarded-proto")) : undefined;
  const host = forwardedHost ?? headers.get("host");
  if (!host) return null;
  const protocol = forwardedProto ?? protocolOf(request.url);
  if (protocol !== "http" && protocol !== "https") return null;
  // A Host header with a path, credentials or a query is not a host.
  if (/[/@?#\s]/.test(host)) return null;
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return null;
  }
}

function firstValue(header: string | null): string | undefined {
  const first = header?.split(",")[0]?.trim();
  return first ? first : undefined;
}

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol.replace(/:$/, "");
  } catch {
    return "http";
  }
}
