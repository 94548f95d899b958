-- AlterTable
ALTER TABLE "trace" ADD COLUMN     "search_text" TEXT;

-- CreateTable
CREATE TABLE "saved_view" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_view_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "saved_view_project_id_name_key" ON "saved_view"("project_id", "name");

-- AddForeignKey
ALTER TABLE "saved_view" ADD CONSTRAINT "saved_view_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_view" ADD CONSTRAINT "saved_view_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: traces stored before this migration become searchable by their previews.
-- Reading every span payload again would cost far more. New traces get their text at ingest.
UPDATE "trace" SET "search_text" = lower(concat_ws(' ', "input_preview", "output_preview"))
WHERE "search_text" IS NULL AND ("input_preview" IS NOT NULL OR "output_preview" IS NOT NULL);
