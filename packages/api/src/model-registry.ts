import type { Prisma } from "@commerce/db";

// One entry per Prisma model: how tenancy scopes it and whether the audit layer records its
// writes. The `satisfies` below makes a new model without an entry a type error, and
// model-registry.test.ts checks the same against Prisma's model list at run time.

export interface ModelRules {
  /**
   * `company`: rows belong to one company, filtered and stamped by it.
   * `shop`: also narrowed to the caller's shop (shop staff) or their own rows (customers).
   * `platform`: plumbing outside any company; a company's client may not touch it at all.
   */
  scope: "company" | "shop" | "platform";
  /** Writes during a mutation appear in its audit entry. */
  audited: boolean;
}

export const modelRegistry = {
  Company: { scope: "company", audited: true },
  Shop: { scope: "shop", audited: true },
  User: { scope: "shop", audited: true },
  Session: { scope: "shop", audited: true },
  Product: { scope: "company", audited: true },
  ProductOption: { scope: "company", audited: true },
  ProductVariant: { scope: "company", audited: true },
  ProductSlugAlias: { scope: "company", audited: true },
  StockAdjustment: { scope: "company", audited: true },
  Order: { scope: "shop", audited: true },
  OrderLine: { scope: "shop", audited: true },
  OrderStatusChange: { scope: "shop", audited: true },
  Payment: { scope: "shop", audited: true },
  Refund: { scope: "shop", audited: true },
  // Public once published; a customer's own is found by their id, not hidden by scope.
  ProductReview: { scope: "company", audited: true },
  // A customer sees their own basket and wishlist; a guest's basket is found by its token's hash.
  Cart: { scope: "shop", audited: false },
  CartLine: { scope: "shop", audited: false },
  WishlistItem: { scope: "shop", audited: false },
  // Records of what happened: writing them is not itself a change anyone audits.
  AuditEntry: { scope: "company", audited: false },
  OutboxEvent: { scope: "company", audited: false },
  EventRecord: { scope: "company", audited: false },
  ParkedEvent: { scope: "company", audited: false },
  WorkflowRun: { scope: "company", audited: false },
  ConsumedEvent: { scope: "platform", audited: false },
  RateLimitCounter: { scope: "platform", audited: false },
  PasswordResetToken: { scope: "platform", audited: false },
} as const satisfies Record<Prisma.ModelName, ModelRules>;

export type ModelName = keyof typeof modelRegistry;
export type TenantModel = { [M in ModelName]: (typeof modelRegistry)[M]["scope"] extends "platform" ? never : M }[ModelName];

const rulesOf = (model: string): ModelRules | undefined => (modelRegistry as Record<string, ModelRules>)[model];

export const auditedModel = (model: string): boolean => rulesOf(model)?.audited ?? false;
export const platformModel = (model: string): boolean => rulesOf(model)?.scope === "platform";
