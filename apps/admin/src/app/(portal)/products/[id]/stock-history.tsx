"use client";
import { formatDateTime } from "@commerce/ui/dates";
import { DataTable, type Column } from "~/components/data-table";
import { variantName } from "../product-words";
import { changeWords, reasonWords, type StockEntry } from "./stock-words";
import { useStockHistory } from "./use-stock";

const columns: Column<StockEntry>[] = [
  { id: "at", header: "When", className: "whitespace-nowrap", cell: (a) => formatDateTime(a.at) },
  { id: "who", header: "Who", cell: (a) => a.adjustedBy },
  { id: "reason", header: "Reason", cell: (a) => reasonWords[a.reason] },
  {
    id: "change",
    header: "Change",
    align: "right",
    cell: (a) => <span className={`font-semibold ${a.change < 0 ? "text-red-700" : "text-emerald-700"}`}>{changeWords(a.change)}</span>,
  },
  {
    id: "stock",
    header: "Stock",
    align: "right",
    className: "text-gray-600",
    cell: (a) => `${a.before.toLocaleString("en-GB")} → ${a.after.toLocaleString("en-GB")}`,
  },
  { id: "note", header: "Note", className: "max-w-xs break-words text-gray-700", cell: (a) => a.note ?? "" },
];

const variantColumn: Column<StockEntry> = {
  id: "variant",
  header: "Variant",
  cell: (a) => (
    <>
      <span className="whitespace-nowrap text-gray-900">{variantName({ title: a.variantTitle })}</span>
      {a.sku && <span className="block font-mono text-xs text-gray-500">{a.sku}</span>}
    </>
  ),
};

/** Hand changes to the stock, newest first, with who made them and why (and, with several variants, of which). */
export function StockHistory({ productId, showVariant }: { productId: string; showVariant: boolean }) {
  const history = useStockHistory(productId);
  const rows = history.data?.pages.flatMap((p) => p.items);

  return (
    <section aria-labelledby="stock-history-title" className="space-y-3">
      <h3 id="stock-history-title" className="text-sm font-semibold text-gray-900">
        Stock history
      </h3>
      <DataTable
        caption="Stock adjustments, newest first"
        dense
        columns={showVariant ? [columns[0]!, variantColumn, ...columns.slice(1)] : columns}
        rows={rows}
        rowKey={(a) => a.id}
        loading={history.isPending}
        loadingLabel="Loading stock history…"
        error={history.error}
        onRetry={() => void history.refetch()}
        empty="No stock adjustments yet. Sales and cancellations are not listed here."
        loadMore={{ hasMore: !!history.hasNextPage, loading: history.isFetchingNextPage, onLoadMore: () => void history.fetchNextPage() }}
      />
    </section>
  );
}
