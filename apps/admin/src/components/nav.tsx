"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Role } from "./session";

const icons = {
  products: "M20 7 12 3 4 7m16 0-8 4m8-4v10l-8 4m0-10L4 7m8 4v10M4 7v10l8 4",
  orders:
    "M9 5H7a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-2M9 5a2 2 0 0 0 2 2h2a2 2 0 0 0 2-2M9 5a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2m-6 9 2 2 4-4",
  reviews:
    "M11.5 3.5a.6.6 0 0 1 1 0l2.3 4.7 5.2.8a.6.6 0 0 1 .3 1l-3.8 3.7.9 5.2a.6.6 0 0 1-.8.6L12 17l-4.6 2.5a.6.6 0 0 1-.8-.6l.9-5.2-3.8-3.7a.6.6 0 0 1 .3-1l5.2-.8Z",
  events: "M13 10V3L4 14h7v7l9-11h-7z",
  shops: "M3 9 4.5 4h15L21 9M3 9v11h18V9M3 9h18M9 20v-6h6v6",
  staff:
    "M17 20h5v-2a4 4 0 0 0-5.6-3.7M17 20H7m10 0v-2c0-.7-.1-1.3-.4-1.9M7 20H2v-2a4 4 0 0 1 5.6-3.7M7 20v-2c0-.7.1-1.3.4-1.9m0 0a5 5 0 0 1 9.2 0M15 7a3 3 0 1 1-6 0 3 3 0 0 1 6 0",
  settings:
    "M10.3 4.3c.4-1.8 3-1.8 3.4 0a1.7 1.7 0 0 0 2.6 1.1c1.5-.9 3.3.8 2.4 2.4a1.7 1.7 0 0 0 1 2.5c1.8.5 1.8 3 0 3.5a1.7 1.7 0 0 0-1 2.5c.9 1.6-.9 3.3-2.4 2.4a1.7 1.7 0 0 0-2.6 1.1c-.4 1.7-3 1.7-3.4 0a1.7 1.7 0 0 0-2.6-1.1c-1.5.9-3.3-.8-2.4-2.4a1.7 1.7 0 0 0-1-2.5c-1.8-.5-1.8-3 0-3.5a1.7 1.7 0 0 0 1-2.5c-.9-1.6.9-3.3 2.4-2.4a1.7 1.7 0 0 0 2.6-1.1ZM15 12a3 3 0 1 1-6 0 3 3 0 0 1 6 0",
  audit: "M9 12l2 2 4-4m5.6-4A12 12 0 0 1 12 3a12 12 0 0 1-8.6 3A12 12 0 0 0 12 21a12 12 0 0 0 8.6-15Z",
  companies: "M19 21V5a2 2 0 0 0-2-2H7a2 2 0 0 0-2 2v16m14 0h2m-2 0h-5m-9 0H3m2 0h5M9 7h1m-1 4h1m4-4h1m-1 4h1m-5 10v-5a1 1 0 0 1 1-1h2a1 1 0 0 1 1 1v5m-4 0h4",
  profile: "M16 7a4 4 0 1 1-8 0 4 4 0 0 1 8 0ZM12 14a7 7 0 0 0-7 7h14a7 7 0 0 0-7-7Z",
} as const;

type Item = { href: string; label: string; icon: keyof typeof icons };

const item = (href: string, label: string, icon: keyof typeof icons): Item => ({ href, label, icon });
const products = item("/products", "Products", "products");
const orders = item("/orders", "Orders", "orders");
const reviews = item("/reviews", "Reviews", "reviews");
const events = item("/events", "Events", "events");
const shops = item("/shops", "Shops", "shops");
const staff = item("/staff", "Staff", "staff");
const settings = item("/settings", "Settings", "settings");
const audit = item("/audit", "Audit", "audit");
const companies = item("/companies", "Companies", "companies");
const profile = item("/profile", "Profile", "profile");

/** The sections each role works in; the server still decides what each call may do. */
const sections: Partial<Record<Role, Item[]>> = {
  COMPANY_ADMIN: [products, orders, reviews, events, shops, staff, settings, audit],
  SHOP_MANAGER: [orders, reviews, shops, staff],
  SUPER_ADMIN: [companies, audit],
};

/** The portal's main navigation for a role; the current section is marked with aria-current. */
export function MainNav({ role }: { role: Role }) {
  const pathname = usePathname();
  const links = [...(sections[role] ?? []), profile];
  return (
    <nav aria-label="Main" className="flex gap-1 md:flex-col">
      {links.map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors ${
              active ? "bg-gray-800 text-white" : "text-gray-300 hover:bg-gray-800/60 hover:text-white"
            }`}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="h-4 w-4 shrink-0"
              fill="none"
              stroke="currentColor"
              strokeWidth={2}
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d={icons[link.icon]} />
            </svg>
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
