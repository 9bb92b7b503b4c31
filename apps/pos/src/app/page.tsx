"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import { Price } from "@commerce/ui/money";
import { ErrorBox, Spinner } from "@commerce/ui/states";

export default function Home() {
  const trpc = useTRPC();
  const products = useQuery(trpc.product.getAll.queryOptions({ page: 1, pageSize: 24 }));
  if (products.isPending) return <Spinner />;
  if (products.error) return <ErrorBox error={products.error} />;
  return (
    <ul>
      {products.data.items.map((p) => (
        <li key={p.id}>{p.name} <Price value={p.price} /></li>
      ))}
    </ul>
  );
}
