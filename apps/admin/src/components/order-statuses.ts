import type { RouterInputs } from "@commerce/api/client";

export type OrderStatus = NonNullable<RouterInputs["order"]["list"]["status"]>;

/** For the filter only; which moves are allowed always comes from the server's nextStatuses. */
export const orderStatuses = ["PENDING", "PAID", "FULFILLED", "DELIVERED", "CANCELLED"] as const satisfies readonly OrderStatus[];
