import { statusWords, type StatusKind } from "./order-status";

const tone: Record<StatusKind, Record<string, string>> = {
  order: {
    PENDING: "bg-amber-100 text-amber-900",
    PAID: "bg-emerald-100 text-emerald-900",
    FULFILLED: "bg-sky-100 text-sky-900",
    DELIVERED: "bg-indigo-100 text-indigo-900",
    CANCELLED: "bg-gray-200 text-gray-700",
  },
  payment: { PROCESSING: "bg-amber-100 text-amber-900", SUCCEEDED: "bg-emerald-100 text-emerald-900", FAILED: "bg-red-100 text-red-900" },
  refund: { PENDING: "bg-amber-100 text-amber-900", SUCCEEDED: "bg-emerald-100 text-emerald-900", FAILED: "bg-red-100 text-red-900" },
};

/** A status in words; data-status keeps the API's name for tests and styling hooks. */
export function StatusBadge({ status, kind = "order" }: { status: string; kind?: StatusKind }) {
  return (
    <span data-status={status} className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone[kind][status] ?? "bg-gray-100 text-gray-800"}`}>
      {statusWords(kind, status)}
    </span>
  );
}
