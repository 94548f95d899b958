import { expect, test } from "@playwright/test";
import {
  ZDataset,
  ZDatasetDiff,
  ZDatasetFromTracesResult,
  ZDatasetImportResult,
  ZDatasetItemDetail,
  ZDatasetItemPage,
  ZDatasetVersionList,
  ZProblem,
} from "@spanlight/core";
import type { APIRequestContext } from "@playwright/test";
import { bearerAuth, chatTrace, createProjectWithKeys, sendOtlp, uniqueLabel } from "./explorer-fixtures";
import type { TKeyPair } from "./explorer-fixtures";

const BASE = "/api/public/datasets";

async function items(request: APIRequestContext, keys: TKeyPair, name: string, params: Record<string, string> = {}) {
  const response = await request.get(`${BASE}/${name}/items`, {
    headers: bearerAuth(keys),
    params: { limit: "200", ...params },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ZDatasetItemPage.parse(await response.json()).data;
}

test.describe("[DATASETS]: datasets through the public API", () => {
  test("curates from feedback with lineage and dedup, versions, diffs, and rejects bad input", async ({ request }) => {
    const { keys } = await createProjectWithKeys("datasets-api");
    const headers = bearerAuth(keys);
    const tag = uniqueLabel("ds");
    const traces = [0, 1].map((index) =>
      chatTrace({ userId: "u", sessionId: "s", tags: [tag], question: `Q${index}?`, answer: `A${index}.` }),
    );
    for (const trace of traces) await sendOtlp(request, trace.body, keys);
    const score = await request.post("/api/public/scores", {
      headers,
      data: { traceId: traces[0]!.traceId, name: "thumbs", value: false, correction: "The right answer." },
    });
    expect(score.status(), await score.text()).toBe(201);

    const name = uniqueLabel("golden");
    const created = await request.post(BASE, { headers, data: { name, description: "from thumbs-down" } });
    expect(created.status(), await created.text()).toBe(201);
    expect(ZDataset.parse(await created.json())).toMatchObject({ name, latestVersion: 0 });
    expect((await request.post(BASE, { headers, data: { name } })).status()).toBe(409);
    expect((await request.get(`${BASE}/${name}`, { headers })).status()).toBe(200);
    const missing = await request.get(`${BASE}/no-such-dataset/items`, { headers });
    expect(missing.status()).toBe(404);
    ZProblem.parse(await missing.json());

    const body = { filter: { tags: tag, score: "thumbs=0" } };
    const first = await request.post(`${BASE}/${name}/items/from-traces`, { headers, data: body });
    expect(first.status(), await first.text()).toBe(200);
    expect(ZDatasetFromTracesResult.parse(await first.json())).toEqual({ added: 1, skipped: 0, version: 1 });
    const again = await request.post(`${BASE}/${name}/items/from-traces`, { headers, data: body });
    expect(ZDatasetFromTracesResult.parse(await again.json())).toEqual({ added: 0, skipped: 1, version: 1 });

    const [flagged] = await items(request, keys, name);
    const detail = ZDatasetItemDetail.parse(
      await (await request.get(`${BASE}/${name}/items/${flagged!.id}`, { headers })).json(),
    );
    expect(detail).toMatchObject({
      input: "Q0?",
      expectedOutput: "The right answer.",
      sourceTraceId: traces[0]!.traceId,
    });
    expect(detail.lineage.correction).toMatchObject({ name: "thumbs", correction: "The right answer." });

    const edit = await request.post(`${BASE}/${name}/items`, {
      headers,
      data: { id: flagged!.id, input: "Q0 edited?" },
    });
    expect(edit.status(), await edit.text()).toBe(200);
    const added = await request.post(`${BASE}/${name}/items`, {
      headers,
      data: { id: "manual", input: { q: 1 }, expectedOutput: { a: 1 } },
    });
    expect(added.status()).toBe(200);
    expect((await request.delete(`${BASE}/${name}/items/manual`, { headers })).status()).toBe(200);
    const versions = ZDatasetVersionList.parse(
      await (await request.get(`${BASE}/${name}/versions`, { headers })).json(),
    );
    expect(versions.map((row) => [row.version, row.added, row.changed, row.archived])).toEqual([
      [1, 1, 0, 0],
      [2, 0, 1, 0],
      [3, 1, 0, 0],
      [4, 0, 0, 1],
    ]);
    expect((await items(request, keys, name, { version: "1" }))[0]!.input).toBe("Q0?");
    const diff = ZDatasetDiff.parse(
      await (await request.get(`${BASE}/${name}/diff`, { headers, params: { from: "1", to: "3" } })).json(),
    );
    expect(diff.added.map((row) => row.id)).toEqual(["manual"]);
    expect(diff.changed.map((row) => [row.before.input, row.after.input])).toEqual([["Q0?", "Q0 edited?"]]);

    expect((await request.get(`${BASE}/${name}/export`, { headers, params: { format: "xml" } })).status()).toBe(400);
  });

  test("every format round-trips through export and import; a bad line adds nothing; 10 MB items pass", async ({
    request,
  }) => {
    const { keys } = await createProjectWithKeys("datasets-files");
    const headers = bearerAuth(keys);
    const source = uniqueLabel("source");
    await request.post(BASE, { headers, data: { name: source } });
    const big = "x".repeat(10 * 1024 * 1024);
    const rows = [
      {
        id: "chat",
        input: [
          { role: "system", content: "Be brief." },
          { role: "user", content: "Hi" },
        ],
        expectedOutput: "Hello",
      },
      { id: "object", input: { question: "2+2?" }, expectedOutput: { answer: '4, "quoted", comma' } },
      { id: "large", input: { question: big }, expectedOutput: "ok" },
    ];
    for (const row of rows)
      expect((await request.post(`${BASE}/${source}/items`, { headers, data: row })).status()).toBe(200);
    const original = await items(request, keys, source);

    for (const format of ["jsonl", "csv", "openai", "dspy"] as const) {
      const exported = await request.get(`${BASE}/${source}/export`, { headers, params: { format } });
      expect(exported.status(), format).toBe(200);
      const file = await exported.body();
      const target = uniqueLabel(`copy-${format}`);
      await request.post(BASE, { headers, data: { name: target } });
      // dspy rows are flat: the reader must be told which keys are inputs; these items use `question` or `input`.
      const params: Record<string, string> = { format };
      if (format === "dspy") params.inputKeys = "question";
      const withKeys = format === "dspy" ? rows.filter((row) => row.id !== "chat") : rows;
      if (format === "dspy") {
        // dspy cannot carry a chat input under object keys: round-trip only the object-shaped items.
        await request.delete(`${BASE}/${source}/items/chat`, { headers });
      }
      const body =
        format === "dspy"
          ? await (await request.get(`${BASE}/${source}/export`, { headers, params: { format } })).body()
          : file;
      const imported = await request.post(`${BASE}/${target}/import`, { headers, params, data: body });
      expect(imported.status(), `${format}: ${await imported.text()}`).toBe(200);
      expect(ZDatasetImportResult.parse(await imported.json())).toEqual({ added: withKeys.length, version: 1 });
      const copies = await items(request, keys, target);
      const comparable = (list: typeof original) =>
        list
          .filter((row) => withKeys.some((kept) => kept.id === row.id))
          .map((row) => JSON.stringify([row.input, row.expectedOutput]))
          .sort();
      expect(comparable(copies.map((row) => ({ ...row, id: rowIdOf(row, original) }))), format).toEqual(
        comparable(original),
      );
      if (format === "jsonl" || format === "csv")
        expect(copies.map((row) => row.id).sort()).toEqual(original.map((row) => row.id).sort());
    }

    const atomic = uniqueLabel("atomic");
    await request.post(BASE, { headers, data: { name: atomic } });
    const bad = `${JSON.stringify({ id: "one", input: "fine" })}\n${JSON.stringify({ id: "two", input: "fine" })}\n{not json\n`;
    const rejected = await request.post(`${BASE}/${atomic}/import`, {
      headers,
      params: { format: "jsonl" },
      data: bad,
    });
    expect(rejected.status()).toBe(400);
    expect(ZProblem.parse(await rejected.json()).error.message).toContain("Line 3");
    expect(await items(request, keys, atomic)).toEqual([]);
  });
});

/** openai and dspy lines carry no id: match a copy to the original by content. */
function rowIdOf(
  row: { id: string; input: unknown; expectedOutput: unknown },
  original: { id: string; input: unknown; expectedOutput: unknown }[],
): string {
  const key = JSON.stringify([row.input, row.expectedOutput]);
  return (
    original.find((candidate) => JSON.stringify([candidate.input, candidate.expectedOutput]) === key)?.id ?? row.id
  );
}
