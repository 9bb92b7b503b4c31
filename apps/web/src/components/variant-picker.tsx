"use client";
import { useId } from "react";
import { colourSwatches } from "@commerce/core/colours";
import type { RouterOutputs } from "@commerce/api/client";
import type { VariantChoice } from "~/lib/use-variant-choice";
import type { ValueState } from "~/lib/variant-choice";

type Option = RouterOutputs["product"]["get"]["options"][number];

/** Read after a value's name, so a screen reader hears what the picture shows. */
const stateWords: Record<ValueState, string> = { available: "", "sold-out": ", sold out", unavailable: ", not available" };

/**
 * One group of buttons per option (Size: S M L; Colour: swatches). Each says whether it is
 * chosen (aria-pressed) and how it stands beside the other choices: sold out is struck through,
 * a combination that does not exist is dashed and faded; choosing it moves the others to one that does.
 */
export function VariantPicker({ options, choice }: { options: Option[]; choice: VariantChoice }) {
  return (
    <div className="space-y-4">
      {options.map((option) => (
        <OptionGroup key={option.name} option={option} choice={choice} />
      ))}
    </div>
  );
}

function OptionGroup({ option, choice }: { option: Option; choice: VariantChoice }) {
  const labelId = useId();
  const chosen = choice.variant.options[option.name];
  return (
    <div role="group" aria-labelledby={labelId}>
      <p className="mb-2 text-sm text-gray-700">
        <span id={labelId} className="font-medium">
          {option.name}
        </span>
        {chosen && <span className="ml-2 capitalize text-gray-500">{chosen}</span>}
      </p>
      <div className="flex flex-wrap gap-2">
        {option.values.map((value) => (
          <ValueButton
            key={value}
            value={value}
            colour={option.colour}
            pressed={value === chosen}
            state={choice.stateOf(option.name, value)}
            onChoose={() => choice.choose(option.name, value)}
          />
        ))}
      </div>
    </div>
  );
}

function ValueButton({
  value,
  colour,
  pressed,
  state,
  onChoose,
}: {
  value: string;
  colour: boolean;
  pressed: boolean;
  state: ValueState;
  onChoose: () => void;
}) {
  const ring = pressed ? "border-gray-900 ring-2 ring-gray-900/20" : "border-gray-300 hover:border-gray-500";
  // Faded by colour, not opacity, so the text keeps its contrast.
  const dashed = state === "unavailable" ? "border-dashed" : "";
  if (colour) {
    const swatch = colourSwatches[value as keyof typeof colourSwatches] ?? colourSwatches.grey;
    return (
      <button
        type="button"
        aria-pressed={pressed}
        title={`${value}${stateWords[state]}`}
        onClick={onChoose}
        className={`relative h-10 w-10 rounded-full border-2 p-1 transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-gray-900 ${ring} ${dashed}`}
      >
        <span
          aria-hidden="true"
          className={`block h-full w-full rounded-full border border-black/15 ${state === "unavailable" ? "opacity-40" : ""}`}
          style={{ backgroundColor: swatch }}
        />
        {state !== "available" && (
          // A diagonal line across the swatch: sold out, or not in this combination.
          <span aria-hidden="true" className="absolute inset-x-1 top-1/2 h-0.5 -translate-y-1/2 -rotate-45 rounded bg-gray-700" />
        )}
        <span className="sr-only">
          {value}
          {stateWords[state]}
        </span>
      </button>
    );
  }

  return (
    <button
      type="button"
      aria-pressed={pressed}
      // One name for the value and its state ("M, sold out"): text nodes and an sr-only span would read "M , sold out".
      aria-label={`${value}${stateWords[state]}`}
      onClick={onChoose}
      className={`min-w-12 rounded-lg border-2 px-3 py-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-gray-900 ${ring} ${dashed} ${
        pressed ? "bg-gray-900 text-white" : state === "available" ? "bg-white text-gray-900" : "bg-white text-gray-500"
      }`}
    >
      <span className={state === "available" ? undefined : "line-through"}>{value}</span>
    </button>
  );
}
