import type { TDatasetFromTracesPreview } from "@spanlight/core";
import { previewJson } from "../lib/preview-json";

/** The first items the add would write, as one line each. */
export function FromTracesPreview({ preview }: { preview: TDatasetFromTracesPreview }) {
  return (
    <section aria-label="Preview" className="flex flex-col gap-1.5">
      <h3 className="text-12 font-semibold tracking-wide text-zinc-500 uppercase">
        Preview: the first {preview.items.length} of {preview.matched} items
      </h3>
      {preview.items.length === 0 ? (
        <p className="text-13 text-zinc-500">No trace matches, or none has the span asked for.</p>
      ) : (
        <table className="w-full table-fixed border-collapse rounded-md border border-zinc-200 text-12">
          <thead>
            <tr className="bg-zinc-50 text-left text-zinc-500">
              <th className="w-28 px-2.5 py-1 font-medium">Trace</th>
              <th className="px-2.5 py-1 font-medium">Input</th>
              <th className="px-2.5 py-1 font-medium">Expected output</th>
            </tr>
          </thead>
          <tbody>
            {preview.items.map((item, index) => (
              <tr key={`${item.sourceSpanId ?? index}`} className="border-t border-zinc-100 font-mono">
                <td className="truncate px-2.5 py-1 text-zinc-500">{item.sourceTraceId?.slice(0, 10)}…</td>
                <td className="truncate px-2.5 py-1 text-zinc-800">{previewJson(item.input)}</td>
                <td className="truncate px-2.5 py-1 text-zinc-800">{previewJson(item.expectedOutput)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
