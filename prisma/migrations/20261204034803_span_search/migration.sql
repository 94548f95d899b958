-- pg_trgm ships with PostgreSQL's contrib modules: in the embedded PostgreSQL and in the postgres
-- Docker images. The schema engine does not manage extensions here, so it is created by hand.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "trace" DROP COLUMN "search_text";

-- CreateTable
CREATE TABLE "span_search" (
    "project_id" TEXT NOT NULL,
    "trace_id" TEXT NOT NULL,
    "span_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "span_search_pkey" PRIMARY KEY ("project_id","trace_id","span_id")
);

-- CreateIndex
CREATE INDEX "span_search_body_idx" ON "span_search" USING GIN ("body" gin_trgm_ops);

-- Backfill: spans stored before this migration become searchable in full. Same text as the writer
-- builds (packages/db/src/ingest/search-body.ts), taken from the stored JSON by PostgreSQL.
INSERT INTO "span_search" ("project_id", "trace_id", "span_id", "body")
SELECT s."project_id", s."trace_id", s."span_id", lower(concat_ws(' ',
    s."trace_id", s."span_id", s."name",
    (SELECT string_agg(v #>> '{}', ' ') FROM jsonb_path_query(
       jsonb_build_array(COALESCE(s."input", s."input_messages"), COALESCE(s."output", s."output_messages"), s."metadata"),
       'strict $.**') AS v WHERE jsonb_typeof(v) = 'string')))
  FROM "span" s
ON CONFLICT DO NOTHING;
