import { config } from "@commerce/config";
import { EditProduct } from "./edit-product";

export default async function EditProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ copied?: string | string[] }>;
}) {
  const [{ id }, { copied }] = await Promise.all([params, searchParams]);
  // The storefront's public address, for the product's page shown under its web address.
  return <EditProduct id={id} copiedFrom={typeof copied === "string" ? copied : null} webUrl={config().WEB_URL} />;
}
