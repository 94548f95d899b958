-- CreateTable
CREATE TABLE "optimization_span" (
    "project_id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "trace_id" TEXT NOT NULL,
    "span_id" TEXT NOT NULL,
    "parent_span_id" TEXT,
    "role" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "start_time" TIMESTAMPTZ(6) NOT NULL,
    "end_time" TIMESTAMPTZ(6) NOT NULL,
    "is_error" BOOLEAN NOT NULL DEFAULT false,
    "attributes" JSONB NOT NULL,

    CONSTRAINT "optimization_span_pkey" PRIMARY KEY ("project_id","run_id","trace_id","span_id")
);

-- CreateIndex
CREATE INDEX "optimization_span_project_id_start_time_idx" ON "optimization_span"("project_id", "start_time" DESC);

-- AddForeignKey
ALTER TABLE "optimization_span" ADD CONSTRAINT "optimization_span_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
