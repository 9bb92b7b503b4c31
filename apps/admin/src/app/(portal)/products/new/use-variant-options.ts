"use client";
import { useRef, useState } from "react";
import { colours, type Colour } from "@commerce/core/colours";
import { isColourOption } from "@commerce/core/colours";
import {
  activeOptions,
  buildVariants,
  combinationCount,
  combinations,
  defaultSku,
  MAX_LISTED,
  MAX_OPTIONS,
  MAX_VALUES,
  MAX_VARIANTS,
  optionErrorKey,
  rowErrorKey,
  type CellField,
  type OptionDraft,
  type VariantRow,
} from "./variant-drafts";

/** What each variant starts with: the SKU as its base, the price and the stock typed above. */
type Defaults = { sku: string; price: string; stock: string };

const isPaletteColour = (value: string): value is Colour => (colours as readonly string[]).includes(value);

/**
 * The new-product form's options (up to three, each with its values) and the grid of variants
 * made of them. A cell not typed in follows the form's SKU, price and stock; a typed one keeps
 * what was typed. Removed rows stay removed until restored.
 */
export function useVariantOptions(defaults: Defaults) {
  const [options, setOptions] = useState<OptionDraft[]>([]);
  const nextKey = useRef(1);
  const [lastAdded, setLastAdded] = useState<number | null>(null);
  const [typed, setTyped] = useState<Record<string, Partial<Record<CellField, string>>>>({});
  const [removed, setRemoved] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const active = activeOptions(options);
  const count = active.length ? combinationCount(options) : 0;
  const listed = count > 0 && count <= MAX_LISTED;
  const all: VariantRow[] = listed
    ? combinations(options).map((values) => {
        const key = JSON.stringify(values);
        const own = typed[key] ?? {};
        return {
          key,
          title: values.join(" / "),
          options: Object.fromEntries(active.map((o, i) => [o.name.trim(), values[i]!])),
          sku: own.sku ?? defaultSku(defaults.sku, values),
          price: own.price ?? defaults.price,
          stock: own.stock ?? defaults.stock,
        };
      })
    : [];
  const rows = all.filter((row) => !removed.includes(row.key));

  function clearErrors(...keys: string[]) {
    if (keys.some((key) => errors[key] !== undefined)) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !keys.includes(key))));
  }

  function change(key: number, next: (option: OptionDraft) => OptionDraft, field: "name" | "values") {
    setOptions((list) => list.map((o) => (o.key === key ? next(o) : o)));
    clearErrors(optionErrorKey(key, field), "options", "variants");
  }

  function addOption() {
    if (options.length >= MAX_OPTIONS) return;
    const key = nextKey.current++;
    setOptions((list) => [...list, { key, name: "", values: [] }]);
    setLastAdded(key);
    clearErrors("options");
  }

  function removeOption(key: number) {
    setOptions((list) => list.filter((o) => o.key !== key));
    clearErrors(optionErrorKey(key, "name"), optionErrorKey(key, "values"), "options", "variants");
  }

  /** Renamed to Colour, an option keeps only the values that are palette colours. */
  function rename(key: number, name: string) {
    change(key, (o) => ({ ...o, name, values: isColourOption(name) ? o.values.map((v) => v.toLowerCase()).filter(isPaletteColour) : o.values }), "name");
  }

  /** Typed values join the option, once each (whatever their case), up to the limit. */
  function addValues(key: number, values: string[]) {
    change(
      key,
      (o) => {
        const next = [...o.values];
        for (const value of values.map((v) => v.trim()).filter(Boolean))
          if (next.length < MAX_VALUES && !next.some((v) => v.toLowerCase() === value.toLowerCase())) next.push(value);
        return { ...o, values: next };
      },
      "values",
    );
  }

  function removeValue(key: number, value: string) {
    change(key, (o) => ({ ...o, values: o.values.filter((v) => v !== value) }), "values");
  }

  /** A Colour option's values are ticked on the palette and kept in its order. */
  function toggleColour(key: number, colour: Colour, on: boolean) {
    change(key, (o) => ({ ...o, values: colours.filter((c) => (c === colour ? on : o.values.includes(c))) }), "values");
  }

  function editCell(rowKey: string, field: CellField, value: string) {
    setTyped((t) => ({ ...t, [rowKey]: { ...t[rowKey], [field]: value } }));
    clearErrors(rowErrorKey(rowKey, field), rowErrorKey(rowKey, "row"), "variants");
  }

  function removeRow(rowKey: string) {
    setRemoved((r) => [...r, rowKey]);
    clearErrors("variants");
  }

  /** The options and variants to send, or false after putting up what is wrong with them. */
  function build(currency: string) {
    if (count > MAX_LISTED) {
      setErrors({ variants: `The options make ${count.toLocaleString("en-GB")} variants; at most ${MAX_VARIANTS} can be added.` });
      return false;
    }
    const built = buildVariants(options, rows, currency);
    setErrors(built.errors ?? {});
    return built.input ? built : false;
  }

  return {
    options,
    lastAdded,
    canAddOption: options.length < MAX_OPTIONS,
    count,
    listed,
    rows,
    removedCount: all.length - rows.length,
    errors,
    setErrors,
    addOption,
    removeOption,
    rename,
    addValues,
    removeValue,
    toggleColour,
    editCell,
    removeRow,
    restoreRows: () => setRemoved([]),
    build,
  };
}

export type VariantOptions = ReturnType<typeof useVariantOptions>;
