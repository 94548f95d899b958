import type { TAnnotationQueue } from "@spanlight/core";

export const QUEUE_SELECT = {
  id: true,
  name: true,
  description: true,
  scoreConfigIds: true,
  reviewersPerItem: true,
  createdAt: true,
  updatedAt: true,
  reviewers: { select: { userId: true }, orderBy: { userId: "asc" } },
} as const;

type TQueueRow = {
  id: string;
  name: string;
  description: string | null;
  scoreConfigIds: string[];
  reviewersPerItem: number;
  createdAt: Date;
  updatedAt: Date;
  reviewers: { userId: string }[];
};

export function toAnnotationQueue(row: TQueueRow): TAnnotationQueue {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scoreConfigIds: row.scoreConfigIds,
    reviewersPerItem: row.reviewersPerItem,
    reviewerUserIds: row.reviewers.map((reviewer) => reviewer.userId),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
