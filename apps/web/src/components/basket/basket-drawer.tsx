"use client";
import { useId, useRef } from "react";
import Link from "next/link";
import { messageOf } from "@commerce/ui/errors";
import { ErrorBox } from "@commerce/ui/states";
import { storePath } from "~/lib/paths";
import { useStoreSlug } from "~/lib/store-context";
import { useBasket, useBasketActions } from "~/lib/use-basket";
import { useModalDialog } from "~/lib/use-modal-dialog";
import { CloseIcon } from "../icons";
import { secondaryButton } from "../styles";
import { BasketLines } from "./basket-lines";
import { BasketTotal } from "./basket-total";
import { BasketNotice, BasketPlaceholder } from "./basket-status";
import { PriceChangeNotice } from "./price-change-notice";

/**
 * The basket as a modal drawer (a dialog named "Basket"): full height on the right, the whole
 * screen on a phone. Its lines can be changed here; "View basket" and "Check out" go on.
 * `notice` is what the change that opened it could not do as asked.
 */
export function BasketDrawer({ notice, onClose }: { notice: string | null; onClose: () => void }) {
  const slug = useStoreSlug();
  const basket = useBasket();
  const actions = useBasketActions();
  const dialog = useModalDialog(onClose);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const noticeId = useId();
  const shownNotice = actions.notice ?? notice;
  const cart = basket.data;

  return (
    <dialog
      {...dialog}
      aria-labelledby={headingId}
      aria-describedby={shownNotice ? noticeId : undefined}
      className="m-0 ml-auto h-dvh max-h-none w-full max-w-none overflow-hidden border-0 bg-white p-0 text-gray-900 shadow-2xl backdrop:bg-gray-900/50 sm:w-md motion-safe:transition-transform motion-safe:duration-200 motion-safe:starting:translate-x-full"
    >
      <div className="flex h-full flex-col">
        <header className="flex items-center justify-between gap-4 border-b border-gray-200 px-4 py-3">
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
            Basket
          </h2>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close basket"
            className="rounded-lg p-2 text-gray-600 hover:bg-gray-100 hover:text-gray-900 focus-visible:outline-2 focus-visible:outline-gray-900"
          >
            <CloseIcon />
          </button>
        </header>

        <div className="min-h-0 grow space-y-3 overflow-y-auto px-4 py-3">
          {shownNotice && <BasketNotice id={noticeId}>{shownNotice}</BasketNotice>}
          {actions.error && <ErrorBox error={{ message: messageOf(actions.error) }} />}
          <BasketPlaceholder basket={basket} onBrowse={onClose} />
          {cart && cart.lines.length > 0 && (
            <>
              {cart.pricesMoved && <PriceChangeNotice onAccept={() => void actions.acceptPrices()} accepting={actions.accepting} />}
              <BasketLines lines={cart.lines} actions={actions} compact onRemoved={() => headingRef.current?.focus()} />
            </>
          )}
        </div>

        {cart && cart.lines.length > 0 && (
          <footer className="border-t border-gray-200 px-4 py-4">
            <BasketTotal cart={cart} onLeave={onClose}>
              <Link href={storePath(slug, "/basket")} onClick={onClose} className={secondaryButton}>
                View basket
              </Link>
            </BasketTotal>
          </footer>
        )}
      </div>
    </dialog>
  );
}
