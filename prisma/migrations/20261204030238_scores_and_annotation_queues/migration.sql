-- CreateEnum
CREATE TYPE "ScoreDataType" AS ENUM ('NUMERIC', 'CATEGORICAL', 'BOOLEAN');

-- CreateEnum
CREATE TYPE "ScoreSource" AS ENUM ('API', 'FEEDBACK', 'ANNOTATION', 'EVAL');

-- CreateEnum
CREATE TYPE "AnnotationReviewStatus" AS ENUM ('IN_PROGRESS', 'COMPLETED', 'SKIPPED');

-- AlterTable
ALTER TABLE "project" ADD COLUMN     "feedback_allowed_origins" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "feedback_rate_per_minute" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "is_public_key_feedback_enabled" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "score" (
    "project_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "trace_id" TEXT,
    "span_id" TEXT,
    "session_id" TEXT,
    "name" TEXT NOT NULL,
    "data_type" "ScoreDataType" NOT NULL,
    "numeric_value" DOUBLE PRECISION,
    "string_value" TEXT,
    "comment" TEXT,
    "correction" JSONB,
    "source" "ScoreSource" NOT NULL,
    "author_user_id" TEXT,
    "author_id" TEXT,
    "config_id" TEXT,
    "queue_id" TEXT,
    "is_adjudicated" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB,
    "timestamp" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "score_pkey" PRIMARY KEY ("project_id","id")
);

-- CreateTable
CREATE TABLE "score_config" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "data_type" "ScoreDataType" NOT NULL,
    "min_value" DOUBLE PRECISION,
    "max_value" DOUBLE PRECISION,
    "categories" JSONB,
    "description" TEXT,
    "is_archived" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "score_config_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotation_queue" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "score_config_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reviewers_per_item" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annotation_queue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotation_queue_reviewer" (
    "queue_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,

    CONSTRAINT "annotation_queue_reviewer_pkey" PRIMARY KEY ("queue_id","user_id")
);

-- CreateTable
CREATE TABLE "annotation_queue_item" (
    "id" TEXT NOT NULL,
    "queue_id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "trace_id" TEXT NOT NULL,
    "span_id" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annotation_queue_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotation_queue_review" (
    "item_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "queue_id" TEXT NOT NULL,
    "status" "AnnotationReviewStatus" NOT NULL,
    "locked_until" TIMESTAMPTZ(6),
    "completed_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annotation_queue_review_pkey" PRIMARY KEY ("item_id","user_id")
);

-- CreateIndex
CREATE INDEX "score_project_id_trace_id_idx" ON "score"("project_id", "trace_id");

-- CreateIndex
CREATE INDEX "score_project_id_name_timestamp_idx" ON "score"("project_id", "name", "timestamp" DESC);

-- CreateIndex
CREATE INDEX "score_project_id_session_id_idx" ON "score"("project_id", "session_id");

-- CreateIndex
CREATE INDEX "score_project_id_timestamp_idx" ON "score"("project_id", "timestamp" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "score_config_project_id_name_key" ON "score_config"("project_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "annotation_queue_project_id_name_key" ON "annotation_queue"("project_id", "name");

-- CreateIndex
CREATE INDEX "annotation_queue_item_queue_id_created_at_idx" ON "annotation_queue_item"("queue_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "annotation_queue_item_queue_id_trace_id_span_id_key" ON "annotation_queue_item"("queue_id", "trace_id", "span_id");

-- CreateIndex
CREATE INDEX "annotation_queue_review_queue_id_user_id_idx" ON "annotation_queue_review"("queue_id", "user_id");

-- AddForeignKey
ALTER TABLE "score" ADD CONSTRAINT "score_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "score_config" ADD CONSTRAINT "score_config_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_queue" ADD CONSTRAINT "annotation_queue_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_queue_reviewer" ADD CONSTRAINT "annotation_queue_reviewer_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "annotation_queue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_queue_item" ADD CONSTRAINT "annotation_queue_item_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "annotation_queue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_queue_review" ADD CONSTRAINT "annotation_queue_review_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "annotation_queue_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;
