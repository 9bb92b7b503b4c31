"use client";
import { button, Card, Field, inputClass } from "~/components/ui";
import { isColourOption } from "@commerce/core/colours";
import type { VariantOptions } from "./use-variant-options";
import { MAX_OPTIONS, MAX_VALUES, optionErrorKey, type OptionDraft } from "./variant-drafts";
import { ColourChoices, ValueChips } from "./value-chips";

const suggestedNames = ["Size", "Colour", "Material", "Style"];

/** The ways a new product comes (Size, Colour…): up to three options, each with its values. */
export function OptionsCard({ variants }: { variants: VariantOptions }) {
  const { options, errors } = variants;
  return (
    <Card
      title="Options"
      actions={
        <button type="button" className={button.small} onClick={variants.addOption} disabled={!variants.canAddOption}>
          <span aria-hidden="true">+</span> Add option
        </button>
      }
    >
      <div className="space-y-4">
        <p className="text-sm text-gray-600">
          {options.length
            ? `Each combination of the values is a variant with its own SKU, price and stock. Up to ${MAX_OPTIONS} options.`
            : "Does it come in sizes, colours or materials? Add an option and its values; each combination becomes a variant with its own SKU, price and stock. Without options, the product is one item in one colour."}
        </p>
        {errors.options && (
          <p role="alert" className="text-sm text-red-700">
            {errors.options}
          </p>
        )}
        {options.map((option, i) => (
          <OptionEditor key={option.key} option={option} index={i} variants={variants} />
        ))}
        <datalist id="option-name-suggestions">
          {suggestedNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
    </Card>
  );
}

function OptionEditor({ option, index, variants }: { option: OptionDraft; index: number; variants: VariantOptions }) {
  const label = `Option ${index + 1}`;
  const valuesId = `option-${option.key}-values`;
  const valuesError = variants.errors[optionErrorKey(option.key, "values")];
  return (
    <div className="space-y-3 rounded-md p-3 ring-1 ring-gray-200">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm font-semibold text-gray-900">{option.name.trim() || label}</p>
        <button
          type="button"
          className={button.smallDanger}
          onClick={() => variants.removeOption(option.key)}
          aria-label={`Remove option ${index + 1}${option.name.trim() ? ` (${option.name.trim()})` : ""}`}
        >
          Remove
        </button>
      </div>
      <Field
        id={`option-${option.key}-name`}
        label={`${label} name`}
        error={variants.errors[optionErrorKey(option.key, "name")]}
        hint="e.g. Size or Material. A Colour option's values are chosen from the palette."
      >
        {(aria) => (
          <input
            {...aria}
            list="option-name-suggestions"
            value={option.name}
            onChange={(e) => variants.rename(option.key, e.target.value)}
            maxLength={30}
            autoComplete="off"
            autoFocus={variants.lastAdded === option.key}
            className={`${inputClass} max-w-xs`}
          />
        )}
      </Field>
      {isColourOption(option.name) ? (
        <ColourChoices
          id={valuesId}
          label={`${label} values`}
          values={option.values}
          error={valuesError}
          onToggle={(colour, on) => variants.toggleColour(option.key, colour, on)}
        />
      ) : (
        <ValueChips
          id={valuesId}
          label={`${label} values`}
          values={option.values}
          error={valuesError}
          full={option.values.length >= MAX_VALUES}
          onAdd={(values) => variants.addValues(option.key, values)}
          onRemove={(value) => variants.removeValue(option.key, value)}
        />
      )}
    </div>
  );
}
