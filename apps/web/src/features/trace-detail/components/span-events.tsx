import type { TSpan } from "@spanlight/core";
import { CircleX, Clock } from "lucide-react";
import { CopyButton } from "@/components/ui/copy-button";
import { formatOffset } from "../lib/format";
import { readEvents, readList, ZSpanException } from "../lib/span-payload";
import type { TSpanException } from "../lib/span-payload";
import { KeyValueTable } from "./key-value-table";
import { EmptyNote, PanelSection } from "./panel-section";

type TSpanEventsProps = { span: TSpan; spanStartMs: number };

/** Exceptions first (with their stack traces as sent), then every event on the span's clock. */
export function SpanEvents({ span, spanStartMs }: TSpanEventsProps) {
  const exceptions = readList(span.exceptions, ZSpanException);
  const events = readEvents(span);
  return (
    <div className="flex flex-col gap-5">
      {exceptions.length > 0 ? (
        <PanelSection title={`Exceptions (${exceptions.length})`}>
          {exceptions.map((exception, position) => (
            <ExceptionCard key={position} exception={exception} spanStartMs={spanStartMs} />
          ))}
        </PanelSection>
      ) : null}
      <PanelSection title={`Events (${events.length})`}>
        {events.length === 0 ? (
          <EmptyNote>No events on this span.</EmptyNote>
        ) : (
          <ol className="flex flex-col gap-2">
            {events.map((event, position) => (
              <li key={position} className="rounded-md border border-zinc-200">
                <div className="flex h-8 items-center gap-2 px-2.5">
                  <Clock className="size-3.5 text-zinc-400" aria-hidden />
                  <span className="font-mono text-12 font-medium text-zinc-800">{event.name}</span>
                  {event.timeUnixNano !== undefined ? (
                    <span className="ml-auto text-12 text-zinc-500 tabular-nums">
                      {formatOffset(event.timeUnixNano - spanStartMs)}
                    </span>
                  ) : null}
                </div>
                {Object.keys(event.attributes).length > 0 ? (
                  <div className="px-2.5 pb-2.5">
                    <KeyValueTable entries={event.attributes} label="Event attributes" />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </PanelSection>
    </div>
  );
}

/** An exception: type and message, and the stack trace in monospace with its line breaks. */
export function ExceptionCard({ exception, spanStartMs }: { exception: TSpanException; spanStartMs: number }) {
  return (
    <div className="overflow-hidden rounded-md border border-red-200 bg-red-50/40" role="group" aria-label="Exception">
      <div className="flex items-start gap-2 px-3 py-2">
        <CircleX className="mt-0.5 size-4 shrink-0 text-red-600" aria-hidden />
        <div className="min-w-0 flex-1">
          <p className="font-mono text-12 font-semibold text-red-800">{exception.type ?? "Exception"}</p>
          {exception.message ? (
            <p className="mt-0.5 text-13 whitespace-pre-wrap text-red-900 [overflow-wrap:anywhere]">
              {exception.message}
            </p>
          ) : null}
        </div>
        {exception.timeUnixNano !== undefined ? (
          <span className="text-12 text-red-700/70 tabular-nums">
            {formatOffset(exception.timeUnixNano - spanStartMs)}
          </span>
        ) : null}
      </div>
      {exception.stacktrace ? (
        <div className="relative border-t border-red-200/70 bg-white">
          <CopyButton
            value={exception.stacktrace}
            label="Copy stack trace"
            className="absolute top-1 right-1 h-6 bg-white px-1"
          />
          <pre className="max-h-96 overflow-auto px-3 py-2 pr-9 font-mono text-12 leading-5 whitespace-pre text-zinc-800">
            {exception.stacktrace}
          </pre>
        </div>
      ) : null}
    </div>
  );
}
