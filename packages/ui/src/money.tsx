import { formatMoney, type Money } from "@commerce/core/money";

// Money as people read it ("€129.50"). Every app shows amounts through here.
export { formatMoney, type Money };

export function Price({ value, className }: { value: Money; className?: string }) {
  return <span className={className}>{formatMoney(value)}</span>;
}
