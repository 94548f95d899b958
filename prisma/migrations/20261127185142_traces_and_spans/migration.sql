-- CreateEnum
CREATE TYPE "SpanKind" AS ENUM ('LLM', 'EMBEDDING', 'CHAIN', 'TOOL', 'RETRIEVER', 'RERANKER', 'AGENT', 'GUARDRAIL', 'EVALUATOR', 'SPAN');

-- CreateTable
CREATE TABLE "trace" (
    "project_id" TEXT NOT NULL,
    "trace_id" TEXT NOT NULL,
    "name" TEXT,
    "explicit_name" TEXT,
    "root_span_id" TEXT,
    "root_span_name" TEXT,
    "start_time" TIMESTAMPTZ(6) NOT NULL,
    "end_time" TIMESTAMPTZ(6) NOT NULL,
    "duration_ms" DOUBLE PRECISION NOT NULL,
    "span_count" INTEGER NOT NULL,
    "error_count" INTEGER NOT NULL,
    "input_tokens" BIGINT NOT NULL DEFAULT 0,
    "output_tokens" BIGINT NOT NULL DEFAULT 0,
    "total_tokens" BIGINT NOT NULL DEFAULT 0,
    "cache_read_tokens" BIGINT NOT NULL DEFAULT 0,
    "cache_write_tokens" BIGINT NOT NULL DEFAULT 0,
    "reasoning_tokens" BIGINT NOT NULL DEFAULT 0,
    "cost_usd" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "user_id" TEXT,
    "session_id" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "environment" TEXT,
    "release" TEXT,
    "input_preview" TEXT,
    "output_preview" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trace_pkey" PRIMARY KEY ("project_id","trace_id")
);

-- CreateTable
CREATE TABLE "span" (
    "project_id" TEXT NOT NULL,
    "trace_id" TEXT NOT NULL,
    "span_id" TEXT NOT NULL,
    "parent_span_id" TEXT,
    "name" TEXT NOT NULL,
    "kind" "SpanKind" NOT NULL,
    "otel_span_kind" SMALLINT NOT NULL,
    "start_time" TIMESTAMPTZ(6) NOT NULL,
    "end_time" TIMESTAMPTZ(6) NOT NULL,
    "start_unix_nano" BIGINT NOT NULL,
    "end_unix_nano" BIGINT NOT NULL,
    "status_code" TEXT NOT NULL,
    "status_message" TEXT,
    "model" TEXT,
    "provider" TEXT,
    "input_tokens" INTEGER,
    "output_tokens" INTEGER,
    "total_tokens" INTEGER,
    "cache_read_tokens" INTEGER,
    "cache_write_tokens" INTEGER,
    "reasoning_tokens" INTEGER,
    "cost_usd" DOUBLE PRECISION,
    "input_cost_usd" DOUBLE PRECISION,
    "output_cost_usd" DOUBLE PRECISION,
    "cost_source" TEXT NOT NULL,
    "price_id" TEXT,
    "user_id" TEXT,
    "session_id" TEXT,
    "environment" TEXT,
    "release" TEXT,
    "prompt_name" TEXT,
    "prompt_version" TEXT,
    "scope_name" TEXT,
    "input_preview" TEXT,
    "output_preview" TEXT,
    "input" JSONB,
    "output" JSONB,
    "input_messages" JSONB,
    "output_messages" JSONB,
    "model_parameters" JSONB,
    "metadata" JSONB,
    "attributes" JSONB NOT NULL,
    "resource_attributes" JSONB NOT NULL,
    "events" JSONB,
    "exceptions" JSONB,
    "links" JSONB,
    "extra" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "span_pkey" PRIMARY KEY ("project_id","trace_id","span_id")
);

-- CreateTable
CREATE TABLE "model_price" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "model_name" TEXT NOT NULL,
    "match_pattern" TEXT NOT NULL,
    "input_per_mtok" DOUBLE PRECISION NOT NULL,
    "output_per_mtok" DOUBLE PRECISION NOT NULL,
    "cache_read_per_mtok" DOUBLE PRECISION,
    "cache_write_per_mtok" DOUBLE PRECISION,
    "reasoning_per_mtok" DOUBLE PRECISION,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "model_price_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "trace_project_id_start_time_idx" ON "trace"("project_id", "start_time" DESC);

-- CreateIndex
CREATE INDEX "trace_project_id_user_id_start_time_idx" ON "trace"("project_id", "user_id", "start_time" DESC);

-- CreateIndex
CREATE INDEX "trace_project_id_session_id_start_time_idx" ON "trace"("project_id", "session_id", "start_time" DESC);

-- CreateIndex
CREATE INDEX "trace_tags_idx" ON "trace" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "model_price_project_id_model_name_key" ON "model_price"("project_id", "model_name");

-- AddForeignKey
ALTER TABLE "model_price" ADD CONSTRAINT "model_price_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
