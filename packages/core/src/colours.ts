// The catalogue's colour palette: one list for filters, validation, swatches and the seed.
export const colourSwatches = {
  black: "#111827",
  white: "#f9fafb",
  grey: "#9ca3af",
  red: "#dc2626",
  orange: "#ea580c",
  yellow: "#facc15",
  green: "#16a34a",
  blue: "#2563eb",
  navy: "#1e3a8a",
  purple: "#7c3aed",
  pink: "#ec4899",
  brown: "#78350f",
  beige: "#e7d8c9",
} as const;

export type Colour = keyof typeof colourSwatches;
export const colours = Object.keys(colourSwatches) as [Colour, ...Colour[]];

/** The option whose values are colours from the palette (Colour, or Color): they draw swatches, tiles and the colour filter. */
export const isColourOption = (name: string) => /^colou?r$/i.test(name.trim());
