import "server-only";
import type { TCreateDataset, TDataset } from "@spanlight/core";
import { createDataset } from "@spanlight/db";
import { assertJsonSchema } from "./check-item-schemas";

export async function createProjectDataset(options: { projectId: string; dataset: TCreateDataset }): Promise<TDataset> {
  assertJsonSchema(options.dataset.inputSchema, "inputSchema");
  assertJsonSchema(options.dataset.expectedOutputSchema, "expectedOutputSchema");
  return createDataset(options);
}
