"use client";
import { useSyncExternalStore } from "react";

// The till remembers which shop it stands in (the code of the last successful sign-in), so staff
// only type their number and PIN. Kept in localStorage: it is a device setting, not a secret.

const KEY = "pos.shopCode";
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(KEY) || null;
  } catch {
    return null; // storage disabled (private mode, policy): the till just asks every time
  }
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The remembered shop code; null if none, undefined while rendering on the server (not known yet). */
export function useRememberedShop(): string | null | undefined {
  return useSyncExternalStore(subscribe, read, () => undefined);
}

export function rememberShop(code: string) {
  try {
    window.localStorage.setItem(KEY, code);
  } catch {
    return;
  }
  listeners.forEach((l) => l());
}
