import { z } from "zod";

export const wishlistProductInput = z.object({ productId: z.uuid() });
