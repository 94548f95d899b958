-- CreateTable
CREATE TABLE "dataset_run" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "dataset_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dataset_version" INTEGER NOT NULL,
    "description" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_run_item" (
    "id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "dataset_item_id" TEXT NOT NULL,
    "trace_id" TEXT NOT NULL,
    "span_id" TEXT,
    "output" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_run_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "dataset_run_project_id_idx" ON "dataset_run"("project_id");

-- CreateIndex
CREATE UNIQUE INDEX "dataset_run_dataset_id_name_key" ON "dataset_run"("dataset_id", "name");

-- CreateIndex
CREATE INDEX "dataset_run_item_project_id_trace_id_idx" ON "dataset_run_item"("project_id", "trace_id");

-- CreateIndex
CREATE UNIQUE INDEX "dataset_run_item_run_id_dataset_item_id_key" ON "dataset_run_item"("run_id", "dataset_item_id");

-- AddForeignKey
ALTER TABLE "dataset_run" ADD CONSTRAINT "dataset_run_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_run" ADD CONSTRAINT "dataset_run_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_run_item" ADD CONSTRAINT "dataset_run_item_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "dataset_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
