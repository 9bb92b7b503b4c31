const tone: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  PAID: "bg-emerald-100 text-emerald-900",
  FULFILLED: "bg-sky-100 text-sky-900",
  DELIVERED: "bg-indigo-100 text-indigo-900",
  CANCELLED: "bg-gray-200 text-gray-700",
  SUCCEEDED: "bg-emerald-100 text-emerald-900",
  FAILED: "bg-red-100 text-red-900",
  PROCESSING: "bg-amber-100 text-amber-900",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span data-status={status} className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone[status] ?? "bg-gray-100 text-gray-800"}`}>
      {status}
    </span>
  );
}
