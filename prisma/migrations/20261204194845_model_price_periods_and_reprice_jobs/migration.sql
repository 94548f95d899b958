-- DropIndex
DROP INDEX "model_price_project_id_model_name_key";

-- AlterTable
ALTER TABLE "model_price" ADD COLUMN     "effective_from" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "retired_at" TIMESTAMPTZ(6);

-- CreateTable
CREATE TABLE "reprice_job" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "from_time" TIMESTAMPTZ(6) NOT NULL,
    "to_time" TIMESTAMPTZ(6) NOT NULL,
    "model" TEXT,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "updated_spans" INTEGER NOT NULL DEFAULT 0,
    "cursor_trace_id" TEXT,
    "cursor_span_id" TEXT,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(6),
    "finished_at" TIMESTAMPTZ(6),

    CONSTRAINT "reprice_job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reprice_job_project_id_created_at_idx" ON "reprice_job"("project_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_price_project_id_model_name_effective_from_key" ON "model_price"("project_id", "model_name", "effective_from");

-- AddForeignKey
ALTER TABLE "reprice_job" ADD CONSTRAINT "reprice_job_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rows made before periods existed took effect when they were created, as ingest applied them then.
UPDATE "model_price" SET "effective_from" = "created_at";
