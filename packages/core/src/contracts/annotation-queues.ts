import { z } from "zod";
import { ZTraceListQuery } from "./trace-list.ts";

// Annotation queues: lists of traces or spans that people review with the queue's score configs.
// Each item is completed by `reviewersPerItem` different reviewers; a reviewer's slot is held by a
// lock while they work on it, so two people never take the same slot at once.

/** How many items one `filter` may add: a bulk add past this is cut, and says so in `truncated`. */
export const QUEUE_FILTER_ITEM_LIMIT = 5_000;

const ZId = z.string().trim().min(1).max(200);

export const ZCreateAnnotationQueue = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2_000).nullable().optional(),
  scoreConfigIds: z.array(ZId).max(20).default([]),
  reviewersPerItem: z.number().int().min(1).max(10).default(1).meta({
    description: "How many different reviewers complete each item (2 or more measures agreement)",
  }),
  reviewerUserIds: z.array(ZId).max(200).default([]).meta({
    description: "Members assigned to review; none means any member who may annotate",
  }),
});
export type TCreateAnnotationQueue = z.input<typeof ZCreateAnnotationQueue>;
export type TCreateAnnotationQueueParsed = z.output<typeof ZCreateAnnotationQueue>;

export const ZQueueIdParam = z.object({ queueId: z.string().min(1).max(200) });
export const ZQueueItemParams = z.object({ queueId: z.string().min(1).max(200), itemId: z.string().min(1).max(200) });

const ZSpanTarget = z.strictObject({ traceId: ZId, spanId: ZId });

/**
 * Items to add: trace ids, spans, or a trace-list filter (the list's query parameters as an
 * object, e.g. `{"status": "error", "from": "…"}`); exactly one of the three.
 */
export const ZAddQueueItems = z
  .strictObject({
    traceIds: z.array(ZId).min(1).max(QUEUE_FILTER_ITEM_LIMIT).optional(),
    spans: z.array(ZSpanTarget).min(1).max(QUEUE_FILTER_ITEM_LIMIT).optional(),
    filter: z
      .record(z.string(), z.string())
      .optional()
      .meta({
        description: `The trace list's query parameters (as GET /api/public/traces takes them) as an object; at most ${QUEUE_FILTER_ITEM_LIMIT} traces, newest first`,
      }),
  })
  .superRefine((body, context) => {
    const given = [body.traceIds, body.spans, body.filter].filter((part) => part !== undefined).length;
    if (given !== 1)
      context.addIssue({
        code: "custom",
        path: ["traceIds"],
        message: "give exactly one of traceIds, spans or filter",
      });
    if (body.filter) {
      const parsed = ZTraceListQuery.safeParse(body.filter);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          context.addIssue({ code: "custom", path: ["filter", ...issue.path.map(String)], message: issue.message });
        }
      }
    }
  });
export type TAddQueueItems = z.input<typeof ZAddQueueItems>;

export const ZAddQueueItemsResult = z.strictObject({
  added: z.number().int(),
  skipped: z.number().int().meta({ description: "Already in the queue" }),
  truncated: z
    .boolean()
    .meta({ description: `A filter matched more than ${QUEUE_FILTER_ITEM_LIMIT} traces; the newest were added` }),
});
export type TAddQueueItemsResult = z.infer<typeof ZAddQueueItemsResult>;

export const ZReviewerProgress = z.strictObject({
  userId: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  completed: z.number().int(),
  skipped: z.number().int(),
  inProgress: z.number().int(),
});
export type TReviewerProgress = z.infer<typeof ZReviewerProgress>;

export const ZQueueProgress = z.strictObject({
  items: z.number().int(),
  completedItems: z.number().int().meta({ description: "Items completed by reviewersPerItem reviewers" }),
  completedReviews: z.number().int(),
  totalReviews: z.number().int().meta({ description: "items × reviewersPerItem" }),
  reviewers: z.array(ZReviewerProgress),
});
export type TQueueProgress = z.infer<typeof ZQueueProgress>;

export const ZAnnotationQueue = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  scoreConfigIds: z.array(z.string()),
  reviewersPerItem: z.number().int(),
  reviewerUserIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TAnnotationQueue = z.infer<typeof ZAnnotationQueue>;

