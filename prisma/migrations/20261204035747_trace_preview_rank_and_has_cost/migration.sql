-- AlterTable
ALTER TABLE "trace" ADD COLUMN     "has_cost" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "input_preview_rank" TEXT,
ADD COLUMN     "output_preview_rank" TEXT;

-- Existing traces: a stored cost above zero was priced. A stored preview keeps its place until a
-- better-ranked span arrives (root, then LLM spans, in start order), so it gets the lowest rank, 9.
UPDATE "trace" SET "has_cost" = true WHERE "cost_usd" > 0;
UPDATE "trace" SET "input_preview_rank" = '9' WHERE "input_preview" IS NOT NULL;
UPDATE "trace" SET "output_preview_rank" = '9' WHERE "output_preview" IS NOT NULL;
