-- AlterTable
ALTER TABLE "trace" ADD COLUMN     "kinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "models" TEXT[] DEFAULT ARRAY[]::TEXT[];
