/**
 * Five stars filled to `value` (0 to 5, halves and tenths too), read out as `label`. The glyphs
 * are decoration; the label is what a screen reader says.
 */
export function Stars({ value, label, className = "text-base" }: { value: number; label: string; className?: string }) {
  const filled = `${Math.max(0, Math.min(5, value)) * 20}%`;
  return (
    <span role="img" aria-label={label} className={`relative inline-block shrink-0 leading-none whitespace-nowrap ${className}`}>
      <span aria-hidden="true" className="text-gray-300">
        ★★★★★
      </span>
      <span aria-hidden="true" className="absolute inset-y-0 left-0 overflow-hidden text-amber-500" style={{ width: filled }}>
        ★★★★★
      </span>
    </span>
  );
}
