import type { TChatMessageContract } from "@spanlight/core";
import { ChatMessage } from "./chat-message";
import type { TTextMode } from "./chat-message";
import { EmptyNote } from "./panel-section";

/** The messages of one side of a model call, in order. */
export function ChatThread({
  messages,
  label,
  textMode,
}: {
  messages: TChatMessageContract[] | null;
  label: string;
  textMode: TTextMode;
}) {
  if (!messages || messages.length === 0) return <EmptyNote>No {label.toLowerCase()} messages recorded.</EmptyNote>;
  return (
    <div className="flex flex-col gap-2" aria-label={`${label} messages`} role="list">
      {messages.map((message, position) => (
        <div role="listitem" key={position}>
          <ChatMessage message={message} textMode={textMode} />
        </div>
      ))}
    </div>
  );
}
