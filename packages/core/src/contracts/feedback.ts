import { z } from "zod";
import { ZCreateScore, ZScore } from "./scores.ts";

// Browser feedback (`POST /api/public/feedback`), the tokens that scope it, and the project's
// feedback settings. Feedback is a score with source FEEDBACK, sent by an end user's browser.

const KIB = 1024;
/** Limits a browser may send; the route also caps the whole body (FEEDBACK_MAX_BODY_BYTES). */
export const FEEDBACK_LIMITS = {
  commentBytes: 10 * KIB,
  correctionBytes: 100 * KIB,
  metadataBytes: 10 * KIB,
  bodyBytes: 128 * KIB,
} as const;

const MAX_TOKEN_SECONDS = 30 * 24 * 60 * 60;
export const DEFAULT_FEEDBACK_TOKEN_SECONDS = 24 * 60 * 60;

function byteLength(value: unknown): number {
  return new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value)).length;
}

// The score's own fields, minus who wrote it: a browser never chooses its source or a signed-in author.
const { source: _source, ...SCORE_FIELDS } = ZCreateScore.shape;

/** A score from an end user's browser. `authorId` may carry the end user's id in your app. */
export const ZCreateFeedback = z
  .strictObject({
    ...SCORE_FIELDS,
    comment: z
      .string()
      .optional()
      .meta({ description: `At most ${FEEDBACK_LIMITS.commentBytes / KIB} KB (UTF-8)` }),
    correction: SCORE_FIELDS.correction.meta({
      description: `What the output should have been (text or JSON); at most ${FEEDBACK_LIMITS.correctionBytes / KIB} KB encoded`,
    }),
    metadata: SCORE_FIELDS.metadata.meta({ description: `At most ${FEEDBACK_LIMITS.metadataBytes / KIB} KB encoded` }),
    authorId: SCORE_FIELDS.authorId.meta({ description: "The end user's id in your app, if you want it kept" }),
  })
  .superRefine((feedback, context) => {
    const limits: [keyof typeof feedback, number][] = [
      ["comment", FEEDBACK_LIMITS.commentBytes],
      ["correction", FEEDBACK_LIMITS.correctionBytes],
      ["metadata", FEEDBACK_LIMITS.metadataBytes],
    ];
    for (const [field, limit] of limits) {
      if (feedback[field] !== undefined && byteLength(feedback[field]) > limit) {
        context.addIssue({ code: "custom", path: [field], message: `must be at most ${limit / KIB} KB` });
      }
    }
    if (feedback.traceId === undefined && feedback.sessionId === undefined) {
      context.addIssue({
        code: "custom",
        path: ["traceId"],
        message: "feedback needs traceId (with spanId for a span) or sessionId",
      });
    }
    if (feedback.spanId !== undefined && feedback.traceId === undefined) {
      context.addIssue({ code: "custom", path: ["traceId"], message: "spanId needs its traceId" });
    }
    if (feedback.traceId !== undefined && feedback.sessionId !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["sessionId"],
        message: "feedback targets a trace or span, or a session, not both",
      });
    }
  });
export type TCreateFeedback = z.input<typeof ZCreateFeedback>;
export type TCreateFeedbackParsed = z.output<typeof ZCreateFeedback>;

/** The stored score (source FEEDBACK). */
export const ZFeedbackResponse = ZScore;

export const ZCreateFeedbackToken = z.strictObject({
  traceId: z.string().trim().min(1).max(200),
  spanId: z.string().trim().min(1).max(200).optional(),
  expiresInSeconds: z
    .number()
    .int()
    .min(1)
    .max(MAX_TOKEN_SECONDS)
    .default(DEFAULT_FEEDBACK_TOKEN_SECONDS)
    .meta({ description: "Seconds until the token stops working (default one day, at most 30 days)" }),
});
export type TCreateFeedbackToken = z.input<typeof ZCreateFeedbackToken>;
export type TCreateFeedbackTokenParsed = z.output<typeof ZCreateFeedbackToken>;

export const ZFeedbackToken = z.strictObject({
  token: z.string().meta({ description: "Send as `Authorization: Bearer <token>` to POST /api/public/feedback" }),
  expiresAt: z.string().meta({ description: "ISO 8601 instant after which the token is refused" }),
});
export type TFeedbackToken = z.infer<typeof ZFeedbackToken>;

const ZOrigin = z
  .string()
  .trim()
  .max(300)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value.replace(/\/$/, "");
    } catch {
      return false;
    }
  }, "must be an origin such as https://app.example.com (scheme, host and optional port; no path)")
  .transform((value) => value.replace(/\/$/, ""));

/** What the project allows browsers to send. */
export const ZFeedbackSettings = z.strictObject({
  allowedOrigins: z.array(z.string()).meta({ description: "Origins allowed by CORS; empty allows any" }),
  isPublicKeyFeedbackEnabled: z.boolean().meta({ description: "Off: only signed feedback tokens may send feedback" }),
  ratePerMinute: z.number().int().meta({ description: "Feedback requests a minute from one client address" }),
});
export type TFeedbackSettings = z.infer<typeof ZFeedbackSettings>;

export const ZFeedbackSettingsResponse = z.strictObject({ settings: ZFeedbackSettings });

export const ZUpdateFeedbackSettings = z
  .strictObject({
    allowedOrigins: z.array(ZOrigin).max(50).optional(),
    isPublicKeyFeedbackEnabled: z.boolean().optional(),
    ratePerMinute: z.number().int().min(1).max(10_000).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, "nothing to change");
export type TUpdateFeedbackSettings = z.input<typeof ZUpdateFeedbackSettings>;
