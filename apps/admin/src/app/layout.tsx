import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { MainNav } from "~/components/nav";
import "./globals.css";
import { Providers } from "./providers";

export const metadata: Metadata = { title: "Commerce Admin" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-gray-50 text-gray-900 antialiased">
        <Providers>
          <div className="flex min-h-screen flex-col md:flex-row">
            <aside className="bg-gray-900 text-white md:sticky md:top-0 md:h-screen md:w-56 md:shrink-0">
              <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 md:block md:px-4 md:py-5">
                <Link href="/products" className="flex items-center gap-2 text-base font-semibold tracking-tight whitespace-nowrap">
                  <span aria-hidden="true" className="grid h-7 w-7 place-items-center rounded-md bg-indigo-500 text-sm font-bold">C</span>
                  Commerce Admin
                </Link>
                <div className="max-w-full overflow-x-auto md:mt-6">
                  <MainNav />
                </div>
              </div>
            </aside>
            <main className="min-w-0 flex-1">
              <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-8">{children}</div>
            </main>
          </div>
        </Providers>
      </body>
    </html>
  );
}
