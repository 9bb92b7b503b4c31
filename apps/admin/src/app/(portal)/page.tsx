"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Spinner } from "@commerce/ui/states";
import { QueryError } from "~/components/api-errors";
import { homeOf, useMe } from "~/components/session";

/** "/" leads to the signed-in role's home: Products, Orders or Companies. */
export default function Home() {
  const router = useRouter();
  const me = useMe();
  const role = me.data?.role;
  useEffect(() => {
    if (role) router.replace(homeOf(role));
  }, [role, router]);
  if (me.error) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  return <Spinner label="Opening your home page…" />;
}
