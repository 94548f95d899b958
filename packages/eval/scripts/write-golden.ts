// Rewrites the golden files from GOLDEN_ITEMS: `npm run fixtures:golden -w @spanlight/eval`.
// Only after reading the diff: the golden files are what users' files look like.
import { writeFileSync } from "node:fs";
import { DATASET_FORMATS } from "../src/formats/dataset-record.ts";
import { datasetFileType, encodeDataset } from "../src/formats/encode-dataset.ts";
import { GOLDEN_ITEMS } from "../src/formats/golden/golden-items.ts";

for (const format of DATASET_FORMATS) {
  let text = "";
  for await (const chunk of encodeDataset(GOLDEN_ITEMS, { format })) text += chunk;
  writeFileSync(new URL(`../src/formats/golden/golden.${datasetFileType(format).extension}`, import.meta.url), text);
}
