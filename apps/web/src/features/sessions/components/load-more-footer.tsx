"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatInteger } from "@/features/trace-detail/lib/format";

type TLoadMoreFooterProps = {
  shownCount: number;
  noun: { one: string; other: string };
  hasMore: boolean;
  isLoading: boolean;
  error: string | null;
  onLoadMore: () => void;
};

/** Under a keyset-paged table: how many rows are shown, and the button for the next page. */
export function LoadMoreFooter({ shownCount, noun, hasMore, isLoading, error, onLoadMore }: TLoadMoreFooterProps) {
  return (
    <div className="flex flex-col gap-2 border-t border-zinc-200 bg-zinc-50/60 px-3 py-2">
      <div className="flex min-h-7 items-center justify-between gap-3 text-12 text-zinc-500">
        <span className="tabular-nums">
          {formatInteger(shownCount)} {shownCount === 1 ? noun.one : noun.other}
          {hasMore ? " shown" : ""}
        </span>
        {hasMore ? (
          <Button variant="secondary" size="sm" isLoading={isLoading} onClick={onLoadMore}>
            Load more
          </Button>
        ) : null}
      </div>
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
