-- CreateTable
CREATE TABLE "dataset" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "input_schema" JSONB,
    "expected_output_schema" JSONB,
    "latest_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_version" (
    "dataset_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "added" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "archived" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_version_pkey" PRIMARY KEY ("dataset_id","version")
);

-- CreateTable
CREATE TABLE "dataset_item" (
    "dataset_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "valid_from" INTEGER NOT NULL,
    "valid_to" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'active',
    "input" JSONB NOT NULL,
    "expected_output" JSONB,
    "metadata" JSONB,
    "source_trace_id" TEXT,
    "source_span_id" TEXT,
    "feedback_score_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "correction_score_id" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_item_pkey" PRIMARY KEY ("dataset_id","id","valid_from")
);

-- CreateIndex
CREATE UNIQUE INDEX "dataset_project_id_name_key" ON "dataset"("project_id", "name");

-- CreateIndex
CREATE INDEX "dataset_item_dataset_id_valid_from_valid_to_id_idx" ON "dataset_item"("dataset_id", "valid_from", "valid_to", "id");

-- CreateIndex
CREATE INDEX "dataset_item_dataset_id_source_trace_id_source_span_id_idx" ON "dataset_item"("dataset_id", "source_trace_id", "source_span_id");

-- AddForeignKey
ALTER TABLE "dataset" ADD CONSTRAINT "dataset_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_version" ADD CONSTRAINT "dataset_version_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_item" ADD CONSTRAINT "dataset_item_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one current revision per item (Prisma cannot declare a partial index).
CREATE UNIQUE INDEX "dataset_item_current_key" ON "dataset_item"("dataset_id", "id") WHERE "valid_to" IS NULL;
