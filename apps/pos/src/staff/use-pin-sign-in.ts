"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { signIn, useSession } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@commerce/ui/trpc";
import { rememberShop, useRememberedShop } from "./shop-memory";

// next-auth's own codes, for the rare answers that don't carry the server's message.
const nextAuthCodes: Record<string, string> = {
  CredentialsSignin: "Wrong shop code, staff number or PIN",
  AccessDenied: "This account can't sign in to the till",
  Configuration: "Signing in is not working right now. Ask your manager.",
  Callback: "Signing in is not working right now. Try again.",
};

/** Signing in at the till: shop (remembered per till), staff number and PIN, through next-auth. */
export function usePinSignIn() {
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remembered = useRememberedShop();

  const [changingShop, setChangingShop] = useState(false);
  const [shopText, setShopText] = useState("");
  const [staff, setStaff] = useState("");
  const [pin, setPin] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const shopRef = useRef<HTMLInputElement>(null);
  const staffRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const shopLabelId = useId();

  // Already signed in on this till (e.g. the back button): straight to the sale. The API has the
  // last word (the session may have been revoked); next-auth's view only saves asking when signed out.
  const { status } = useSession();
  const me = useQuery({ ...trpc.identity.me.queryOptions(), enabled: status === "authenticated", retry: false, staleTime: 0 });
  useEffect(() => {
    if (me.data) router.replace("/");
  }, [me.data, router]);

  const askShop = remembered === null || changingShop;
  const shop = askShop ? shopText : (remembered ?? "");

  function startChangingShop() {
    setShopText(remembered ?? "");
    setChangingShop(true);
    setError(null);
    requestAnimationFrame(() => shopRef.current?.select());
  }

  function press(key: string) {
    setError(null);
    if (key === "clear") setPin("");
    else if (key === "back") setPin((p) => p.slice(0, -1));
    else setPin((p) => p + key);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const res = await signIn("pin", { redirect: false, shop, staff, pin });
      if (!res?.ok || res.error) {
        setError(res?.error ? (nextAuthCodes[res.error] ?? res.error) : "Could not sign in. Try again.");
        setPin("");
        setBusy(false);
        return;
      }
    } catch {
      // next-auth's client throws when the answer isn't its own (e.g. the per-address limit, or no network).
      setError("Could not sign in: too many attempts from this till, or the server can't be reached. Wait a minute and try again.");
      setPin("");
      setBusy(false);
      return;
    }
    rememberShop(shop.trim().toUpperCase());
    setChangingShop(false);
    queryClient.clear();
    router.replace("/");
  }

  return {
    remembered,
    changingShop,
    setChangingShop,
    shopText,
    setShopText,
    staff,
    setStaff,
    pin,
    setPin,
    busy,
    error,
    setError,
    shopRef,
    staffRef,
    pinRef,
    shopLabelId,
    me,
    askShop,
    shop,
    startChangingShop,
    press,
    submit,
  };
}
