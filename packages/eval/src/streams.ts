// Server-side entry: decoding reads Node streams (csv-parse is a Node Transform), which the browser
// bundle of the root entry must not pull in.
export { decodeDataset, type TDecodeDatasetOptions } from "./formats/decode-dataset.ts";
