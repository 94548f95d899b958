import { readFileSync } from "node:fs";
import path from "node:path";

const INGEST_DIR = path.resolve(import.meta.dirname, "../..");
const SEARCH_DIRS = [path.join(INGEST_DIR, "node_modules"), path.resolve(INGEST_DIR, "../../node_modules")];

/**
 * Installed versions, read from each package.json on disk: several of these packages do not export
 * `./package.json`, so require.resolve cannot reach it.
 */
export function libraryVersions(packageNames: readonly string[]): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of packageNames) {
    for (const directory of SEARCH_DIRS) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(directory, name, "package.json"), "utf8")) as { version?: string };
        versions[name] = manifest.version ?? "unknown";
        break;
      } catch {
        // Not installed in this node_modules; the next one may have it.
      }
    }
    versions[name] ??= "not installed";
  }
  return versions;
}
