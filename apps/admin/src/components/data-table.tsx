"use client";
import { Fragment, type ComponentProps, type ReactNode } from "react";
import { Empty, Spinner } from "@commerce/ui/states";
import { QueryError } from "./api-errors";
import { button, Pagination, table } from "./ui";

// The admin's one table: columns, rows, optional expandable detail rows, and the states around
// it (loading, error, empty, pagination or "Load more"). It renders; it decides nothing.

export interface Column<T> {
  id: string;
  header: ReactNode;
  align?: "left" | "right";
  /** Extra classes for the header cell. */
  headerClassName?: string;
  /** Extra classes for each body cell. */
  className?: string;
  cell: (row: T) => ReactNode;
}

type RowProps = ComponentProps<"tr"> & Record<`data-${string}`, string | undefined>;

export interface DataTableProps<T> {
  columns: readonly Column<T>[];
  /** Undefined while the first page loads (or when it failed). */
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  /** Names the table for assistive technology (a visually hidden caption). */
  caption?: string;
  loading?: boolean;
  loadingLabel?: string;
  error?: unknown;
  onRetry?: () => void;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** Faded while placeholder data from the previous page is shown. */
  dimmed?: boolean;
  rowProps?: (row: T) => RowProps;
  /** Content of an extra full-width row under a row; null/undefined for none. Its id is detailsIdOf(key). */
  details?: (row: T) => ReactNode;
  /** Rows for a <tfoot>. */
  footer?: ReactNode;
  pagination?: ComponentProps<typeof Pagination>;
  loadMore?: { hasMore: boolean; loading: boolean; onLoadMore: () => void; label?: string };
  /** Below the table, e.g. "Showing the latest 100". */
  note?: ReactNode;
  /** Tighter cell padding, for wide tables. */
  dense?: boolean;
}

/** The id of a row's detail row, for aria-controls on the button that opens it. */
export function detailsIdOf(key: string) {
  return `details-${key}`;
}

export function DataTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  loading = false,
  loadingLabel = "Loading…",
  error,
  onRetry,
  empty = "Nothing here yet.",
  dimmed = false,
  rowProps,
  details,
  footer,
  pagination,
  loadMore,
  note,
  dense = false,
}: DataTableProps<T>) {
  const pad = (cls: string) => (dense ? cls.replace("px-4", "px-3") : cls);
  // A failed refetch keeps the rows already shown, with the error above them.
  if (error && !rows) return <QueryError error={error} {...(onRetry ? { onRetry } : {})} />;
  if (loading && !rows) return <Spinner label={loadingLabel} />;
  if (!rows) return null;

  return (
    <div className="space-y-3">
      {error ? <QueryError error={error} {...(onRetry ? { onRetry } : {})} /> : null}
      {rows.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <div className={`${table.wrapper} relative transition-opacity ${dimmed ? "opacity-60" : ""}`}>
          <table className={table.table}>
            {caption && <caption className="sr-only">{caption}</caption>}
            <thead className="bg-gray-50">
              <tr>
                {columns.map((c) => (
                  <th key={c.id} scope="col" className={`${pad(c.align === "right" ? table.thRight : table.th)} ${c.headerClassName ?? ""}`}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {rows.map((row) => {
                const key = rowKey(row);
                const { className, ...props } = rowProps?.(row) ?? {};
                const detail = details?.(row);
                const open = detail !== null && detail !== undefined && detail !== false;
                return (
                  <Fragment key={key}>
                    <tr {...props} className={className ?? (open ? "bg-gray-50" : table.row)}>
                      {columns.map((c) => (
                        <td key={c.id} className={`${pad(c.align === "right" ? table.tdRight : table.td)} ${c.className ?? ""}`}>
                          {c.cell(row)}
                        </td>
                      ))}
                    </tr>
                    {open && (
                      <tr id={detailsIdOf(key)} className="bg-gray-50">
                        <td colSpan={columns.length} className="px-4 pb-4">
                          {detail}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
            {footer && <tfoot className="bg-gray-50">{footer}</tfoot>}
          </table>
        </div>
      )}
      {note}
      {pagination && rows.length > 0 && <Pagination {...pagination} />}
      {loadMore?.hasMore && (
        <div className="flex justify-center">
          <button
            type="button"
            className={button.secondary}
            onClick={loadMore.onLoadMore}
            disabled={loadMore.loading}
            aria-busy={loadMore.loading || undefined}
          >
            {loadMore.loading && (
              <span aria-hidden="true" className="h-3.5 w-3.5 motion-safe:animate-spin rounded-full border-2 border-gray-300 border-t-gray-700" />
            )}
            {loadMore.label ?? "Load more"}
          </button>
        </div>
      )}
    </div>
  );
}
