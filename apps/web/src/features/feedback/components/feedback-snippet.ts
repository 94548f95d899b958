/** The browser snippets the settings tab and the README show: public key, then feedback token. */
export function publicKeySnippet(options: { baseUrl: string; publicKey: string }): string {
  return `// Thumbs up or down on a trace, straight from the browser (your project's public key).
await fetch("${options.baseUrl}/api/public/feedback", {
  method: "POST",
  headers: {
    Authorization: "Bearer ${options.publicKey}",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({ traceId, name: "thumbs", value: 1, comment: "Spot on", authorId: userId }),
});
// Safer: your server mints a token for this trace (POST /api/public/feedback-tokens) and the page sends "Bearer " + token.`;
}
