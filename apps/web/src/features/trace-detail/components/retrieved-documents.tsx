import { FileText } from "lucide-react";
import { JsonViewer } from "@/components/json-viewer/json-viewer";
import { Badge } from "@/components/ui/badge";
import type { TRetrievedDocument } from "../lib/span-payload";
import type { TTextMode } from "./chat-message";
import { MessageContent } from "./chat-message";

/** What a retriever found, one card a document: its id, its score and its text (inert markdown). */
export function RetrievedDocuments({ documents, textMode }: { documents: TRetrievedDocument[]; textMode: TTextMode }) {
  return (
    <ol aria-label="Retrieved documents" className="flex flex-col gap-2">
      {documents.map((document, index) => (
        <li key={`${document.id ?? "document"}-${index}`} className="rounded-md border border-zinc-200 bg-white">
          <div className="flex items-center gap-2 border-b border-zinc-100 px-3 py-1.5 text-12">
            <FileText className="size-3.5 text-zinc-400" aria-hidden />
            <span className="font-medium text-zinc-700">#{index + 1}</span>
            {document.id !== null ? (
              <span className="truncate font-mono text-zinc-500" title={document.id}>
                {document.id}
              </span>
            ) : null}
            {document.score !== null ? (
              <Badge tone="brand" className="ml-auto py-0 tabular-nums" title={String(document.score)}>
                score {document.score.toFixed(3)}
              </Badge>
            ) : null}
          </div>
          <div className="px-3 py-2 text-13 text-zinc-800">
            <MessageContent content={document.content} isToolResult={false} textMode={textMode} />
          </div>
          {document.metadata !== null ? (
            <div className="border-t border-zinc-100 px-3 py-2">
              <JsonViewer value={document.metadata} title="Metadata" />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
