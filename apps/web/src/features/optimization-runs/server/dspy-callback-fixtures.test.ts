import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/*
 * The DSPy fixtures must be what the callback emits today: make_fixtures.py runs the real
 * spanlight_dspy_callback.py (on stand-ins for dspy and the OTel SDK), so a change to the callback that
 * is not re-recorded fails here. Needs python3, which the build machine has (ENVIRONMENT.md).
 */

const DSPY_DIR = path.resolve(import.meta.dirname, "../../../../../../integrations/dspy");
const outDir = mkdtempSync(path.join(tmpdir(), "spanlight-dspy-"));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("integrations/dspy fixtures", () => {
  it("are exactly what the callback emits", () => {
    execFileSync("python3", [path.join(DSPY_DIR, "make_fixtures.py"), outDir], { stdio: "pipe" });
    for (const name of ["mipro-run-1.json", "mipro-run-2.json"]) {
      const fresh = readFileSync(path.join(outDir, name), "utf8");
      expect(fresh, name).toBe(readFileSync(path.join(DSPY_DIR, "fixtures", name), "utf8"));
    }
  });
});
