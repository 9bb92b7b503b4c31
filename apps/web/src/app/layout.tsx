import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";
import { Providers } from "./providers";

export const metadata: Metadata = { title: "Shop" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-gray-50 text-gray-900 antialiased">
        <Providers>
          <header className="sticky top-0 z-10 border-b border-gray-200 bg-white/90 backdrop-blur">
            <div className="mx-auto flex h-14 max-w-6xl items-center justify-between px-4">
              <Link href="/" className="text-xl font-bold tracking-tight">
                Shop
              </Link>
              <span className="text-xs text-gray-500">Test mode</span>
            </div>
          </header>
          <main className="mx-auto w-full max-w-6xl grow px-4 py-8">{children}</main>
          <footer className="border-t border-gray-200 py-6 text-center text-xs text-gray-400">Test shop: payments use test cards, nothing is really charged.</footer>
        </Providers>
      </body>
    </html>
  );
}
