import { isIP, type BlockList } from "node:net";

// Who the client is. The apps' HTTP server writes the socket's peer address into
// `peerAddressHeader` on every request, replacing anything a client sent under that name.
// X-Forwarded-For is believed only as far as it was written by proxies we trust: walking it from
// the right, each trusted proxy vouches for the entry to its left, and the first address that is
// not a trusted proxy is the client. With no trusted proxies (the default) the peer is the client,
// so a header a client writes itself changes nothing.

export const peerAddressHeader = "x-commerce-peer";

/** Undoes IPv4-mapped IPv6 (::ffff:127.0.0.1), so one address has one spelling. */
function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

function isTrusted(proxies: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The client's address: `header(name)` reads a request header. "unknown" when there is no peer. */
export function clientAddress(header: (name: string) => string | null | undefined, proxies: BlockList): string {
  const peer = normalise(header(peerAddressHeader) ?? "");
  if (!isIP(peer)) return "unknown";
  if (!isTrusted(proxies, peer)) return peer;
  const forwarded = (header("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  let client = peer;
  for (let i = forwarded.length - 1; i >= 0; i--) {
    const entry = forwarded[i]!;
    if (!isIP(entry)) break; // a garbled entry: trust stops at the last proxy that vouched
    client = entry;
    if (!isTrusted(proxies, entry)) break;
  }
  return client;
}

/**
 * The key a per-address limit counts under. An IPv4 address is one client; an IPv6 client
 * usually holds a whole /64 and can pick a new address from it for every request, so IPv6 is
 * counted per /64.
 */
export function addressBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
