import { z } from "zod";

export const ZCreateApiKey = z.object({
  note: z
    .string()
    .trim()
    .max(120, "Keep the note under 120 characters")
    .optional()
    .transform((note) => note || null),
});
export type TCreateApiKey = z.input<typeof ZCreateApiKey>;

export const ZApiKeyParams = z.object({ projectId: z.string().min(1), apiKeyId: z.string().min(1) });

/** A key as lists show it: the secret only ever as `sk-sl-…wxyz`. */
export const ZApiKey = z.strictObject({
  id: z.string(),
  publicKey: z.string(),
  displaySecretKey: z.string(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type TApiKey = z.infer<typeof ZApiKey>;

/** The one answer that carries the secret: the creation, shown once. */
export const ZCreatedApiKey = ZApiKey.extend({ secretKey: z.string() });
export type TCreatedApiKey = z.infer<typeof ZCreatedApiKey>;

export const ZApiKeyListResponse = z.strictObject({ apiKeys: z.array(ZApiKey) });
export const ZCreatedApiKeyResponse = z.strictObject({ apiKey: ZCreatedApiKey });
