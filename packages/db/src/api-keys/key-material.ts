import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

export const PUBLIC_KEY_PREFIX = "pk-sl-";
export const SECRET_KEY_PREFIX = "sk-sl-";

export type TKeyPair = { publicKey: string; secretKey: string };

export function generateKeyPair(): TKeyPair {
  return {
    publicKey: `${PUBLIC_KEY_PREFIX}${randomUUID()}`,
    secretKey: `${SECRET_KEY_PREFIX}${randomBytes(24).toString("base64url")}`,
  };
}

/**
 * Secrets are long random strings, not passwords: a salted slow hash would add nothing but
 * latency to every OTLP request, so SHA-256 (as GitHub and Langfuse do for tokens) is enough.
 */
export function hashSecretKey(secretKey: string): string {
  return createHash("sha256").update(secretKey).digest("hex");
}

export function isSameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** `sk-sl-…wxyz`: recognisable in a list, useless to an attacker. */
export function displaySecretKey(secretKey: string): string {
  return `${secretKey.slice(0, SECRET_KEY_PREFIX.length)}…${secretKey.slice(-4)}`;
}
