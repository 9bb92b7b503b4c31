import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { Providers } from "./providers";

export const metadata: Metadata = { title: "Point of sale" };

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#111827" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen overscroll-none bg-gray-100 text-gray-900 antialiased print:bg-white">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
