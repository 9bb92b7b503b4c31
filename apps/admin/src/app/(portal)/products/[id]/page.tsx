import { EditProduct } from "./edit-product";

export default async function EditProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ copied?: string | string[] }>;
}) {
  const [{ id }, { copied }] = await Promise.all([params, searchParams]);
  return <EditProduct id={id} copiedFrom={typeof copied === "string" ? copied : null} />;
}
