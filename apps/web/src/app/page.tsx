import { ShopDirectory } from "~/components/shop-directory";
import { Providers } from "./providers";

export default function DirectoryPage() {
  return (
    <Providers>
      <main className="mx-auto w-full max-w-6xl px-4 py-12">
        <ShopDirectory />
      </main>
    </Providers>
  );
}
