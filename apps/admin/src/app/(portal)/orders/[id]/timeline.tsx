"use client";
import { StatusBadge } from "@commerce/ui/status-badge";
import { Card, formatDateTime } from "~/components/ui";
import type { Order } from "./use-order";

export function Timeline({ order }: { order: Order }) {
  return (
    <Card title="Timeline">
      {order.timeline.length === 0 ? (
        <p className="text-sm text-gray-500">No status changes recorded.</p>
      ) : (
        <ol className="relative space-y-4 border-l border-gray-200 pl-5">
          {order.timeline.map((t, i) => (
            <li key={`${t.at.toString()}-${i}`} className="relative">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.6rem] h-2.5 w-2.5 rounded-full bg-indigo-500 ring-4 ring-white" />
              <div className="flex flex-wrap items-center gap-1.5 text-sm">
                {t.from ? (
                  <>
                    <StatusBadge status={t.from} />
                    <span aria-hidden="true" className="text-gray-400">
                      →
                    </span>
                    <span className="sr-only">to</span>
                    <StatusBadge status={t.to} />
                  </>
                ) : (
                  <>
                    <span className="text-gray-700">Placed as</span>
                    <StatusBadge status={t.to} />
                  </>
                )}
              </div>
              {t.reason && <p className="mt-1 text-sm text-gray-600">{t.reason}</p>}
              <time dateTime={new Date(t.at).toISOString()} className="mt-0.5 block text-xs text-gray-500">
                {formatDateTime(t.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
