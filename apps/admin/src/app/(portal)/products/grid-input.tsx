"use client";
import type { ComponentProps } from "react";
import { labelled } from "@commerce/ui/errors";
import { describedBy, inputClass } from "~/components/ui";
import { withoutPath } from "./product-form";

// An input in a table cell (a variant's SKU, price, stock): named by aria-label, since the column
// header alone does not say which row it belongs to, with its error under it.

/** The error as a sentence: "Price must be…", or the server's own words when they name the field. */
function sentence(field: string, error: string) {
  const bare = withoutPath(error);
  return bare.toLowerCase().includes(field.toLowerCase()) ? bare.charAt(0).toUpperCase() + bare.slice(1) : labelled(field, bare);
}

type InputProps = Omit<ComponentProps<"input">, "id" | "value" | "onChange" | "aria-label" | "className">;

export function GridInput({
  id,
  label,
  field,
  value,
  error,
  changed = false,
  onChange,
  className = "",
  ...props
}: InputProps & {
  id: string;
  /** The whole name, e.g. "Price of Crew Tee (M / red)". */
  label: string;
  /** The column's word, to read an error with: "Price must be more than zero". */
  field: string;
  value: string;
  error: string | undefined;
  /** Differs from what is saved: marked so the person sees what a save would send. */
  changed?: boolean;
  onChange: (value: string) => void;
  className?: string;
}) {
  return (
    <div className="min-w-24">
      <input
        {...props}
        {...describedBy(id, error)}
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        className={`${inputClass} py-1.5 ${changed ? "bg-amber-50 ring-1 ring-amber-300" : ""} ${className}`}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs whitespace-normal text-red-700">
          {sentence(field, error)}
        </p>
      )}
    </div>
  );
}
