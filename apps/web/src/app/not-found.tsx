import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg space-y-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-gray-600">There is nothing at this address.</p>
      <Link href="/" className="inline-block font-medium text-gray-900 underline">
        See all shops
      </Link>
    </main>
  );
}
