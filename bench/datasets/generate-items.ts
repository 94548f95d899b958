// Dataset items of ~2 KB for the datasets bench: a chat-shaped input (system + user turn with a
// retrieved context), a ~600-character expected answer and a little metadata. Deterministic per index.
import { createRandom } from "../lib/random.ts";

const WORDS = [
  "refund",
  "order",
  "invoice",
  "shipping",
  "account",
  "password",
  "delivery",
  "warranty",
  "subscription",
  "discount",
  "return",
  "payment",
  "address",
  "tracking",
  "support",
  "policy",
  "business",
  "days",
  "customer",
  "replacement",
  "exchange",
  "receipt",
  "billing",
  "cancel",
  "upgrade",
  "plan",
  "store",
  "credit",
  "card",
];

function sentence(random: ReturnType<typeof createRandom>, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random.next() * WORDS.length)]!);
  return `${picked.join(" ")}.`;
}

function paragraph(random: ReturnType<typeof createRandom>, chars: number): string {
  let text = "";
  while (text.length < chars) text += `${sentence(random, 8 + Math.floor(random.next() * 8))} `;
  return text.slice(0, chars).trim();
}

/** One item as a JSONL line of the `jsonl` import format (~2 KB). */
export function itemLine(index: number): string {
  const random = createRandom(index + 1);
  const item = {
    id: `item-${index.toString().padStart(7, "0")}`,
    input: {
      messages: [
        { role: "system", content: `You answer customer questions. Context: ${paragraph(random, 800)}` },
        { role: "user", content: paragraph(random, 300) },
      ],
    },
    expectedOutput: paragraph(random, 600),
    metadata: { source: "bench", topic: WORDS[index % WORDS.length], index },
  };
  return `${JSON.stringify(item)}\n`;
}

/** The whole file as chunks of `batch` lines, generated as it is read (never held whole). */
export async function* jsonlChunks(count: number, batch = 500): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for (let start = 0; start < count; start += batch) {
    let text = "";
    for (let index = start; index < Math.min(count, start + batch); index += 1) text += itemLine(index);
    yield encoder.encode(text);
  }
}
