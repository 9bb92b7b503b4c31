"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@commerce/ui/trpc";
import type { RouterOutputs } from "@commerce/api/client";

export type WishlistItem = RouterOutputs["wishlist"]["list"][number];

/** The signed-in customer's wishlist, newest first (only asked for when `enabled`). */
export function useWishlist(enabled = true) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.wishlist.list.queryOptions(), enabled });
}

/**
 * Saving and removing products. Each answers with the whole list, which replaces the cached
 * one; a press while a change runs is ignored.
 */
export function useWishlistChanges() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.wishlist.list.queryKey();
  const options = {
    onMutate: () => queryClient.cancelQueries({ queryKey: key }),
    onSuccess: (list: WishlistItem[]) => queryClient.setQueryData(key, list),
    onError: () => void queryClient.invalidateQueries({ queryKey: key }),
  };
  const add = useMutation(trpc.wishlist.add.mutationOptions(options));
  const remove = useMutation(trpc.wishlist.remove.mutationOptions(options));
  const busy = add.isPending || remove.isPending;

  async function change(save: boolean, productId: string): Promise<boolean> {
    if (busy) return false;
    add.reset();
    remove.reset();
    try {
      await (save ? add : remove).mutateAsync({ productId });
      return true;
    } catch {
      return false;
    }
  }

  return {
    save: (productId: string) => change(true, productId),
    remove: (productId: string) => change(false, productId),
    busy,
    error: add.error ?? remove.error,
  };
}
