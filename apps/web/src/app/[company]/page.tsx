import { Suspense } from "react";
import { Spinner } from "@commerce/ui/states";
import { Catalogue } from "~/components/catalogue";

export default function CataloguePage() {
  return (
    <Suspense fallback={<Spinner label="Loading products…" />}>
      <Catalogue />
    </Suspense>
  );
}
