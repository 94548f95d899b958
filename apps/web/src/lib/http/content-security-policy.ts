/**
 * The page policy. Everything a span's content could try to do in a page is refused here as a
 * second line of defence behind inert rendering: no remote images or scripts, no framing, no plugins.
 * Scripts run only with this response's nonce (Next puts it on its own bootstrap scripts) or when
 * loaded by one that has it ('strict-dynamic'); styles keep 'unsafe-inline' (React's style attributes).
 * `next dev` evaluates code for its overlay, so only development allows 'unsafe-eval'.
 */
export function contentSecurityPolicy(options: { nonce: string; isDevelopment: boolean }): string {
  const scriptSources = [
    "'self'",
    `'nonce-${options.nonce}'`,
    "'strict-dynamic'",
    ...(options.isDevelopment ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
