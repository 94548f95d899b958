import type { TModelPriceContract } from "@spanlight/core";
import { Coins } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DeleteModelPriceDialog } from "./delete-model-price-dialog";
import { RetireModelPriceDialog } from "./retire-model-price-dialog";
import { PatternText } from "./pattern-text";
import { CoveredSpans, PricePeriod } from "./price-period";
import { RateCells, RateGroupHead, RateHeadRow } from "./price-columns";

type TProjectPricesTableProps = {
  projectId: string;
  prices: TModelPriceContract[];
  /** Spans each price costed, by price id. */
  coverage: Record<string, number>;
  /** Opens the edit dialog; absent for people who cannot change prices. */
  onEdit: ((price: TModelPriceContract) => void) | null;
};

export function ProjectPricesTable({ projectId, prices, coverage, onEdit }: TProjectPricesTableProps) {
  if (prices.length === 0) {
    return (
      <EmptyState
        icon={Coins}
        title="No project prices yet"
        description={
          onEdit
            ? "Spans are costed with the built-in prices below. Add a price for a model they miss, or override one — 0 for a model you host yourself."
            : "Spans are costed with the built-in prices below. Owners and admins can add prices that override them."
        }
      />
    );
  }
  return (
    <Table aria-label="Project model prices">
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead rowSpan={2}>Model</TableHead>
          <TableHead rowSpan={2}>Match pattern</TableHead>
          <RateGroupHead />
          <TableHead rowSpan={2}>In effect</TableHead>
          {onEdit ? <TableHead rowSpan={2} className="w-0" aria-label="Actions" /> : null}
        </TableRow>
        <RateHeadRow />
      </TableHeader>
      <TableBody>
        {prices.map((price) => (
          <TableRow key={price.id} data-model-name={price.modelName} data-price-id={price.id}>
            <TableCell className="max-w-44">
              <div className="truncate font-medium text-zinc-900" title={price.modelName}>
                {price.modelName}
              </div>
              <CoveredSpans projectId={projectId} price={price} spans={coverage[price.id] ?? 0} />
            </TableCell>
            <TableCell>
              <PatternText pattern={price.matchPattern} className="max-w-48" />
            </TableCell>
            <RateCells rates={price} />
            <TableCell>
              <PricePeriod price={price} />
            </TableCell>
            {onEdit ? (
              <TableCell className="text-right whitespace-nowrap">
                <Button variant="ghost" size="sm" aria-label={`Edit ${price.modelName}`} onClick={() => onEdit(price)}>
                  Edit
                </Button>
                {price.retiredAt === null ? <RetireModelPriceDialog projectId={projectId} price={price} /> : null}
                <DeleteModelPriceDialog projectId={projectId} price={price} />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
