// Choosing a product's variant one option at a time (Size, then Colour…): which values go with
// the others chosen, and which variant a new value leads to. Pure, so the picker's hook and the
// tests share it.

/** Option name → chosen value: { Size: "M", Colour: "red" }. */
export type Choice = Readonly<Record<string, string>>;

/** What the choice needs of a variant. */
export interface ChoosableVariant {
  id: string;
  options: Choice;
  inStock: boolean;
}

/**
 * How a value of one option stands beside the values chosen for the others:
 * a variant in stock has it, only sold-out ones do, or no variant has that combination.
 */
export type ValueState = "available" | "sold-out" | "unavailable";

const has = (variant: ChoosableVariant, choice: Choice) => Object.entries(choice).every(([name, value]) => variant.options[name] === value);

/** The variant shown first: the one asked for (a link's ?variant=), else the first in stock, else the first. */
export function defaultVariant<V extends ChoosableVariant>(variants: readonly V[], wanted?: string | null): V | undefined {
  return variants.find((v) => v.id === wanted) ?? variants.find((v) => v.inStock) ?? variants[0];
}

/** Whether `value` of `option`, with the other options as chosen, names a variant, and whether one such is in stock. */
export function valueState(variants: readonly ChoosableVariant[], choice: Choice, option: string, value: string): ValueState {
  const matches = variants.filter((v) => has(v, { ...choice, [option]: value }));
  return matches.length === 0 ? "unavailable" : matches.some((v) => v.inStock) ? "available" : "sold-out";
}

/**
 * The variant chosen when `option` is set to `value`: the one with the value that keeps most of
 * the other choices (all of them when that variant exists, in stock or not), then in stock before
 * sold out, then earlier before later. Undefined when no variant has the value.
 */
export function chooseValue<V extends ChoosableVariant>(variants: readonly V[], choice: Choice, option: string, value: string): V | undefined {
  const kept = (v: V) => Object.entries(choice).filter(([name, chosen]) => name !== option && v.options[name] === chosen).length;
  let best: V | undefined;
  for (const v of variants) {
    if (v.options[option] !== value) continue;
    if (!best || kept(v) > kept(best) || (kept(v) === kept(best) && v.inStock && !best.inStock)) best = v;
  }
  return best;
}
