// Shared class names, so buttons and panels look the same on every page.

export const primaryButton =
  "inline-flex items-center justify-center rounded-lg bg-gray-900 px-4 py-2 text-sm font-semibold text-white shadow-sm transition hover:bg-gray-700 disabled:cursor-not-allowed disabled:bg-gray-400";

export const secondaryButton =
  "inline-flex items-center justify-center rounded-lg border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-800 shadow-xs transition hover:border-gray-500 disabled:cursor-not-allowed disabled:opacity-60";

export const panel = "rounded-2xl border border-gray-200 bg-white p-5 shadow-sm";

export const textLink = "font-medium text-gray-900 underline underline-offset-4 hover:text-gray-600";

/**
 * Header buttons: a 40px icon square on a phone (the words stay for screen readers), the usual
 * button with its words from `sm` up. "snug" is for one that also shows an icon from `sm` up;
 * "words" keeps its words on a phone too.
 */
export function headerButton(kind: "primary" | "secondary", shape: "icon" | "snug" | "words" = "icon") {
  const look =
    kind === "primary"
      ? "bg-gray-900 font-semibold text-white shadow-sm hover:bg-gray-700 disabled:bg-gray-400"
      : "border border-gray-300 bg-white font-medium text-gray-800 shadow-xs hover:border-gray-500 disabled:opacity-60";
  const size = {
    icon: "h-10 w-10 p-0 sm:px-4",
    snug: "h-10 w-10 p-0 sm:px-3",
    words: "h-10 px-3 sm:px-4",
  }[shape];
  return `relative inline-flex shrink-0 items-center justify-center gap-2 rounded-lg text-sm transition disabled:cursor-not-allowed sm:h-auto sm:w-auto sm:py-2 ${size} ${look}`;
}
