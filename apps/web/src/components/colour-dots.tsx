/** The colours a product comes in, as small dots, each named for screen readers and on hover. */
export function ColourDots({ colours }: { colours: { colour: string; swatch: string }[] }) {
  if (colours.length === 0) return null;
  return (
    <span className="flex flex-wrap items-center gap-1">
      <span className="sr-only">{colours.length === 1 ? "Colour:" : "Colours:"}</span>
      {colours.map(({ colour, swatch }) => (
        <span
          key={colour}
          role="img"
          aria-label={colour}
          title={colour}
          className="h-3 w-3 rounded-full border border-black/15"
          style={{ backgroundColor: swatch }}
        />
      ))}
    </span>
  );
}
