import { LoaderCircle, RotateCw } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatInteger } from "../lib/format-cells";

type TTableFooterProps = {
  rowCount: number;
  hasMore: boolean;
  isLoadingMore: boolean;
  loadError: string | null;
  onLoadMore: () => void;
};

/** Under the last row: the next page loading, a retry after a failure, a button, or the end. */
export function TableFooter({ rowCount, hasMore, isLoadingMore, loadError, onLoadMore }: TTableFooterProps) {
  if (loadError) {
    return (
      <div className="px-5 py-3">
        <Alert>
          <div className="flex items-center justify-between gap-3">
            <span>Could not load more traces: {loadError}</span>
            <Button variant="secondary" size="sm" onClick={onLoadMore}>
              <RotateCw aria-hidden />
              Retry
            </Button>
          </div>
        </Alert>
      </div>
    );
  }
  return (
    <div className="flex h-12 items-center justify-center gap-2 text-12 text-zinc-500">
      {isLoadingMore ? (
        <>
          <LoaderCircle className="size-3.5 animate-spin" aria-hidden />
          Loading more traces…
        </>
      ) : hasMore ? (
        <Button variant="ghost" size="sm" onClick={onLoadMore}>
          Load more
        </Button>
      ) : (
        <span>{rowCount === 1 ? "1 trace" : `${formatInteger(rowCount)} traces`} · end of list</span>
      )}
    </div>
  );
}
