import type { TAgreementResult } from "@spanlight/core";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatPercent, formatStatistic } from "../lib/format-statistic";
import { StatTiles } from "./stat-tiles";

type TAgreementSummaryProps = {
  agreement: TAgreementResult;
  /** Rater id → a person's name, for reviewers; other raters show their author id. */
  raterNames: Record<string, string>;
};

/** Alpha, kappas and percent agreement of one score name, and every reviewer pair's agreement. */
export function AgreementSummary({ agreement, raterNames }: TAgreementSummaryProps) {
  const raters = [...new Set(agreement.pairs.flatMap((pair) => [pair.a, pair.b]))];
  const nameOf = (rater: string) => raterNames[rater] ?? rater;
  const pairOf = (a: string, b: string) =>
    agreement.pairs.find((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a));
  return (
    <section aria-label={`Agreement on ${agreement.name}`} className="flex flex-col gap-3">
      <StatTiles
        label={`Agreement statistics for ${agreement.name}`}
        tiles={[
          {
            label: "Krippendorff's α",
            value: formatStatistic(agreement.krippendorffAlpha),
            hint: `${agreement.level} level`,
          },
          { label: "Cohen's κ", value: formatStatistic(agreement.cohenKappa), hint: "two raters only" },
          { label: "Fleiss' κ", value: formatStatistic(agreement.fleissKappa), hint: "equal ratings per item" },
          {
            label: "Percent agreement",
            value: formatPercent(agreement.percentAgreement),
            hint: `${agreement.targets} items, ${agreement.raters} raters`,
          },
        ]}
      />
      {raters.length >= 2 ? (
        <div className="overflow-x-auto rounded-lg border border-zinc-200">
          <Table aria-label="Reviewer by reviewer agreement">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="px-3">Reviewer</TableHead>
                {raters.map((rater) => (
                  <TableHead key={rater} className="px-3 text-right">
                    {nameOf(rater)}
                  </TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {raters.map((row) => (
                <TableRow key={row}>
                  <TableCell className="h-10 px-3 font-medium text-zinc-900">{nameOf(row)}</TableCell>
                  {raters.map((column) => {
                    const pair = row === column ? null : pairOf(row, column);
                    return (
                      <TableCell key={column} className="px-3 text-right tabular-nums">
                        {pair ? (
                          <span title={`${pair.n} items both reviewed; Cohen's κ ${formatStatistic(pair.cohenKappa)}`}>
                            {formatPercent(pair.percentAgreement)}
                            <span className="ml-1 text-12 text-zinc-400">κ {formatStatistic(pair.cohenKappa)}</span>
                          </span>
                        ) : (
                          <span className="text-zinc-300">–</span>
                        )}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
