// Shared class names, so buttons and panels look the same on every page.

export const primaryButton =
  "inline-flex items-center justify-center rounded-lg bg-gray-900 px-4 py-2 text-sm font-semibold text-white shadow-sm transition hover:bg-gray-700 disabled:cursor-not-allowed disabled:bg-gray-400";

export const secondaryButton =
  "inline-flex items-center justify-center rounded-lg border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-800 shadow-xs transition hover:border-gray-500 disabled:cursor-not-allowed disabled:opacity-60";

export const panel = "rounded-2xl border border-gray-200 bg-white p-5 shadow-sm";

export const textLink = "font-medium text-gray-900 underline underline-offset-4 hover:text-gray-600";
