import { formatMoney, type Money } from "@commerce/ui/money";
import { Field, inputClass } from "@commerce/ui/form";

/** How many to buy, with the running total beside it: on the product page and at checkout. */
export function QuantityField({
  value,
  onChange,
  total,
  totalLabel = "Estimated total",
  disabled,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  total: Money;
  totalLabel?: string;
  disabled: boolean;
  error?: string | undefined;
}) {
  return (
    <Field
      id="quantity"
      label="Quantity"
      error={error}
      aside={
        <p className="text-sm text-gray-500">
          {totalLabel}: <span className="font-semibold text-gray-900">{formatMoney(total)}</span>
        </p>
      }
    >
      {(aria) => (
        <input
          {...aria}
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={disabled}
          className={inputClass}
        />
      )}
    </Field>
  );
}
