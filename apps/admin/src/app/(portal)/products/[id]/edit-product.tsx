"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { codeOf } from "@commerce/ui/errors";
import { SubmitButton } from "@commerce/ui/form";
import { ErrorBox, Spinner } from "@commerce/ui/states";
import { QueryError } from "~/components/api-errors";
import { button, formatDateShort, PageHeader, Pill, SuccessNote } from "~/components/ui";
import { ClassificationCard, DetailsCard } from "../product-fields";
import { priceRange, skuOrCount } from "../product-words";
import { SeoCard, TagsField, WebAddressField } from "../product-web-fields";
import { ProductActionButtons, ProductActionPanel } from "./product-actions";
import { StockPanel } from "./stock-panel";
import { useEditProduct, useProduct, type EditableProduct } from "./use-edit-product";
import { useProductActions } from "./use-product-actions";
import { VariantsPanel } from "./variants-panel";

function Breadcrumb({ current }: { current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm text-gray-500">
      <Link href="/products" className="hover:text-gray-900">
        Products
      </Link>{" "}
      / <span className="text-gray-900">{current}</span>
    </nav>
  );
}

/** The product's edit page: loads it (archived ones too), then its header, actions and form. */
export function EditProduct({ id, copiedFrom, webUrl }: { id: string; copiedFrom: string | null; webUrl: string }) {
  const product = useProduct(id);
  if (product.isPending) return <Spinner label="Loading product…" />;
  if (product.error) {
    const missing = ["NOT_FOUND", "BAD_REQUEST"].includes(codeOf(product.error) ?? "");
    return (
      <>
        <Breadcrumb current={missing ? "Not found" : "Product"} />
        {missing ? (
          <div role="alert" className="rounded-lg border border-gray-200 bg-white p-6 text-sm text-gray-700">
            <h1 className="text-base font-semibold text-gray-900">No such product</h1>
            <p className="mt-1">It may have been mistyped, or it belongs to another company.</p>
            <Link href="/products" className="mt-3 inline-block font-medium text-indigo-600 underline hover:no-underline">
              Back to products
            </Link>
          </div>
        ) : (
          <QueryError error={product.error} onRetry={() => void product.refetch()} />
        )}
      </>
    );
  }
  return <ProductEditor product={product.data} copiedFrom={copiedFrom} webUrl={webUrl} />;
}

function ratingWords({ rating }: EditableProduct) {
  if (!rating.count || rating.average === null) return "No reviews yet";
  return `Rated ${rating.average.toFixed(1)} out of 5 from ${rating.count.toLocaleString("en-GB")} ${rating.count === 1 ? "review" : "reviews"}`;
}

function ProductEditor({ product, copiedFrom, webUrl }: { product: EditableProduct; copiedFrom: string | null; webUrl: string }) {
  const router = useRouter();
  const actions = useProductActions(product);
  const { form, errors, formError, status, dirty, save, facets, url, formRef, update, discard, onSubmit, dismissStatus } = useEditProduct(product, webUrl);

  return (
    <>
      <Breadcrumb current={product.name} />
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {product.name}
            {product.archived && <Pill tone="amber">Archived</Pill>}
          </span>
        }
        description={`${skuOrCount(product)} · ${priceRange(product)} · ${ratingWords(product)}`}
        actions={<ProductActionButtons product={product} actions={actions} />}
      />

      {copiedFrom && (
        <div className="mb-6 max-w-3xl">
          <SuccessNote onDismiss={() => router.replace(`/products/${product.id}`)}>
            Made a copy of {copiedFrom}. It is on sale with no stock yet; change what differs and save.
          </SuccessNote>
        </div>
      )}
      {product.archived && (
        <p className="mb-6 max-w-3xl rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {product.archivedAt ? `Archived on ${formatDateShort(product.archivedAt)}.` : "Archived."} It is off the shop and the till; restore it to sell it
          again.
        </p>
      )}
      <ProductActionPanel product={product} actions={actions} />

      <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Product details" className="max-w-3xl space-y-6">
        {formError && <ErrorBox error={{ message: formError }} />}

        <DetailsCard
          form={form}
          errors={errors}
          update={update}
          nameHint="Renaming keeps the product's web address, so links to it keep working."
          imageHint="The address of a photo (https://… or a data:image URL). Leave it empty for a tile in the product's colour."
          address={<WebAddressField value={form.slug} url={url} error={errors.slug} onChange={(slug) => update("slug", slug)} />}
        />

        <ClassificationCard
          form={form}
          errors={errors}
          update={update}
          categories={facets.data?.categories.map((c) => c.category)}
          tags={<TagsField tags={form.tags} error={errors.tags} onChange={(tags) => update("tags", tags)} />}
        />

        <SeoCard form={form} errors={errors} url={url} update={update} />

        {status?.saved && <SuccessNote onDismiss={dismissStatus}>{status.text}</SuccessNote>}
        {status && !status.saved && (
          <p role="status" className="text-sm text-gray-600">
            {status.text}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={save.isPending} className={button.primary} working="Saving…">
            Save changes
          </SubmitButton>
          <button type="button" className={button.secondary} onClick={discard} disabled={!dirty || save.isPending}>
            Discard changes
          </button>
          {dirty && !save.isPending && <span className="text-sm text-amber-800">Unsaved changes</span>}
        </div>
      </form>

      <VariantsPanel product={product} />
      <StockPanel product={product} />
    </>
  );
}
