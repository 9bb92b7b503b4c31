"use client";
import { useState, type KeyboardEvent, type ReactNode } from "react";
import { colours, colourSwatches, type Colour } from "@commerce/core/colours";
import { labelled } from "@commerce/ui/errors";
import { Field, inputClass } from "~/components/ui";

// An option's values: typed as chips (Enter or a comma after each) or, for a Colour option,
// ticked on the palette.

/** Values typed one by one or pasted as "S, M, L"; each shows as a chip with a button to remove it. */
export function ValueChips({
  id,
  label,
  values,
  error,
  full,
  hint,
  placeholder = "S, M, L",
  removeLabel,
  onAdd,
  onRemove,
}: {
  id: string;
  label: string;
  values: string[];
  error: string | undefined;
  /** The option has as many values as it may. */
  full: boolean;
  /** Replaces the option's hint (how to type values, or that it is full). */
  hint?: ReactNode;
  placeholder?: string;
  /** The remove button's name for a value; "Remove M from Size" by default. */
  removeLabel?: (value: string) => string;
  onAdd: (values: string[]) => void;
  onRemove: (value: string) => void;
}) {
  const [text, setText] = useState("");

  function commit(raw: string) {
    const parts = raw.split(",").map((v) => v.trim());
    if (parts.some(Boolean)) onAdd(parts);
  }

  function onChange(value: string) {
    if (!value.includes(",")) return setText(value);
    const parts = value.split(",");
    setText(parts.pop()!);
    commit(parts.join(","));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      // Enter adds the value; it does not send the form.
      event.preventDefault();
      commit(text);
      setText("");
    } else if (event.key === "Backspace" && !text && values.length) onRemove(values.at(-1)!);
  }

  return (
    <Field
      id={id}
      label={label}
      error={error}
      hint={hint ?? (full ? "That is as many values as an option can have." : "Press Enter or type a comma after each value, e.g. S, M, L")}
    >
      {(aria) => (
        <div className="space-y-2">
          {values.length > 0 && (
            <ul className="flex flex-wrap gap-1.5">
              {values.map((value) => (
                <li
                  key={value}
                  className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-2.5 text-sm text-indigo-900 ring-1 ring-indigo-200"
                >
                  {value}
                  <button
                    type="button"
                    onClick={() => onRemove(value)}
                    aria-label={removeLabel ? removeLabel(value) : `Remove ${value} from ${label.replace(/ values$/, "")}`}
                    className="rounded-full px-1.5 text-indigo-700 hover:bg-indigo-100 hover:text-indigo-950"
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            {...aria}
            value={text}
            disabled={full}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => {
              commit(text);
              setText("");
            }}
            maxLength={200}
            autoComplete="off"
            placeholder={values.length ? "Another value" : placeholder}
            className={inputClass}
          />
        </div>
      )}
    </Field>
  );
}

/** A Colour option's values: the palette's colours as checkboxes, each with its swatch. */
export function ColourChoices({
  id,
  label,
  values,
  error,
  onToggle,
}: {
  id: string;
  label: string;
  values: string[];
  error: string | undefined;
  onToggle: (colour: Colour, on: boolean) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1 block text-sm font-medium text-gray-800">{label}</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {colours.map((colour, i) => (
          <label key={colour} className="flex items-center gap-2 rounded-md px-2 py-1 text-sm text-gray-800 ring-1 ring-gray-200 has-checked:ring-indigo-500">
            <input
              type="checkbox"
              id={i === 0 ? id : undefined}
              {...(error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {})}
              checked={values.includes(colour)}
              onChange={(e) => onToggle(colour, e.target.checked)}
            />
            <span aria-hidden="true" className="h-4 w-4 shrink-0 rounded-full ring-1 ring-black/10" style={{ backgroundColor: colourSwatches[colour] }} />
            {colour}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {labelled(label, error)}
        </p>
      )}
    </fieldset>
  );
}
