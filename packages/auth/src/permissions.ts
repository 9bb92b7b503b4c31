// The one permission matrix. Procedures name a permission through the builder they use
// (`requires("order.manage")`); nothing else in the codebase checks a role.

export const roles = ["SUPER_ADMIN", "COMPANY_ADMIN", "SHOP_MANAGER", "STAFF", "CUSTOMER"] as const;
export type Role = (typeof roles)[number];
/** Someone not signed in, e.g. a shopper browsing a storefront. */
export type Caller = Role | "VISITOR";
export const callers: readonly Caller[] = ["VISITOR", ...roles];

/**
 * `tenant` permissions act inside one company and need one (the caller's own, or the storefront
 * being visited); `platform` permissions act above companies; `self` ones on the caller's account.
 */
export const permissions = {
  "product.browse": { scope: "tenant", callers: ["VISITOR", "CUSTOMER", "STAFF", "SHOP_MANAGER", "COMPANY_ADMIN"] },
  "product.manage": { scope: "tenant", callers: ["COMPANY_ADMIN"] },
  /** Reviewing what one bought (or not: unverified reviews are marked so). */
  "review.write": { scope: "tenant", callers: ["CUSTOMER"] },
  "review.moderate": { scope: "tenant", callers: ["SHOP_MANAGER", "COMPANY_ADMIN"] },
  /** A basket: a guest's (by cookie) or a customer's; staff sell at the till instead. */
  "cart.use": { scope: "tenant", callers: ["VISITOR", "CUSTOMER"] },
  /** Paying for one's basket, as a customer or a guest who gives an email. */
  "cart.checkout": { scope: "tenant", callers: ["VISITOR", "CUSTOMER"] },
  /** A guest following their order with the key its link carries (signed in, they claim it instead). */
  "order.track": { scope: "tenant", callers: ["VISITOR"] },
  /** A customer taking a guest order of theirs (its key) into their account. */
  "order.claim": { scope: "tenant", callers: ["CUSTOMER"] },
  "wishlist.use": { scope: "tenant", callers: ["CUSTOMER"] },
  "order.place": { scope: "tenant", callers: ["CUSTOMER", "STAFF", "SHOP_MANAGER", "COMPANY_ADMIN"] },
  /** Customers see their own orders, shop roles their shop's: the scoped database does that. */
  "order.read": { scope: "tenant", callers: ["CUSTOMER", "STAFF", "SHOP_MANAGER", "COMPANY_ADMIN"] },
  "order.manage": { scope: "tenant", callers: ["SHOP_MANAGER", "COMPANY_ADMIN"] },
  "payment.take": { scope: "tenant", callers: ["CUSTOMER", "STAFF", "SHOP_MANAGER", "COMPANY_ADMIN"] },
  "payment.refund": { scope: "tenant", callers: ["SHOP_MANAGER", "COMPANY_ADMIN"] },
  "events.read": { scope: "tenant", callers: ["COMPANY_ADMIN"] },
  "audit.read": { scope: "any", callers: ["COMPANY_ADMIN", "SUPER_ADMIN"] },
  "company.settings": { scope: "tenant", callers: ["COMPANY_ADMIN"] },
  "shop.read": { scope: "tenant", callers: ["SHOP_MANAGER", "COMPANY_ADMIN"] },
  "shop.manage": { scope: "tenant", callers: ["COMPANY_ADMIN"] },
  "staff.manage": { scope: "tenant", callers: ["SHOP_MANAGER", "COMPANY_ADMIN"] },
  "session.revoke": { scope: "any", callers: ["COMPANY_ADMIN", "SUPER_ADMIN"] },
  "platform.manage": { scope: "platform", callers: ["SUPER_ADMIN"] },
  "account.self": { scope: "any", callers: ["CUSTOMER", "STAFF", "SHOP_MANAGER", "COMPANY_ADMIN", "SUPER_ADMIN"] },
  /** Anyone, signed in or not, for things that carry no tenant data (sign-up, test cards). */
  public: { scope: "any", callers: ["VISITOR", "CUSTOMER", "STAFF", "SHOP_MANAGER", "COMPANY_ADMIN", "SUPER_ADMIN"] },
} as const satisfies Record<string, { scope: "tenant" | "platform" | "any"; callers: readonly Caller[] }>;

export type Permission = keyof typeof permissions;

export function can(caller: Caller, permission: Permission): boolean {
  return (permissions[permission].callers as readonly Caller[]).includes(caller);
}

export function permissionScope(permission: Permission) {
  return permissions[permission].scope;
}

/** Roles a caller may give to staff they invite: never above their own. */
export function assignableRoles(caller: Caller): Role[] {
  if (caller === "COMPANY_ADMIN") return ["COMPANY_ADMIN", "SHOP_MANAGER", "STAFF"];
  if (caller === "SHOP_MANAGER") return ["STAFF"];
  return [];
}

/** Which app each role signs in to. */
export const appsOf: Record<Role, readonly App[]> = {
  SUPER_ADMIN: ["admin"],
  COMPANY_ADMIN: ["admin"],
  SHOP_MANAGER: ["admin", "pos"],
  STAFF: ["pos"],
  CUSTOMER: ["web"],
};
export const apps = ["web", "admin", "pos"] as const;
export type App = (typeof apps)[number];
