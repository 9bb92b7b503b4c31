import { formatMoney, type Money } from "@commerce/core/money";

export function Price({ value, className }: { value: Money; className?: string }) {
  return <span className={className}>{formatMoney(value)}</span>;
}