export const ZAnnotationQueueSummary = ZAnnotationQueue.extend({
  items: z.number().int(),
  completedItems: z.number().int(),
});
export type TAnnotationQueueSummary = z.infer<typeof ZAnnotationQueueSummary>;

export const ZAnnotationQueueList = z.strictObject({ data: z.array(ZAnnotationQueueSummary) });
export type TAnnotationQueueList = z.infer<typeof ZAnnotationQueueList>;

export const ZAnnotationQueueDetail = ZAnnotationQueue.extend({ progress: ZQueueProgress });
export type TAnnotationQueueDetail = z.infer<typeof ZAnnotationQueueDetail>;

export const ZReviewStatus = z.enum(["IN_PROGRESS", "COMPLETED", "SKIPPED"]);
export type TReviewStatus = z.infer<typeof ZReviewStatus>;

/** One item as a reviewer sees it: the target, and their own slot on it. */
export const ZQueueItem = z.strictObject({
  id: z.string(),
  queueId: z.string(),
  traceId: z.string(),
  spanId: z.string().nullable(),
  createdAt: z.string(),
  status: ZReviewStatus.nullable().meta({ description: "The asking reviewer's slot; null when they have none" }),
  lockedUntil: z.string().nullable(),
});
export type TQueueItem = z.infer<typeof ZQueueItem>;

/** The next item for the asking reviewer (locked for them), or null when none is left. */
export const ZNextQueueItem = z.strictObject({ item: ZQueueItem.nullable() });
export type TNextQueueItem = z.infer<typeof ZNextQueueItem>;

export const ZQueueItemHistory = z.strictObject({ data: z.array(ZQueueItem) });

/** A score given on a queue item, as reviewers and adjudicators see it. */
export const ZQueueItemScore = z.strictObject({
  id: z.string(),
  name: z.string(),
  dataType: z.enum(["NUMERIC", "CATEGORICAL", "BOOLEAN"]),
  value: z.union([z.number(), z.string(), z.boolean()]),
  comment: z.string().nullable(),
  correction: z.unknown().nullable(),
  authorUserId: z.string().nullable(),
  authorName: z.string().nullable(),
  isAdjudicated: z.boolean(),
  timestamp: z.string(),
});
export type TQueueItemScore = z.infer<typeof ZQueueItemScore>;

/**
 * An item for the review screen. `scores` are the asking reviewer's own until they have completed
 * the item (blind review); after that, and for owners/admins adjudicating, everyone's.
 */
export const ZQueueItemView = z.strictObject({
  item: ZQueueItem,
  scores: z.array(ZQueueItemScore),
  isBlind: z.boolean().meta({ description: "True while others' scores are hidden from the asking reviewer" }),
});
export type TQueueItemView = z.infer<typeof ZQueueItemView>;

/** Where a queue's reviewers gave different values for one score name on one item. */
export const ZQueueDisagreement = z.strictObject({
  itemId: z.string(),
  traceId: z.string(),
  spanId: z.string().nullable(),
  name: z.string(),
  values: z.array(
    z.strictObject({
      authorUserId: z.string().nullable(),
      authorName: z.string().nullable(),
      value: z.union([z.number(), z.string(), z.boolean()]),
    }),
  ),
  adjudicated: z.union([z.number(), z.string(), z.boolean()]).nullable(),
});
export type TQueueDisagreement = z.infer<typeof ZQueueDisagreement>;
export const ZQueueDisagreementList = z.strictObject({ data: z.array(ZQueueDisagreement) });

const ZReviewScoreFields = {
  configId: ZId,
  value: z.union([z.number().finite(), z.string().min(1).max(200), z.boolean()]),
  comment: z.string().max(10_000).optional(),
  correction: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
};

/** A reviewer's scores for the queue's configs, given when completing an item. */
export const ZCompleteQueueItem = z.strictObject({
  scores: z.array(z.strictObject(ZReviewScoreFields)).max(20).default([]),
});
export type TCompleteQueueItem = z.input<typeof ZCompleteQueueItem>;

/** The final value an owner/admin records for one config where reviewers disagreed. */
export const ZAdjudicateQueueItem = z.strictObject({
  configId: ZId,
  value: ZReviewScoreFields.value,
  comment: ZReviewScoreFields.comment,
});
export type TAdjudicateQueueItem = z.input<typeof ZAdjudicateQueueItem>;
