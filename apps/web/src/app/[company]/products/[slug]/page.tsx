import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { cache } from "react";
import { storefrontCaller } from "@commerce/api/platform";
import { ProductDetail } from "~/components/product-detail";
import { storePath } from "~/lib/paths";

type Params = { params: Promise<{ company: string; slug: string }> };

/** The product an address names (its current one or an old one), or null: the page then says it is not found. Once per request. */
const productAt = cache(async (company: string, slug: string) =>
  storefrontCaller(company)
    .product.get({ slug })
    .catch(() => null),
);

// What search engines and link previews show: the product's SEO title and description, and its
// current address as the canonical one.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { company, slug } = await params;
  const product = await productAt(company, slug);
  if (!product) return {};
  const url = storePath(company, `/products/${product.slug}`);
  const image = /^https?:\/\//.test(product.imageUrl) ? [product.imageUrl] : [];
  return {
    title: product.seo.title,
    description: product.seo.description,
    alternates: { canonical: url },
    openGraph: { title: product.seo.title, description: product.seo.description, url, images: image },
  };
}

export default async function ProductPage({ params }: Params) {
  const { company, slug } = await params;
  // An address the product had before its slug changed goes to its current one, for good.
  const product = await productAt(company, slug);
  if (product && product.slug !== slug) permanentRedirect(storePath(company, `/products/${product.slug}`));
  return <ProductDetail slug={slug} />;
}
