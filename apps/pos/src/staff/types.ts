import type { RouterOutputs } from "@commerce/api/client";

export type Me = RouterOutputs["identity"]["me"];
